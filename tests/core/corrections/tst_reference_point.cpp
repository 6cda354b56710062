// Reference points: the 3 x 3 valid-pixel mean by hand, re-referencing to 0, pixel and lon/lat
// points, the warning and automatic fall-back on no-data, and the automatic rule (the calmest
// window, never in the exclusion mask).
#include "common/error.h"
#include "corrections/deramp.h"
#include "corrections/reference_point.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace insar;
using namespace insar::corrections;

namespace {

/// Deterministic rough values in [-1, 1].
float rough(int row, int col)
{
    return float(std::sin(12.9898 * row + 78.233 * col) * 0.9 + 0.1 * std::cos(3.1 * row * col));
}

/// 40 x 30 rough map with a calm 8 x 8 patch (value 2 + tiny slope) at rows 20-27, cols 5-12.
Raster calmPatchRaster()
{
    Raster r(40, 30);
    for (int row = 0; row < r.height(); ++row)
        for (int col = 0; col < r.width(); ++col)
            r.at(row, col) = rough(row, col);
    for (int row = 20; row < 28; ++row)
        for (int col = 5; col < 13; ++col)
            r.at(row, col) = float(2.0 + 1e-3 * col);
    return r;
}

} // namespace

class TstReferencePoint : public QObject {
    Q_OBJECT

private slots:
    void windowMeanByHand()
    {
        Raster r(3, 3);
        const float v[9] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
        std::copy(v, v + 9, r.data());
        QCOMPARE(referenceValue(r, 1, 1), 5.0);
        r.setNoData(0, 0);
        r.setNoData(2, 1);
        QCOMPARE(referenceValue(r, 1, 1), (2.0 + 3 + 4 + 5 + 6 + 7 + 9) / 7.0);
        QCOMPARE(referenceValue(r, 0, 0), (2.0 + 4 + 5) / 3.0); // clipped at the corner
        Raster empty(3, 3, NAN);
        QVERIFY(std::isnan(referenceValue(empty, 1, 1)));

        ResolvedReference ref;
        ref.row = 1;
        ref.col = 1;
        QVERIFY(reReference(r, ref));
        QVERIFY(std::abs(referenceValue(r, 1, 1)) < 1e-6);
        QCOMPARE(r.at(1, 2), float(6.0 - 36.0 / 7.0));
        QVERIFY(std::isnan(r.at(0, 0)));
        QVERIFY(!reReference(empty, ref));
    }

    void pixelAndLonLat()
    {
        Raster r = calmPatchRaster();
        const ResolvedReference p = resolveReference(r, ReferencePoint::pixel(3, 7), nullptr);
        QCOMPARE(p.row, 3);
        QCOMPARE(p.col, 7);
        QVERIFY(!p.automatic);
        QVERIFY(p.warning.empty());
        QVERIFY_THROWS_EXCEPTION(Error, resolveReference(r, ReferencePoint::pixel(30, 0), nullptr));
        QVERIFY_THROWS_EXCEPTION(
            Error, resolveReference(r, ReferencePoint::lonLat(10.0, 45.0), nullptr)); // no georeferencing

        r.geoTransform.c = {10.0, 0.01, 0.0, 45.0, 0.0, -0.01};
        r.geoTransform.valid = true;
        const ResolvedReference ll = resolveReference(r, ReferencePoint::lonLat(10.075, 44.875), nullptr);
        QCOMPARE(ll.row, 12);
        QCOMPARE(ll.col, 7);
        try {
            resolveReference(r, ReferencePoint::lonLat(11.0, 44.9), nullptr);
            QFAIL("a lon/lat outside the raster must be an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("outside"), e.what());
        }
    }

    void noneKeepsTheLevel()
    {
        Raster r = calmPatchRaster();
        const ResolvedReference ref = resolveReference(r, ReferencePoint::none(), nullptr);
        QVERIFY(ref.none);
        QCOMPARE(QString::fromStdString(ref.describe()), QString("none"));
        const std::vector<float> before = r.values();
        QVERIFY(reReference(r, ref));
        QVERIFY(r.values() == before);

        // apply() with "none" leaves the corrected map's level where the correction put it.
        CorrectionContext ctx;
        ctx.reference = ReferencePoint::none();
        NullProgress progress;
        const CorrectionResult result = Deramp().apply(r, ctx, progress);
        QCOMPARE(QString::fromStdString(result.provenance.at("reference")), QString("none"));
    }

    void noDataPointWarnsAndFallsBack()
    {
        Raster r = calmPatchRaster();
        r.setNoData(4, 4);
        const ResolvedReference ref = resolveReference(r, ReferencePoint::pixel(4, 4), nullptr);
        QVERIFY(ref.automatic);
        QVERIFY(r.isValid(ref.row, ref.col));
        const QString warning = QString::fromStdString(ref.warning);
        QVERIFY2(warning.contains("row 4, col 4") && warning.contains("no-data") &&
                     warning.contains("automatic"),
                 qPrintable(warning));

        // apply() passes the warning on and re-references at the automatic point.
        CorrectionContext ctx;
        ctx.reference = ReferencePoint::pixel(4, 4);
        NullProgress none;
        const CorrectionResult result = Deramp().apply(r, ctx, none);
        QCOMPARE(result.messages.front(), ref.warning);
        QVERIFY(std::abs(referenceValue(result.corrected, ref.row, ref.col)) < 1e-6);
    }

    void automaticPicksTheCalmArea()
    {
        Raster r = calmPatchRaster();
        const ResolvedReference ref = findStableReference(r, nullptr);
        QVERIFY(ref.automatic);
        QVERIFY2(ref.row >= 20 && ref.row < 28 && ref.col >= 5 && ref.col < 13, ref.describe().c_str());
        // The same call gives the same point (deterministic).
        const ResolvedReference again = findStableReference(r, nullptr);
        QCOMPARE(again.row, ref.row);
        QCOMPARE(again.col, ref.col);

        // Excluding the calm patch moves the point out of it.
        Raster mask(r.width(), r.height(), 0.0f);
        for (int row = 18; row < 30; ++row)
            for (int col = 3; col < 15; ++col)
                mask.at(row, col) = 1.0f;
        const ResolvedReference moved = findStableReference(r, &mask);
        QVERIFY2(mask.at(moved.row, moved.col) == 0.0f, moved.describe().c_str());

        // Nothing valid outside the mask: a clear error.
        Raster allMasked(r.width(), r.height(), 1.0f);
        QVERIFY_THROWS_EXCEPTION(Error, findStableReference(r, &allMasked));
    }
};

QTEST_GUILESS_MAIN(TstReferencePoint)
#include "tst_reference_point.moc"
