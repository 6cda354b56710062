// Raster model: statistics with no-data, crop with geotransform, geotransform inversion.
#include "common/error.h"
#include "common/raster.h"
#include "test_support.h"

#include <QtTest>

using namespace insar;

class TstRaster : public QObject {
    Q_OBJECT
private slots:
    void statsIgnoreNoData()
    {
        Raster r(3, 2);
        const float v[] = {1, 2, 3, NAN, 5, NAN};
        std::copy(std::begin(v), std::end(v), r.data());
        const RasterStats s = r.stats();
        QCOMPARE(s.validCount, std::size_t(4));
        QCOMPARE(s.noDataCount, std::size_t(2));
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.max, 5.0);
        QCOMPARE(s.mean, 2.75);
        // population std of {1,2,3,5}: sqrt(((1.75)^2+(0.75)^2+(0.25)^2+(2.25)^2)/4) = sqrt(2.1875)
        INSAR_FUZZY_COMPARE(s.std, std::sqrt(2.1875), 1e-12, 0.0);
        const auto mask = r.validMask();
        QCOMPARE(int(mask[3]), 0);
        QCOMPARE(int(mask[4]), 1);
    }
    void allNoDataStats()
    {
        Raster r(2, 2, NAN);
        const RasterStats s = r.stats();
        QCOMPARE(s.validCount, std::size_t(0));
        QVERIFY(std::isnan(s.mean));
    }
    void cropShiftsGeoTransform()
    {
        Raster r(4, 3);
        for (int i = 0; i < 12; ++i)
            r.data()[i] = float(i);
        r.geoTransform = {{100.0, 0.5, 0.0, 50.0, 0.0, -0.25}, true};
        const Raster c = r.crop(1, 2, 2, 2);
        QCOMPARE(c.width(), 2);
        QCOMPARE(c.height(), 2);
        QCOMPARE(c.at(0, 0), 6.0f);
        QCOMPARE(c.at(1, 1), 11.0f);
        QCOMPARE(c.geoTransform.c[0], 101.0);
        QCOMPARE(c.geoTransform.c[3], 49.75);
        QVERIFY_THROWS_EXCEPTION(Error, r.crop(2, 0, 2, 2));
    }
    void geoToPixelInvertsPixelToGeo()
    {
        GeoTransform gt{{13.0, 0.001, 0.0002, 42.5, 0.0001, -0.001}, true};
        double x, y, col, row;
        gt.pixelToGeo(12.5, 7.25, x, y);
        QVERIFY(gt.geoToPixel(x, y, col, row));
        INSAR_FUZZY_COMPARE(col, 12.5, 1e-9, 1e-9);
        INSAR_FUZZY_COMPARE(row, 7.25, 1e-9, 1e-9);
    }
};

QTEST_GUILESS_MAIN(TstRaster)
#include "tst_raster.moc"
