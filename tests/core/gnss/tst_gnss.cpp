// insar::gnss: the stations CSV and its errors, ENU -> LOS against docs/physics.md §2.3, sampling
// rasters at stations (pixel, window, no-data, edges), the misfit statistics by hand on three
// stations, referencing, and the poster's L'Aquila table (L2 misfit reduced by 53.5 %).
#include "common/error.h"
#include "gnss/gnss_comparison.h"
#include "gnss/gnss_stations.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>

using namespace insar;
using namespace insar::gnss;
namespace fs = std::filesystem;

namespace {

const char* const kWgs84 = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                           "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]";

fs::path writeText(const test::TempDir& dir, const std::string& name, const std::string& text)
{
    const fs::path p = dir.file(name);
    std::ofstream(p, std::ios::binary) << text;
    return p;
}

/// 5 x 4 pixels of 0.1 degree from (10 E, 45 N); value = 10 * row + col.
Raster grid()
{
    Raster r(5, 4);
    for (int y = 0; y < r.height(); ++y)
        for (int x = 0; x < r.width(); ++x)
            r.at(y, x) = float(10 * y + x);
    r.geoTransform.c = {10.0, 0.1, 0.0, 45.0, 0.0, -0.1};
    r.geoTransform.valid = true;
    r.crsWkt = kWgs84;
    r.metadata.units = Units::Millimetres;
    r.sourcePath = "grid.tif";
    return r;
}

/// Lon/lat of the centre of pixel (row, col) of grid().
std::pair<double, double> centre(int row, int col)
{
    return {10.0 + 0.1 * (col + 0.5), 45.0 - 0.1 * (row + 0.5)};
}

/// Three stations: GNSS [5, 15, -15] and InSAR [2, 15, -14], which referenced to A become
/// GNSS [0, 10, -20], InSAR [0, 13, -16] and residuals [0, 3, 4].
ComparisonTable threeStations()
{
    ComparisonTable t;
    t.stations = {"A", "B", "C"};
    t.gnssMm = {5.0, 15.0, -15.0};
    t.gnssSigmaMm = {3.0, 4.0, NAN};
    t.versions = {"uncorrected", "better"};
    t.insarMm = {{2.0, 15.0, -14.0}, {7.0, 17.0, -13.0}}; // "better" referenced: [0, 10, -20]
    return t;
}

std::string message(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TstGnss : public QObject {
    Q_OBJECT
private slots:
    void readsStationsInAnyColumnOrder();
    void stationErrors_data();
    void stationErrors();
    void enuToLosHandValue();
    void enuToLosRejectsBadGeometry();
    void projectToLosUsesRastersThenConstants();
    void samplesNearestPixelAndWindow();
    void samplingErrors();
    void statisticsByHand();
    void referencingSubtractsTheStation();
    void referenceErrors();
    void missingValuesLeaveStationsOut();
    void sampledTableConvertsUnits();
    void csvHoldsTableAndSummary();
    void laquilaTableReduces535Percent();
    void comparisonTableErrors_data();
    void comparisonTableErrors();
};

void TstGnss::readsStationsInAnyColumnOrder()
{
    test::TempDir dir;
    const fs::path p = writeText(dir, "stations.csv",
                                 "\xEF\xBB\xBF# stations of a test\r\n"
                                 "up_mm, LAT ,sigma_up_mm,name,lon,los_mm,east_mm,north_mm,sigma_east_mm,"
                                 "sigma_north_mm,sigma_mm,virtual,extra\r\n"
                                 "\r\n"
                                 "30,45.1,3,ENU1,10.2,,10,20,1,2,,1,x\r\n"
                                 "# a comment between rows\n"
                                 ",45.2,,LOS1,10.3,-12.5,,,,,1.5,0,y\n"
                                 "\"5\",45.3,,BOTH,10.4,7,1,2,,,,,z\n");
    const std::vector<Station> s = readStations(p);
    QCOMPARE(int(s.size()), 3);
    QCOMPARE(QString::fromStdString(s[0].name), QStringLiteral("ENU1"));
    QCOMPARE(s[0].lon, 10.2);
    QCOMPARE(s[0].lat, 45.1);
    QVERIFY(!s[0].losMm);
    QCOMPARE(*s[0].eastMm, 10.0);
    QCOMPARE(*s[0].northMm, 20.0);
    QCOMPARE(*s[0].upMm, 30.0);
    QCOMPARE(*s[0].sigmaEastMm, 1.0);
    QCOMPARE(*s[0].sigmaNorthMm, 2.0);
    QCOMPARE(*s[0].sigmaUpMm, 3.0);
    QVERIFY(s[0].isVirtual);
    QCOMPARE(*s[1].losMm, -12.5);
    QCOMPARE(*s[1].sigmaMm, 1.5);
    QVERIFY(!s[1].eastMm);
    QVERIFY(!s[1].isVirtual);
    QCOMPARE(*s[2].losMm, 7.0);
    QVERIFY(!s[2].sigmaMm);
    QCOMPARE(*s[2].upMm, 5.0);
    QVERIFY(!s[2].sigmaEastMm);

    // A station given in both forms keeps its LOS when projected.
    std::vector<Station> projected = s;
    projectToLos(projected, 38.7, -10.0);
    QCOMPARE(*projected[2].losMm, 7.0);
    QVERIFY(!projected[2].sigmaMm);
    INSAR_FUZZY_COMPARE(*projected[0].losMm, 15.084029107969872, 1e-12, 0.0);
}

void TstGnss::stationErrors_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty") << ""
                           << "stations.csv: empty file";
    QTest::addRow("only comments") << "# nothing\n\n"
                                   << "empty file";
    QTest::addRow("no lon") << "name,lat,los_mm\nA,1,2\n"
                            << "stations.csv:1: the header must name the columns name";
    QTest::addRow("no displacement column") << "name,lon,lat\nA,1,2\n"
                                            << "stations.csv:1: the header must name los_mm";
    QTest::addRow("partial ENU columns")
        << "name,lon,lat,east_mm,up_mm\nA,1,2,3,4\n"
        << "stations.csv:1: east/north/up displacements need all three columns; "
           "missing north_mm";
    QTest::addRow("repeated column") << "name,lon,lat,lon,los_mm\n"
                                     << "stations.csv:1: the header names column 'lon' twice";
    QTest::addRow("field count") << "# c\nname,lon,lat,los_mm\nA,1,2,3\nB,1,2\n"
                                 << "stations.csv:4: expected 4 fields like the header, found 3";
    QTest::addRow("not a number") << "name,lon,lat,los_mm\nA,1,2,3\nB,1,2,x3\n"
                                  << "stations.csv:3: column los_mm: 'x3' is not a finite number";
    QTest::addRow("inf") << "name,lon,lat,los_mm\nA,1,2,inf\n"
                         << "stations.csv:2: column los_mm: 'inf' is not";
    QTest::addRow("lon out of range") << "name,lon,lat,los_mm\nA,190,2,3\n"
                                      << "stations.csv:2: lon 190 of station 'A' is outside [-180, 180]";
    QTest::addRow("lat out of range") << "name,lon,lat,los_mm\nA,10,-91,3\n"
                                      << "stations.csv:2: lat -91 of station 'A' is outside [-90, 90]";
    QTest::addRow("missing lat") << "name,lon,lat,los_mm\nA,10,,3\n"
                                 << "stations.csv:2: column lat: a value is required";
    QTest::addRow("negative sigma") << "name,lon,lat,los_mm,sigma_mm\nA,10,2,3,-1\n"
                                    << "stations.csv:2: column sigma_mm: a sigma cannot be negative";
    QTest::addRow("duplicate") << "name,lon,lat,los_mm\nA,10,2,3\nA,11,2,3\n"
                               << "stations.csv:3: station 'A' appears twice";
    QTest::addRow("no name") << "name,lon,lat,los_mm\n,10,2,3\n"
                             << "stations.csv:2: the station has no name";
    QTest::addRow("no value") << "name,lon,lat,los_mm\nA,10,2,\n"
                              << "stations.csv:2: station 'A' has no displacement";
    QTest::addRow("some ENU") << "name,lon,lat,east_mm,north_mm,up_mm\nA,10,2,1,,3\n"
                              << "stations.csv:2: station 'A' gives only some of east_mm";
    QTest::addRow("some ENU sigmas")
        << "name,lon,lat,east_mm,north_mm,up_mm,sigma_east_mm,sigma_north_mm,sigma_up_mm\nA,10,2,1,2,3,1,,1\n"
        << "stations.csv:2: station 'A' gives only some of sigma_east_mm";
    QTest::addRow("bad virtual") << "name,lon,lat,los_mm,virtual\nA,10,2,3,maybe\n"
                                 << "stations.csv:2: column virtual: 'maybe' is not 0 or 1";
    QTest::addRow("header only") << "name,lon,lat,los_mm\n"
                                 << "stations.csv: no stations after the header";
}

void TstGnss::stationErrors()
{
    QFETCH(QString, content);
    QFETCH(QString, expected);
    test::TempDir dir;
    const fs::path p = writeText(dir, "stations.csv", content.toStdString());
    const std::string m = message([&] { readStations(p); });
    QVERIFY2(QString::fromStdString(m).contains(expected), m.c_str());
    QVERIFY2(QString::fromStdString(m).startsWith(QString::fromStdString(p.string())), m.c_str());
}

void TstGnss::enuToLosHandValue()
{
    // docs/physics.md §2.3: inc 38.7, head -10 gives l = (-0.615744, -0.108572, 0.780430), so
    // (E, N, U) = (10, 20, 30) mm is -6.15744 - 2.17144 + 23.41291 = 15.08403 mm towards the
    // satellite and sigmas (1, 2, 3) give sqrt(0.615744² + 0.217144² + 2.341291²) = 2.430625 mm.
    Station s;
    s.name = "X";
    s.eastMm = 10.0;
    s.northMm = 20.0;
    s.upMm = 30.0;
    s.sigmaEastMm = 1.0;
    s.sigmaNorthMm = 2.0;
    s.sigmaUpMm = 3.0;
    const LosValue v = enuToLos(s, 38.7, -10.0);
    INSAR_FUZZY_COMPARE(v.mm, 15.08403, 0.0, 1e-5);
    INSAR_FUZZY_COMPARE(v.sigmaMm, 2.430625, 0.0, 1e-6);

    // Pure uplift seen at 30 degrees: cos(30) of it, towards the satellite.
    Station up;
    up.eastMm = 0.0;
    up.northMm = 0.0;
    up.upMm = 100.0;
    const LosValue u = enuToLos(up, 30.0, -12.0);
    INSAR_FUZZY_COMPARE(u.mm, 86.602540378, 0.0, 1e-8);
    QVERIFY(std::isnan(u.sigmaMm));

    // Eastward motion seen by an ascending (heading ~ -12, looking east) pass moves away.
    Station east;
    east.eastMm = 10.0;
    east.northMm = 0.0;
    east.upMm = 0.0;
    QVERIFY(enuToLos(east, 34.0, -12.0).mm < -5.0);
}

void TstGnss::enuToLosRejectsBadGeometry()
{
    Station s;
    s.name = "NOENU";
    s.losMm = 3.0;
    QVERIFY(QString::fromStdString(message([&] {
                enuToLos(s, 30.0, 0.0);
            })).contains("'NOENU' has no east/north/up"));
    s.eastMm = s.northMm = s.upMm = 1.0;
    QVERIFY(QString::fromStdString(message([&] { enuToLos(s, 95.0, 0.0); })).contains("incidence 95"));
    QVERIFY(QString::fromStdString(message([&] { enuToLos(s, NAN, 0.0); })).contains("outside [0, 90)"));
    QVERIFY(QString::fromStdString(message([&] { enuToLos(s, 30.0, INFINITY); })).contains("heading"));
}

void TstGnss::projectToLosUsesRastersThenConstants()
{
    Station a;
    a.name = "A";
    std::tie(a.lon, a.lat) = centre(1, 1);
    a.eastMm = 10.0;
    a.northMm = 20.0;
    a.upMm = 30.0;
    Station b = a;
    b.name = "B";
    std::tie(b.lon, b.lat) = centre(2, 3);
    Station far = a;
    far.name = "FAR";
    far.lon = 30.0; // outside the geometry rasters

    Raster incidence = grid();
    incidence.values().assign(incidence.size(), 38.7f);
    incidence.at(2, 3) = 30.0f;
    incidence.sourcePath = "inc.tif";

    std::vector<Station> stations = {a, b, far};
    projectToLos(stations, 40.0, -10.0, &incidence, nullptr);
    INSAR_FUZZY_COMPARE(*stations[0].losMm, enuToLos(a, 38.7, -10.0).mm, 1e-6, 0.0);
    INSAR_FUZZY_COMPARE(*stations[1].losMm, enuToLos(b, 30.0, -10.0).mm, 1e-12, 0.0);
    INSAR_FUZZY_COMPARE(*stations[2].losMm, enuToLos(far, 40.0, -10.0).mm, 1e-12, 0.0); // the constant
    QVERIFY(!stations[0].sigmaMm);

    // A no-data pixel with no constant to fall back on names the station and the raster's role.
    incidence.setNoData(1, 1);
    std::vector<Station> one = {a};
    std::string m = message([&] { projectToLos(one, std::nullopt, -10.0, &incidence, nullptr); });
    QVERIFY2(QString::fromStdString(m).contains("station 'A'") &&
                 QString::fromStdString(m).contains("incidence"),
             m.c_str());
    QVERIFY(!one[0].losMm);

    // No geometry at all.
    one = {b};
    m = message([&] { projectToLos(one, 38.7, std::nullopt); });
    QVERIFY2(QString::fromStdString(m).contains("station 'B'") &&
                 QString::fromStdString(m).contains("heading"),
             m.c_str());

    // A geometry raster without georeferencing is named.
    Raster plain(3, 3, 38.7f);
    plain.sourcePath = "plain_inc.tif";
    one = {b};
    m = message([&] { projectToLos(one, std::nullopt, -10.0, &plain, nullptr); });
    QVERIFY2(QString::fromStdString(m).contains("incidence raster 'plain_inc.tif'") &&
                 QString::fromStdString(m).contains("no georeferencing"),
             m.c_str());
}

void TstGnss::samplesNearestPixelAndWindow()
{
    Raster r = grid();
    // Anywhere inside pixel (1, 2), not only its centre, gives that pixel.
    Sample s = sampleAt(r, 10.201, 44.801);
    QVERIFY(s.inside);
    QCOMPARE(s.row, 1);
    QCOMPARE(s.col, 2);
    QCOMPARE(s.value, 12.0);
    QCOMPARE(s.validPixels, 1);

    // 3 x 3 mean around (1, 2): rows 0..2, cols 1..3, symmetric about 12.
    s = sampleAt(r, centre(1, 2).first, centre(1, 2).second, 3);
    QCOMPARE(s.value, 12.0);
    QCOMPARE(s.validPixels, 9);
    // With (0, 1) no-data the mean is over the other eight: (108 - 1) / 8.
    r.setNoData(0, 1);
    s = sampleAt(r, centre(1, 2).first, centre(1, 2).second, 3);
    QCOMPARE(s.validPixels, 8);
    QCOMPARE(s.value, 107.0 / 8.0);
    // The centre pixel itself no-data: window 1 gives NaN, inside.
    s = sampleAt(r, centre(0, 1).first, centre(0, 1).second, 1);
    QVERIFY(s.inside);
    QVERIFY(std::isnan(s.value));
    QCOMPARE(s.validPixels, 0);
    // Window clipped at the corner: (0,0), (0,1) no-data, (1,0), (1,1) -> (0 + 10 + 11) / 3.
    s = sampleAt(r, centre(0, 0).first, centre(0, 0).second, 3);
    QCOMPARE(s.validPixels, 3);
    QCOMPARE(s.value, 7.0);
    // 5 x 5 at the last pixel reaches rows 1..3 and cols 2..4.
    s = sampleAt(r, centre(3, 4).first, centre(3, 4).second, 5);
    QCOMPARE(s.validPixels, 9);
    QCOMPARE(s.value, 23.0);
    // A window whose pixels are all no-data.
    Raster empty = grid();
    empty.values().assign(empty.size(), NAN);
    s = sampleAt(empty, centre(2, 2).first, centre(2, 2).second, 3);
    QVERIFY(s.inside && std::isnan(s.value) && s.validPixels == 0);
    // Outside on each side: no error, NaN.
    for (const auto& [lon, lat] :
         std::vector<std::pair<double, double>>{{9.99, 44.8}, {10.51, 44.8}, {10.2, 45.01}, {10.2, 44.59}}) {
        s = sampleAt(r, lon, lat, 3);
        QVERIFY(!s.inside);
        QVERIFY(std::isnan(s.value));
        QCOMPARE(s.row, -1);
    }
}

void TstGnss::samplingErrors()
{
    Raster r = grid();
    QVERIFY(QString::fromStdString(message([&] { sampleAt(r, 10.2, 44.8, 2); })).contains("odd number"));
    QVERIFY(QString::fromStdString(message([&] { sampleAt(r, 10.2, 44.8, 0); })).contains("odd number"));
    Raster plain = r;
    plain.geoTransform.valid = false;
    QVERIFY(QString::fromStdString(message([&] {
                sampleAt(plain, 10.2, 44.8);
            })).contains("'grid.tif' has no georeferencing"));
    Raster utm = r;
    utm.crsWkt = "PROJCS[\"WGS 84 / UTM zone 33N\",GEOGCS[\"WGS 84\"]]";
    QVERIFY(QString::fromStdString(message([&] { sampleAt(utm, 10.2, 44.8); })).contains("projected CRS"));
}

void TstGnss::statisticsByHand()
{
    ComparisonTable t;
    t.stations = {"A", "B", "C"};
    t.gnssMm = {0.0, 10.0, -20.0};
    t.versions = {"uncorrected", "better"};
    t.insarMm = {{0.0, 13.0, -16.0}, {0.0, 10.0, -17.0}};
    const ComparisonResult r = compare(t, "");
    // Residuals [0, 3, 4]: L2 = 5, RMSE = 5/sqrt(3), mean 7/3, population std sqrt(78/27);
    // GNSS mean -10/3, SS_tot = (100 + 1600 + 2500) / 9, r² = 1 - 25 / (4200 / 9).
    QCOMPARE(r.residualMm[0], (std::vector<double>{0.0, 3.0, 4.0}));
    const MisfitStats& a = r.stats[0];
    QCOMPARE(a.stations, 3);
    INSAR_FUZZY_COMPARE(a.l2, 5.0, 1e-14, 0.0);
    INSAR_FUZZY_COMPARE(a.rmse, 5.0 / std::sqrt(3.0), 1e-14, 0.0);
    INSAR_FUZZY_COMPARE(a.meanResidual, 7.0 / 3.0, 1e-14, 0.0);
    INSAR_FUZZY_COMPARE(a.stdResidual, std::sqrt(78.0 / 27.0), 1e-14, 0.0);
    INSAR_FUZZY_COMPARE(a.r2, 1.0 - 225.0 / 4200.0, 1e-14, 0.0);
    // Second version: residuals [0, 0, 3], L2 3, reduction 1 - 3/5.
    INSAR_FUZZY_COMPARE(r.stats[1].l2, 3.0, 1e-14, 0.0);
    QCOMPARE(r.l2Reduction[0], 0.0);
    INSAR_FUZZY_COMPARE(r.l2Reduction[1], 0.4, 1e-14, 0.0);
    // No sigmas given: NaN, not zero.
    QCOMPARE(int(r.table.gnssSigmaMm.size()), 3);
    QVERIFY(std::isnan(r.table.gnssSigmaMm[1]));

    // Constant GNSS leaves r² undefined.
    ComparisonTable flat = t;
    flat.gnssMm = {1.0, 1.0, 1.0};
    QVERIFY(std::isnan(compare(flat, "").stats[0].r2));
    // A perfect first version leaves nothing to reduce.
    ComparisonTable perfect = t;
    perfect.insarMm[0] = t.gnssMm;
    const ComparisonResult p = compare(perfect, "");
    QCOMPARE(p.stats[0].l2, 0.0);
    QCOMPARE(p.stats[0].r2, 1.0);
    QVERIFY(std::isnan(p.l2Reduction[0]) && std::isnan(p.l2Reduction[1]));
}

void TstGnss::referencingSubtractsTheStation()
{
    const ComparisonResult r = compare(threeStations(), "A");
    QCOMPARE(QString::fromStdString(r.table.reference), QStringLiteral("A"));
    QCOMPARE(r.table.gnssMm, (std::vector<double>{0.0, 10.0, -20.0}));
    QCOMPARE(r.table.insarMm[0], (std::vector<double>{0.0, 13.0, -16.0}));
    QCOMPARE(r.table.insarMm[1], (std::vector<double>{0.0, 10.0, -20.0}));
    INSAR_FUZZY_COMPARE(r.stats[0].l2, 5.0, 1e-14, 0.0);
    QCOMPARE(r.stats[1].l2, 0.0);
    QCOMPARE(r.l2Reduction[1], 1.0);
    // Sigmas of a difference: B sqrt(4² + 3²) = 5, the reference 0, C unknown.
    QCOMPARE(r.table.gnssSigmaMm[0], 0.0);
    INSAR_FUZZY_COMPARE(r.table.gnssSigmaMm[1], 5.0, 1e-14, 0.0);
    QVERIFY(std::isnan(r.table.gnssSigmaMm[2]));
    // Referencing to another station changes the values but not the residual differences.
    const ComparisonResult c = compare(threeStations(), "C");
    QCOMPARE(c.table.gnssMm[2], 0.0);
    QCOMPARE(c.residualMm[0][0], -4.0);
}

void TstGnss::referenceErrors()
{
    std::string m = message([] { compare(threeStations(), "ZZZ"); });
    QVERIFY2(
        QString::fromStdString(m).contains("reference station 'ZZZ' is not among the stations (A, B, C)"),
        m.c_str());
    ComparisonTable t = threeStations();
    t.insarMm[1][1] = NAN;
    m = message([&] { compare(t, "B"); });
    QVERIFY2(QString::fromStdString(m).contains("'B' has no value in 'better'"), m.c_str());
    t = threeStations();
    t.gnssMm[0] = NAN;
    m = message([&] { compare(t, "A"); });
    QVERIFY2(QString::fromStdString(m).contains("'A' has no GNSS value"), m.c_str());
    t = threeStations();
    t.versions.clear();
    t.insarMm.clear();
    QVERIFY(QString::fromStdString(message([&] { compare(t, ""); })).contains("no InSAR version"));
    t = threeStations();
    t.insarMm[1].pop_back();
    QVERIFY(QString::fromStdString(message([&] { compare(t, ""); })).contains("differ in length"));
}

void TstGnss::missingValuesLeaveStationsOut()
{
    ComparisonTable t;
    t.stations = {"A", "B", "C", "D"};
    t.gnssMm = {0.0, 10.0, -20.0, NAN};
    t.versions = {"v1", "v2"};
    t.insarMm = {{0.0, 13.0, -16.0, 5.0}, {0.0, 13.0, NAN, 5.0}};
    const ComparisonResult r = compare(t, "A");
    QCOMPARE(r.stats[0].stations, 3); // D has no GNSS
    INSAR_FUZZY_COMPARE(r.stats[0].l2, 5.0, 1e-14, 0.0);
    QCOMPARE(r.stats[1].stations, 2); // C has no v2 either
    INSAR_FUZZY_COMPARE(r.stats[1].l2, 3.0, 1e-14, 0.0);
    QVERIFY(std::isnan(r.residualMm[1][2]));
    // r² of v2 uses the GNSS mean of A and B only: SS_tot = 50, 1 - 9/50.
    INSAR_FUZZY_COMPARE(r.stats[1].r2, 1.0 - 9.0 / 50.0, 1e-14, 0.0);
}

void TstGnss::sampledTableConvertsUnits()
{
    Station a;
    a.name = "A";
    std::tie(a.lon, a.lat) = centre(1, 2);
    a.losMm = 4.0;
    a.sigmaMm = 1.0;
    Station b = a;
    b.name = "B";
    std::tie(b.lon, b.lat) = centre(3, 4);
    b.isVirtual = true;
    Station out = a;
    out.name = "OUT";
    out.lon = 50.0;

    Raster mm = grid();
    Raster metres = grid();
    metres.metadata.units = Units::Metres;
    for (float& v : metres.values())
        v /= 1000.0f;
    const ComparisonTable t = sampleComparisonTable({a, b, out}, {&mm, &metres}, {"mm", "m"}, 1);
    QCOMPARE(t.gnssMm, (std::vector<double>{4.0, 4.0, 4.0}));
    QCOMPARE(t.insarMm[0][0], 12.0);
    QCOMPARE(t.insarMm[0][1], 34.0);
    QVERIFY(std::isnan(t.insarMm[0][2]));
    INSAR_FUZZY_COMPARE(t.insarMm[1][0], 12.0, 1e-6, 0.0);
    INSAR_FUZZY_COMPARE(t.insarMm[1][1], 34.0, 1e-6, 0.0);
    QCOMPARE(t.isVirtual, (std::vector<bool>{false, true, false}));

    // Unknown units (a velocity map in mm/yr) are taken as they are.
    Raster unknown = grid();
    unknown.metadata.units = Units::Unknown;
    QCOMPARE(sampleComparisonTable({a}, {&unknown}, {"x"}, 1).insarMm[0][0], 12.0);
    Raster radians = grid();
    radians.metadata.units = Units::Radians;
    std::string m = message([&] { sampleComparisonTable({a}, {&radians}, {"x"}, 1); });
    QVERIFY2(QString::fromStdString(m).contains("'grid.tif'") &&
                 QString::fromStdString(m).contains("wavelength"),
             m.c_str());
    radians.metadata.wavelengthM = 0.2360571;
    // -lambda phi / (4 pi): 12 rad at L-band is -225.4 mm (towards the satellite is positive).
    const ComparisonTable rt = sampleComparisonTable({a}, {&radians}, {"x"}, 1);
    INSAR_FUZZY_COMPARE(rt.insarMm[0][0], -0.2360571 * 12.0 / (4.0 * kPi) * 1000.0, 1e-6, 0.0);

    Station enu = a;
    enu.name = "ENU";
    enu.losMm.reset();
    enu.eastMm = enu.northMm = enu.upMm = 1.0;
    m = message([&] { sampleComparisonTable({enu}, {&mm}, {"x"}, 1); });
    QVERIFY2(QString::fromStdString(m).contains("station 'ENU' has no LOS"), m.c_str());
}

void TstGnss::csvHoldsTableAndSummary()
{
    ComparisonTable t = threeStations();
    t.isVirtual = {false, true, false};
    const std::string csv = comparisonCsv(compare(t, "A"));
    const QStringList lines = QString::fromStdString(csv).split('\n');
    QCOMPARE(lines.value(0), QStringLiteral("# referenced to station A"));
    QCOMPARE(lines.value(1), QStringLiteral("station,virtual,gnss_los_mm,gnss_sigma_mm,uncorrected_mm,"
                                            "uncorrected_residual_mm,better_mm,better_residual_mm"));
    QCOMPARE(lines.value(2), QStringLiteral("A,0,0,0,0,0,0,0"));
    QCOMPARE(lines.value(3), QStringLiteral("B,1,10,5,13,3,10,0"));
    QCOMPARE(lines.value(4), QStringLiteral("C,0,-20,,-16,4,-20,0"));
    QCOMPARE(lines.value(5), QString());
    QCOMPARE(
        lines.value(6),
        QStringLiteral("version,stations,l2_mm,rmse_mm,mean_residual_mm,std_residual_mm,r2,l2_reduction"));
    QVERIFY2(lines.value(7).startsWith(QStringLiteral("uncorrected,3,5,")), qPrintable(lines.value(7)));
    QVERIFY2(lines.value(7).endsWith(QStringLiteral(",0")), qPrintable(lines.value(7)));
    QCOMPARE(lines.value(8), QStringLiteral("better,3,0,0,0,0,1,1"));
}

void TstGnss::laquilaTableReduces535Percent()
{
    const ComparisonTable table =
        readComparisonTable(fs::path(INSAR_GNSS_TEST_DATA) / "laquila_gnss_table.csv");
    QCOMPARE(int(table.stations.size()), 8);
    QCOMPARE(table.versions, (std::vector<std::string>{"uncorrected", "cnn"}));
    QCOMPARE(table.stations.front(), std::string("AQUI"));
    QCOMPARE(table.gnssSigmaMm[1], 19.3);
    const ComparisonResult r = compare(table, "SELL");
    // By hand, residuals InSAR - GNSS without correction: -38.0, -45.1, -47.0, -22.9, -57.5, -50.7,
    // 0, -29.5 -> Σr² = 12958.41, L2 = 113.835 mm; after the CNN: 10.3, -40.4, -13.4, -0.1, -22.9,
    // 18.8, 0, -1.7 -> Σr² = 2798.56, L2 = 52.901 mm; 1 - 52.901 / 113.835 = 0.5353 (poster: 53.5 %).
    INSAR_FUZZY_COMPARE(r.stats[0].l2, std::sqrt(12958.41), 1e-12, 0.0);
    INSAR_FUZZY_COMPARE(r.stats[1].l2, std::sqrt(2798.56), 1e-12, 0.0);
    INSAR_FUZZY_COMPARE(r.stats[0].l2, 113.8, 0.0, 0.05);
    INSAR_FUZZY_COMPARE(r.stats[1].l2, 52.9, 0.0, 0.05);
    QCOMPARE(r.stats[0].stations, 8);
    INSAR_FUZZY_COMPARE(r.l2Reduction[1], 0.535, 0.0, 0.0005);
    INSAR_FUZZY_COMPARE(r.stats[0].rmse, std::sqrt(12958.41 / 8.0), 1e-12, 0.0);
    INSAR_FUZZY_COMPARE(r.stats[0].meanResidual, -36.3375, 1e-12, 0.0);
    INSAR_FUZZY_COMPARE(r.stats[1].meanResidual, -6.175, 1e-12, 0.0);
    INSAR_FUZZY_COMPARE(r.stats[0].r2, 0.11979992689571, 1e-9, 0.0);
    INSAR_FUZZY_COMPARE(r.stats[1].r2, 0.80990779605008, 1e-9, 0.0);
    // Already referenced to SELL: referencing again, or not at all, changes nothing.
    INSAR_FUZZY_COMPARE(compare(table, "").l2Reduction[1], r.l2Reduction[1], 1e-15, 0.0);
}

void TstGnss::comparisonTableErrors_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expected");
    QTest::addRow("no gnss column")
        << "station,insar_a_mm\nA,1\n"
        << "table.csv:1: the header must name the columns station and gnss_los_mm";
    QTest::addRow("no insar column") << "station,gnss_los_mm,lon,lat\nA,1,2,3\n"
                                     << "table.csv:1: no InSAR column";
    QTest::addRow("same version twice") << "station,gnss_los_mm,insar_a_mm,a\nA,1,2,3\n"
                                        << "table.csv:1: two columns name the InSAR version 'a'";
    QTest::addRow("bad number") << "# x\nstation,gnss_los_mm,insar_a_mm\nA,1,2\nB,1,2..\n"
                                << "table.csv:4: column insar_a_mm: '2..' is not a finite number";
    QTest::addRow("duplicate station") << "station,gnss_los_mm,a\nA,1,2\nA,1,2\n"
                                       << "table.csv:3: station 'A' appears twice";
    QTest::addRow("negative sigma") << "station,gnss_los_mm,gnss_sigma_mm,a\nA,1,-2,2\n"
                                    << "table.csv:2: column gnss_sigma_mm";
    QTest::addRow("no rows") << "station,gnss_los_mm,a\n"
                             << "table.csv: no stations after the header";
    QTest::addRow("binary") << QString::fromLatin1("station,gnss\n\x01\x02", 15) + QChar(0) << "binary data";
}

void TstGnss::comparisonTableErrors()
{
    QFETCH(QString, content);
    QFETCH(QString, expected);
    test::TempDir dir;
    const fs::path p = writeText(dir, "table.csv", content.toStdString());
    const std::string m = message([&] { readComparisonTable(p); });
    QVERIFY2(QString::fromStdString(m).contains(expected), m.c_str());
    QVERIFY2(QString::fromStdString(m).startsWith(QString::fromStdString(p.string())), m.c_str());

    // A missing file is named too.
    const std::string missing = message([&] { readComparisonTable(dir.file("none.csv")); });
    QVERIFY2(QString::fromStdString(missing).contains("none.csv: no such file"), missing.c_str());
}

QTEST_GUILESS_MAIN(TstGnss)
#include "tst_gnss.moc"
