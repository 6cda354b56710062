// Phase-elevation correction: known height coefficients (orders 1-3, with and without a joint
// plane, with multilooking) are recovered from synthetic maps with no-data holes; a missing DEM is
// a clear error; a DEM on a coarser grid is warped onto the interferogram's grid with a message.
#include "common/error.h"
#include "corrections/phase_elevation.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace insar;
using namespace insar::corrections;

namespace {

constexpr int kWidth = 60;
constexpr int kHeight = 50;

/// Hills between about 300 and 1700 m, not collinear with x, y or their powers.
double heightAt(int row, int col)
{
    return 1000.0 + 500.0 * std::sin(0.13 * col + 0.4) * std::cos(0.09 * row - 0.2) +
           200.0 * std::sin(0.05 * row * 0.7 + 0.21 * col);
}

Raster demRaster()
{
    Raster dem(kWidth, kHeight);
    for (int row = 0; row < kHeight; ++row)
        for (int col = 0; col < kWidth; ++col)
            dem.at(row, col) = float(heightAt(row, col));
    return dem;
}

const double kCoefficients[3] = {2.0e-3, -1.5e-6, 4.0e-10}; // rad/m, rad/m^2, rad/m^3

/// c0 + sum a_k h^k (+ a plane in pixel units), with no-data holes.
Raster phaseRaster(const Raster& dem, int order, bool plane)
{
    Raster r(kWidth, kHeight);
    for (int row = 0; row < kHeight; ++row)
        for (int col = 0; col < kWidth; ++col) {
            const double h = dem.at(row, col);
            double v = 0.7;
            for (int k = 1; k <= order; ++k)
                v += kCoefficients[k - 1] * std::pow(h, k);
            if (plane)
                v += 0.01 * col - 0.02 * row;
            r.at(row, col) = float(v);
        }
    for (int row = 20; row < 26; ++row)
        for (int col = 0; col < 15; ++col)
            r.setNoData(row, col);
    for (int i = 0; i < 30; ++i)
        r.setNoData((i * 11) % kHeight, (i * 17) % kWidth);
    return r;
}

} // namespace

class TstPhaseElevation : public QObject {
    Q_OBJECT

private slots:
    void recoversHeightCoefficients_data()
    {
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("plane");
        for (int order = 1; order <= 3; ++order) {
            QTest::addRow("order %d", order) << order << false;
            QTest::addRow("order %d + plane", order) << order << true;
        }
    }
    void recoversHeightCoefficients()
    {
        QFETCH(int, order);
        QFETCH(bool, plane);
        const Raster dem = demRaster();
        const Raster input = phaseRaster(dem, order, plane);
        PhaseElevationOptions options;
        options.order = order;
        options.withPlane = plane;
        NullProgress none;
        const PhaseElevationFit fit = fitPhaseElevation(input, dem, nullptr, options, none);
        QCOMPARE(int(fit.heightCoefficients.size()), order);
        for (int k = 0; k < order; ++k)
            INSAR_FUZZY_COMPARE(fit.heightCoefficients[std::size_t(k)], kCoefficients[k], 1e-4, 0.0);

        // Through the interface: only the height terms go, the plane (a nuisance term) stays.
        CorrectionContext ctx;
        ctx.dem = dem;
        const CorrectionResult r = PhaseElevation(options).apply(input, ctx, none);
        const int refRow = r.reference.row;
        const int refCol = r.reference.col;
        const double atRef = r.corrected.at(refRow, refCol);
        for (int row = 0; row < kHeight; ++row)
            for (int col = 0; col < kWidth; ++col) {
                QCOMPARE(std::isnan(r.corrected.at(row, col)), !input.isValid(row, col));
                if (!input.isValid(row, col))
                    continue;
                const double expected = plane ? 0.01 * (col - refCol) - 0.02 * (row - refRow) : 0.0;
                const double got = r.corrected.at(row, col) - atRef;
                QVERIFY2(std::abs(got - expected) < 2e-4,
                         qPrintable(
                             QStringLiteral("(%1, %2): %3 vs %4").arg(row).arg(col).arg(got).arg(expected)));
            }
        QVERIFY(plane ? r.stdAfter < r.stdBefore : r.reduction > 0.999); // the plane stays
    }

    void multilookedFitRecoversLinearCoefficient()
    {
        const Raster dem = demRaster();
        const Raster input = phaseRaster(dem, 1, true);
        PhaseElevationOptions options;
        options.withPlane = true;
        options.multilook = 4;
        NullProgress none;
        const PhaseElevationFit fit = fitPhaseElevation(input, dem, nullptr, options, none);
        INSAR_FUZZY_COMPARE(fit.heightCoefficients[0], kCoefficients[0], 1e-4, 0.0);
        QVERIFY(fit.samples < std::size_t(kWidth * kHeight / 16 + 16));
        QVERIFY(fit.samples > std::size_t(kWidth * kHeight / 16 / 2));
    }

    void missingDemIsAClearError()
    {
        const Raster dem = demRaster();
        NullProgress none;
        try {
            PhaseElevation().apply(phaseRaster(dem, 1, false), CorrectionContext{}, none);
            QFAIL("no DEM must be an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("needs a DEM"), e.what());
        }
    }

    void badOptionsAndFlatDemAreErrors()
    {
        PhaseElevationOptions options;
        options.order = 4;
        QVERIFY_THROWS_EXCEPTION(Error, PhaseElevation{options});
        options.order = 1;
        options.multilook = 0;
        QVERIFY_THROWS_EXCEPTION(Error, PhaseElevation{options});
        const Raster flat(kWidth, kHeight, 250.0f);
        NullProgress none;
        QVERIFY_THROWS_EXCEPTION(
            Error, fitPhaseElevation(phaseRaster(demRaster(), 1, false), flat, nullptr, {}, none));
    }

    void demOnAnotherGridIsWarped()
    {
        // The interferogram: 0.01 degree pixels. The DEM: 0.02 degree pixels over a larger area,
        // a linear function of lon/lat, which bilinear resampling reproduces exactly.
        auto heightAtLonLat = [](double lon, double lat) {
            return 800.0 + 3000.0 * (lon - 20.0) - 5000.0 * (lat - 40.0);
        };
        Raster input(40, 30);
        input.geoTransform.c = {20.0, 0.01, 0.0, 40.0, 0.0, -0.01};
        input.geoTransform.valid = true;
        Raster dem(30, 25);
        dem.geoTransform.c = {19.9, 0.02, 0.0, 40.1, 0.0, -0.02};
        dem.geoTransform.valid = true;
        dem.sourcePath = "coarse_dem.tif";
        for (int row = 0; row < dem.height(); ++row)
            for (int col = 0; col < dem.width(); ++col)
                dem.at(row, col) =
                    float(heightAtLonLat(19.9 + 0.02 * (col + 0.5), 40.1 - 0.02 * (row + 0.5)));
        for (int row = 0; row < input.height(); ++row)
            for (int col = 0; col < input.width(); ++col)
                input.at(row, col) =
                    float(0.3 + kCoefficients[0] *
                                    heightAtLonLat(20.0 + 0.01 * (col + 0.5), 40.0 - 0.01 * (row + 0.5)));
        CorrectionContext ctx;
        ctx.dem = dem;
        NullProgress none;
        const CorrectionResult r = PhaseElevation().apply(input, ctx, none);
        bool warned = false;
        for (const auto& m : r.messages)
            warned = warned ||
                     (m.find("warped") != std::string::npos && m.find("coarse_dem.tif") != std::string::npos);
        QVERIFY(warned);
        QVERIFY(r.stdAfter < 1e-4 * r.stdBefore);

        // Without georeferencing the DEM cannot be placed: a clear error naming both sizes.
        dem.geoTransform.valid = false;
        ctx.dem = dem;
        try {
            PhaseElevation().apply(input, ctx, none);
            QFAIL("an ungeoreferenced DEM on another grid must be an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("30 x 25") && QString(e.what()).contains("40 x 30"),
                     e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TstPhaseElevation)
#include "tst_phase_elevation.moc"
