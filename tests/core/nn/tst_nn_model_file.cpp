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

class TstNnModelFile : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void rejectsWrongArchitecture();
    void rejectsFolder();
    void rejectsIllTypedMetadata_data();
    void rejectsIllTypedMetadata();
    void rejectsMismatchedWeights();
};

void TstNnModelFile::roundTrip()
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

void TstNnModelFile::rejectsBadFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::addRow("truncated-weights") << "truncate-20"
                                       << "(20 missing)";
    QTest::addRow("checksum-missing") << "truncate-4"
                                      << "(4 missing)";
    QTest::addRow("truncated-header") << "truncate-header"
                                      << "truncated";
    QTest::addRow("corrupt-byte") << "flip"
                                  << "corrupt";
    QTest::addRow("unknown-version") << "version"
                                     << "unknown model format version 7";
    QTest::addRow("bad-magic") << "magic"
                               << "not an InSAR Denoiser model file";
    QTest::addRow("trailing") << "append"
                              << "trailing";
    QTest::addRow("missing") << "delete"
                             << "cannot open";
}

void TstNnModelFile::rejectsBadFiles()
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
    else if (damage == "truncate-4")
        bytes.resize(bytes.size() - 4);
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
        QVERIFY2(err.contains("m.model"), qPrintable(err)); // names the file
}

void TstNnModelFile::rejectsWrongArchitecture()
{
    insar::test::TempDir dir;
    ModelInfo info;
    info.network = {"resnet", 4, 4, 1}; // written by a hypothetical newer program
    writeModelFile(dir.file("u.model"), info, "weights");
    const QString err = errorOf(dir.file("u.model"));
    QVERIFY2(err.contains("unknown network architecture 'resnet'"), qPrintable(err));
}

void TstNnModelFile::rejectsFolder()
{
    insar::test::TempDir dir;
    std::filesystem::create_directories(dir.file("m.model"));
    const QString err = errorOf(dir.file("m.model"));
    QVERIFY2(err.contains("m.model") && err.contains("is a folder"), qPrintable(err));
}

void TstNnModelFile::rejectsIllTypedMetadata_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("normalisation-string") << "normalisation"
                                          << "\"float\""
                                          << "key 'normalisation': expected an object";
    QTest::addRow("scale-string") << "normalisation"
                                  << "{\"mode\": \"float\", \"floatScale\": \"big\"}"
                                  << "key 'normalisation.floatScale': expected a finite number, got \"big\"";
    QTest::addRow("depth-fraction") << "network"
                                    << "{\"depth\": 3.5}"
                                    << "key 'network.depth': expected a whole number";
    QTest::addRow("units-number") << "units"
                                  << "3"
                                  << "key 'units': expected a string, got 3";
    QTest::addRow("seed-negative") << "seed"
                                   << "-1"
                                   << "key 'seed'";
}

void TstNnModelFile::rejectsIllTypedMetadata()
{
    QFETCH(QString, key);
    QFETCH(QString, json);
    QFETCH(QString, expected);
    insar::test::TempDir dir;
    auto net = nnd::makeNetwork({"dncnn", 3, 4, 1});
    ModelInfo info;
    info.network = {"dncnn", 3, 4, 1};
    writeModelFile(dir.file("ok.model"), info, nnd::serializeWeights(*net));
    // Rewrite the metadata with one ill-typed key (a valid file otherwise: length and CRC match).
    const ModelFileContents good = readModelFile(dir.file("ok.model"));
    nlohmann::json meta = good.info;
    meta[key.toStdString()] = nlohmann::json::parse(json.toStdString());
    const std::string text = meta.dump();
    std::string bytes = readBytes(dir.file("ok.model"));
    const std::uint64_t oldLen = [&] {
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v |= std::uint64_t(static_cast<unsigned char>(bytes[12 + i])) << (8 * i);
        return v;
    }();
    std::string out = bytes.substr(0, 12);
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((text.size() >> (8 * i)) & 0xFF));
    out += text;
    out += bytes.substr(20 + oldLen, bytes.size() - 20 - oldLen - 4);
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char ch : out) {
        crc ^= ch;
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1u) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
    }
    crc ^= 0xFFFFFFFFu;
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((crc >> (8 * i)) & 0xFF));
    writeBytes(dir.file("bad.model"), out);
    const QString err = errorOf(dir.file("bad.model"));
    QVERIFY2(err.contains(expected) && err.contains("bad.model"), qPrintable(err));
    QVERIFY2(!err.contains("type_error"), qPrintable(err));
}

void TstNnModelFile::rejectsMismatchedWeights()
{
    auto small = nnd::makeNetwork({"dncnn", 3, 4, 1});
    auto large = nnd::makeNetwork({"dncnn", 3, 8, 1});
    QVERIFY_THROWS_EXCEPTION(insar::Error, nnd::deserializeWeights(*large, nnd::serializeWeights(*small)));
    auto deeper = nnd::makeNetwork({"dncnn", 4, 4, 1});
    QVERIFY_THROWS_EXCEPTION(insar::Error, nnd::deserializeWeights(*deeper, nnd::serializeWeights(*small)));
    QVERIFY_THROWS_EXCEPTION(insar::Error, nnd::deserializeWeights(*small, std::string("not an archive")));
}

QTEST_GUILESS_MAIN(TstNnModelFile)
#include "tst_nn_model_file.moc"
