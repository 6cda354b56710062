// What users give besides the interferogram: reference text, unit overrides and the rule that
// refuses unknown units, and the context built from files (DEM, exclusion mask, incidence).
#include "pipeline/correction_inputs.h"

#include "common/error.h"
#include "corrections/exclusion_mask.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

using namespace insar;
using corrections::ReferencePoint;

namespace {

Raster smallGrid(Units units)
{
    Raster r(12, 10, 1.0f);
    r.geoTransform.c = {10.0, 0.01, 0.0, 45.0, 0.0, -0.01};
    r.geoTransform.valid = true;
    r.metadata.units = units;
    r.sourcePath = "/data/ifg.tif";
    return r;
}

template <typename F> QString errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TstCorrectionInputs : public QObject {
    Q_OBJECT
private slots:
    void parseReference_data();
    void parseReference();
    void unitOverrides();
    void unitsRule_data();
    void unitsRule();
    void contextFromFiles();
};

void TstCorrectionInputs::parseReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind"); // -1: error
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("col");
    QTest::addRow("auto") << "auto" << int(ReferencePoint::Kind::Automatic) << 0 << 0;
    QTest::addRow("empty") << "" << int(ReferencePoint::Kind::Automatic) << 0 << 0;
    QTest::addRow("none") << " NONE " << int(ReferencePoint::Kind::None) << 0 << 0;
    QTest::addRow("pixel") << "12,40" << int(ReferencePoint::Kind::Pixel) << 12 << 40;
    QTest::addRow("pixel spaced") << " 3 , 4 " << int(ReferencePoint::Kind::Pixel) << 3 << 4;
    QTest::addRow("one number") << "3" << -1 << 0 << 0;
    QTest::addRow("words") << "a,b" << -1 << 0 << 0;
    QTest::addRow("negative") << "-1,2" << -1 << 0 << 0;
    QTest::addRow("fraction") << "1.5,2" << -1 << 0 << 0;
}

void TstCorrectionInputs::parseReference()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, row);
    QFETCH(int, col);
    if (kind < 0) {
        const QString message = errorOf([&] { pipeline::parseReference(text.toStdString()); });
        QVERIFY2(message.contains("'" + text + "'"), qPrintable(message));
        return;
    }
    const ReferencePoint p = pipeline::parseReference(text.toStdString());
    QCOMPARE(int(p.kind), kind);
    QCOMPARE(p.row, row);
    QCOMPARE(p.col, col);
}

void TstCorrectionInputs::unitOverrides()
{
    pipeline::CorrectionInputs inputs;
    inputs.units = Units::Radians;
    inputs.wavelengthM = 0.0555;
    Raster unknown = smallGrid(Units::Unknown);
    pipeline::applyUnitOverrides(unknown, inputs);
    QCOMPARE(unknown.metadata.units, Units::Radians);
    QCOMPARE(*unknown.metadata.wavelengthM, 0.0555);
    // Agreeing with the file is fine; contradicting it names both.
    pipeline::applyUnitOverrides(unknown, inputs);
    Raster metres = smallGrid(Units::Metres);
    const QString message = errorOf([&] { pipeline::applyUnitOverrides(metres, inputs); });
    QVERIFY2(message.contains("/data/ifg.tif") && message.contains("m") && message.contains("radians"),
             qPrintable(message));
    Raster other = smallGrid(Units::Radians);
    other.metadata.wavelengthM = 0.236;
    const QString wl = errorOf([&] { pipeline::applyUnitOverrides(other, inputs); });
    QVERIFY2(wl.contains("0.236") && wl.contains("0.0555"), qPrintable(wl));
    inputs.wavelengthM = -1.0;
    Raster r = smallGrid(Units::Radians);
    QVERIFY(errorOf([&] { pipeline::applyUnitOverrides(r, inputs); }).contains("wavelength"));
}

void TstCorrectionInputs::unitsRule_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("units");
    QTest::addColumn<bool>("wavelength");
    QTest::addColumn<bool>("needs");
    QTest::addColumn<QString>("problem"); // empty: none
    const int unknown = int(Units::Unknown);
    const int rad = int(Units::Radians);
    QTest::addRow("cnn unknown") << "cnn" << unknown << false << true << "units of the values are unknown";
    QTest::addRow("chain unknown") << "deramp, CNN:free-mean" << unknown << false << true << "unknown";
    QTest::addRow("gacos radians no wavelength")
        << "gacos" << rad << false << true << "wavelength is unknown";
    QTest::addRow("cnn radians with wavelength") << "cnn" << rad << true << true << "";
    QTest::addRow("cnn metres") << "cnn" << int(Units::Metres) << false << true << "";
    QTest::addRow("deramp unknown") << "deramp:bilinear" << unknown << false << false << "";
    QTest::addRow("linear unknown") << "linear:2+plane" << unknown << false << false << "";
}

void TstCorrectionInputs::unitsRule()
{
    QFETCH(QString, method);
    QFETCH(int, units);
    QFETCH(bool, wavelength);
    QFETCH(bool, needs);
    QFETCH(QString, problem);
    QCOMPARE(pipeline::methodsNeedUnits(method.toStdString()), needs);
    Raster r = smallGrid(Units(units));
    if (wavelength)
        r.metadata.wavelengthM = 0.0555;
    const QString text = QString::fromStdString(pipeline::missingUnitsProblem(r, method.toStdString()));
    if (problem.isEmpty()) {
        QVERIFY2(text.isEmpty(), qPrintable(text));
    } else {
        QVERIFY2(text.contains(problem) && text.contains("/data/ifg.tif"), qPrintable(text));
    }
}

void TstCorrectionInputs::contextFromFiles()
{
    test::TempDir dir;
    Raster grid = smallGrid(Units::Metres);
    grid.crsWkt = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                  "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";
    Raster dem = grid;
    for (int row = 0; row < dem.height(); ++row)
        for (int col = 0; col < dem.width(); ++col)
            dem.at(row, col) = float(100 * row + col);
    io::writeGeoTiff(dem, dir.file("dem.tif"));
    Raster inc = grid;
    inc.values().assign(inc.size(), 38.5f);
    io::writeGeoTiff(inc, dir.file("inc.tif"));

    pipeline::CorrectionInputs inputs;
    inputs.dem = dir.file("dem.tif");
    inputs.incidenceRaster = dir.file("inc.tif");
    // Pixel centres 10.005 + 0.01 col: columns 0-2 of rows 0-1 lie in this box.
    inputs.exclude = "POLYGON((10.0 45.0, 10.03 45.0, 10.03 44.98, 10.0 44.98, 10.0 45.0))";
    inputs.reference = "none";
    inputs.referenceLonLat = std::make_pair(10.055, 44.955);
    inputs.gacosDir = dir.path();
    std::vector<std::string> messages;
    NullProgress progress;
    const corrections::CorrectionContext ctx = pipeline::buildContext(inputs, grid, messages, progress);
    QVERIFY(ctx.dem);
    QCOMPARE(ctx.dem->at(3, 4), 304.0f);
    QVERIFY(ctx.incidenceDeg);
    QCOMPARE(ctx.incidenceDeg->at(1, 1), 38.5f);
    QVERIFY(ctx.exclusionMask);
    QCOMPARE(corrections::excludedCount(*ctx.exclusionMask), std::size_t(6));
    QCOMPARE(ctx.exclusionMask->at(1, 2), 1.0f);
    QCOMPARE(ctx.exclusionMask->at(2, 2), 0.0f);
    QCOMPARE(int(ctx.reference.kind), int(ReferencePoint::Kind::LonLat)); // lon/lat wins
    QCOMPARE(ctx.gacosDir, dir.path());
    QVERIFY(!messages.empty());

    inputs.dem = dir.file("absent-dem.tif");
    const QString missing = errorOf([&] { pipeline::buildContext(inputs, grid, messages, progress); });
    QVERIFY2(missing.contains("absent-dem.tif"), qPrintable(missing));
    inputs.dem.clear();
    inputs.incidenceDeg = 95.0;
    QVERIFY(errorOf([&] { pipeline::buildContext(inputs, grid, messages, progress); }).contains("incidence"));
}

QTEST_GUILESS_MAIN(TstCorrectionInputs)
#include "tst_correction_inputs.moc"
