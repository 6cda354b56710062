// The `denoise` subcommand of the real insar-denoiser-cli: a bad file among good ones, the units
// rule and its flags, a classical method, and a lon/lat reference on a raster that has no
// georeferencing.
#include "common/raster.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>

using namespace insar;
namespace fs = std::filesystem;

namespace {

test::CliRun runCli(const QStringList& args)
{
    return test::runProgram(QStringLiteral(INSAR_CLI_PATH), args, 120000);
}

QString describe(const test::CliRun& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

QString q(const fs::path& p)
{
    return QString::fromStdString(p.string());
}

/// A 40 x 30 plane (metres unless `units` says otherwise), georeferenced unless told not to be.
fs::path writePlane(const test::TempDir& dir, const std::string& name, Units units = Units::Metres,
                    bool georeferenced = true)
{
    Raster r(40, 30);
    for (int y = 0; y < r.height(); ++y)
        for (int x = 0; x < r.width(); ++x)
            r.at(y, x) = 0.01f + 0.002f * x - 0.001f * y + 0.004f * std::sin(0.5f * x) * std::cos(0.3f * y);
    if (georeferenced) {
        r.geoTransform.c = {10.0, 0.001, 0.0, 45.0, 0.0, -0.001};
        r.geoTransform.valid = true;
        r.crsWkt = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                   "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";
    }
    r.metadata.units = units;
    const fs::path file = dir.file(name);
    io::writeGeoTiff(r, file);
    return file;
}

} // namespace

class TstCliDenoise : public QObject {
    Q_OBJECT
private slots:
    void badInputAmongGoodOnes();
    void unknownUnitsNameTheFlags();
    void derampMethod();
    void lonLatReferenceNeedsGeoreferencing();
};

void TstCliDenoise::badInputAmongGoodOnes()
{
    test::TempDir dir;
    const fs::path good = writePlane(dir, "good.tif");
    std::ofstream(dir.file("bad.tif")) << "not a raster";
    const test::CliRun r = runCli({"denoise", "--method", "deramp", q(dir.file("bad.tif")), q(good),
                                   "--out-dir", q(dir.file("out")), "--quiet"});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("denoise: error: ") && r.err.contains("bad.tif"), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("1 of 2 inputs failed"), qPrintable(describe(r)));
    QVERIFY(fs::exists(dir.file("out/good.deramp.tif")));
    QVERIFY(!fs::exists(dir.file("out/bad.deramp.tif")));
    QVERIFY2(r.out.contains("good.deramp.tif") && !r.out.contains("bad"), qPrintable(describe(r)));
}

void TstCliDenoise::unknownUnitsNameTheFlags()
{
    test::TempDir dir;
    const fs::path unitless = writePlane(dir, "unitless.tif", Units::Unknown);
    const fs::path out = dir.file("unitless.denoised.tif");
    const test::CliRun r = runCli({"denoise", q(unitless), "--out", q(out), "--quiet", "--threads", "1"});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("unitless.tif") && r.err.contains("--units rad|m|mm") &&
                 r.err.contains("--wavelength"),
             qPrintable(describe(r)));
    QVERIFY(!fs::exists(out));
    // Radians without a wavelength: still refused, naming the wavelength.
    const test::CliRun rad =
        runCli({"denoise", q(unitless), "--out", q(out), "--units", "rad", "--quiet", "--threads", "1"});
    QVERIFY2(rad.exitCode == 1 && rad.err.contains("wavelength is unknown"), qPrintable(describe(rad)));
    // Deramping needs no units.
    const test::CliRun deramp =
        runCli({"denoise", "--method", "deramp", q(unitless), "--out", q(dir.file("d.tif")), "--quiet"});
    QVERIFY2(deramp.exitCode == 0, qPrintable(describe(deramp)));
    QCOMPARE(io::readRaster(dir.file("d.tif")).metadata.units, Units::Unknown);
}

void TstCliDenoise::derampMethod()
{
    test::TempDir dir;
    const fs::path input = writePlane(dir, "plane.tif");
    const test::CliRun r = runCli({"denoise", "--method", "deramp:bilinear", q(input), "--out-dir",
                                   q(dir.file("out")), "--residual", "--reference", "5,6"});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("deramp:bilinear") && r.out.contains("reduction"), qPrintable(describe(r)));
    const fs::path out = dir.file("out/plane.deramp-bilinear.tif");
    QVERIFY(fs::exists(out));
    QVERIFY(fs::exists(dir.file("out/plane.deramp-bilinear.residual.tif")));
    const Raster corrected = io::readRaster(out);
    const Raster removed = io::readRaster(dir.file("out/plane.deramp-bilinear.residual.tif"));
    const Raster in = io::readRaster(input);
    // Re-referenced to pixel (5, 6): the 3 x 3 mean there is 0; removed = input - corrected.
    double window = 0.0;
    for (int y = 4; y <= 6; ++y)
        for (int x = 5; x <= 7; ++x)
            window += corrected.at(y, x);
    QVERIFY2(std::abs(window / 9.0) < 1e-7, qPrintable(QString::number(window / 9.0)));
    QVERIFY(corrected.stats().std < 0.5 * in.stats().std);
    for (std::size_t i = 0; i < in.size(); ++i)
        QVERIFY(std::abs(removed.values()[i] - (in.values()[i] - corrected.values()[i])) < 1e-7);
    QCOMPARE(corrected.metadata.extra.at("correction_method"), std::string("deramp:bilinear"));
    // The same again without --overwrite is refused and leaves the file as it was.
    const test::CliRun again = runCli(
        {"denoise", "--method", "deramp:bilinear", q(input), "--out-dir", q(dir.file("out")), "--quiet"});
    QVERIFY2(again.exitCode == 1 && again.err.contains("--overwrite"), qPrintable(describe(again)));
}

void TstCliDenoise::lonLatReferenceNeedsGeoreferencing()
{
    test::TempDir dir;
    const fs::path input = writePlane(dir, "raw.tif", Units::Metres, false);
    const fs::path out = dir.file("raw.deramp.tif");
    const test::CliRun r = runCli({"denoise", "--method", "deramp", q(input), "--out", q(out),
                                   "--reference-lonlat", "10.01,44.99", "--quiet"});
    QVERIFY2(r.exitCode == 1 && r.err.contains("georeferencing"), qPrintable(describe(r)));
    QVERIFY(!fs::exists(out));
    const test::CliRun bad = runCli({"denoise", "--method", "deramp", q(input), "--out", q(out),
                                     "--reference-lonlat", "ten,44", "--quiet"});
    QVERIFY2(bad.exitCode == 1 && bad.err.contains("--reference-lonlat"), qPrintable(describe(bad)));
}

QTEST_GUILESS_MAIN(TstCliDenoise)
#include "tst_cli_denoise.moc"
