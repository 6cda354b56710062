// Model files: round trip, and clear errors for corrupt, truncated, unknown-version and
// wrong-architecture files.
#include "nn/detail/network.h"
#include "nn/model_file.h"

#include "common/error.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>
#include <iterator>

using namespace insar::nn;
namespace nnd = insar::nn::detail;

namespace {

std::string readBytes(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const std::filesystem::path& p, const std::string& s)
{
    std::ofstream(p, std::ios::binary) << s;
}

QString errorOf(const std::filesystem::path& p)
{
    try {
        readModelFile(p);
    } catch (const insar::Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestNnModelFile : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void rejectsWrongArchitecture();
    void rejectsMismatchedWeights();
};

void TestNnModelFile::roundTrip()
{
    insar::test::TempDir dir;
    torch::manual_seed(1);
    auto net = nnd::makeNetwork({"dncnn", 4, 6, 1});
    ModelInfo info;
    info.network = {"dncnn", 4, 6, 1};
    info.normalisation = {NormalisationMode::Poster8Bit, 50.0};
    info.seed = 77;
    info.finalMetrics = {{"ssimWindowed", 0.9}};
    writeModelFile(dir.file("a.model"), info, nnd::serializeWeights(*net));
    const ModelFileContents c = readModelFile(dir.file("a.model"));
    QCOMPARE(c.info.network, info.network);
    QVERIFY(c.info.normalisation.mode == NormalisationMode::Poster8Bit);
    QCOMPARE(c.info.normalisation.floatScale, 50.0);
    QCOMPARE(c.info.seed, std::uint64_t{77});
    QCOMPARE(c.info.finalMetrics.at("ssimWindowed").get<double>(), 0.9);
    auto other = nnd::makeNetwork({"dncnn", 4, 6, 1});
    nnd::deserializeWeights(*other, c.weights);
    const auto a = net->parameters(), b = other->parameters();
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY(torch::equal(a[i], b[i]));
}

void TestNnModelFile::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::addRow("truncated-weights") << "truncate-20" << "truncated";
    QTest::addRow("truncated-header") << "truncate-header" << "truncated";
    QTest::addRow("corrupt-byte") << "flip" << "corrupt";
    QTest::addRow("unknown-version") << "version" << "unknown model format version 7";
    QTest::addRow("bad-magic") << "magic" << "not an InSAR Denoiser model file";
    QTest::addRow("trailing") << "append" << "trailing";
    QTest::addRow("missing") << "delete" << "cannot open";
}

void TestNnModelFile::rejectsBadFiles()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    insar::test::TempDir dir;
    auto net = nnd::makeNetwork({"dncnn", 3, 4, 1});
    ModelInfo info;
    info.network = {"dncnn", 3, 4, 1};
    const auto file = dir.file("m.model");
    writeModelFile(file, info, nnd::serializeWeights(*net));
    std::string bytes = readBytes(file);
    if (damage == "truncate-20")
        bytes.resize(bytes.size() - 20);
    else if (damage == "truncate-header")
        bytes.resize(14);
    else if (damage == "flip")
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x40);
    else if (damage == "version")
        bytes[8] = 7;
    else if (damage == "magic")
        bytes[0] = 'X';
    else if (damage == "append")
        bytes += "junk";
    if (damage == "delete")
        std::filesystem::remove(file);
    else
        writeBytes(file, bytes);
    const QString err = errorOf(file);
    QVERIFY2(err.contains(expected), qPrintable(err));
    if (damage != "delete")
        QVERIFY2(err.contains("m.model"), qPrintable(err));   // names the file
}

void TestNnModelFile::rejectsWrongArchitecture()
{
    insar::test::TempDir dir;
    ModelInfo info;
    info.network = {"unet", 4, 4, 1};   // written by a hypothetical newer program
    writeModelFile(dir.file("u.model"), info, "weights");
    const QString err = errorOf(dir.file("u.model"));
    QVERIFY2(err.contains("unknown network architecture 'unet'"), qPrintable(err));
}

void TestNnModelFile::rejectsMismatchedWeights()
{
    auto small = nnd::makeNetwork({"dncnn", 3, 4, 1});
    auto large = nnd::makeNetwork({"dncnn", 3, 8, 1});
    QVERIFY_THROWS_EXCEPTION(insar::Error, nnd::deserializeWeights(*large, nnd::serializeWeights(*small)));
    auto deeper = nnd::makeNetwork({"dncnn", 4, 4, 1});
    QVERIFY_THROWS_EXCEPTION(insar::Error, nnd::deserializeWeights(*deeper, nnd::serializeWeights(*small)));
    QVERIFY_THROWS_EXCEPTION(insar::Error, nnd::deserializeWeights(*small, std::string("not an archive")));
}

QTEST_GUILESS_MAIN(TestNnModelFile)
#include "tst_nn_model_file.moc"
