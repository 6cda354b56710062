// GeoTIFF write -> read round trip (values with NaN, geotransform, CRS, no-data, every metadata
// field, tiled/plain/COG options) and atomic writing (failures leave no file and no temp file).
#include "common/error.h"
#include "io/gdal_setup.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <cmath>
#include <memory>

using namespace insar;
namespace fs = std::filesystem;

namespace {

std::string wktOf(int epsg)
{
    OGRSpatialReference srs;
    srs.importFromEPSG(epsg);
    char* wkt = nullptr;
    srs.exportToWkt(&wkt);
    std::string out = wkt;
    CPLFree(wkt);
    return out;
}

bool sameCrs(const std::string& a, const std::string& b)
{
    OGRSpatialReference sa;
    OGRSpatialReference sb;
    if (sa.importFromWkt(a.c_str()) != OGRERR_NONE || sb.importFromWkt(b.c_str()) != OGRERR_NONE)
        return false;
    return sa.IsSame(&sb) != 0;
}

/// 37 x 23 raster (not a multiple of the block size) with a few NaN pixels and full metadata.
Raster makeRaster()
{
    Raster r(37, 23);
    for (int row = 0; row < r.height(); ++row)
        for (int col = 0; col < r.width(); ++col)
            r.at(row, col) = static_cast<float>(0.25 * row - 0.125 * col + std::sin(0.3 * row * col));
    r.setNoData(0, 0);
    r.setNoData(5, 7);
    r.setNoData(22, 36);
    r.geoTransform.c = {12.5, 0.001, 0.0, 45.75, 0.0, -0.002};
    r.geoTransform.valid = true;
    r.crsWkt = wktOf(4326);
    r.metadata.units = Units::Radians;
    r.metadata.wavelengthM = 0.05546576;
    r.metadata.date1 = Date::parse("2018-01-01");
    r.metadata.date2 = Date::parse("2018-01-13");
    r.metadata.incidenceDeg = 39.25;
    r.metadata.headingDeg = -166.5;
    r.metadata.description = "denoised phase <test> & more";
    r.metadata.extra["processor"] = "unit test";
    r.metadata.extra["reference point"] = "lat=34.1 lon=-118.2";
    return r;
}

std::unique_ptr<GDALDataset> openWithGdal(const fs::path& p)
{
    return std::unique_ptr<GDALDataset>(GDALDataset::FromHandle(
        GDALOpenEx(p.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
}

std::size_t entriesIn(const fs::path& dir)
{
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

} // namespace

class TstGeoTiffIo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { io::configureGdal(2); }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("tiled");
        QTest::addColumn<QString>("compression");
        QTest::addColumn<int>("predictor");
        QTest::addColumn<bool>("cog");
        QTest::addColumn<double>("noData"); // NaN: leave Raster::noDataValue unset
        QTest::addRow("default tiled deflate") << true << "DEFLATE" << 3 << false << double(NAN);
        QTest::addRow("plain uncompressed") << false << "NONE" << 1 << false << double(NAN);
        QTest::addRow("lzw predictor 2, no-data -9999") << true << "LZW" << 2 << false << -9999.0;
        QTest::addRow("cog") << true << "DEFLATE" << 3 << true << double(NAN);
        QTest::addRow("cog, no-data 0") << true << "DEFLATE" << 3 << true << 0.0;
    }
    void roundTrip()
    {
        QFETCH(bool, tiled);
        QFETCH(QString, compression);
        QFETCH(int, predictor);
        QFETCH(bool, cog);
        QFETCH(double, noData);
        if (cog && !io::gdalHasDriver("COG"))
            QSKIP("this GDAL has no COG driver");

        test::TempDir dir;
        const fs::path file = dir.file("out.tif");
        Raster in = makeRaster();
        if (noData == 0.0) {
            // Zero as no-data: make sure no valid pixel is exactly zero.
            for (float& v : in.values())
                if (v == 0.0f)
                    v = 1e-3f;
        }
        if (!std::isnan(noData))
            in.noDataValue = noData;
        io::GeoTiffOptions options;
        options.tiled = tiled;
        options.compression = compression.toStdString();
        options.predictor = predictor;
        options.cog = cog;
        options.blockSize = 16;
        CallbackProgress progress;
        io::writeGeoTiff(in, file, options, progress);
        QCOMPARE(progress.fraction(), 1.0);
        QCOMPARE(entriesIn(dir.path()), std::size_t(1)); // no temp file left

        const Raster out = io::readRaster(file);
        QCOMPARE(out.width(), in.width());
        QCOMPARE(out.height(), in.height());
        for (int row = 0; row < in.height(); ++row)
            for (int col = 0; col < in.width(); ++col) {
                if (std::isnan(in.at(row, col)))
                    QVERIFY2(std::isnan(out.at(row, col)),
                             qPrintable(QString("pixel %1,%2").arg(row).arg(col)));
                else
                    QCOMPARE(out.at(row, col), in.at(row, col)); // float32 stored exactly
            }
        QCOMPARE(out.validCount(), in.validCount());
        QVERIFY(out.geoTransform.valid);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(out.geoTransform.c[i], in.geoTransform.c[i]);
        QVERIFY(sameCrs(out.crsWkt, in.crsWkt));
        QVERIFY(out.noDataValue.has_value());
        if (std::isnan(noData))
            QVERIFY(std::isnan(*out.noDataValue));
        else
            QCOMPARE(*out.noDataValue, noData);

        const RasterMetadata& m = out.metadata;
        QCOMPARE(m.units, Units::Radians);
        QCOMPARE(*m.wavelengthM, *in.metadata.wavelengthM);
        QCOMPARE(m.date1->toIso(), std::string("2018-01-01"));
        QCOMPARE(m.date2->toIso(), std::string("2018-01-13"));
        QCOMPARE(*m.incidenceDeg, 39.25);
        QCOMPARE(*m.headingDeg, -166.5);
        QCOMPARE(m.description, in.metadata.description);
        QCOMPARE(m.extra.size(), std::size_t(2));
        QCOMPARE(m.extra.at("processor"), std::string("unit test"));
        QCOMPARE(m.extra.at("reference_point"), std::string("lat=34.1 lon=-118.2")); // key made safe
        QCOMPARE(out.sourcePath, file.string());

        // The file layout really is what was asked for.
        auto ds = openWithGdal(file);
        QVERIFY(ds);
        const char* comp = ds->GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE");
        if (compression == "NONE")
            QVERIFY(comp == nullptr);
        else
            QCOMPARE(QString(comp), compression);
        int bx = 0;
        int by = 0;
        ds->GetRasterBand(1)->GetBlockSize(&bx, &by);
        if (tiled || cog) {
            QCOMPARE(bx, 16);
            QCOMPARE(by, 16);
        } else {
            QCOMPARE(bx, in.width());
        }
        QCOMPARE(QString(GDALGetDataTypeName(ds->GetRasterBand(1)->GetRasterDataType())), QString("Float32"));
        if (cog)
            QCOMPARE(QString(ds->GetMetadataItem("LAYOUT", "IMAGE_STRUCTURE")), QString("COG"));
        // NaN pixels are stored as the no-data value.
        float raw = 0.0f;
        QCOMPARE(ds->GetRasterBand(1)->RasterIO(GF_Read, 7, 5, 1, 1, &raw, 1, 1, GDT_Float32, 0, 0, nullptr),
                 CE_None);
        if (std::isnan(noData))
            QVERIFY(std::isnan(raw));
        else
            QCOMPARE(double(raw), noData);
    }

    void ungeoreferencedRoundTrip()
    {
        test::TempDir dir;
        Raster in(5, 4, 1.5f);
        in.metadata.units = Units::Millimetres;
        io::writeGeoTiff(in, dir.file("plain.tif"));
        const Raster out = io::readRaster(dir.file("plain.tif"));
        QVERIFY(!out.geoTransform.valid);
        QVERIFY(out.crsWkt.empty());
        QCOMPARE(out.metadata.units, Units::Millimetres);
        QVERIFY(!out.metadata.wavelengthM.has_value());
        QVERIFY(!out.metadata.date1.has_value());
        QVERIFY(out.metadata.extra.empty());
        QCOMPARE(out.stats().mean, 1.5);
        const io::RasterInfo info = io::probeRaster(dir.file("plain.tif"));
        QCOMPARE(io::describeCrs(info.crsWkt), std::string("none"));
    }

    void unknownUnitsTextRoundTrips()
    {
        test::TempDir dir;
        Raster in(3, 3, 0.01f);
        in.metadata.extra["units"] = "m/year"; // as read from a MintPy velocity.h5
        io::writeGeoTiff(in, dir.file("v.tif"));
        const Raster out = io::readRaster(dir.file("v.tif"));
        QCOMPARE(out.metadata.units, Units::Unknown);
        QCOMPARE(out.metadata.extra.at("units"), std::string("m/year"));
    }

    void overwritesExistingFile()
    {
        test::TempDir dir;
        const fs::path file = dir.file("x.tif");
        io::writeGeoTiff(Raster(4, 4, 1.0f), file);
        io::writeGeoTiff(Raster(6, 3, 2.0f), file);
        const Raster out = io::readRaster(file);
        QCOMPARE(out.width(), 6);
        QCOMPARE(out.at(2, 5), 2.0f);
        QCOMPARE(entriesIn(dir.path()), std::size_t(1));
    }

    void describeCrsNamesEpsg()
    {
        const std::string text = io::describeCrs(wktOf(32633));
        QVERIFY2(text.find("EPSG:32633") != std::string::npos, text.c_str());
        QVERIFY2(text.find("UTM zone 33N") != std::string::npos, text.c_str());
        QCOMPARE(io::describeCrs(""), std::string("none"));
    }

    void probeReportsWithoutReading()
    {
        test::TempDir dir;
        const Raster in = makeRaster();
        io::writeGeoTiff(in, dir.file("p.tif"));
        const io::RasterInfo info = io::probeRaster(dir.file("p.tif"));
        QCOMPARE(info.driver, std::string("GTiff"));
        QCOMPARE(info.width, 37);
        QCOMPARE(info.height, 23);
        QCOMPARE(info.bandCount, 1);
        QCOMPARE(info.band, 1);
        QCOMPARE(info.dataType, std::string("Float32"));
        QCOMPARE(info.epsg.value_or(0), 4326);
        QCOMPARE(info.layout, io::InsarLayout::GeoTiff);
        QCOMPARE(info.metadata.units, Units::Radians);
        QVERIFY(info.geoTransform.valid);
    }

    // --- atomic writing ------------------------------------------------------------------------

    void writeIntoMissingFolderFails()
    {
        test::TempDir dir;
        const fs::path file = dir.path() / "no-such-folder" / "x.tif";
        try {
            io::writeGeoTiff(Raster(4, 4, 1.0f), file);
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("no-such-folder") != std::string::npos, e.what());
        }
        QVERIFY(!fs::exists(file));
        QCOMPARE(entriesIn(dir.path()), std::size_t(0));
    }

    void writeIntoReadOnlyFolderFails()
    {
        test::TempDir dir;
        const fs::path ro = dir.path() / "ro";
        fs::create_directory(ro);
        fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec);
        // root ignores permissions: probe whether the folder is really read-only here.
        const bool writable = [&] {
            std::FILE* f = std::fopen((ro / "probe").c_str(), "w");
            if (f == nullptr)
                return false;
            std::fclose(f);
            fs::remove(ro / "probe");
            return true;
        }();
        if (writable) {
            fs::permissions(ro, fs::perms::owner_all);
            QSKIP("running with privileges that ignore folder permissions (root)");
        }
        QVERIFY_THROWS_EXCEPTION(Error, io::writeGeoTiff(Raster(4, 4, 1.0f), ro / "x.tif"));
        fs::permissions(ro, fs::perms::owner_all);
        QCOMPARE(entriesIn(ro), std::size_t(0));
    }

    void cancelledWriteLeavesOldFileAndNoTemp_data()
    {
        QTest::addColumn<bool>("cog");
        QTest::addRow("gtiff") << false;
        QTest::addRow("cog") << true;
    }
    void cancelledWriteLeavesOldFileAndNoTemp()
    {
        QFETCH(bool, cog);
        test::TempDir dir;
        const fs::path file = dir.file("out.tif");
        io::writeGeoTiff(Raster(8, 8, 3.0f), file);
        const auto sizeBefore = fs::file_size(file);

        // Cancel once writing is under way (after the first report of progress).
        CallbackProgress* self = nullptr;
        CallbackProgress progress([&self](double f) {
            if (f > 0.0 && self != nullptr)
                self->cancel();
        });
        self = &progress;

        io::GeoTiffOptions options;
        options.cog = cog;
        options.blockSize = 16;
        Raster big(64, 300, 5.0f);
        QVERIFY_THROWS_EXCEPTION(CancelledError, io::writeGeoTiff(big, file, options, progress));
        QCOMPARE(entriesIn(dir.path()), std::size_t(1));
        QCOMPARE(fs::file_size(file), sizeBefore);
        QCOMPARE(io::readRaster(file).at(0, 0), 3.0f);
    }

    void emptyRasterIsRejected()
    {
        test::TempDir dir;
        QVERIFY_THROWS_EXCEPTION(Error, io::writeGeoTiff(Raster(), dir.file("e.tif")));
        QCOMPARE(entriesIn(dir.path()), std::size_t(0));
    }

    void gdalMessagesAreCaptured()
    {
        io::GdalErrorScope scope;
        CPLError(CE_Failure, CPLE_AppDefined, "synthetic failure %d", 42);
        QVERIFY(scope.hasError());
        QCOMPARE(scope.message(), std::string("synthetic failure 42"));
    }
};

QTEST_GUILESS_MAIN(TstGeoTiffIo)
#include "tst_geotiff_io.moc"
