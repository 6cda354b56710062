// correctFile(): one interferogram file in, corrected and removed-noise GeoTIFFs out. The streamed
// CNN equals the in-memory one; chains, missing inputs, exclusion, reference "none", unknown
// units, failures (no output at all) and the georeferencing and provenance of the outputs.
#include "pipeline/correct_file.h"

#include "common/error.h"
#include "corrections/correction_factory.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "pipeline/cnn_correction.h"
#include "pipeline/file_digest.h"
#include "pipeline/streamed_cnn.h"
#include "pipeline_fixtures.h"

#include <QtTest>

using namespace insar;
namespace fs = std::filesystem;

namespace {

/// Cancels at the first question after `allowed` of them.
class CancelAfter final : public Progress {
public:
    explicit CancelAfter(int allowed) : m_left(allowed) {}
    void setFraction(double) override {}
    bool isCancelled() const override { return m_left-- <= 0; }

private:
    mutable int m_left;
};

template <typename F> QString errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

std::size_t filesIn(const fs::path& dir)
{
    return std::size_t(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

} // namespace

class TstCorrectFile : public QObject {
    Q_OBJECT
private slots:
    void init();
    void streamedEqualsInMemory_data();
    void streamedEqualsInMemory();
    void referenceDecimationRule();
    void chainDerampCnn();
    void linearWithoutDemNamesTheFlag();
    void missingGacosDateNamesIt();
    void exclusionRespected();
    void referenceNoneKeepsLevel();
    void unknownUnitsRefused();
    void failuresLeaveNoOutput();
    void georeferencingAndProvenance();

private:
    std::unique_ptr<test::TempDir> m_dir;
    fs::path m_model;
    fs::path m_input;
    Raster m_raster;
};

void TstCorrectFile::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_model = test::makeTinyModel(*m_dir, "tiny.model");
    pipeline::registerCnnCorrection({m_model, {}});
    m_raster = test::makeInterferogram(53, 41);
    m_input = m_dir->file("ifg.tif");
    io::writeGeoTiff(m_raster, m_input);
}

void TstCorrectFile::streamedEqualsInMemory_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("exclude");
    QTest::addRow("auto") << "auto"
                          << "";
    QTest::addRow("auto, excluded west half")
        << "auto"
        << "POLYGON((9.9 45.1, 10.026 45.1, 10.026 44.9, 9.9 44.9, 9.9 45.1))";
    QTest::addRow("pixel") << "20,30"
                           << "";
    QTest::addRow("pixel on no-data") << "3,4"
                                      << "";
    QTest::addRow("none") << "none"
                          << "";
}

void TstCorrectFile::streamedEqualsInMemory()
{
    QFETCH(QString, reference);
    QFETCH(QString, exclude);
    pipeline::FileCorrectionRequest request;
    request.input = m_input;
    request.inputs.reference = reference.toStdString();
    request.inputs.exclude = exclude.toStdString();
    NullProgress progress;
    request.output = m_dir->file("mem.tif");
    request.removedOutput = m_dir->file("mem.removed.tif");
    request.streamCnn = false;
    const auto mem = pipeline::correctFile(request, progress);
    request.output = m_dir->file("stream.tif");
    request.removedOutput = m_dir->file("stream.removed.tif");
    request.streamCnn = true;
    const auto streamed = pipeline::correctFile(request, progress);
    QVERIFY(!mem.streamed);
    QVERIFY(streamed.streamed);
    QCOMPARE(streamed.reference, mem.reference);
    QCOMPARE(streamed.width, 53);
    QCOMPARE(streamed.height, 41);
    INSAR_FUZZY_COMPARE(streamed.stdBefore, mem.stdBefore, 1e-9, 0.0);
    INSAR_FUZZY_COMPARE(streamed.stdAfter, mem.stdAfter, 1e-5, 0.0);
    INSAR_FUZZY_COMPARE(streamed.reduction, mem.reduction, 1e-4, 1e-6);
    if (reference == "3,4") {
        QVERIFY(mem.reference.find("automatic") != std::string::npos);
        const auto warns = [](const pipeline::FileCorrectionReport& r) {
            return std::any_of(r.messages.begin(), r.messages.end(), [](const std::string& m) {
                return m.find("is no-data") != std::string::npos;
            });
        };
        QVERIFY(warns(mem) && warns(streamed));
    }
    if (!exclude.isEmpty()) { // the automatic reference avoids the excluded columns 0-25
        int row = -1;
        int col = -1;
        QCOMPARE(std::sscanf(mem.reference.c_str(), "pixel (row %d, col %d)", &row, &col), 2);
        QVERIFY2(col >= 26, mem.reference.c_str());
    }
    for (const char* key : {"method", "parameters", "reference", "model_sha256", "std_before"})
        QCOMPARE(streamed.provenance.at(key), mem.provenance.at(key));
    const Raster a = io::readRaster(m_dir->file("mem.tif"));
    const Raster b = io::readRaster(m_dir->file("stream.tif"));
    const double diff = test::maxAbsDifference(a, b);
    QVERIFY2(diff >= 0.0 && diff < 2e-6, qPrintable(QString::number(diff)));
    const double removedDiff = test::maxAbsDifference(io::readRaster(m_dir->file("mem.removed.tif")),
                                                      io::readRaster(m_dir->file("stream.removed.tif")));
    QVERIFY2(removedDiff >= 0.0 && removedDiff < 2e-6, qPrintable(QString::number(removedDiff)));
    // No-data exactly where the input has none.
    for (std::size_t i = 0; i < a.size(); ++i)
        QCOMPARE(std::isnan(b.values()[i]), std::isnan(m_raster.values()[i]));
}

void TstCorrectFile::referenceDecimationRule()
{
    QCOMPARE(pipeline::referenceDecimation(2000, 2000), 1);
    QCOMPARE(pipeline::referenceDecimation(2000, 2001), 2);
    QCOMPARE(pipeline::referenceDecimation(10000, 10000), 5);
    QCOMPARE(pipeline::referenceDecimation(1, 1), 1);
}

void TstCorrectFile::chainDerampCnn()
{
    // A ramp on top of the signal; the chain removes it before the network sees the map.
    Raster ramped = m_raster;
    for (int y = 0; y < ramped.height(); ++y)
        for (int x = 0; x < ramped.width(); ++x)
            if (ramped.isValid(y, x))
                ramped.at(y, x) += 0.002f * x - 0.001f * y;
    io::writeGeoTiff(ramped, m_dir->file("ramped.tif"));
    pipeline::FileCorrectionRequest request;
    request.input = m_dir->file("ramped.tif");
    request.output = m_dir->file("chain.tif");
    request.method = "deramp,cnn";
    NullProgress progress;
    const auto report = pipeline::correctFile(request, progress);
    QVERIFY(!report.streamed);
    QCOMPARE(report.provenance.at("model_sha256"), pipeline::sha256OfFile(m_model));
    QVERIFY2(report.provenance.at("method").find(",cnn") != std::string::npos,
             report.provenance.at("method").c_str());
    // Equal to the two steps applied one after the other with the chain's reference pixel.
    const Raster input = io::readRaster(m_dir->file("ramped.tif"));
    corrections::CorrectionContext ctx;
    const auto ref = corrections::findStableReference(input, nullptr);
    ctx.reference = corrections::ReferencePoint::pixel(ref.row, ref.col);
    const auto step1 = corrections::makeCorrection("deramp")->apply(input, ctx, progress);
    const auto step2 = corrections::makeCorrection("cnn")->apply(step1.corrected, ctx, progress);
    const double diff = test::maxAbsDifference(io::readRaster(request.output), step2.corrected);
    QVERIFY2(diff >= 0.0 && diff < 1e-6, qPrintable(QString::number(diff)));
    QVERIFY(report.stdAfter < report.stdBefore);
}

void TstCorrectFile::linearWithoutDemNamesTheFlag()
{
    pipeline::FileCorrectionRequest request;
    request.input = m_input;
    request.output = m_dir->file("linear.tif");
    request.removedOutput = m_dir->file("linear.removed.tif");
    request.method = "linear";
    NullProgress progress;
    const QString message = errorOf([&] { pipeline::correctFile(request, progress); });
    QVERIFY2(message.contains("--dem"), qPrintable(message));
    QVERIFY(!fs::exists(request.output));
    QVERIFY(!fs::exists(*request.removedOutput));
}

void TstCorrectFile::missingGacosDateNamesIt()
{
    fs::create_directories(m_dir->file("gacos"));
    pipeline::FileCorrectionRequest request;
    request.input = m_input;
    request.output = m_dir->file("gacos.tif");
    request.method = "gacos";
    request.inputs.gacosDir = m_dir->file("gacos");
    NullProgress progress;
    const QString message = errorOf([&] { pipeline::correctFile(request, progress); });
    QVERIFY2(message.contains("20200101") || message.contains("2020-01-01"), qPrintable(message));
    QVERIFY(!fs::exists(request.output));
}

void TstCorrectFile::exclusionRespected()
{
    // A plane plus a bump in the north-west corner: with the corner excluded the plane is fitted
    // exactly, so everything outside the corner becomes flat and the bump stays.
    Raster r = test::makeInterferogram(40, 30, 1, false);
    for (int y = 0; y < r.height(); ++y)
        for (int x = 0; x < r.width(); ++x)
            r.at(y, x) = 0.003f * x + 0.002f * y + ((x < 10 && y < 10) ? 0.05f : 0.0f);
    io::writeGeoTiff(r, m_dir->file("bump.tif"));
    pipeline::FileCorrectionRequest request;
    request.input = m_dir->file("bump.tif");
    request.method = "deramp";
    // Pixel centres: lon 10.0005 + 0.001 col, lat 44.9995 - 0.001 row; the box covers cols/rows 0-9.
    request.inputs.exclude = "POLYGON((10.0 45.0, 10.01 45.0, 10.01 44.99, 10.0 44.99, 10.0 45.0))";
    NullProgress progress;
    request.output = m_dir->file("excluded.tif");
    pipeline::correctFile(request, progress);
    request.inputs.exclude.clear();
    request.output = m_dir->file("fitted-away.tif");
    pipeline::correctFile(request, progress);
    const Raster kept = io::readRaster(m_dir->file("excluded.tif"));
    const Raster lost = io::readRaster(m_dir->file("fitted-away.tif"));
    double outsideKept = 0.0;
    double outsideLost = 0.0;
    for (int y = 0; y < r.height(); ++y)
        for (int x = 0; x < r.width(); ++x)
            if (x >= 10 || y >= 10) {
                outsideKept = std::max(outsideKept, double(std::abs(kept.at(y, x))));
                outsideLost = std::max(outsideLost, double(std::abs(lost.at(y, x))));
            }
    QVERIFY2(outsideKept < 1e-5, qPrintable(QString::number(outsideKept)));
    QVERIFY2(outsideLost > 1e-3, qPrintable(QString::number(outsideLost)));
    INSAR_FUZZY_COMPARE(kept.at(5, 5), 0.05, 1e-4, 1e-5);
}

void TstCorrectFile::referenceNoneKeepsLevel()
{
    // R(y) = 0.7 / 100 m everywhere: the kept level gives back the input, the free mean shifts it.
    const fs::path constant = test::makeTinyModel(*m_dir, "constant.model", 0.7f);
    pipeline::registerCnnCorrection({constant, {}});
    const RasterStats in = m_raster.stats();
    for (const bool stream : {true, false})
        for (const bool freeMean : {false, true}) {
            pipeline::FileCorrectionRequest request;
            request.input = m_input;
            request.output =
                m_dir->file("none-" + std::to_string(stream) + std::to_string(freeMean) + ".tif");
            request.inputs.reference = "none";
            request.streamCnn = stream;
            request.freeMean = freeMean;
            NullProgress progress;
            const auto report = pipeline::correctFile(request, progress);
            QCOMPARE(report.reference, std::string("none"));
            const RasterStats out = io::readRaster(request.output).stats();
            const double expected = in.mean - (freeMean ? 0.007 : 0.0);
            INSAR_FUZZY_COMPARE(out.mean, expected, 0.0, 1e-6);
        }
}

void TstCorrectFile::unknownUnitsRefused()
{
    Raster r = m_raster;
    r.metadata.units = Units::Unknown;
    io::writeGeoTiff(r, m_dir->file("unitless.tif"));
    for (const bool stream : {true, false}) {
        pipeline::FileCorrectionRequest request;
        request.input = m_dir->file("unitless.tif");
        request.output = m_dir->file("unitless.denoised.tif");
        request.streamCnn = stream;
        NullProgress progress;
        const QString message = errorOf([&] { pipeline::correctFile(request, progress); });
        QVERIFY2(message.contains("unitless.tif") && message.contains("units"), qPrintable(message));
        QVERIFY(!fs::exists(request.output));
        // Given units, the same file is corrected.
        request.inputs.units = Units::Metres;
        const auto report = pipeline::correctFile(request, progress);
        QCOMPARE(report.units, Units::Metres);
        QCOMPARE(io::readRaster(request.output).metadata.units, Units::Metres);
        fs::remove(request.output);
    }
    // Deramping does not need units.
    pipeline::FileCorrectionRequest deramp;
    deramp.input = m_dir->file("unitless.tif");
    deramp.output = m_dir->file("unitless.deramp.tif");
    deramp.method = "deramp";
    NullProgress progress;
    pipeline::correctFile(deramp, progress);
    QVERIFY(fs::exists(deramp.output));
}

void TstCorrectFile::failuresLeaveNoOutput()
{
    std::ofstream(m_dir->file("a-file")) << "x";
    const std::size_t before = filesIn(m_dir->path());
    for (const bool stream : {true, false}) {
        // The removed-noise map cannot be written (its folder is a file): no corrected map either.
        pipeline::FileCorrectionRequest request;
        request.input = m_input;
        request.output = m_dir->file("out.tif");
        request.removedOutput = m_dir->file("a-file") / "removed.tif";
        request.streamCnn = stream;
        NullProgress progress;
        QVERIFY(!errorOf([&] { pipeline::correctFile(request, progress); }).isEmpty());
        QCOMPARE(filesIn(m_dir->path()), before);
        // Cancelled part-way: nothing, and no scratch file left.
        request.removedOutput = m_dir->file("removed.tif");
        for (const int allowed : {0, 2}) {
            CancelAfter cancel(allowed);
            QVERIFY_THROWS_EXCEPTION(CancelledError, pipeline::correctFile(request, cancel));
            QCOMPARE(filesIn(m_dir->path()), before);
        }
        // An input that is not a raster names it.
        std::ofstream(m_dir->file("notes.tif")) << "not a raster";
        request.input = m_dir->file("notes.tif");
        const QString message = errorOf([&] { pipeline::correctFile(request, progress); });
        QVERIFY2(message.contains("notes.tif"), qPrintable(message));
        fs::remove(m_dir->file("notes.tif"));
        QCOMPARE(filesIn(m_dir->path()), before);
    }
    // The output may not be the input.
    pipeline::FileCorrectionRequest same;
    same.input = m_input;
    same.output = m_input;
    NullProgress progress;
    QVERIFY(errorOf([&] { pipeline::correctFile(same, progress); }).contains("replace its input"));
}

void TstCorrectFile::georeferencingAndProvenance()
{
    for (const bool stream : {true, false}) {
        pipeline::FileCorrectionRequest request;
        request.input = m_input;
        request.output = m_dir->file(stream ? "geo-s.tif" : "geo-m.tif");
        request.removedOutput = m_dir->file(stream ? "geo-s.removed.tif" : "geo-m.removed.tif");
        request.streamCnn = stream;
        NullProgress progress;
        const auto report = pipeline::correctFile(request, progress);
        for (const fs::path& file : {request.output, *request.removedOutput}) {
            const Raster out = io::readRaster(file);
            QCOMPARE(out.width(), m_raster.width());
            QCOMPARE(out.height(), m_raster.height());
            QVERIFY(out.geoTransform.valid);
            for (int i = 0; i < 6; ++i)
                QCOMPARE(out.geoTransform.c[std::size_t(i)], m_raster.geoTransform.c[std::size_t(i)]);
            QVERIFY2(out.crsWkt.find("WGS") != std::string::npos, out.crsWkt.c_str());
            QCOMPARE(out.metadata.units, Units::Metres);
            QVERIFY(out.metadata.date1 && *out.metadata.date1 == *m_raster.metadata.date1);
            QVERIFY(out.metadata.date2 && *out.metadata.date2 == *m_raster.metadata.date2);
            QCOMPARE(out.metadata.extra.at("correction_method"), std::string("cnn"));
            QCOMPARE(out.metadata.extra.at("correction_model_sha256"), pipeline::sha256OfFile(m_model));
            QCOMPARE(out.metadata.extra.at("correction_reference"), report.reference);
            QCOMPARE(out.metadata.extra.at("correction_version"), corrections::projectVersion());
        }
        // removed = input - corrected, pixel for pixel.
        const Raster corrected = io::readRaster(request.output);
        const Raster removed = io::readRaster(*request.removedOutput);
        double worst = 0.0;
        for (std::size_t i = 0; i < removed.size(); ++i)
            if (!std::isnan(removed.values()[i]))
                worst = std::max(worst, std::abs(double(removed.values()[i]) -
                                                 (m_raster.values()[i] - corrected.values()[i])));
        QVERIFY2(worst < 1e-7, qPrintable(QString::number(worst)));
    }
}

QTEST_GUILESS_MAIN(TstCorrectFile)
#include "tst_correct_file.moc"
