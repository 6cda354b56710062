// Streaming raster I/O: RasterBlockReader rows are readRaster()'s values bit for bit and its header is
// readRaster()'s georeferencing and metadata (GeoTIFF with a no-data value, ENVI, ROI_PAC raw, sizes
// not a multiple of the block, rows in any order); RasterBlockWriter, fed rows in bands and out of
// order, writes what writeGeoTiff writes, appears only at commit(), leaves nothing behind without
// it or after a failed write, and keeps GDAL's block cache to a few block rows. Fixtures are made
// here at run time.
#include "common/error.h"
#include "io/gdal_setup.h"
#include "io/raster_blocks.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <vector>

#if defined(__linux__)
#include <csignal>
#include <sys/resource.h>
#endif

using namespace insar;
namespace fs = std::filesystem;

namespace {

constexpr int kW = 53; // neither is a multiple of the 16-pixel blocks used below
constexpr int kH = 37;

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

float valueAt(int row, int col)
{
    return static_cast<float>(0.37 * row - 0.11 * col + std::sin(0.21 * row * col));
}

/// kW x kH with NaN pixels, an infinity, full metadata and georeferencing.
Raster makeRaster()
{
    Raster r(kW, kH);
    for (int row = 0; row < kH; ++row)
        for (int col = 0; col < kW; ++col)
            r.at(row, col) = valueAt(row, col);
    r.setNoData(0, 0);
    r.setNoData(17, 31);
    r.setNoData(kH - 1, kW - 1);
    r.at(9, 4) = std::numeric_limits<float>::infinity();
    r.geoTransform.c = {12.5, 0.001, 0.0, 45.75, 0.0, -0.002};
    r.geoTransform.valid = true;
    r.crsWkt = wktOf(4326);
    r.metadata.units = Units::Radians;
    r.metadata.wavelengthM = 0.05546576;
    r.metadata.date1 = Date::parse("2018-01-01");
    r.metadata.date2 = Date::parse("2018-01-13");
    r.metadata.incidenceDeg = 39.25;
    r.metadata.headingDeg = -166.5;
    r.metadata.description = "streamed phase";
    r.metadata.extra["processor"] = "unit test";
    return r;
}

void writeText(const fs::path& p, const std::string& text)
{
    std::ofstream out(p, std::ios::binary);
    out << text;
}

std::size_t entriesIn(const fs::path& dir)
{
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

/// Builds the fixture of `kind` in `dir`; returns the path to read.
fs::path makeFixture(const QString& kind, const fs::path& dir)
{
    if (kind == "geotiff-nodata" || kind == "geotiff-striped" || kind == "licsar-prefixed") {
        Raster r = makeRaster();
        io::GeoTiffOptions options;
        options.blockSize = 16;
        if (kind == "geotiff-nodata")
            r.noDataValue = -9999.0;
        if (kind == "geotiff-striped") {
            options.tiled = false;
            options.compression = "NONE";
        }
        fs::path file = dir / "ifg.tif";
        if (kind == "licsar-prefixed") {
            r.metadata = RasterMetadata{}; // everything from the name
            file = dir / "077A_05090_131313.20180101_20180113.geo.unw.tif";
        }
        io::writeGeoTiff(r, file, options);
        return file;
    }
    if (kind == "envi") {
        const fs::path file = dir / "phase.dat";
        GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("ENVI");
        GDALDataset* ds = drv->Create(file.c_str(), kW, kH, 1, GDT_Float32, nullptr);
        std::vector<float> v(static_cast<std::size_t>(kW) * kH);
        for (int row = 0; row < kH; ++row)
            for (int col = 0; col < kW; ++col)
                v[static_cast<std::size_t>(row) * kW + col] = valueAt(row, col);
        v[5] = -9999.0f;
        v[static_cast<std::size_t>(kH - 1) * kW + 2] = -9999.0f;
        if (ds->GetRasterBand(1)->RasterIO(GF_Write, 0, 0, kW, kH, v.data(), kW, kH, GDT_Float32, 0, 0,
                                           nullptr) != CE_None)
            return {};
        ds->GetRasterBand(1)->SetNoDataValue(-9999.0);
        double gt[6] = {500000.0, 30.0, 0.0, 4200000.0, 0.0, -30.0};
        ds->SetGeoTransform(gt);
        OGRSpatialReference srs;
        srs.importFromEPSG(32611);
        ds->SetSpatialRef(&srs);
        GDALClose(GDALDataset::ToHandle(ds));
        return file;
    }
    // ROI_PAC: BIL float32, per line kW amplitudes then kW phases, with a .rsc header.
    const fs::path file = dir / "geo_20100101_20100113.unw";
    {
        std::ofstream out(file, std::ios::binary);
        for (int row = 0; row < kH; ++row) {
            for (int col = 0; col < kW; ++col) {
                const float a = 100.0f + static_cast<float>(row);
                out.write(reinterpret_cast<const char*>(&a), 4);
            }
            for (int col = 0; col < kW; ++col) {
                float v = valueAt(row, col);
                if ((row == 2 && col == 3) || (row == 30 && col == 50))
                    v = row == 2 ? NAN : std::numeric_limits<float>::infinity();
                out.write(reinterpret_cast<const char*>(&v), 4);
            }
        }
    }
    writeText(dir / "geo_20100101_20100113.unw.rsc",
              "WIDTH 53\nFILE_LENGTH 37\nX_FIRST -118.5\nY_FIRST 34.25\nX_STEP 0.000833333\n"
              "Y_STEP -0.000833333\nX_UNIT degrees\nPROJECTION LL\nWAVELENGTH 0.0562356424\n"
              "HEADING_DEG -167.5\nINCIDENCE 23.1\n");
    return file;
}

void compareHeader(const io::RasterHeader& h, const Raster& r)
{
    QCOMPARE(h.width, r.width());
    QCOMPARE(h.height, r.height());
    QCOMPARE(h.geoTransform.valid, r.geoTransform.valid);
    QCOMPARE(h.geoTransform.c, r.geoTransform.c);
    QCOMPARE(h.crsWkt, r.crsWkt);
    QCOMPARE(h.noDataValue.has_value(), r.noDataValue.has_value());
    if (h.noDataValue)
        QCOMPARE(*h.noDataValue, *r.noDataValue);
    QCOMPARE(h.metadata.units, r.metadata.units);
    QCOMPARE(h.metadata.wavelengthM, r.metadata.wavelengthM);
    QCOMPARE(h.metadata.date1, r.metadata.date1);
    QCOMPARE(h.metadata.date2, r.metadata.date2);
    QCOMPARE(h.metadata.incidenceDeg, r.metadata.incidenceDeg);
    QCOMPARE(h.metadata.headingDeg, r.metadata.headingDeg);
    QCOMPARE(h.metadata.description, r.metadata.description);
    QCOMPARE(h.metadata.extra, r.metadata.extra);
    QCOMPARE(h.sourcePath, r.sourcePath);
}

bool sameBits(const float* a, const float* b, std::size_t n)
{
    return std::memcmp(a, b, n * sizeof(float)) == 0;
}

/// Every GDAL metadata item of the default domain, sorted.
QStringList gdalItems(const fs::path& file, const char* domain = nullptr)
{
    GDALDataset* ds = GDALDataset::FromHandle(
        GDALOpenEx(file.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    QStringList items;
    if (ds == nullptr)
        return {"cannot open"};
    for (CSLConstList it = ds->GetMetadata(domain); it != nullptr && *it != nullptr; ++it)
        items << QString::fromUtf8(*it);
    int bx = 0;
    int by = 0;
    ds->GetRasterBand(1)->GetBlockSize(&bx, &by);
    items << QStringLiteral("block=%1x%2").arg(bx).arg(by);
    items << QStringLiteral("unit=%1").arg(QString::fromUtf8(ds->GetRasterBand(1)->GetUnitType()));
    GDALClose(GDALDataset::ToHandle(ds));
    items.sort();
    return items;
}

/// Writes `r` through a RasterBlockWriter in three bands of rows, out of order.
void writeInBands(const Raster& r, const fs::path& file, const io::GeoTiffOptions& options,
                  const RasterMetadata* lateMetadata)
{
    io::RasterHeader header = io::RasterHeader::of(r);
    if (lateMetadata != nullptr)
        header.metadata = RasterMetadata{}; // known only at the end
    io::RasterBlockWriter writer(file, header, options);
    const std::size_t w = static_cast<std::size_t>(r.width());
    const int cut1 = 7;
    const int cut2 = 20;
    writer.writeRows(cut2, r.height() - cut2, r.data() + cut2 * w);
    writer.writeRows(0, cut1, r.data());
    QVERIFY(!fs::exists(file));
    writer.writeRows(cut1, cut2 - cut1, r.data() + cut1 * w);
    if (lateMetadata != nullptr)
        writer.setMetadata(*lateMetadata);
    QVERIFY(!fs::exists(file)); // nothing at the target before commit()
    writer.commit();
}

} // namespace

class TstRasterBlocks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { io::configureGdal(2); }

    // --- reader ----------------------------------------------------------------------------------

    void readerEqualsReadRaster_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("chunk");
        for (const char* kind : {"geotiff-nodata", "geotiff-striped", "licsar-prefixed", "envi", "roipac"})
            for (int chunk : {1, 5, 16, 23, kH})
                QTest::addRow("%s, %d rows", kind, chunk) << QString(kind) << chunk;
    }
    void readerEqualsReadRaster()
    {
        QFETCH(QString, kind);
        QFETCH(int, chunk);
        test::TempDir dir;
        const fs::path file = makeFixture(kind, dir.path());
        const Raster whole = io::readRaster(file);
        QVERIFY(whole.validCount() < whole.size()); // the fixtures have no-data to map

        io::RasterBlockReader reader(file);
        QCOMPARE(reader.width(), kW);
        QCOMPARE(reader.height(), kH);
        compareHeader(reader.header(), whole);

        // Bottom band first, then the rest from the top: order does not matter.
        std::vector<float> rows(static_cast<std::size_t>(chunk) * kW);
        std::vector<int> starts;
        for (int row0 = 0; row0 < kH; row0 += chunk)
            starts.push_back(row0);
        std::rotate(starts.begin(), starts.end() - 1, starts.end());
        for (int row0 : starts) {
            const int n = std::min(chunk, kH - row0);
            reader.readRows(row0, n, rows.data());
            QVERIFY2(sameBits(rows.data(), whole.data() + static_cast<std::size_t>(row0) * kW,
                              static_cast<std::size_t>(n) * kW),
                     qPrintable(QStringLiteral("rows %1..%2 differ").arg(row0).arg(row0 + n - 1)));
        }
        // Overlapping bands, as tiles with overlap read them.
        std::vector<float> band(9 * kW);
        for (int row0 : {3, 8, 2}) {
            reader.readRows(row0, 9, band.data());
            QVERIFY(sameBits(band.data(), whole.data() + static_cast<std::size_t>(row0) * kW, band.size()));
        }
    }

    void readerHeaderOfNamedFile()
    {
        test::TempDir dir;
        const fs::path file = makeFixture("licsar-prefixed", dir.path());
        io::RasterBlockReader reader(file);
        QCOMPARE(reader.header().metadata.units, Units::Radians);
        QCOMPARE(reader.header().metadata.date1->toIso(), std::string("2018-01-01"));
        QCOMPARE(reader.header().sourcePath, file.string());
        // A band other than the automatic one, as readRaster reads it.
        const fs::path unw = makeFixture("roipac", dir.path());
        io::ReadOptions amplitude;
        amplitude.band = 1;
        io::RasterBlockReader amp(unw, amplitude);
        std::vector<float> row(kW);
        amp.readRows(4, 1, row.data());
        QCOMPARE(row[7], 104.0f);
        QCOMPARE(amp.header().metadata.date2->toIso(), std::string("2010-01-13")); // from the name
    }

    void readerRefusesRowsOutsideTheRaster_data()
    {
        QTest::addColumn<int>("row0");
        QTest::addColumn<int>("rows");
        QTest::addRow("negative start") << -1 << 2;
        QTest::addRow("past the end") << kH - 1 << 2;
        QTest::addRow("start past the end") << kH << 1;
        QTest::addRow("negative count") << 0 << -1;
    }
    void readerRefusesRowsOutsideTheRaster()
    {
        QFETCH(int, row0);
        QFETCH(int, rows);
        test::TempDir dir;
        const fs::path file = makeFixture("geotiff-nodata", dir.path());
        io::RasterBlockReader reader(file);
        std::vector<float> out(static_cast<std::size_t>(kW) * 4, 7.0f);
        try {
            reader.readRows(row0, rows, out.data());
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.rfind(file.string() + ": ", 0) == 0, e.what());
            QVERIFY2(msg.find("0..36") != std::string::npos, e.what());
        }
        QCOMPARE(out[0], 7.0f);                 // nothing written
        reader.readRows(kH - 1, 1, out.data()); // the reader still works
    }

    void readerOfTruncatedFileNamesIt()
    {
        test::TempDir dir;
        const fs::path file = dir.file("cut.tif");
        Raster r(64, 64, 1.0f);
        io::GeoTiffOptions options;
        options.compression = "NONE";
        options.blockSize = 16;
        io::writeGeoTiff(r, file, options);
        fs::resize_file(file, fs::file_size(file) / 2);

        io::RasterBlockReader reader(file); // the header is intact
        QCOMPARE(reader.height(), 64);
        std::vector<float> out(64 * 16);
        std::string message;
        try {
            for (int row0 = 0; row0 < 64; row0 += 16)
                reader.readRows(row0, 16, out.data());
        } catch (const Error& e) {
            message = e.what();
        }
        QVERIFY2(message.rfind(file.string() + ": ", 0) == 0, message.c_str());
        QVERIFY2(message.find("truncated or corrupt") != std::string::npos, message.c_str());

        // A raw layout whose data file is shorter than its header declares fails at opening.
        const fs::path unw = makeFixture("roipac", dir.path());
        fs::resize_file(unw, fs::file_size(unw) - 8);
        try {
            io::RasterBlockReader bad(unw);
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).rfind(unw.string() + ": ", 0) == 0, e.what());
        }
    }

    void readerKeepsTheBlockCacheSmall()
    {
        // 1024 x 1024 (4 MiB) in 128-pixel tiles: a block row holds 512 KiB. Read in bands of 64
        // rows, the cache never holds more than the rows of one request.
        test::TempDir dir;
        const fs::path file = dir.file("big.tif");
        Raster r(1024, 1024);
        for (std::size_t i = 0; i < r.size(); ++i)
            r.values()[i] = static_cast<float>(i % 977);
        io::GeoTiffOptions options;
        options.blockSize = 128; // DEFLATE: every block is decoded through the cache
        io::writeGeoTiff(r, file, options);
        const GIntBig before = GDALGetCacheUsed64();
        io::RasterBlockReader reader(file);
        std::vector<float> band(64 * 1024);
        GIntBig most = 0;
        for (int row0 = 0; row0 + 64 <= 1024; row0 += 48) { // overlapping bands
            reader.readRows(row0, 64, band.data());
            QCOMPARE(band[5], r.at(row0, 5));
            most = std::max(most, GDALGetCacheUsed64() - before);
        }
        // Two block rows (1 MiB) and GDAL's bookkeeping; the whole raster would be 4 MiB.
        QVERIFY2(most <= 2 * 128 * 1024 * 4 + 64 * 1024,
                 qPrintable(QStringLiteral("GDAL cache grew to %1 bytes").arg(static_cast<qint64>(most))));
    }

    // --- writer ----------------------------------------------------------------------------------

    void writerEqualsWriteGeoTiff_data()
    {
        QTest::addColumn<bool>("tiled");
        QTest::addColumn<QString>("compression");
        QTest::addColumn<int>("predictor");
        QTest::addColumn<bool>("cog");
        QTest::addColumn<double>("noData"); // NaN: unset
        QTest::addColumn<bool>("lateMetadata");
        QTest::addRow("tiled deflate") << true << "DEFLATE" << 3 << false << double(NAN) << false;
        QTest::addRow("tiled deflate, no-data -9999, metadata at the end")
            << true << "DEFLATE" << 3 << false << -9999.0 << true;
        QTest::addRow("striped uncompressed") << false << "NONE" << 1 << false << double(NAN) << true;
        QTest::addRow("lzw predictor 2, no-data 0") << true << "LZW" << 2 << false << 0.0 << false;
        QTest::addRow("cog, metadata at the end") << true << "DEFLATE" << 3 << true << -9999.0 << true;
    }
    void writerEqualsWriteGeoTiff()
    {
        QFETCH(bool, tiled);
        QFETCH(QString, compression);
        QFETCH(int, predictor);
        QFETCH(bool, cog);
        QFETCH(double, noData);
        QFETCH(bool, lateMetadata);
        if (cog && !io::gdalHasDriver("COG"))
            QSKIP("GDAL here has no COG driver");
        test::TempDir dir;
        Raster r = makeRaster();
        if (!std::isnan(noData))
            r.noDataValue = noData;
        io::GeoTiffOptions options;
        options.tiled = tiled;
        options.compression = compression.toStdString();
        options.predictor = predictor;
        options.cog = cog;
        options.blockSize = 16;

        const fs::path expectedFile = dir.file("expected.tif");
        io::writeGeoTiff(r, expectedFile, options);
        const fs::path streamed = dir.file("streamed.tif");
        writeInBands(r, streamed, options, lateMetadata ? &r.metadata : nullptr);
        QCOMPARE(entriesIn(dir.path()), std::size_t(2)); // no temporary left

        const Raster a = io::readRaster(streamed);
        const Raster b = io::readRaster(expectedFile);
        QVERIFY(sameBits(a.data(), b.data(), a.size()));
        QCOMPARE(a.validCount(), r.validCount() - 1); // the infinity reads as no-data
        for (int row = 0; row < kH; ++row)
            for (int col = 0; col < kW; ++col)
                if (r.isValid(row, col) && !std::isinf(r.at(row, col)))
                    QCOMPARE(a.at(row, col), r.at(row, col));
        io::RasterHeader expectedHeader = io::RasterHeader::of(b);
        expectedHeader.sourcePath = a.sourcePath;
        compareHeader(expectedHeader, a);
        QCOMPARE(a.noDataValue.has_value(), true);
        if (!std::isnan(noData))
            QCOMPARE(*a.noDataValue, noData);
        QCOMPARE(a.metadata.description, std::string("streamed phase"));
        QCOMPARE(a.metadata.extra.at("processor"), std::string("unit test"));
        QCOMPARE(*a.metadata.headingDeg, -166.5);
        QCOMPARE(a.geoTransform.c[5], -0.002);
        QVERIFY(io::describeCrs(a.crsWkt).find("EPSG:4326") != std::string::npos);

        // The same GDAL items (INSAR_*, compression, predictor, layout, blocks, unit).
        QCOMPARE(gdalItems(streamed), gdalItems(expectedFile));
        const QStringList structure = gdalItems(streamed, "IMAGE_STRUCTURE");
        QCOMPARE(structure, gdalItems(expectedFile, "IMAGE_STRUCTURE"));
        QVERIFY2(structure.contains("COMPRESSION=" + compression) || compression == "NONE",
                 qPrintable(structure.join(' ')));
        if (tiled)
            QVERIFY2(structure.contains("block=16x16"), qPrintable(structure.join(' ')));
        if (cog)
            QVERIFY2(structure.contains("LAYOUT=COG"), qPrintable(structure.join(' ')));
        if (predictor == 3 && compression != "NONE")
            QVERIFY2(structure.contains("PREDICTOR=3"), qPrintable(structure.join(' ')));
    }

    void lateMetadataReplacesTheFirst()
    {
        test::TempDir dir;
        Raster r = makeRaster();
        const fs::path file = dir.file("out.tif");
        io::RasterBlockWriter writer(file, io::RasterHeader::of(r));
        writer.writeRows(0, kH, r.data());
        RasterMetadata late;
        late.units = Units::Metres;
        late.extra["method"] = "deramp:bilinear";
        writer.setMetadata(late);
        writer.commit();
        const Raster back = io::readRaster(file);
        QCOMPARE(back.metadata.units, Units::Metres);
        QCOMPARE(back.metadata.extra.size(), std::size_t(1));
        QCOMPARE(back.metadata.extra.at("method"), std::string("deramp:bilinear"));
        QVERIFY(!back.metadata.wavelengthM.has_value());
        QVERIFY(back.metadata.description.empty());
        QCOMPARE(gdalItems(file).filter("unit=").join(""), QStringLiteral("unit=m"));
    }

    void writerWithoutCommitLeavesNothing()
    {
        test::TempDir dir;
        const fs::path file = dir.file("out.tif");
        const Raster r = makeRaster();
        {
            io::RasterBlockWriter writer(file, io::RasterHeader::of(r));
            writer.writeRows(0, 10, r.data());
            QCOMPARE(entriesIn(dir.path()), std::size_t(1)); // the temporary, beside the target
            QVERIFY(!fs::exists(file));
        }
        QCOMPARE(entriesIn(dir.path()), std::size_t(0));

        // An existing target is untouched by an abandoned write, and by a moved-from writer.
        io::writeGeoTiff(Raster(4, 4, 3.0f), file);
        {
            io::RasterBlockWriter writer(file, io::RasterHeader::of(r));
            io::RasterBlockWriter moved(std::move(writer));
            moved.writeRows(0, kH, r.data());
        }
        QCOMPARE(entriesIn(dir.path()), std::size_t(1));
        QCOMPARE(io::readRaster(file).width(), 4);
    }

    void commitRefusesMissingRows()
    {
        test::TempDir dir;
        const fs::path file = dir.file("out.tif");
        const Raster r = makeRaster();
        io::RasterBlockWriter writer(file, io::RasterHeader::of(r));
        writer.writeRows(0, 10, r.data());
        writer.writeRows(11, kH - 11, r.data() + 11 * kW);
        try {
            writer.commit();
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.rfind(file.string() + ": ", 0) == 0, e.what());
            QVERIFY2(msg.find("1 of 37 rows were never written (the first is row 10)") != std::string::npos,
                     e.what());
        }
        QCOMPARE(entriesIn(dir.path()), std::size_t(0));                              // nothing left behind
        QVERIFY_THROWS_EXCEPTION(Error, writer.writeRows(10, 1, r.data() + 10 * kW)); // closed now
    }

    void writerRefusesRowsOutsideTheRaster()
    {
        test::TempDir dir;
        const fs::path file = dir.file("out.tif");
        const Raster r = makeRaster();
        io::RasterBlockWriter writer(file, io::RasterHeader::of(r));
        for (const auto& [row0, rows] : {std::pair{-1, 1}, std::pair{kH - 2, 3}, std::pair{0, -2}}) {
            try {
                writer.writeRows(row0, rows, r.data());
                QFAIL("expected insar::Error");
            } catch (const Error& e) {
                QVERIFY2(std::string(e.what()).rfind(file.string() + ": ", 0) == 0, e.what());
                QVERIFY2(std::string(e.what()).find("0..36") != std::string::npos, e.what());
            }
        }
        writer.writeRows(0, kH, r.data()); // a wrong range is refused without spoiling the file
        writer.commit();
        const Raster back = io::readRaster(file);
        QCOMPARE(back.at(3, 3), r.at(3, 3));
        QCOMPARE(back.at(kH - 1, 0), r.at(kH - 1, 0));
    }

    void writerRefusesBadArguments()
    {
        test::TempDir dir;
        io::RasterHeader empty;
        QVERIFY_THROWS_EXCEPTION(Error, io::RasterBlockWriter(dir.file("e.tif"), empty));
        io::RasterHeader header = io::RasterHeader::of(makeRaster());
        io::GeoTiffOptions options;
        options.blockSize = 20;
        QVERIFY_THROWS_EXCEPTION(Error, io::RasterBlockWriter(dir.file("b.tif"), header, options));
        try {
            io::RasterBlockWriter writer(dir.path() / "no-such-folder" / "x.tif", header);
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("no-such-folder") != std::string::npos, e.what());
        }
        header.crsWkt = "not a CRS";
        QVERIFY_THROWS_EXCEPTION(Error, io::RasterBlockWriter(dir.file("c.tif"), header));
        QCOMPARE(entriesIn(dir.path()), std::size_t(0));
    }

    void failedWriteRefusesCommit()
    {
#if !defined(__linux__)
        QSKIP("needs RLIMIT_FSIZE to make the disk 'full'");
#else
        // A file-size limit makes the writes of an uncompressed 512 x 512 raster (1 MiB) fail as
        // a full disk would.
        test::TempDir dir;
        const fs::path file = dir.file("full.tif");
        Raster r(512, 512, 2.0f);
        io::GeoTiffOptions options;
        options.compression = "NONE";
        options.blockSize = 64;
        rlimit old{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit capped = old;
        capped.rlim_cur = 256 * 1024;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &capped) == 0);
        std::string writeError;
        std::string commitError;
        {
            io::RasterBlockWriter writer(file, io::RasterHeader::of(r), options);
            try {
                for (int row0 = 0; row0 < 512; row0 += 64)
                    writer.writeRows(row0, 64, r.data() + static_cast<std::size_t>(row0) * 512);
            } catch (const Error& e) {
                writeError = e.what();
            }
            try {
                writer.commit();
            } catch (const Error& e) {
                commitError = e.what();
            }
        }
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY2(writeError.rfind(file.string() + ": cannot write the pixel data", 0) == 0,
                 writeError.c_str());
        QVERIFY2(commitError.rfind(file.string() + ": cannot commit: an earlier write failed", 0) == 0,
                 commitError.c_str());
        QVERIFY(!fs::exists(file));
        QCOMPARE(entriesIn(dir.path()), std::size_t(0));
#endif
    }

    void writerKeepsTheBlockCacheSmall()
    {
        // 1024 x 1024 (4 MiB) in 128-pixel tiles, written in bands of 48 rows: complete block rows
        // leave the cache at once, so it holds at most the block rows being filled.
        test::TempDir dir;
        const fs::path file = dir.file("big.tif");
        Raster r(1024, 1024);
        for (std::size_t i = 0; i < r.size(); ++i)
            r.values()[i] = static_cast<float>(i % 613);
        io::GeoTiffOptions options;
        options.blockSize = 128;
        const GIntBig before = GDALGetCacheUsed64();
        GIntBig most = 0;
        {
            io::RasterBlockWriter writer(file, io::RasterHeader::of(r), options);
            for (int row0 = 0; row0 < 1024; row0 += 48) {
                const int rows = std::min(48, 1024 - row0);
                writer.writeRows(row0, rows, r.data() + static_cast<std::size_t>(row0) * 1024);
                most = std::max(most, GDALGetCacheUsed64() - before);
            }
            writer.commit();
        }
        QVERIFY2(most <= 2 * 128 * 1024 * 4 + 64 * 1024,
                 qPrintable(QStringLiteral("GDAL cache grew to %1 bytes").arg(static_cast<qint64>(most))));
        const Raster back = io::readRaster(file);
        QVERIFY(sameBits(back.data(), r.data(), r.size()));
    }

    void headerMakesRasters()
    {
        const Raster r = makeRaster();
        const io::RasterHeader h = io::RasterHeader::of(r);
        const Raster band = h.makeRaster(4, 1.5f);
        QCOMPARE(band.width(), kW);
        QCOMPARE(band.height(), 4);
        QCOMPARE(band.at(3, kW - 1), 1.5f);
        QCOMPARE(band.geoTransform.c, r.geoTransform.c);
        QCOMPARE(band.crsWkt, r.crsWkt);
        QCOMPARE(band.metadata.extra, r.metadata.extra);
        QVERIFY(std::isnan(h.makeRaster(1).at(0, 0)));
    }
};

QTEST_GUILESS_MAIN(TstRasterBlocks)
#include "tst_raster_blocks.moc"
