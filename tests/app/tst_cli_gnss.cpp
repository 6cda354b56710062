// The `gnss` subcommand of the real insar-denoiser-cli: the poster's L'Aquila table (53.5 %),
// rasters written by the test (a mm map with a no-data pixel and a metres map, a station in ENU,
// one outside), the CSV output and its overwrite guard, and bad input ending with a non-zero exit
// and one line.
#include "common/raster.h"
#include "io/raster_writer.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>

using namespace insar;
namespace fs = std::filesystem;

namespace {

test::CliRun runCli(const QStringList& args)
{
    return test::runProgram(QStringLiteral(INSAR_CLI_PATH), args, 120000);
}

QString describe(const test::CliRun& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.exitCode).arg(r.out, r.err);
}

QString q(const fs::path& p)
{
    return QString::fromStdString(p.string());
}

QString table()
{
    return QStringLiteral(INSAR_GNSS_TEST_DATA "/laquila_gnss_table.csv");
}

/// 20 x 10 pixels of 0.01 degree from (13 E, 42.5 N); value = (col + 100 row) * scale.
fs::path writeMap(const test::TempDir& dir, const std::string& name, Units units, double scale,
                  bool georeferenced = true)
{
    Raster r(20, 10);
    for (int y = 0; y < r.height(); ++y)
        for (int x = 0; x < r.width(); ++x)
            r.at(y, x) = float((x + 100 * y) * scale);
    if (georeferenced) {
        r.geoTransform.c = {13.0, 0.01, 0.0, 42.5, 0.0, -0.01};
        r.geoTransform.valid = true;
        r.crsWkt = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                   "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";
    }
    r.metadata.units = units;
    if (units == Units::Millimetres)
        r.setNoData(1, 3); // a neighbour of station A
    const fs::path file = dir.file(name);
    io::writeGeoTiff(r, file);
    return file;
}

/// A at pixel (2, 3), B at (5, 10), C (east/north/up) at (7, 15), OUT outside the maps.
fs::path writeStations(const test::TempDir& dir)
{
    const fs::path p = dir.file("stations.csv");
    std::ofstream(p) << "# test stations\n"
                        "name,lon,lat,los_mm,sigma_mm,east_mm,north_mm,up_mm\n"
                        "A,13.035,42.475,200,1,,,\n"
                        "B,13.105,42.445,500,2,,,\n"
                        "C,13.155,42.425,,,0,0,900\n"
                        "OUT,14.5,42.45,10,1,,,\n";
    return p;
}

/// The CSV's rows as fields, keyed by their first field.
std::map<QString, QStringList> csvRows(const fs::path& p)
{
    QFile f(q(p));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::map<QString, QStringList> rows;
    for (const QString& line : QString::fromUtf8(f.readAll()).split('\n')) {
        const QStringList fields = line.split(',');
        if (!line.isEmpty() && !line.startsWith('#'))
            rows[fields.front()] = fields;
    }
    return rows;
}

} // namespace

class TstCliGnss : public QObject {
    Q_OBJECT
private slots:
    void tableModeReproducesThePoster();
    void rasterMode();
    void badInputFails_data();
    void badInputFails();
};

void TstCliGnss::tableModeReproducesThePoster()
{
    test::TempDir dir;
    const fs::path csv = dir.file("laquila.csv");
    const test::CliRun r =
        runCli({"gnss", "--stations", table(), "--table", "--reference", "SELL", "--csv", q(csv)});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains("L2 misfit reduced by 53.5 % (uncorrected -> cnn)"), qPrintable(describe(r)));
    QVERIFY2(r.out.contains("113.84") && r.out.contains("52.90"), qPrintable(describe(r)));
    QVERIFY2(r.out.contains("-64.6 ± 15.2") && r.out.contains("reference: SELL"), qPrintable(describe(r)));
    const auto rows = csvRows(csv);
    QCOMPARE(rows.at("AQUI").value(6), QStringLiteral("10.3")); // cnn residual: -54.3 - (-64.6)
    const QStringList cnn = rows.at("cnn");
    QCOMPARE(cnn.value(1), QStringLiteral("8"));
    QVERIFY2(test::fuzzyEqual(cnn.value(7).toDouble(), 0.5352799, 0.0, 1e-6), qPrintable(cnn.join(',')));

    // Without --overwrite an existing CSV is refused and left as it was.
    const auto before = fs::file_size(csv);
    std::ofstream(csv, std::ios::app) << "x";
    const test::CliRun again = runCli({"gnss", "--stations", table(), "--table", "--csv", q(csv)});
    QVERIFY2(again.exitCode == 1 && again.err.contains("--overwrite"), qPrintable(describe(again)));
    QCOMPARE(fs::file_size(csv), before + 1);
    const test::CliRun replaced = runCli(
        {"gnss", "--stations", table(), "--table", "--reference", "SELL", "--csv", q(csv), "--overwrite"});
    QVERIFY2(replaced.exitCode == 0, qPrintable(describe(replaced)));
    QCOMPARE(fs::file_size(csv), before);
}

void TstCliGnss::rasterMode()
{
    test::TempDir dir;
    const fs::path mm = writeMap(dir, "v1.tif", Units::Millimetres, 1.0);
    const fs::path metres = writeMap(dir, "v2.tif", Units::Metres, 0.0005);
    const fs::path stations = writeStations(dir);
    const fs::path csv = dir.file("out.csv");
    const test::CliRun r =
        runCli({"gnss",   "--stations",  q(stations), "--raster",  q(mm),         "--raster", q(metres),
                "--name", "first",       "--name",    "half",      "--reference", "A",        "--window",
                "3",      "--incidence", "38.7",      "--heading", "-10",         "--csv",    q(csv)});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("station OUT has no value"), qPrintable(describe(r)));
    // 3 x 3 means (linear field, so the centre value, except at A whose neighbour (1, 3) = 103 is
    // no-data in v1: (9 * 203 - 103) / 8 = 215.5). Referenced to A:
    //   first: A 0, B 510 - 215.5 = 294.5, C 715 - 215.5 = 499.5
    //   half:  A 0, B 255 - 101.5 = 153.5, C 357.5 - 101.5 = 256
    //   GNSS:  A 0, B 300 (σ sqrt(2² + 1²)), C 900 cos(38.7°) - 200 (pure uplift)
    const double gnssC = 900.0 * std::cos(38.7 * kPi / 180.0) - 200.0;
    const auto rows = csvRows(csv);
    QCOMPARE(rows.at("station").join(','),
             QStringLiteral(
                 "station,gnss_los_mm,gnss_sigma_mm,first_mm,first_residual_mm,half_mm,half_residual_mm"));
    QCOMPARE(rows.at("A").join(','), QStringLiteral("A,0,0,0,0,0,0"));
    QCOMPARE(rows.at("B").value(3), QStringLiteral("294.5"));
    QCOMPARE(rows.at("B").value(4), QStringLiteral("-5.5"));
    QVERIFY(test::fuzzyEqual(rows.at("B").value(2).toDouble(), std::sqrt(5.0), 1e-9));
    QVERIFY(test::fuzzyEqual(rows.at("B").value(5).toDouble(), 153.5, 1e-6));
    QVERIFY(test::fuzzyEqual(rows.at("C").value(1).toDouble(), gnssC, 1e-9));
    QVERIFY(test::fuzzyEqual(rows.at("C").value(4).toDouble(), 499.5 - gnssC, 1e-9));
    QVERIFY(test::fuzzyEqual(rows.at("C").value(6).toDouble(), 256.0 - gnssC, 1e-6));
    QVERIFY(rows.at("OUT").value(3).isEmpty() && rows.at("OUT").value(5).isEmpty());
    // Statistics over A, B, C (OUT left out): L2 of first = sqrt(5.5² + (499.5 - gnssC)²).
    const double l2First = std::hypot(5.5, 499.5 - gnssC);
    const double l2Half = std::hypot(153.5 - 300.0, 256.0 - gnssC);
    QCOMPARE(rows.at("first").value(1), QStringLiteral("3"));
    QVERIFY(test::fuzzyEqual(rows.at("first").value(2).toDouble(), l2First, 1e-9));
    QVERIFY(test::fuzzyEqual(rows.at("half").value(2).toDouble(), l2Half, 1e-6));
    QVERIFY(test::fuzzyEqual(rows.at("half").value(7).toDouble(), 1.0 - l2Half / l2First, 1e-6));
    QVERIFY2(
        r.out.contains(
            QStringLiteral("L2 misfit increased by %1 %").arg(100.0 * (l2Half / l2First - 1.0), 0, 'f', 1)),
        qPrintable(describe(r)));

    // Default names are the file names; window 1 takes A's own pixel (203 in v1).
    const test::CliRun plain = runCli({"gnss", "--stations", q(stations), "--raster", q(mm), "--incidence",
                                       "38.7", "--heading", "-10", "--csv", q(dir.file("plain.csv"))});
    QVERIFY2(plain.exitCode == 0 && plain.out.contains("v1"), qPrintable(describe(plain)));
    QCOMPARE(csvRows(dir.file("plain.csv")).at("A").value(3), QStringLiteral("203"));
}

void TstCliGnss::badInputFails_data()
{
    QTest::addColumn<QStringList>("args"); // FILE-relative: {S} stations, {M} mm map, {U} unitless, {P} plain
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::addRow("missing stations")
        << QStringList{"--stations", "{D}/none.csv", "--table"} << 1 << "none.csv: no such file";
    QTest::addRow("neither raster nor table") << QStringList{"--stations", "{S}"} << 2 << "give --raster";
    QTest::addRow("table with raster")
        << QStringList{"--stations", "{S}", "--table", "--raster", "{M}"} << 2 << "excludes";
    QTest::addRow("even window") << QStringList{"--stations", "{S}", "--raster", "{M}", "--window", "2"} << 2
                                 << "odd";
    QTest::addRow("names count") << QStringList{"--stations", "{S}", "--raster", "{M}",
                                                "--name",     "a",   "--name",   "b"}
                                 << 1 << "one --name per --raster";
    QTest::addRow("ENU without geometry") << QStringList{"--stations", "{S}", "--raster", "{M}"} << 1
                                          << "station 'C' is given in east/north/up";
    QTest::addRow("unknown reference")
        << QStringList{"--stations", "{S}",       "--raster", "{M}",         "--incidence",
                       "38.7",       "--heading", "-10",      "--reference", "ZZ"}
        << 1 << "reference station 'ZZ' is not among the stations";
    QTest::addRow("unknown units") << QStringList{"--stations",  "{S}",  "--raster",  "{U}",
                                                  "--incidence", "38.7", "--heading", "-10"}
                                   << 1 << "unitless.tif' does not say what its values are; give --units";
    QTest::addRow("radians without wavelength")
        << QStringList{"--stations", "{S}",         "--raster", "{U}",       "--units",
                       "rad",        "--incidence", "38.7",     "--heading", "-10"}
        << 1 << "--wavelength";
    QTest::addRow("no georeferencing")
        << QStringList{"--stations", "{S}", "--raster", "{P}", "--incidence", "38.7", "--heading", "-10"} << 1
        << "no georeferencing";
    QTest::addRow("not a raster") << QStringList{"--stations", "{S}",         "--raster",
                                                 "{S}",        "--incidence", "38.7"}
                                  << 1 << "stations.csv";
    QTest::addRow("malformed table")
        << QStringList{"--stations", "{S}", "--table"} << 1
        << "stations.csv:2: the header must name the columns station and gnss_los_mm";
}

void TstCliGnss::badInputFails()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    test::TempDir dir;
    const fs::path stations = writeStations(dir);
    const fs::path mm = writeMap(dir, "v1.tif", Units::Millimetres, 1.0);
    const fs::path unitless = writeMap(dir, "unitless.tif", Units::Unknown, 1.0);
    const fs::path plain = writeMap(dir, "plain.tif", Units::Millimetres, 1.0, false);
    QStringList full{"gnss"};
    for (QString a : args)
        full << a.replace("{S}", q(stations))
                    .replace("{M}", q(mm))
                    .replace("{U}", q(unitless))
                    .replace("{P}", q(plain))
                    .replace("{D}", q(dir.path()));
    full << "--csv" << q(dir.file("out.csv"));
    const test::CliRun r = runCli(full);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QVERIFY2(r.err.contains("gnss: error: ") && r.err.contains(expected), qPrintable(describe(r)));
    QCOMPARE(r.err.count(QStringLiteral("error:")), 1);
    QVERIFY(!fs::exists(dir.file("out.csv")));
}

QTEST_GUILESS_MAIN(TstCliGnss)
#include "tst_cli_gnss.moc"
