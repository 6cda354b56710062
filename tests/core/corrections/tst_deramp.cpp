// Deramping: known linear, bilinear and quadratic ramps are recovered to 1e-5 on a map with
// no-data holes; a masked deforming blob leaves the ramp fit intact while an unmasked fit is
// pulled by it; too few pixels and cancel are errors.
#include "common/error.h"
#include "corrections/deramp.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace insar;
using namespace insar::corrections;

namespace {

constexpr int kWidth = 64;
constexpr int kHeight = 48;

/// A ramp in pixel units with every term of the quadratic model.
struct PixelRamp {
    double a, b, c, d, e, f; // a + b col + c row + d col^2 + e row^2 + f col row
    double at(int row, int col) const
    {
        return a + b * col + c * row + d * col * col + e * row * row + f * col * row;
    }
};

PixelRamp rampFor(RampModel model)
{
    PixelRamp r{0.4, 0.02, -0.015, 0.0, 0.0, 0.0};
    if (model == RampModel::Bilinear)
        r.f = 3e-4;
    if (model == RampModel::Quadratic) {
        r.d = 2e-4;
        r.e = -3e-4;
        r.f = 1e-4;
    }
    return r;
}

Raster rampRaster(const PixelRamp& ramp)
{
    Raster r(kWidth, kHeight);
    for (int row = 0; row < kHeight; ++row)
        for (int col = 0; col < kWidth; ++col)
            r.at(row, col) = float(ramp.at(row, col));
    // No-data holes: a block, a column and scattered pixels.
    for (int row = 10; row < 18; ++row)
        for (int col = 30; col < 41; ++col)
            r.setNoData(row, col);
    for (int row = 0; row < kHeight; ++row)
        r.setNoData(row, 5);
    for (int i = 0; i < 40; ++i)
        r.setNoData((i * 7) % kHeight, (i * 13) % kWidth);
    return r;
}

/// A deforming area: a Gaussian uplift of `amp` centred at (row 30, col 45), sigma 4 px.
double blob(int row, int col, double amp)
{
    const double d2 = (row - 30.0) * (row - 30.0) + (col - 45.0) * (col - 45.0);
    return amp * std::exp(-d2 / (2.0 * 16.0));
}

double maxSurfaceError(const RampFit& fit, const PixelRamp& ramp)
{
    const Raster s = fit.surface();
    double worst = 0.0;
    for (int row = 0; row < kHeight; ++row)
        for (int col = 0; col < kWidth; ++col)
            worst = std::max(worst, std::abs(double(s.at(row, col)) - ramp.at(row, col)));
    return worst;
}

} // namespace

class TstDeramp : public QObject {
    Q_OBJECT

private slots:
    void recoversKnownRamp_data()
    {
        QTest::addColumn<int>("model");
        QTest::addRow("linear") << int(RampModel::Linear);
        QTest::addRow("bilinear") << int(RampModel::Bilinear);
        QTest::addRow("quadratic") << int(RampModel::Quadratic);
    }
    void recoversKnownRamp()
    {
        QFETCH(int, model);
        const auto m = RampModel(model);
        const PixelRamp ramp = rampFor(m);
        const Raster input = rampRaster(ramp);
        NullProgress none;
        const RampFit fit = fitRamp(input, m, nullptr, none);
        QCOMPARE(fit.pixelsUsed, input.validCount());
        QVERIFY2(maxSurfaceError(fit, ramp) < 1e-5, qPrintable(QString::number(maxSurfaceError(fit, ramp))));

        // Through the interface: the corrected map is flat (0 after re-referencing) and the holes stay
        // no-data.
        const Deramp deramp(m);
        const CorrectionResult r = deramp.apply(input, CorrectionContext{}, none);
        for (std::size_t i = 0; i < input.size(); ++i) {
            QCOMPARE(std::isnan(r.corrected.values()[i]), std::isnan(input.values()[i]));
            if (!std::isnan(input.values()[i]))
                QVERIFY(std::abs(r.corrected.values()[i]) < 1e-5);
        }
        QVERIFY(r.stdAfter < 1e-5);
        INSAR_FUZZY_COMPARE(r.reduction, 1.0, 0.0, 1e-4);
        QCOMPARE(r.provenance.at("method"), "deramp:" + rampModelName(m));
    }

    void lowerModelLeavesHigherTerms()
    {
        // A linear fit cannot remove a bilinear ramp: the twist term stays in the residual.
        const PixelRamp ramp = rampFor(RampModel::Bilinear);
        NullProgress none;
        const RampFit fit = fitRamp(rampRaster(ramp), RampModel::Linear, nullptr, none);
        QVERIFY(maxSurfaceError(fit, ramp) > 0.1);
    }

    void maskedDeformationIsNotFittedAway()
    {
        const PixelRamp ramp = rampFor(RampModel::Bilinear);
        Raster input = rampRaster(ramp);
        Raster mask(kWidth, kHeight, 0.0f);
        for (int row = 0; row < kHeight; ++row)
            for (int col = 0; col < kWidth; ++col) {
                if (input.isValid(row, col))
                    input.at(row, col) = float(input.at(row, col) + blob(row, col, 3.0));
                if (blob(row, col, 3.0) > 1e-8) // the blob's support (radius 25 px)
                    mask.at(row, col) = 1.0f;
            }
        NullProgress none;
        const RampFit masked = fitRamp(input, RampModel::Bilinear, &mask, none);
        QVERIFY2(maxSurfaceError(masked, ramp) < 1e-5,
                 qPrintable(QString::number(maxSurfaceError(masked, ramp))));
        const RampFit unmasked = fitRamp(input, RampModel::Bilinear, nullptr, none);
        QVERIFY(maxSurfaceError(unmasked, ramp) > 0.05);

        // apply() takes the mask from the context, and the blob survives in the corrected map.
        CorrectionContext ctx;
        ctx.exclusionMask = mask;
        ctx.reference = ReferencePoint::pixel(2, 2);
        const CorrectionResult r = Deramp(RampModel::Bilinear).apply(input, ctx, none);
        INSAR_FUZZY_COMPARE(r.corrected.at(30, 45), 3.0, 0.0, 1e-4);
        INSAR_FUZZY_COMPARE(r.corrected.at(2, 2), 0.0, 0.0, 1e-6);
    }

    void tooFewPixelsIsAnError()
    {
        Raster input(8, 8, NAN);
        input.at(1, 1) = 1.0f;
        input.at(2, 5) = 2.0f;
        input.at(6, 3) = 0.5f;
        NullProgress none;
        QVERIFY_THROWS_EXCEPTION(Error, fitRamp(input, RampModel::Bilinear, nullptr, none));
        // Pixels on one row cannot constrain the y term.
        Raster line(8, 8, NAN);
        for (int col = 0; col < 8; ++col)
            line.at(4, col) = float(col);
        try {
            fitRamp(line, RampModel::Linear, nullptr, none);
            QFAIL("a fit on a single row must fail");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("rank-deficient"), e.what());
        }
    }

    void cancelStopsTheFit()
    {
        CallbackProgress progress;
        progress.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, Deramp().apply(rampRaster(rampFor(RampModel::Linear)),
                                                                CorrectionContext{}, progress));
    }

    void parsesModelNames()
    {
        QCOMPARE(parseRampModel("bilinear"), RampModel::Bilinear);
        QCOMPARE(parseRampModel("quadratic"), RampModel::Quadratic);
        QVERIFY(!parseRampModel("cubic"));
        QCOMPARE(rampParameterCount(RampModel::Quadratic), 6);
    }
};

QTEST_GUILESS_MAIN(TstDeramp)
#include "tst_deramp.moc"
