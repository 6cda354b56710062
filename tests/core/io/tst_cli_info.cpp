// The `info` and `compare` subcommands of the real insar-denoiser-cli binary: good files are
// described on stdout, each bad file gets exactly one "info: error: <file>: <problem>" line on
// stderr (no HDF5 diagnostics either), exit status != 0; maps without a common valid pixel say so.
#include "common/raster.h"
#include "io/gdal_setup.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QProcess>
#include <QtTest>

#include <fstream>

using namespace insar;
namespace fs = std::filesystem;

namespace {

using Run = insar::test::CliRun;

Run runCli(const QStringList& args)
{
    return insar::test::runProgram(QStringLiteral(INSAR_CLI_PATH), args);
}

fs::path writeGood(const test::TempDir& dir)
{
    Raster r(7, 5);
    for (int row = 0; row < 5; ++row)
        for (int col = 0; col < 7; ++col)
            r.at(row, col) = static_cast<float>(row * 7 + col); // 0..34
    r.setNoData(0, 0);                                          // valid: 1..34
    r.geoTransform.c = {10.0, 0.5, 0.0, 50.0, 0.0, -0.5};
    r.geoTransform.valid = true;
    r.crsWkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
        "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
        "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
        "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";
    r.metadata.units = Units::Radians;
    r.metadata.wavelengthM = 0.0555;
    r.metadata.date1 = Date::parse("2018-01-01");
    r.metadata.date2 = Date::parse("2018-01-13");
    const fs::path file = dir.file("good.tif");
    io::writeGeoTiff(r, file);
    return file;
}

} // namespace

class TstCliInfo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { io::configureGdal(1); }

    void describesGoodFile()
    {
        test::TempDir dir;
        const fs::path good = writeGood(dir);
        const Run r = runCli({"info", QString::fromStdString(good.string())});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // GDAL prints nothing either
        for (const char* expected :
             {"driver:", "GTiff", "7 x 5", "EPSG:4326", "geotransform:  [10, 0.5, 0, 50, 0, -0.5]",
              "no-data count: 1 of 35", "units:", "radians", "0.0555 m", "2018-01-01 / 2018-01-13",
              "min:           1", "max:           34", "mean:          17.5"})
            QVERIFY2(r.out.contains(QString::fromUtf8(expected)),
                     qPrintable(QString("missing '%1' in:\n%2").arg(expected, r.out)));
    }

    void badFilesGetOneLineEachAndOthersStillPrinted()
    {
        test::TempDir dir;
        const fs::path good = writeGood(dir);
        const fs::path missing = dir.file("missing.tif");
        const fs::path text = dir.file("readme.tif");
        std::ofstream(text) << "not a raster\n";
        const fs::path blank = dir.file("blank.tif");
        io::writeGeoTiff(Raster(4, 4, NAN), blank);

        const Run r =
            runCli({"info", QString::fromStdString(missing.string()), QString::fromStdString(good.string()),
                    QString::fromStdString(text.string()), QString::fromStdString(blank.string())});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.out.contains("mean:          17.5"), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromStdString(blank.string())), qPrintable(r.out));
        QVERIFY2(r.out.contains("no valid pixels"), qPrintable(r.out));
        const QStringList lines = r.err.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].startsWith(QString::fromStdString("info: error: " + missing.string() + ": ")),
                 qPrintable(lines[0]));
        QVERIFY2(lines[0].contains("does not exist"), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QString::fromStdString("info: error: " + text.string() + ": ")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QString::fromStdString("info: error: " + blank.string() + ": ")),
                 qPrintable(lines[2]));
        QVERIFY2(lines[2].contains("no valid pixels"), qPrintable(lines[2]));
    }

    void hdf5PrefixOnAnotherFileIsOneLine()
    {
        test::TempDir dir;
        const fs::path good = writeGood(dir); // a GeoTIFF, not HDF5
        const QString name = QString::fromStdString("HDF5:\"" + good.string() + "\"://velocity");
        const Run r = runCli({"info", name});
        QVERIFY(r.exitCode > 0);
        QVERIFY2(!r.err.contains("HDF5-DIAG"), qPrintable(r.err));
        const QStringList lines = r.err.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].startsWith("info: error: " + name + ": "), qPrintable(lines[0]));
        QVERIFY2(lines[0].contains("is not an HDF5 file"), qPrintable(lines[0]));

        // An HDF5 signature followed by garbage reaches the HDF5 library, which stays quiet too.
        const fs::path corrupt = dir.file("corrupt.h5");
        std::ofstream(corrupt, std::ios::binary)
            << std::string("\x89HDF\r\n\x1a\n", 8) << std::string(200, 'x');
        for (const std::string& arg : {corrupt.string(), "HDF5:\"" + corrupt.string() + "\"://velocity"}) {
            const Run c = runCli({"info", QString::fromStdString(arg)});
            QVERIFY(c.exitCode > 0);
            QVERIFY2(!c.err.contains("HDF5-DIAG"), qPrintable(c.err));
            QVERIFY2(!c.err.contains("No such file"), qPrintable(c.err)); // the file is there
            QCOMPARE(c.err.split('\n', Qt::SkipEmptyParts).size(), 1);
        }
    }

    void compareWithoutCommonValidPixelSaysSo()
    {
        test::TempDir dir;
        Raster left(8, 8, 1.0f), right(8, 8, 2.0f);
        for (int row = 0; row < 8; ++row)
            for (int col = 0; col < 8; ++col)
                (col < 4 ? right : left).setNoData(row, col); // left valid on the left half only
        io::writeGeoTiff(left, dir.file("ref.tif"));
        io::writeGeoTiff(right, dir.file("est.tif"));
        const Run r = runCli({"compare", "--reference", QString::fromStdString(dir.file("ref.tif").string()),
                              "--estimate", QString::fromStdString(dir.file("est.tif").string())});
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.err.contains("no pixel that is valid in both"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("holds no data"), qPrintable(r.err));
        QCOMPARE(r.err.split('\n', Qt::SkipEmptyParts).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstCliInfo)
#include "tst_cli_info.moc"
