// Bad input gives an insar::Error whose message starts with the file name and says what is wrong;
// nothing crashes, GDAL prints nothing, and a tiny file declaring a huge size fails without a huge
// allocation. All fixtures are made here at run time.
#include "common/error.h"
#include "io/gdal_setup.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <gdal_priv.h>

#include <cmath>
#include <cstdint>
#include <fstream>
#include <vector>

#if defined(__linux__)
#include <sys/resource.h>
#endif

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

/// A 162-byte little-endian TIFF that declares 30000 x 30000 float32 pixels in one uncompressed
/// strip whose data is not there (3.6 GB announced).
void writeHugeDeclaredTiff(const fs::path& p)
{
    std::vector<std::uint8_t> b{'I', 'I', 42, 0, 8, 0, 0, 0};
    auto u16 = [&](unsigned v) {
        b.push_back(std::uint8_t(v & 0xff));
        b.push_back(std::uint8_t(v >> 8));
    };
    auto u32 = [&](std::uint32_t v) {
        for (int k = 0; k < 4; ++k)
            b.push_back(std::uint8_t(v >> (8 * k)));
    };
    auto entry = [&](unsigned tag, unsigned type, std::uint32_t value) {
        u16(tag);
        u16(type);
        u32(1);
        if (type == 3) { // SHORT, left-justified in the value field
            u16(value);
            u16(0);
        } else {
            u32(value);
        }
    };
    const std::uint32_t side = 30000;
    u16(10);
    entry(256, 4, side);            // ImageWidth
    entry(257, 4, side);            // ImageLength
    entry(258, 3, 32);              // BitsPerSample
    entry(259, 3, 1);               // Compression: none
    entry(262, 3, 1);               // Photometric: min-is-black
    entry(273, 4, 146);             // StripOffsets: just after this directory
    entry(277, 3, 1);               // SamplesPerPixel
    entry(278, 4, side);            // RowsPerStrip: one strip
    entry(279, 4, side * side * 4); // StripByteCounts: 3.6e9
    entry(339, 3, 3);               // SampleFormat: IEEE float
    u32(0);                         // no next directory
    b.resize(162, 0);               // 16 bytes of "pixel data"
    std::ofstream(p, std::ios::binary)
        .write(reinterpret_cast<const char*>(b.data()), std::streamsize(b.size()));
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
        QTest::addColumn<bool>("probeFails"); // probeRaster fails too (header-level problem)
        QTest::addRow("missing file") << "missing"
                                      << "does not exist" << true;
        QTest::addRow("text file") << "text"
                                   << "not a raster format" << true;
        QTest::addRow("truncated tiff") << "truncated"
                                        << "truncated or corrupt" << false;
        QTest::addRow("zero-size file") << "empty"
                                        << "empty (0 bytes)" << true;
        QTest::addRow("multi-band") << "multiband"
                                    << "has 3 bands" << false;
        QTest::addRow("all no-data") << "allnodata"
                                     << "no valid pixels" << false;
        QTest::addRow("rsc without WIDTH") << "rsc"
                                           << "has no WIDTH" << true;
        QTest::addRow("a folder") << "folder"
                                  << "is a folder" << true;
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

    void hugeDeclaredSizeFailsWithoutAHugeAllocation()
    {
        test::TempDir dir;
        const fs::path file = dir.file("huge.tif");
        writeHugeDeclaredTiff(file);
        QCOMPARE(fs::file_size(file), std::uintmax_t(162));
        const io::RasterInfo info = io::probeRaster(file); // the header itself is fine
        QCOMPARE(info.width, 30000);
        QCOMPARE(info.height, 30000);
#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
        // Cap the address space 1.5 GiB above what the process maps now: reading the file must
        // fail for what it is, not by running out of memory (3.6 GB) first.
        rlimit old{};
        QVERIFY(getrlimit(RLIMIT_AS, &old) == 0);
        std::size_t mappedPages = 0;
        std::ifstream("/proc/self/statm") >> mappedPages;
        QVERIFY(mappedPages > 0);
        rlimit capped = old;
        capped.rlim_cur = rlim_t(mappedPages) * rlim_t(4096) + (rlim_t(3) << 29);
        const bool limited = old.rlim_cur == RLIM_INFINITY || old.rlim_cur > capped.rlim_cur;
        if (limited)
            QVERIFY(setrlimit(RLIMIT_AS, &capped) == 0);
#endif
        std::string message;
        try {
            io::ReadOptions options;
            options.allowAllNoData = true; // as `info` reads
            io::readRaster(file, options);
        } catch (const Error& e) {
            message = e.what();
        }
#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
        if (limited)
            QVERIFY(setrlimit(RLIMIT_AS, &old) == 0);
#endif
        QVERIFY2(!message.empty(), "expected insar::Error");
        QVERIFY2(message.rfind(file.string() + ": ", 0) == 0, message.c_str());
        QVERIFY2(message.find("truncated or corrupt") != std::string::npos, message.c_str());
        QVERIFY2(message.find("30000 x 30000") != std::string::npos, message.c_str());
        QVERIFY2(message.find("memory") == std::string::npos, message.c_str());
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

    void rawHeaderDeclaringMoreThanItsDataIsRefused()
    {
        // Found by fuzz_envi_hdr: GDAL reads a short raw file's missing rows as zeros (its own size
        // check does not cover 8-bit data), so a header declaring 3000 x 30000 bytes over 1 KiB
        // would be read as a 90-megapixel raster of zeros.
        test::TempDir dir;
        const fs::path data = dir.path() / "short.img";
        std::ofstream(data, std::ios::binary) << std::string(1024, '\0');
        std::ofstream(dir.path() / "short.hdr") << "ENVI\nsamples = 3000\nlines = 30000\nbands = 1\n"
                                                   "header offset = 0\ndata type = 1\ninterleave = bsq\n"
                                                   "byte order = 0\n";
        try {
            io::readRaster(data);
            QFAIL("expected insar::Error");
        } catch (const Error& e) {
            const std::string message = e.what();
            QVERIFY2(message.find("holds only 1024 bytes") != std::string::npos, e.what());
            QVERIFY2(message.find("short.img") != std::string::npos, e.what());
        }
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
        QVERIFY_THROWS_EXCEPTION(CancelledError, io::readRaster(dir.file("c.tif"), progress));
    }
};

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_bad_input.moc"
