// The CNN as a corrections::Correction: SHA-256 digests against FIPS 180-4 test vectors, the model
// file's digest in the provenance, the "cnn" method in makeCorrection() chains and its argument.
#include "pipeline/cnn_correction.h"

#include "common/error.h"
#include "corrections/correction_chain.h"
#include "corrections/correction_factory.h"
#include "pipeline/file_digest.h"
#include "pipeline_fixtures.h"

#include <QtTest>

using namespace insar;

class TstCnnCorrection : public QObject {
    Q_OBJECT
private slots:
    void sha256KnownVectors_data();
    void sha256KnownVectors();
    void sha256OfFileMatchesBytes();
    void provenanceNamesTheModelDigest();
    void registeredInTheFactory();
    void missingModelNamesTheFile();
};

void TstCnnCorrection::sha256KnownVectors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("digest");
    // FIPS 180-4 examples (NIST CSRC "SHA256.pdf") and the empty message.
    QTest::addRow("abc") << QByteArray("abc")
                         << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::addRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::addRow("empty") << QByteArray()
                           << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
}

void TstCnnCorrection::sha256KnownVectors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, digest);
    QCOMPARE(QString::fromStdString(
                 pipeline::sha256Hex(std::string_view(text.constData(), std::size_t(text.size())))),
             digest);
}

void TstCnnCorrection::sha256OfFileMatchesBytes()
{
    test::TempDir dir;
    std::ofstream(dir.file("abc.txt"), std::ios::binary) << "abc";
    QCOMPARE(pipeline::sha256OfFile(dir.file("abc.txt")),
             std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // Larger than one read block (1 MiB), so the blocks are chained.
    std::string big(3 * (1 << 20) + 17, '\0');
    for (std::size_t i = 0; i < big.size(); ++i)
        big[i] = char((i * 131) % 251);
    std::ofstream(dir.file("big.bin"), std::ios::binary) << big;
    QCOMPARE(pipeline::sha256OfFile(dir.file("big.bin")), pipeline::sha256Hex(big));
    QVERIFY_THROWS_EXCEPTION(Error, pipeline::sha256OfFile(dir.file("none.bin")));
}

void TstCnnCorrection::provenanceNamesTheModelDigest()
{
    test::TempDir dir;
    const auto model = test::makeTinyModel(dir, "tiny.model");
    const pipeline::CnnCorrection cnn(model);
    const Raster input = test::makeInterferogram(40, 32);
    NullProgress progress;
    const corrections::CorrectionResult r = cnn.apply(input, {}, progress);
    const std::string digest = pipeline::sha256Hex(test::readBytes(model));
    QCOMPARE(r.provenance.at("model_sha256"), digest);
    QCOMPARE(r.provenance.at("model_file"), model.string());
    QCOMPARE(r.provenance.at("method"), std::string("cnn"));
    QCOMPARE(r.corrected.metadata.extra.at("correction_model_sha256"), digest);
    QCOMPARE(r.removed.metadata.extra.at("correction_model_sha256"), digest);
    QVERIFY(r.provenance.at("parameters").find("\"model\":\"tiny.model\"") != std::string::npos);
    // The corrected map is the denoised map, re-referenced.
    const Raster denoised = cnn.denoiser().denoise(input, progress);
    QVERIFY(!r.reference.none);
    const double level = corrections::referenceValue(denoised, r.reference.row, r.reference.col);
    double worst = 0.0;
    for (std::size_t i = 0; i < input.size(); ++i)
        if (!std::isnan(denoised.values()[i]))
            worst =
                std::max(worst, std::abs(double(r.corrected.values()[i]) - (denoised.values()[i] - level)));
    QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
}

void TstCnnCorrection::registeredInTheFactory()
{
    test::TempDir dir;
    const auto model = test::makeTinyModel(dir, "tiny.model");
    pipeline::registerCnnCorrection({model, {}});
    auto single = corrections::makeCorrection("cnn");
    const auto* cnn = dynamic_cast<const pipeline::CnnCorrection*>(single.get());
    QVERIFY(cnn);
    QCOMPARE(cnn->modelFile(), model);
    QVERIFY(cnn->denoiser().options().preserveMean);
    auto free = corrections::makeCorrection("CNN:free-mean");
    QVERIFY(!dynamic_cast<const pipeline::CnnCorrection&>(*free).denoiser().options().preserveMean);
    auto chain = corrections::makeCorrection("deramp:bilinear,cnn");
    const auto& c = dynamic_cast<const corrections::CorrectionChain&>(*chain);
    QCOMPARE(c.size(), std::size_t(2));
    QCOMPARE(c.extraProvenance().at("model_sha256"), pipeline::sha256OfFile(model));
    try {
        corrections::makeCorrection("cnn:fast");
        QFAIL("cnn:fast was accepted");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).find("cnn:fast") != std::string::npos, e.what());
    }
}

void TstCnnCorrection::missingModelNamesTheFile()
{
    test::TempDir dir;
    try {
        pipeline::CnnCorrection cnn(dir.file("absent.model"));
        QFAIL("a missing model was accepted");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).find("absent.model") != std::string::npos, e.what());
    }
}

QTEST_GUILESS_MAIN(TstCnnCorrection)
#include "tst_cnn_correction.moc"
