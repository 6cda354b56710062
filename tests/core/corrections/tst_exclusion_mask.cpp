// Exclusion masks: WKT and GeoJSON polygons rasterise onto the expected pixels (pixel centres
// through the geotransform, holes honoured); mask rasters and specs; malformed input, rasters
// without georeferencing or in a projected CRS, and grid mismatches are clear errors.
#include "common/error.h"
#include "corrections/exclusion_mask.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>
#include <set>
#include <utility>

using namespace insar;
using namespace insar::corrections;

namespace {

/// 10 x 10 pixels of 0.1 degree from (10 E, 50 N): pixel centres at 10.05 + 0.1 col, 49.95 - 0.1 row.
Raster grid()
{
    Raster r(10, 10, 1.0f);
    r.geoTransform.c = {10.0, 0.1, 0.0, 50.0, 0.0, -0.1};
    r.geoTransform.valid = true;
    return r;
}

using PixelSet = std::set<std::pair<int, int>>;

PixelSet excludedPixels(const Raster& mask)
{
    PixelSet out;
    for (int row = 0; row < mask.height(); ++row)
        for (int col = 0; col < mask.width(); ++col)
            if (isExcluded(&mask, row, col))
                out.insert({row, col});
    return out;
}

PixelSet block(int row0, int row1, int col0, int col1)
{
    PixelSet out;
    for (int row = row0; row <= row1; ++row)
        for (int col = col0; col <= col1; ++col)
            out.insert({row, col});
    return out;
}

// Square lon 10.2..10.5, lat 49.5..49.8: centres of cols 2-4 and rows 2-4 lie inside.
const char* kSquareWkt = "POLYGON ((10.2 49.5, 10.5 49.5, 10.5 49.8, 10.2 49.8, 10.2 49.5))";

void writeText(const std::filesystem::path& p, const std::string& text)
{
    std::ofstream(p) << text;
}

} // namespace

class TstExclusionMask : public QObject {
    Q_OBJECT

private slots:
    void wktSquareCoversKnownPixels()
    {
        const Raster mask = rasterisePolygons(parseWktPolygon(kSquareWkt), grid());
        QCOMPARE(excludedPixels(mask), block(2, 4, 2, 4));
        QCOMPARE(excludedCount(mask), std::size_t(9));
        QCOMPARE(mask.geoTransform.c, grid().geoTransform.c);
    }

    void wktVariants()
    {
        NullProgress none;
        // Lower case, no closing vertex, Z values, extra spaces.
        QCOMPARE(excludedPixels(exclusionMaskFromSpec(
                     "  polygon z((10.2 49.5 1,10.5 49.5 1,10.5 49.8 1,10.2 49.8 1))", grid(), none)),
                 block(2, 4, 2, 4));
        // A hole over the centre pixel (row 3, col 3: 10.35, 49.65).
        PixelSet ring = block(2, 4, 2, 4);
        ring.erase({3, 3});
        QCOMPARE(excludedPixels(rasterisePolygons(
                     parseWktPolygon("POLYGON ((10.2 49.5, 10.5 49.5, 10.5 49.8, 10.2 49.8), (10.31 49.61, "
                                     "10.39 49.61, 10.39 49.69, 10.31 49.69))"),
                     grid())),
                 ring);
        // Two polygons.
        PixelSet two = block(2, 4, 2, 4);
        two.merge(block(8, 9, 0, 0));
        QCOMPARE(excludedPixels(rasterisePolygons(
                     parseWktPolygon("MULTIPOLYGON (((10.2 49.5, 10.5 49.5, 10.5 49.8, 10.2 49.8)), ((9.9 "
                                     "48.9, 10.1 48.9, 10.1 49.2, 9.9 49.2)))"),
                     grid())),
                 two);
    }

    void malformedWkt_data()
    {
        QTest::addColumn<QString>("wkt");
        QTest::addColumn<QString>("expected");
        QTest::addRow("point") << "POINT (1 2)"
                               << "not a polygon";
        QTest::addRow("unclosed") << "POLYGON ((1 2, 3 4, 5 6)"
                                  << "expected ')'";
        QTest::addRow("missing y") << "POLYGON ((1 2, 3, 5 6))"
                                   << "coordinate pair";
        QTest::addRow("two vertices") << "POLYGON ((1 2, 3 4, 1 2))"
                                      << "fewer than 3";
        QTest::addRow("trailing") << "POLYGON ((1 2, 3 4, 5 6)) x"
                                  << "unexpected text";
        QTest::addRow("empty") << "POLYGON EMPTY"
                               << "EMPTY";
        QTest::addRow("nothing") << ""
                                 << "expected POLYGON";
    }
    void malformedWkt()
    {
        QFETCH(QString, wkt);
        QFETCH(QString, expected);
        try {
            parseWktPolygon(wkt.toStdString());
            QFAIL("malformed WKT must be an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(expected), e.what());
        }
    }

    void geoJsonPolygons()
    {
        test::TempDir dir;
        const auto square =
            R"({"type": "Polygon", "coordinates": [[[10.2, 49.5], [10.5, 49.5], [10.5, 49.8], [10.2, 49.8], [10.2, 49.5]]]})";
        const auto corner =
            R"({"type": "Polygon", "coordinates": [[[9.9, 48.9], [10.1, 48.9], [10.1, 49.2], [9.9, 49.2]]]})";
        const std::string collection =
            std::string(R"({"type": "FeatureCollection", "features": [)") +
            R"({"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [0, 0]}},)" +
            R"({"type": "Feature", "properties": {}, "geometry": )" + square + "}," +
            R"({"type": "Feature", "properties": {}, "geometry": )" + corner + "}]}";
        writeText(dir.file("aoi.geojson"), collection);
        NullProgress none;
        PixelSet both = block(2, 4, 2, 4);
        both.merge(block(8, 9, 0, 0));
        QCOMPARE(excludedPixels(exclusionMaskFromSpec(dir.file("aoi.geojson").string(), grid(), none)), both);
        // Only the first polygon feature (the point feature is skipped).
        QCOMPARE(excludedPixels(rasterisePolygons(
                     readGeoJsonPolygons(dir.file("aoi.geojson"), GeoJsonFeatures::First), grid())),
                 block(2, 4, 2, 4));
        // A bare MultiPolygon geometry.
        writeText(
            dir.file("multi.json"),
            R"({"type": "MultiPolygon", "coordinates": [[[[10.2, 49.5], [10.5, 49.5], [10.5, 49.8], [10.2, 49.8]]]]})");
        QCOMPARE(excludedPixels(exclusionMaskFromSpec(dir.file("multi.json").string(), grid(), none)),
                 block(2, 4, 2, 4));

        writeText(dir.file("bad.geojson"), "{\"type\": \"Feature\", \"geometry\": ");
        QVERIFY_THROWS_EXCEPTION(Error, readGeoJsonPolygons(dir.file("bad.geojson")));
        writeText(dir.file("points.geojson"), R"({"type": "Point", "coordinates": [1, 2]})");
        try {
            readGeoJsonPolygons(dir.file("points.geojson"));
            QFAIL("a GeoJSON without polygons must be an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("points.geojson") && QString(e.what()).contains("no Polygon"),
                     e.what());
        }
    }

    void rasterMasks()
    {
        test::TempDir dir;
        Raster source(10, 10, 0.0f);
        source.at(1, 1) = 1.0f;
        source.at(5, 7) = 3.0f;
        source.setNoData(9, 9);
        source.geoTransform = grid().geoTransform;
        io::writeGeoTiff(source, dir.file("mask.tif"));
        NullProgress none;
        QCOMPARE(excludedPixels(exclusionMaskFromSpec(dir.file("mask.tif").string(), grid(), none)),
                 (PixelSet{{1, 1}, {5, 7}}));
        try {
            maskFromRaster(Raster(8, 10, 1.0f), grid());
            QFAIL("a mask of another size must be an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("8 x 10") && QString(e.what()).contains("10 x 10"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error,
                                 exclusionMaskFromSpec(dir.file("missing.tif").string(), grid(), none));
    }

    void polygonNeedsGeographicGrid()
    {
        Raster plain(10, 10, 1.0f);
        try {
            rasterisePolygons(parseWktPolygon(kSquareWkt), plain);
            QFAIL("a polygon on a raster without georeferencing must be an error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("without georeferencing"), e.what());
        }
        Raster projected = grid();
        projected.crsWkt = R"(PROJCRS["WGS 84 / UTM zone 33N", BASEGEOGCRS["WGS 84"]])";
        QVERIFY_THROWS_EXCEPTION(Error, rasterisePolygons(parseWktPolygon(kSquareWkt), projected));
    }
};

QTEST_GUILESS_MAIN(TstExclusionMask)
#include "tst_exclusion_mask.moc"
