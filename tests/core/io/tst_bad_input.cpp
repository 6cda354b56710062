// Bad input gives an insar::Error whose message starts with the file name and says what is wrong;
// nothing crashes and GDAL prints nothing. All fixtures are made here at run time.
#include "common/error.h"
#include "io/gdal_setup.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <gdal_priv.h>

#include <cmath>
#include <fstream>

using namespace insar;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& p, const std::string& text)
{
    std::ofstream out(p, std::ios::binary);
    out << text;
}

/// A valid 64 x 64 GeoTIFF cut to half its size.
void writeTruncatedTiff(const fs::path& p)
{
    Raster r(64, 64);
    for (std::size_t i = 0; i < r.size(); ++i)
        r.values()[i] = static_cast<float>(std::sin(0.37 * static_cast<double>(i)));
    io::GeoTiffOptions options;
    options.compression = "NONE";
    options.blockSize = 16;
    io::writeGeoTiff(r, p, options);
    fs::resize_file(p, fs::file_size(p) / 2);
}

void writeMultiBandTiff(const fs::path& p)
{
    GDALDriver* d = GetGDALDriverManager()->GetDriverByName("GTiff");
    GDALDataset* ds = d->Create(p.c_str(), 8, 6, 3, GDT_Float32, nullptr);
    for (int b = 1; b <= 3; ++b)
        ds->GetRasterBand(b)->Fill(static_cast<double>(b));
    GDALClose(GDALDataset::ToHandle(ds));
}

void writeAllNoData(const fs::path& p)
{
    Raster r(6, 4, NAN);
    r.noDataValue = -9999.0;
    io::writeGeoTiff(r, p);
}

void makeCase(const QString& kind, const fs::path& dir, fs::path& file)
{
    if (kind == "missing") {
        file = dir / "does-not-exist.tif";
    } else if (kind == "text") {
        file = dir / "notes.tif";
        writeText(file, "this is a text file, not a raster\nsecond line\n");
    } else if (kind == "truncated") {
        file = dir / "cut.tif";
        writeTruncatedTiff(file);
    } else if (kind == "empty") {
        file = dir / "empty.tif";
        writeText(file, "");
    } else if (kind == "multiband") {
        file = dir / "rgb.tif";
        writeMultiBandTiff(file);
    } else if (kind == "allnodata") {
        file = dir / "blank.tif";
        writeAllNoData(file);
    } else if (kind == "rsc") {
        file = dir / "ifg.unw";
        writeText(file, std::string(7 * 5 * 8, '\0'));
        writeText(dir / "ifg.unw.rsc", "FILE_LENGTH 5\nWAVELENGTH 0.056\n");
    } else if (kind == "folder") {
        file = dir / "a-folder";
        fs::create_directory(file);
    }
}

} // namespace

class TstBadInput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { io::configureGdal(2); }

    void readFails_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<bool>("probeFails");   // probeRaster fails too (header-level problem)
        QTest::addRow("missing file") << "missing" << "does not exist" << true;
        QTest::addRow("text file") << "text" << "not a raster format" << true;
        QTest::addRow("truncated tiff") << "truncated" << "truncated or corrupt" << false;
        QTest::addRow("zero-size file") << "empty" << "empty (0 bytes)" << true;
        QTest::addRow("multi-band") << "multiband" << "has 3 bands" << false;
        QTest::addRow("all no-data") << "allnodata" << "no valid pixels" << false;
        QTest::addRow("rsc without WIDTH") << "rsc" << "has no WIDTH" << true;
        QTest::addRow("a folder") << "folder" << "is a folder" << true;
    }
    void readFails()
    {
        QFETCH(QString, kind);
        QFETCH(QString, problem);
        QFETCH(bool, probeFails);
        test::TempDir dir;
        fs::path file;
        makeCase(kind, dir.path(), file);
        try {
            io::readRaster(file);
            QFAIL("expected insar::Error");
        } catch (const CancelledError&) {
            QFAIL("not a cancellation");
        } catch (const Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.rfind(file.string() + ": ", 0) == 0, e.what());
            QVERIFY2(msg.find(problem.toStdString()) != std::string::npos, e.what());
        }
        if (probeFails) {
            QVERIFY_THROWS_EXCEPTION(Error, io::probeRaster(file));
        } else {
            const io::RasterInfo info = io::probeRaster(file);
            QVERIFY(info.width > 0);
        }
    }

    void truncatedTiffProbeStillDescribesIt()
    {
        test::TempDir dir;
        fs::path file;
        makeCase("truncated", dir.path(), file);
        const io::RasterInfo info = io::probeRaster(file);
        QCOMPARE(info.width, 64);
        QCOMPARE(info.height, 64);
    }

    void multiBandNeedsExplicitBand()
    {
        test::TempDir dir;
        fs::path file;
        makeCase("multiband", dir.path(), file);
        const io::RasterInfo info = io::probeRaster(file);
        QCOMPARE(info.bandCount, 3);
        QCOMPARE(info.band, 0);
        io::ReadOptions options;
        options.band = 2;
        const Raster r = io::readRaster(file, options);
        QCOMPARE(r.at(0, 0), 2.0f);
        options.band = 4;
        try {
            io::readRaster(file, options);
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("band 4 requested") != std::string::npos, e.what());
        }
    }

    void allNoDataCanBeReadOnRequest()
    {
        test::TempDir dir;
        fs::path file;
        makeCase("allnodata", dir.path(), file);
        io::ReadOptions options;
        options.allowAllNoData = true;
        const Raster r = io::readRaster(file, options);
        QCOMPARE(r.validCount(), std::size_t(0));
        QCOMPARE(r.size(), std::size_t(24));
        QCOMPARE(*r.noDataValue, -9999.0);
        QCOMPARE(r.stats().noDataCount, std::size_t(24));
    }

    void noDataValueBecomesNaN()
    {
        test::TempDir dir;
        Raster in(4, 3, 2.0f);
        in.setNoData(1, 2);
        in.noDataValue = -32768.0;
        io::writeGeoTiff(in, dir.file("nd.tif"));
        const Raster out = io::readRaster(dir.file("nd.tif"));
        QVERIFY(std::isnan(out.at(1, 2)));
        QCOMPARE(out.validCount(), std::size_t(11));
        QCOMPARE(*out.noDataValue, -32768.0);
    }

    void cancelledReadThrowsCancelled()
    {
        test::TempDir dir;
        io::writeGeoTiff(Raster(8, 8, 1.0f), dir.file("c.tif"));
        CallbackProgress progress;
        progress.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, io::readRaster(dir.file("c.tif"), &progress));
    }
};

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_bad_input.moc"
