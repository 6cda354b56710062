// Stack inputs: LiCSAR names and folders (coherence pairing, GEOC subfolders), CSV lists (relative
// paths, header, quotes, every error with file:line), time-series lists, MintPy timeseries.h5
// (written here with the HDF5 C library), the grid check of readStack, and multi-band GeoTIFF
// writing (round trip, atomic failures).
#include "common/error.h"
#include "io/gdal_setup.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "io/stack_reader.h"
#include "test_support.h"

#include <QtTest>

#include <gdal_priv.h>

#ifdef INSAR_TEST_HAVE_HDF5
#include <hdf5.h>
#endif

#include <cmath>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

using namespace insar;
namespace fs = std::filesystem;

namespace {

constexpr int kW = 5;
constexpr int kH = 4;

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

/// A kW x kH georeferenced map whose values encode `id` (pixel (r, c) = id + 0.01 r + 0.001 c).
Raster makeMap(float id, int width = kW, int height = kH, double x0 = 10.0)
{
    Raster r(width, height);
    for (int row = 0; row < height; ++row)
        for (int col = 0; col < width; ++col)
            r.at(row, col) = id + 0.01f * static_cast<float>(row) + 0.001f * static_cast<float>(col);
    r.geoTransform.c = {x0, 0.01, 0.0, 45.0, 0.0, -0.01};
    r.geoTransform.valid = true;
    r.metadata.units = Units::Radians;
    return r;
}

fs::path writeMap(const fs::path& path, float id, int width = kW, int height = kH, double x0 = 10.0)
{
    fs::create_directories(path.parent_path());
    io::writeGeoTiff(makeMap(id, width, height, x0), path);
    return path;
}

/// Runs `f`, which must throw insar::Error whose message contains every one of `parts`.
void expectError(const std::function<void()>& f, const std::vector<std::string>& parts)
{
    try {
        f();
    } catch (const CancelledError&) {
        QFAIL("expected insar::Error, got CancelledError");
    } catch (const Error& e) {
        const std::string msg = e.what();
        for (const std::string& p : parts)
            QVERIFY2(msg.find(p) != std::string::npos,
                     qPrintable(QString::fromStdString("'" + p + "' not in: " + msg)));
        return;
    }
    QFAIL("expected insar::Error");
}

std::string iso(const Date& d)
{
    return d.toIso();
}

/// Regular files in `dir`, at any depth (temporaries included).
int filesIn(const fs::path& dir)
{
    int n = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            ++n;
    return n;
}

#ifdef INSAR_TEST_HAVE_HDF5
struct MintPyFixture {
    std::vector<std::string> dates{"20180101", "20180113", "20180125"};
    int cubeDates = 3; // may differ from dates.size() to test the mismatch
    bool withDate = true;
    bool twoDimDate = false; // ifgramStack-style N x 2 date
    bool georef = true;
};

float mintPyValue(int d, int row, int col)
{
    return 0.001f * static_cast<float>(d) + 0.0001f * static_cast<float>(row * kW + col);
}

void stringAttr(hid_t loc, const char* key, const std::string& value)
{
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, value.size());
    const hid_t scalar = H5Screate(H5S_SCALAR);
    const hid_t attr = H5Acreate2(loc, key, type, scalar, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(attr, type, value.c_str());
    H5Aclose(attr);
    H5Sclose(scalar);
    H5Tclose(type);
}

/// A MintPy-like timeseries.h5: `date` (S8), `timeseries` (float32 dates x rows x cols), `bperp`,
/// and the root attributes MintPy writes.
bool writeMintPy(const fs::path& h5, const MintPyFixture& fx)
{
    const hid_t file = H5Fcreate(h5.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    if (file < 0)
        return false;
    if (fx.withDate) {
        const hid_t type = H5Tcopy(H5T_C_S1);
        H5Tset_size(type, 8);
        std::string packed;
        for (const std::string& d : fx.dates)
            packed += (d + "        ").substr(0, 8);
        hsize_t dims[2] = {fx.dates.size(), 2};
        if (fx.twoDimDate) {
            dims[0] = fx.dates.size() / 2;
        }
        const hid_t space = H5Screate_simple(fx.twoDimDate ? 2 : 1, dims, nullptr);
        const hid_t ds = H5Dcreate2(file, "date", type, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        H5Dwrite(ds, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, packed.data());
        H5Dclose(ds);
        H5Sclose(space);
        H5Tclose(type);
    }
    {
        const hsize_t dims[3] = {static_cast<hsize_t>(fx.cubeDates), kH, kW};
        std::vector<float> v;
        for (int d = 0; d < fx.cubeDates; ++d)
            for (int row = 0; row < kH; ++row)
                for (int col = 0; col < kW; ++col)
                    v.push_back(mintPyValue(d, row, col));
        const hid_t space = H5Screate_simple(3, dims, nullptr);
        const hid_t ds =
            H5Dcreate2(file, "timeseries", H5T_IEEE_F32LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        H5Dwrite(ds, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data());
        H5Dclose(ds);
        H5Sclose(space);
    }
    {
        const hsize_t n = static_cast<hsize_t>(fx.cubeDates);
        const std::vector<float> bperp(n, 12.5f);
        const hid_t space = H5Screate_simple(1, &n, nullptr);
        const hid_t ds =
            H5Dcreate2(file, "bperp", H5T_IEEE_F32LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        H5Dwrite(ds, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, bperp.data());
        H5Dclose(ds);
        H5Sclose(space);
    }
    stringAttr(file, "FILE_TYPE", "timeseries");
    stringAttr(file, "UNIT", "m");
    stringAttr(file, "WAVELENGTH", "0.05546576");
    if (fx.georef) {
        stringAttr(file, "X_FIRST", "-155.25");
        stringAttr(file, "Y_FIRST", "19.5");
        stringAttr(file, "X_STEP", "0.000833333");
        stringAttr(file, "Y_STEP", "-0.000833333");
        stringAttr(file, "X_UNIT", "degrees");
        stringAttr(file, "Y_UNIT", "degrees");
    }
    H5Fclose(file);
    return true;
}
#endif

} // namespace

class TstStackReader : public QObject {
    Q_OBJECT

private slots:
    void licsarNamesToEntries()
    {
        test::TempDir dir;
        // Given out of order, with a frame prefix: entries come sorted by dates.
        const std::vector<fs::path> files{
            writeMap(dir.file("077A_05090_131313.20180113_20180125.geo.unw.tif"), 2),
            writeMap(dir.file("077A_05090_131313.20180101_20180113.geo.unw.tif"), 1),
            writeMap(dir.file("077A_05090_131313.20180101_20180125.geo.unw.tif"), 3),
        };
        const io::StackList list = io::interferogramsFromFiles(files);
        QCOMPARE(list.kind, io::StackList::Kind::Interferograms);
        QCOMPARE(list.entries.size(), std::size_t(3));
        const char* expected[3][2] = {
            {"2018-01-01", "2018-01-13"}, {"2018-01-01", "2018-01-25"}, {"2018-01-13", "2018-01-25"}};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(iso(list.entries[i].date1), std::string(expected[i][0]));
            QCOMPARE(iso(*list.entries[i].date2), std::string(expected[i][1]));
            QVERIFY(list.entries[i].coherence.empty());
            QCOMPARE(list.entries[i].band, 0);
        }
        QCOMPARE(list.entries[1].file, files[2]);

        NullProgress none;
        const io::Stack stack = io::readStack(list, none);
        QCOMPARE(stack.maps.size(), std::size_t(3));
        QVERIFY(stack.coherence.empty());
        QCOMPARE(stack.maps[1].at(2, 3), makeMap(3).at(2, 3));
        QCOMPARE(stack.maps[2].at(0, 0), 2.0f);
        QCOMPARE(stack.maps[0].metadata.units, Units::Radians);
        QCOMPARE(iso(*stack.maps[2].metadata.date1), std::string("2018-01-13"));
        QCOMPARE(iso(*stack.maps[2].metadata.date2), std::string("2018-01-25"));
    }

    void folderWithCoherence()
    {
        test::TempDir dir;
        const fs::path geoc = dir.file("GEOC");
        // LiCSAR layout: one subfolder per pair with unw, cc and wrapped phase.
        writeMap(geoc / "20180101_20180113" / "20180101_20180113.geo.unw.tif", 1);
        writeMap(geoc / "20180101_20180113" / "20180101_20180113.geo.cc.tif", 0.5f);
        writeMap(geoc / "20180101_20180113" / "20180101_20180113.geo.diff_pha.tif", 9);
        writeMap(geoc / "20180113_20180125" / "20180113_20180125.geo.unw.tif", 2);
        writeMap(geoc / "20180113_20180125" / "20180113_20180125.geo.cc.tif", 0.6f);
        // Flat files beside them: an interferogram, a coherence without interferogram, a DEM,
        // a sidecar that is not a raster.
        writeMap(geoc / "ifg_20180101_20180125_filt.unw.tif", 3);
        writeMap(geoc / "ifg_20180101_20180125_coh.tif", 0.7f);
        writeMap(geoc / "20170101_20170113.geo.cc.tif", 0.1f);
        writeMap(geoc / "dem.tif", 100);
        writeText(geoc / "notes_20180101_20180113.txt", "not a raster");
        fs::create_directories(geoc / "other"); // not a date-pair folder: not entered
        writeMap(geoc / "other" / "20190101_20190113.geo.unw.tif", 7);

        const io::StackList list = io::interferogramsFromFiles({geoc});
        QCOMPARE(list.source, geoc.string());
        QCOMPARE(list.entries.size(), std::size_t(3));
        QCOMPARE(list.entries[0].file.filename().string(), std::string("20180101_20180113.geo.unw.tif"));
        QCOMPARE(list.entries[0].coherence.filename().string(), std::string("20180101_20180113.geo.cc.tif"));
        QCOMPARE(list.entries[1].file.filename().string(), std::string("ifg_20180101_20180125_filt.unw.tif"));
        QCOMPARE(list.entries[1].coherence.filename().string(), std::string("ifg_20180101_20180125_coh.tif"));
        QCOMPARE(list.entries[2].coherence.filename().string(), std::string("20180113_20180125.geo.cc.tif"));
        std::vector<std::string> ignored;
        for (const fs::path& p : list.ignored)
            ignored.push_back(p.filename().string());
        std::sort(ignored.begin(), ignored.end());
        const std::vector<std::string> expectedIgnored{"20170101_20170113.geo.cc.tif",
                                                       "20180101_20180113.geo.diff_pha.tif", "dem.tif"};
        QCOMPARE(ignored, expectedIgnored);

        CallbackProgress progress;
        std::vector<std::string> stages;
        CallbackProgress staged({}, [&](const std::string& s) { stages.push_back(s); });
        const io::Stack stack = io::readStack(list, staged);
        QCOMPARE(stack.coherence.size(), std::size_t(3));
        QCOMPARE(stack.coherence[0].at(0, 0), 0.5f);
        QCOMPARE(stack.coherence[1].at(0, 0), 0.7f);
        QCOMPARE(stack.maps[1].at(0, 0), 3.0f);
        QVERIFY(stack.warnings.empty());
        QCOMPARE(staged.fraction(), 1.0);
        QVERIFY(std::find(stages.begin(), stages.end(), "reading 20180113_20180125.geo.unw.tif (3/3)") !=
                stages.end());

        // Coherence for only some pairs: not used, and said so.
        io::StackList partial = list;
        partial.entries[1].coherence.clear();
        const io::Stack without = io::readStack(partial, progress);
        QVERIFY(without.coherence.empty());
        QCOMPARE(without.warnings.size(), std::size_t(1));
        QVERIFY(without.warnings[0].find("2 of 3") != std::string::npos);
    }

    void fileNameErrors()
    {
        test::TempDir dir;
        const fs::path a = writeMap(dir.file("20180101_20180113.geo.unw.tif"), 1);
        const fs::path undated = writeMap(dir.file("interferogram.tif"), 1);
        const fs::path reversed = writeMap(dir.file("20180125_20180113.geo.unw.tif"), 1);
        const fs::path twin = writeMap(dir.file("ifg_20180101_20180113.tif"), 1);
        expectError(
            [&] {
                io::interferogramsFromFiles({a, undated});
            },
            {undated.string() + ": the name carries no date pair"});
        expectError([&] { io::interferogramsFromFiles({reversed}); },
                    {reversed.string(), "2018-01-25 and 2018-01-13 are not in order"});
        expectError(
            [&] {
                io::interferogramsFromFiles({a, twin});
            },
            {"20180101_20180113 given twice", a.string(), twin.string()});
        expectError(
            [&] {
                io::interferogramsFromFiles({a, dir.file("20180113_20180125.tif")});
            },
            {dir.file("20180113_20180125.tif").string() + ": file does not exist"});
        expectError(
            [&] {
                io::interferogramsFromFiles({a, dir.path()});
            },
            {dir.path().string() + ": is a folder"});
        expectError([&] { io::interferogramsFromFiles({}); }, {"no interferogram files given"});
        const fs::path empty = dir.file("empty");
        fs::create_directories(empty);
        writeMap(empty / "dem.tif", 1);
        expectError([&] { io::interferogramsFromFiles({empty}); }, {empty.string() + ": no interferograms"});
        // Two candidates of one pair in a folder, neither an unwrapped product: ambiguous.
        const fs::path twins = dir.file("twins");
        writeMap(twins / "a_20180101_20180113.tif", 1);
        writeMap(twins / "b_20180101_20180113.tif", 2);
        expectError([&] { io::interferogramsFromFiles({twins}); },
                    {"given twice", "a_20180101_20180113.tif"});
    }

    void interferogramCsv()
    {
        test::TempDir dir;
        writeMap(dir.file("maps/ifg_a.tif"), 1);
        writeMap(dir.file("maps/ifg, b.tif"), 2); // a comma in the name: quoted in the CSV
        writeMap(dir.file("maps/coh_a.tif"), 0.5f);
        const fs::path absolute = writeMap(dir.file("elsewhere/c.tif"), 3);
        const fs::path csv = dir.file("lists/ifgs.csv");
        fs::create_directories(csv.parent_path());
        writeText(csv, "\xEF\xBB\xBF# interferograms of the test\n"
                       "date1,date2,file,coherence\r\n"
                       "20180113, 2018-01-25 ,\"../maps/ifg, b.tif\",\n"
                       "\n"
                       "   # indented comment\n"
                       "2018-01-01,20180113,../maps/ifg_a.tif,../maps/coh_a.tif\n"
                       "20180101,20180125,\"" +
                           absolute.string() + "\"\n");
        const io::StackList list = io::readInterferogramList(csv);
        QCOMPARE(list.source, csv.string());
        QCOMPARE(list.entries.size(), std::size_t(3));
        QCOMPARE(list.entries[0].file, dir.file("maps/ifg_a.tif"));
        QCOMPARE(list.entries[0].coherence, dir.file("maps/coh_a.tif"));
        QCOMPARE(list.entries[1].file, absolute);
        QCOMPARE(list.entries[2].file, dir.file("maps/ifg, b.tif"));
        QVERIFY(list.entries[2].coherence.empty());
        QCOMPARE(iso(list.entries[2].date1), std::string("2018-01-13"));
        QCOMPARE(iso(*list.entries[2].date2), std::string("2018-01-25"));

        // A header names the columns in any order; extra columns are then allowed.
        const fs::path named = dir.file("lists/named.csv");
        writeText(named, "file,bperp,Reference,Secondary\n../maps/ifg_a.tif,12.5,20180101,20180113\n");
        const io::StackList byName = io::readInterferogramList(named);
        QCOMPARE(byName.entries.size(), std::size_t(1));
        QCOMPARE(byName.entries[0].file, dir.file("maps/ifg_a.tif"));
        QCOMPARE(iso(*byName.entries[0].date2), std::string("2018-01-13"));
    }

    void interferogramCsvErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString ok = "20180101,20180113,a.tif\n";
        QTest::addRow("malformed date") << ok + "# c\n20180113,2018-02-30,a.tif\n"
                                        << ":3: malformed date '2018-02-30' in column 'date2'";
        QTest::addRow("mistyped first line is data") << "2018-13-01,20180113,a.tif\n"
                                                     << ":1: malformed date '2018-13-01' in column 'date1'";
        QTest::addRow("missing column")
            << "date1,date2,file\n" + ok + "20180113,20180125\n"
            << ":3: missing column 'file' (expected date1,date2,file[,coherence])";
        QTest::addRow("empty file") << ok + "20180113,20180125,  \n"
                                    << ":2: missing column 'file'";
        QTest::addRow("date order") << ok + "20180125,20180113,a.tif\n"
                                    << ":2: date1 2018-01-25 is not before date2 2018-01-13";
        QTest::addRow("same dates") << "20180113,20180113,a.tif\n"
                                    << ":1: date1 2018-01-13 is not before";
        QTest::addRow("duplicate pair") << ok + "\n2018-01-01,2018-01-13,a.tif\n"
                                        << ":3: date pair 20180101_20180113 already given on line 1";
        QTest::addRow("missing file") << ok + "20180113,20180125,nope.tif\n"
                                      << ":2: file 'nope.tif' does not exist (looked for ";
        QTest::addRow("missing coherence") << "20180101,20180113,a.tif,cc.tif\n"
                                           << ":1: coherence 'cc.tif' does not exist";
        QTest::addRow("too many columns") << "20180101,20180113,a.tif,a.tif,x\n"
                                          << ":1: 5 columns; expected date1,date2,file[,coherence]";
        QTest::addRow("open quote") << "20180101,20180113,\"a.tif\n"
                                    << ":1: a quoted field is not closed";
        QTest::addRow("empty list") << "# nothing\ndate1,date2,file\n"
                                    << "lists no interferograms";
    }

    void interferogramCsvErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        test::TempDir dir;
        writeMap(dir.file("a.tif"), 1);
        const fs::path csv = dir.file("list.csv");
        writeText(csv, text.toStdString());
        expectError([&] { io::readInterferogramList(csv); }, {csv.string(), expected.toStdString()});
    }

    void listFileErrors()
    {
        test::TempDir dir;
        expectError([&] { io::readInterferogramList(dir.file("none.csv")); },
                    {dir.file("none.csv").string() + ": file does not exist"});
        expectError([&] { io::readTimeSeriesList(dir.path()); }, {dir.path().string() + ": is a folder"});
        const fs::path binary = dir.file("binary.csv");
        writeText(binary, std::string("20180101,\0\x01\x02", 12));
        expectError([&] { io::readTimeSeriesList(binary); }, {binary.string() + ":1: binary data"});
    }

    void timeSeriesCsv()
    {
        test::TempDir dir;
        // A three-band file (one band per date) and single maps.
        const Raster b1 = makeMap(10);
        const Raster b2 = makeMap(20);
        const Raster b3 = makeMap(30);
        io::writeGeoTiffBands({&b1, &b2, &b3}, {}, dir.file("cube.tif"));
        writeMap(dir.file("d4.tif"), 40);
        const fs::path csv = dir.file("ts.csv");
        writeText(csv, "date,file,band\n"
                       "2018-01-25,cube.tif,3\n"
                       "20180101,cube.tif,1\n"
                       "20180206,d4.tif\n"
                       "20180113,cube.tif,2\n");
        const io::StackList list = io::readTimeSeriesList(csv);
        QCOMPARE(list.kind, io::StackList::Kind::TimeSeries);
        QCOMPARE(list.entries.size(), std::size_t(4));
        QCOMPARE(list.entries[0].band, 1);
        QCOMPARE(list.entries[2].band, 3);
        QCOMPARE(list.entries[3].band, 0);
        QVERIFY(!list.entries[0].date2);
        QCOMPARE(io::describeEntry(list.entries[1]), dir.file("cube.tif").string() + " band 2");

        NullProgress none;
        const io::Stack stack = io::readStack(list, none);
        QCOMPARE(stack.maps.size(), std::size_t(4));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(stack.maps[i].at(0, 0), 10.0f * static_cast<float>(i + 1));
        QCOMPARE(iso(*stack.maps[3].metadata.date1), std::string("2018-02-06"));
        QVERIFY(!stack.maps[3].metadata.date2);

        writeText(csv, "20180101,d4.tif\n20180113,d4.tif,0\n");
        expectError([&] { io::readTimeSeriesList(csv); }, {csv.string() + ":2: band '0' is not a positive"});
        writeText(csv, "20180101,d4.tif\n20180113,d4.tif\n2018-01-01,d4.tif\n");
        expectError([&] { io::readTimeSeriesList(csv); },
                    {csv.string() + ":3: date 2018-01-01 already given on line 1"});
        writeText(csv, "20180101,d4.tif,1,extra\n");
        expectError([&] { io::readTimeSeriesList(csv); }, {":1: 4 columns; expected date,file[,band]"});
        // A band the file does not have fails when the stack is read, naming the entry.
        writeText(csv, "20180101,d4.tif\n20180113,cube.tif,4\n");
        const io::StackList bad = io::readTimeSeriesList(csv);
        expectError([&] { io::readStack(bad, none); },
                    {dir.file("cube.tif").string() + " band 4: band 4 requested but the file has 3 bands"});
    }

    void mintPyRoundTrip()
    {
#ifndef INSAR_TEST_HAVE_HDF5
        QSKIP("built without the HDF5 C library, cannot create the .h5 fixture");
#else
        if (!io::gdalHasDriver("HDF5"))
            QSKIP("GDAL here has no HDF5 driver");
        test::TempDir dir;
        const fs::path h5 = dir.file("timeseries.h5");
        QVERIFY(writeMintPy(h5, MintPyFixture{}));
        const io::StackList list = io::readMintPyTimeSeries(h5);
        QCOMPARE(list.kind, io::StackList::Kind::TimeSeries);
        QCOMPARE(list.entries.size(), std::size_t(3));
        const char* dates[3] = {"2018-01-01", "2018-01-13", "2018-01-25"};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(iso(list.entries[i].date1), std::string(dates[i]));
            QCOMPARE(list.entries[i].file, h5);
            QCOMPARE(list.entries[i].band, i + 1);
        }

        CallbackProgress progress;
        const io::Stack stack = io::readStack(list, progress);
        QCOMPARE(stack.maps.size(), std::size_t(3));
        for (int d = 0; d < 3; ++d) {
            const Raster& m = stack.maps[d];
            QCOMPARE(m.width(), kW);
            QCOMPARE(m.height(), kH);
            for (int row = 0; row < kH; ++row)
                for (int col = 0; col < kW; ++col)
                    QCOMPARE(m.at(row, col), mintPyValue(d, row, col));
            QCOMPARE(m.metadata.units, Units::Metres);
            QCOMPARE(iso(*m.metadata.date1), std::string(dates[d]));
            QVERIFY(!m.metadata.date2);
            QVERIFY(m.geoTransform.valid);
            QCOMPARE(m.geoTransform.c[0], -155.25);
            QCOMPARE(m.geoTransform.c[1], 0.000833333);
            QCOMPARE(m.geoTransform.c[3], 19.5);
            QCOMPARE(m.geoTransform.c[5], -0.000833333);
            QVERIFY2(m.crsWkt.find("4326") != std::string::npos, m.crsWkt.c_str());
        }
        QCOMPARE(progress.fraction(), 1.0);

        // Without X_FIRST... the maps are not georeferenced (and still one grid).
        const fs::path plain = dir.file("plain.h5");
        MintPyFixture noGeo;
        noGeo.georef = false;
        QVERIFY(writeMintPy(plain, noGeo));
        const io::Stack unreferenced = io::readStack(io::readMintPyTimeSeries(plain), progress);
        QVERIFY(!unreferenced.maps[0].geoTransform.valid);
        QVERIFY(unreferenced.maps[0].crsWkt.empty());
#endif
    }

    void mintPyErrors()
    {
#ifndef INSAR_TEST_HAVE_HDF5
        QSKIP("built without the HDF5 C library, cannot create the .h5 fixture");
#else
        if (!io::gdalHasDriver("HDF5"))
            QSKIP("GDAL here has no HDF5 driver");
        test::TempDir dir;
        auto expectFixtureError = [&](const char* name, const MintPyFixture& fx, const std::string& part) {
            const fs::path h5 = dir.file(name);
            QVERIFY(writeMintPy(h5, fx));
            expectError([&] { io::readMintPyTimeSeries(h5); }, {h5.string(), part});
        };
        MintPyFixture noDate;
        noDate.withDate = false;
        expectFixtureError("nodate.h5", noDate, ": no `date` dataset");
        MintPyFixture fewer;
        fewer.cubeDates = 2;
        expectFixtureError("fewer.h5", fewer, ": `date` holds 3 dates but `timeseries` has 2 maps");
        MintPyFixture badDate;
        badDate.dates = {"20180101", "2018011x", "20180125"};
        expectFixtureError("baddate.h5", badDate, ": date 2 '2018011x' is not a YYYYMMDD date");
        MintPyFixture twice;
        twice.dates = {"20180101", "20180113", "20180101"};
        expectFixtureError("twice.h5", twice, ": date 2018-01-01 appears twice");
        MintPyFixture stack2d;
        stack2d.dates = {"20180101", "20180113", "20180113", "20180125"};
        stack2d.twoDimDate = true;
        stack2d.cubeDates = 2;
        expectFixtureError("ifgramstack.h5", stack2d, "`date` has 2 dimensions");

        expectError([&] { io::readMintPyTimeSeries(dir.file("missing.h5")); },
                    {"missing.h5", "does not exist"});
        const fs::path text = dir.file("text.h5");
        writeText(text, "not HDF5 at all\n");
        expectError([&] { io::readMintPyTimeSeries(text); }, {text.string(), "is not an HDF5 file"});
        // An HDF5 file without the cube: the datasets it holds are listed.
        const fs::path velocity = dir.file("velocity.h5");
        {
            const hid_t file = H5Fcreate(velocity.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
            const hsize_t dims[2] = {kH, kW};
            const std::vector<float> v(kW * kH, 1.0f);
            const hid_t space = H5Screate_simple(2, dims, nullptr);
            const hid_t ds =
                H5Dcreate2(file, "velocity", H5T_IEEE_F32LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
            H5Dwrite(ds, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data());
            H5Dclose(ds);
            H5Sclose(space);
            H5Fclose(file);
        }
        expectError([&] { io::readMintPyTimeSeries(velocity); },
                    {velocity.string() + ": no `timeseries` dataset; it holds velocity"});
#endif
    }

    void gridMismatchNamesTheFile()
    {
        test::TempDir dir;
        const fs::path a = writeMap(dir.file("20180101_20180113.tif"), 1);
        const fs::path b = writeMap(dir.file("20180113_20180125.tif"), 2);
        const fs::path small = writeMap(dir.file("small/20180125_20180206.tif"), 3, 4, 3);
        const fs::path shifted = writeMap(dir.file("shifted/20180125_20180206.tif"), 3, kW, kH, 10.005);
        const fs::path nearly = writeMap(dir.file("nearly/20180125_20180206.tif"), 3, kW, kH, 10.0 + 1e-13);
        NullProgress none;
        expectError(
            [&] {
                io::readStack(io::interferogramsFromFiles({a, b, small}), none);
            },
            {small.string() + ": grid 4 × 3 differs from " + a.string() + "'s 5 × 4"});
        expectError(
            [&] {
                io::readStack(io::interferogramsFromFiles({a, b, shifted}), none);
            },
            {shifted.string() + ": geotransform (10.005, 0.01, 0, 45, 0, -0.01) differs from " + a.string() +
             "'s (10, 0.01, 0, 45, 0, -0.01)"});
        // Within the tolerance (1e-9 relative): the same grid.
        QCOMPARE(io::readStack(io::interferogramsFromFiles({a, b, nearly}), none).maps.size(),
                 std::size_t(3));
        // A coherence file on another grid is named too.
        io::StackList list = io::interferogramsFromFiles({a, b});
        list.entries[0].coherence = a;
        list.entries[1].coherence = small;
        expectError([&] { io::readStack(list, none); }, {small.string() + ": grid 4 × 3 differs"});
        // A map that cannot be read is named.
        fs::create_directories(dir.file("broken"));
        writeText(dir.file("broken/20180125_20180206.tif"), "not a tiff");
        const fs::path broken = dir.file("broken/20180125_20180206.tif");
        expectError(
            [&] {
                io::readStack(io::interferogramsFromFiles({a, broken}), none);
            },
            {broken.string() + ": not a raster format"});
        expectError([&] { io::readStack(io::StackList{}, none); }, {"no maps to read"});
    }

    void readStackCancels()
    {
        test::TempDir dir;
        const fs::path a = writeMap(dir.file("20180101_20180113.tif"), 1);
        const fs::path b = writeMap(dir.file("20180113_20180125.tif"), 2);
        const io::StackList list = io::interferogramsFromFiles({a, b});
        std::vector<std::string> stages;
        CallbackProgress* self = nullptr;
        CallbackProgress progress({}, [&](const std::string& stage) {
            stages.push_back(stage);
            if (stage.find("(2/2)") != std::string::npos)
                self->cancel();
        });
        self = &progress;
        QVERIFY_THROWS_EXCEPTION(CancelledError, io::readStack(list, progress));
        const std::vector<std::string> expected{"reading 20180101_20180113.tif (1/2)",
                                                "reading 20180113_20180125.tif (2/2)"};
        QCOMPARE(stages, expected);
        QVERIFY(progress.fraction() < 1.0);
    }

    void writeBandsRoundTrip()
    {
        test::TempDir dir;
        Raster velocity = makeMap(1);
        velocity.setNoData(1, 2);
        velocity.noDataValue = -9999.0;
        velocity.metadata.units = Units::Millimetres;
        velocity.metadata.description = "velocity";
        velocity.metadata.extra["method"] = "gacos+cnn";
        velocity.crsWkt = io::probeRaster(writeMap(dir.file("ref.tif"), 0)).crsWkt;
        Raster sigma = makeMap(0.5f);
        sigma.setNoData(3, 4);
        sigma.metadata.units = Units::Millimetres;
        Raster third = makeMap(-2);
        third.metadata.units = Units::Millimetres;
        const fs::path out = dir.file("velocity.tif");
        io::writeGeoTiffBands({&velocity, &sigma, &third}, {"velocity", "sigma", "2018-01-13"}, out);
        QVERIFY(fs::exists(out));

        const io::RasterInfo info = io::probeRaster(out);
        QCOMPARE(info.bandCount, 3);
        QCOMPARE(info.width, kW);
        QCOMPARE(info.height, kH);
        QVERIFY(info.geoTransform.valid);
        QCOMPARE(info.geoTransform.c[0], 10.0);
        QCOMPARE(info.geoTransform.c[5], -0.01);
        {
            GDALDataset* ds = GDALDataset::Open(out.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY);
            QVERIFY(ds != nullptr);
            QCOMPARE(std::string(ds->GetRasterBand(1)->GetDescription()), std::string("velocity"));
            QCOMPARE(std::string(ds->GetRasterBand(2)->GetDescription()), std::string("sigma"));
            QCOMPARE(std::string(ds->GetRasterBand(3)->GetDescription()), std::string("2018-01-13"));
            QCOMPARE(std::string(ds->GetRasterBand(2)->GetUnitType()), std::string("mm"));
            for (int b = 1; b <= 3; ++b) {
                int has = 0;
                QCOMPARE(ds->GetRasterBand(b)->GetNoDataValue(&has), -9999.0);
                QVERIFY(has);
            }
            const char* interleave = ds->GetMetadataItem("INTERLEAVE", "IMAGE_STRUCTURE");
            QCOMPARE(std::string(interleave ? interleave : ""), std::string("BAND"));
            GDALClose(ds);
        }
        const Raster* sources[3] = {&velocity, &sigma, &third};
        for (int b = 1; b <= 3; ++b) {
            io::ReadOptions options;
            options.band = b;
            const Raster r = io::readRaster(out, options);
            const Raster& src = *sources[b - 1];
            for (int row = 0; row < kH; ++row)
                for (int col = 0; col < kW; ++col) {
                    if (std::isnan(src.at(row, col)))
                        QVERIFY(std::isnan(r.at(row, col)));
                    else
                        QCOMPARE(r.at(row, col), src.at(row, col));
                }
            QCOMPARE(r.metadata.extra.at("method"), std::string("gacos+cnn"));
            QCOMPARE(r.metadata.units, Units::Millimetres);
        }
        // The cloud-optimized variant holds the same bands.
        io::GeoTiffOptions cog;
        cog.cog = true;
        if (io::gdalHasDriver("COG")) {
            io::writeGeoTiffBands({&velocity, &sigma}, {"velocity", "sigma"}, dir.file("cog.tif"), cog);
            QCOMPARE(io::probeRaster(dir.file("cog.tif")).bandCount, 2);
            io::ReadOptions second;
            second.band = 2;
            QCOMPARE(io::readRaster(dir.file("cog.tif"), second).at(2, 1), sigma.at(2, 1));
        }
    }

    void writeBandsFailuresLeaveNothing()
    {
        test::TempDir dir;
        const Raster a = makeMap(1);
        const Raster b = makeMap(2, kW + 1, kH);
        const int before = filesIn(dir.path());
        expectError([&] { io::writeGeoTiffBands({&a}, {}, dir.file("missing/out.tif")); },
                    {"folder '" + dir.file("missing").string() + "' does not exist"});
        QVERIFY(!fs::exists(dir.file("missing")));
        expectError(
            [&] {
                io::writeGeoTiffBands({&a, &b}, {}, dir.file("sizes.tif"));
            },
            {dir.file("sizes.tif").string() + ": band 2 is 6 × 4, band 1 is 5 × 4"});
        expectError(
            [&] {
                io::writeGeoTiffBands({&a, &a}, {"one"}, dir.file("names.tif"));
            },
            {": 1 band names for 2 bands"});
        expectError([&] { io::writeGeoTiffBands({}, {}, dir.file("none.tif")); }, {": no bands to write"});
        expectError(
            [&] {
                io::writeGeoTiffBands({&a, nullptr}, {}, dir.file("null.tif"));
            },
            {": band 2 is empty"});
        // Cancelled in the middle: no file, no temporary.
        int bandsWritten = 0;
        CallbackProgress* self = nullptr;
        CallbackProgress progress([&](double f) {
            if (f > 0.0 && f < 1.0 && ++bandsWritten == 2)
                self->cancel();
        });
        self = &progress;
        QVERIFY_THROWS_EXCEPTION(
            CancelledError, io::writeGeoTiffBands({&a, &a, &a}, {}, dir.file("cancel.tif"), {}, progress));
        QCOMPARE(bandsWritten, 2);
        QCOMPARE(filesIn(dir.path()), before);
        // An existing file is replaced only by a complete one.
        io::writeGeoTiffBands({&a, &a}, {}, dir.file("keep.tif"));
        expectError([&] { io::writeGeoTiffBands({&a, &b}, {}, dir.file("keep.tif")); }, {"band 2 is 6 × 4"});
        QCOMPARE(io::probeRaster(dir.file("keep.tif")).bandCount, 2);
        QCOMPARE(filesIn(dir.path()), before + 1);
    }
};

QTEST_GUILESS_MAIN(TstStackReader)
#include "tst_stack_reader.moc"
