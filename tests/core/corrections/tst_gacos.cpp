// GACOS: .ztd + .rsc and .ztd.tif delay maps are read, warped when their grid differs (with a
// message), differenced date2 - date1, divided by cos(incidence) and converted to metres,
// millimetres or radians with the MintPy sign; missing dates, units and wavelength are clear errors.
#include "common/error.h"
#include "corrections/gacos_correction.h"
#include "io/gacos_reader.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <cpl_conv.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <fstream>

using namespace insar;
using namespace insar::corrections;
namespace fs = std::filesystem;

namespace {

constexpr int kWidth = 24;
constexpr int kHeight = 18;
constexpr double kLon0 = 100.0;
constexpr double kLat0 = 30.0;
constexpr double kStep = 0.01;
constexpr double kIncidenceDeg = 35.0;
constexpr double kWavelengthM = 0.05546576;

std::string wgs84()
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    char* wkt = nullptr;
    srs.exportToWkt(&wkt);
    std::string out = wkt;
    CPLFree(wkt);
    return out;
}

/// Delay of each date as a function of lon/lat (linear, so bilinear warping reproduces it).
double ztd(int date, double lon, double lat)
{
    switch (date) {
    case 1:
        return 2.30 + 0.8 * (lon - kLon0) - 0.5 * (lat - kLat0);
    case 2:
        return 2.36 - 0.4 * (lon - kLon0) + 1.1 * (lat - kLat0);
    default:
        return 2.41 + 0.3 * (lon - kLon0) + 0.2 * (lat - kLat0);
    }
}

double pixelLon(int col)
{
    return kLon0 + kStep * (col + 0.5);
}
double pixelLat(int row)
{
    return kLat0 - kStep * (row + 0.5);
}

/// Writes YYYYMMDD.ztd + .ztd.rsc on the interferogram's grid (raw float32 little-endian).
void writeZtd(const fs::path& dir, const std::string& stem, int date)
{
    std::vector<float> values;
    for (int row = 0; row < kHeight; ++row)
        for (int col = 0; col < kWidth; ++col)
            values.push_back(float(ztd(date, pixelLon(col), pixelLat(row))));
    std::ofstream(dir / (stem + ".ztd"), std::ios::binary)
        .write(reinterpret_cast<const char*>(values.data()), std::streamsize(values.size() * sizeof(float)));
    std::ofstream rsc(dir / (stem + ".ztd.rsc"));
    rsc << "WIDTH " << kWidth << "\nFILE_LENGTH " << kHeight << "\nX_FIRST " << kLon0 << "\nY_FIRST " << kLat0
        << "\nX_STEP " << kStep << "\nY_STEP " << -kStep << "\n";
}

/// Writes YYYYMMDD.ztd.tif on a coarser (0.02 degree) grid that covers a larger area.
void writeZtdTif(const fs::path& dir, const std::string& stem, int date)
{
    Raster r(16, 14);
    r.geoTransform.c = {kLon0 - 0.04, 0.02, 0.0, kLat0 + 0.04, 0.0, -0.02};
    r.geoTransform.valid = true;
    r.crsWkt = wgs84();
    for (int row = 0; row < r.height(); ++row)
        for (int col = 0; col < r.width(); ++col)
            r.at(row, col) =
                float(ztd(date, kLon0 - 0.04 + 0.02 * (col + 0.5), kLat0 + 0.04 - 0.02 * (row + 0.5)));
    io::writeGeoTiff(r, dir / (stem + ".ztd.tif"));
}

Raster interferogram(Units units, const std::string& d1, const std::string& d2)
{
    Raster r(kWidth, kHeight, 0.0f);
    r.geoTransform.c = {kLon0, kStep, 0.0, kLat0, 0.0, -kStep};
    r.geoTransform.valid = true;
    r.crsWkt = wgs84();
    r.metadata.units = units;
    r.metadata.date1 = Date::parse(d1);
    r.metadata.date2 = Date::parse(d2);
    r.metadata.incidenceDeg = kIncidenceDeg;
    r.metadata.wavelengthM = kWavelengthM;
    return r;
}

/// The expected model in metres of LOS displacement (MintPy sign).
double expectedLosM(int date1, int date2, int row, int col)
{
    const double dz = ztd(date2, pixelLon(col), pixelLat(row)) - ztd(date1, pixelLon(col), pixelLat(row));
    return -dz / std::cos(kIncidenceDeg * kPi / 180.0);
}

class Fixture {
public:
    Fixture()
    {
        writeZtd(m_dir.path(), "20180101", 1);
        writeZtd(m_dir.path(), "20180113", 2);
        writeZtdTif(m_dir.path(), "20180125", 3);
    }
    const fs::path& dir() const { return m_dir.path(); }

private:
    test::TempDir m_dir;
};

bool anyMessage(const std::vector<std::string>& messages, const std::string& text)
{
    for (const auto& m : messages)
        if (m.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

class TstGacos : public QObject {
    Q_OBJECT

private slots:
    void readsRscAndTif()
    {
        Fixture f;
        const Raster z = io::readGacosDate(f.dir(), *Date::parse("20180113"));
        QCOMPARE(z.width(), kWidth);
        QCOMPARE(z.height(), kHeight);
        QCOMPARE(z.metadata.units, Units::Metres);
        QVERIFY(z.geoTransform.valid);
        INSAR_FUZZY_COMPARE(z.at(3, 5), ztd(2, pixelLon(5), pixelLat(3)), 1e-6, 0.0);
        const Raster t = io::readGacosDate(f.dir(), *Date::parse("20180125"));
        QCOMPARE(t.width(), 16);
        // A data file of the wrong size is an error naming it.
        std::ofstream(f.dir() / "20180101.ztd", std::ios::binary | std::ios::trunc) << "short";
        try {
            io::readGacosZtd(f.dir() / "20180101.ztd");
            QFAIL("a truncated .ztd must be an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("20180101.ztd") && QString(e.what()).contains("bytes"),
                     e.what());
        }
    }

    void modelInEachUnit_data()
    {
        QTest::addColumn<int>("units");
        QTest::addColumn<double>("perMetre");
        QTest::addRow("metres") << int(Units::Metres) << 1.0;
        QTest::addRow("millimetres") << int(Units::Millimetres) << 1000.0;
        // MintPy: phase = -4 pi / lambda * LOS displacement.
        QTest::addRow("radians") << int(Units::Radians) << -4.0 * kPi / kWavelengthM;
    }
    void modelInEachUnit()
    {
        QFETCH(int, units);
        QFETCH(double, perMetre);
        Fixture f;
        const Raster input = interferogram(Units(units), "2018-01-01", "2018-01-13");
        CorrectionContext ctx;
        ctx.gacosDir = f.dir();
        NullProgress none;
        std::vector<std::string> messages;
        const Raster model = gacosModel(input, ctx, none, messages);
        QVERIFY(!anyMessage(messages, "warped"));
        for (int row = 0; row < kHeight; row += 3)
            for (int col = 0; col < kWidth; col += 4)
                INSAR_FUZZY_COMPARE(model.at(row, col), perMetre * expectedLosM(1, 2, row, col), 1e-5,
                                    2e-6 * std::abs(perMetre));
    }

    void correctionRemovesTheDelayDifference()
    {
        // An interferogram that is only the GACOS delay difference becomes flat; the sign matters:
        // with the opposite sign the std would double instead of vanishing.
        Fixture f;
        Raster input = interferogram(Units::Radians, "2018-01-01", "2018-01-13");
        const double perMetre = -4.0 * kPi / kWavelengthM;
        for (int row = 0; row < kHeight; ++row)
            for (int col = 0; col < kWidth; ++col)
                input.at(row, col) = float(perMetre * expectedLosM(1, 2, row, col) + 0.25);
        input.setNoData(4, 4);
        CorrectionContext ctx;
        ctx.gacosDir = f.dir();
        ctx.reference = ReferencePoint::pixel(10, 10);
        NullProgress none;
        const CorrectionResult r = GacosCorrection().apply(input, ctx, none);
        QVERIFY(std::isnan(r.corrected.at(4, 4)));
        QVERIFY2(r.stdAfter < 1e-5 * r.stdBefore, qPrintable(QString::number(r.stdAfter)));
        QVERIFY(std::abs(r.corrected.at(0, 0)) < 3e-4);
        INSAR_FUZZY_COMPARE(r.reduction, 1.0, 0.0, 1e-5);
    }

    void incidenceSources()
    {
        Fixture f;
        Raster input = interferogram(Units::Metres, "2018-01-01", "2018-01-13");
        CorrectionContext ctx;
        ctx.gacosDir = f.dir();
        NullProgress none;
        std::vector<std::string> messages;
        // The override wins over the metadata.
        ctx.incidenceOverrideDeg = 60.0;
        const Raster withOverride = gacosModel(input, ctx, none, messages);
        const double scale = std::cos(kIncidenceDeg * kPi / 180.0) / std::cos(60.0 * kPi / 180.0);
        INSAR_FUZZY_COMPARE(withOverride.at(2, 3), expectedLosM(1, 2, 2, 3) * scale, 1e-5, 0.0);
        // An incidence raster (on the same grid) is used when there is no override.
        ctx.incidenceOverrideDeg.reset();
        Raster inc(kWidth, kHeight, 60.0f);
        inc.geoTransform = input.geoTransform;
        ctx.incidenceDeg = inc;
        INSAR_FUZZY_COMPARE(gacosModel(input, ctx, none, messages).at(2, 3), expectedLosM(1, 2, 2, 3) * scale,
                            1e-5, 0.0);
        // None at all: an error saying what to give.
        ctx.incidenceDeg.reset();
        input.metadata.incidenceDeg.reset();
        try {
            gacosModel(input, ctx, none, messages);
            QFAIL("no incidence must be an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("incidence"), e.what());
        }
    }

    void gridMismatchIsWarped()
    {
        // date 3 is a .ztd.tif on a 0.02 degree grid: warped onto the interferogram's 0.01 grid.
        Fixture f;
        const Raster input = interferogram(Units::Metres, "2018-01-13", "2018-01-25");
        CorrectionContext ctx;
        ctx.gacosDir = f.dir();
        NullProgress none;
        std::vector<std::string> messages;
        const Raster model = gacosModel(input, ctx, none, messages);
        QVERIFY(anyMessage(messages, "GACOS delay map of 2018-01-25 warped"));
        QVERIFY(!anyMessage(messages, "GACOS delay map of 2018-01-13 warped"));
        for (int row = 1; row < kHeight - 1; row += 4)
            for (int col = 1; col < kWidth - 1; col += 5)
                INSAR_FUZZY_COMPARE(model.at(row, col), expectedLosM(2, 3, row, col), 1e-4, 1e-6);
    }

    void missingInputsAreClearErrors()
    {
        Fixture f;
        CorrectionContext ctx;
        ctx.gacosDir = f.dir();
        NullProgress none;
        std::vector<std::string> messages;
        auto errorOf = [&](const Raster& input) -> QString {
            try {
                gacosModel(input, ctx, none, messages);
            } catch (const Error& e) {
                return e.what();
            }
            return {};
        };
        const QString missing = errorOf(interferogram(Units::Metres, "2018-01-01", "2018-02-06"));
        QVERIFY2(missing.contains("2018-02-06") && missing.contains("20180206.ztd") &&
                     missing.contains("20180206.ztd.tif"),
                 qPrintable(missing));
        Raster noWavelength = interferogram(Units::Radians, "2018-01-01", "2018-01-13");
        noWavelength.metadata.wavelengthM.reset();
        QVERIFY(errorOf(noWavelength).contains("wavelength"));
        QVERIFY(errorOf(interferogram(Units::Unknown, "2018-01-01", "2018-01-13")).contains("units"));
        Raster noDates = interferogram(Units::Metres, "2018-01-01", "2018-01-13");
        noDates.metadata.date2.reset();
        QVERIFY(errorOf(noDates).contains("dates"));
        ctx.gacosDir.clear();
        QVERIFY(errorOf(interferogram(Units::Metres, "2018-01-01", "2018-01-13")).contains("--gacos-dir"));
    }
};

QTEST_GUILESS_MAIN(TstGacos)
#include "tst_gacos.moc"
