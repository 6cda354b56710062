// The bundled scenarios: dates and networks, truth equal to the Mogi / Okada formulas, interferograms
// built exactly as deformation difference + delay(d2) - delay(d1) (checked by the GACOS correction
// with the true delays), determinism by seed and thread count, and the files writeScenario leaves.
#include "common/error.h"
#include "common/units.h"
#include "corrections/correction.h"
#include "corrections/correction_factory.h"
#include "gnss/gnss_stations.h"
#include "io/gacos_reader.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "io/stack_reader.h"
#include "scenarios/scenario.h"
#include "synthesis/los_geometry.h"
#include "synthesis/mogi.h"
#include "synthesis/okada.h"
#include "test_support.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <numeric>
#include <sstream>

using namespace insar;
using namespace insar::scenarios;
namespace fs = std::filesystem;

namespace {

constexpr int kSize = 48;
constexpr double kEarthRadiusKm = 6371.0088;

Scenario ontake(std::uint64_t seed, double scale = 1.0, int threads = 0, int size = kSize)
{
    NullProgress progress;
    ScenarioOptions options;
    options.seed = seed;
    options.size = size;
    options.atmosphereScale = scale;
    options.threads = threads;
    return makeOntake(options, progress);
}

Scenario laquila(std::uint64_t seed, double scale = 1.0, int threads = 0, int size = kSize)
{
    NullProgress progress;
    ScenarioOptions options;
    options.seed = seed;
    options.size = size;
    options.atmosphereScale = scale;
    options.threads = threads;
    return makeLaquila(options, progress);
}

int dateIndex(const Scenario& s, const Date& d)
{
    return int(std::find(s.dates.begin(), s.dates.end(), d) - s.dates.begin());
}

/// Number of connected components of the network (union-find over the pairs).
int components(const Scenario& s)
{
    std::vector<int> parent(s.dates.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[std::size_t(x)] != x)
            x = parent[std::size_t(x)] = parent[std::size_t(parent[std::size_t(x)])];
        return x;
    };
    for (const auto& [a, b] : s.pairs)
        parent[std::size_t(find(dateIndex(s, a)))] = find(dateIndex(s, b));
    int count = 0;
    for (std::size_t i = 0; i < parent.size(); ++i)
        count += find(int(i)) == int(i) ? 1 : 0;
    return count;
}

double populationStd(const std::vector<double>& v)
{
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    double ss = 0.0;
    for (double x : v)
        ss += (x - mean) * (x - mean);
    return std::sqrt(ss / double(v.size()));
}

/// Pixel (row, col) whose centre is nearest (lon, lat).
std::pair<int, int> pixelOf(const Raster& r, double lon, double lat)
{
    double col = 0.0, row = 0.0;
    r.geoTransform.geoToPixel(lon, lat, col, row);
    return {int(std::floor(row)), int(std::floor(col))};
}

std::string readText(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool sameValues(const Raster& a, const Raster& b)
{
    return a.width() == b.width() && a.height() == b.height() &&
           std::equal(a.values().begin(), a.values().end(), b.values().begin(),
                      [](float x, float y) { return std::memcmp(&x, &y, sizeof x) == 0; });
}

} // namespace

class TstScenarios : public QObject {
    Q_OBJECT

private slots:
    void ontakeDatesAndNetwork();
    void ontakeTruthIsTheMogiFormula();
    void ontakeTerrainPeaksAtTheSummit();
    void noiseFreeInterferogramsAreDeformationDifferences_data();
    void noiseFreeInterferogramsAreDeformationDifferences();
    void interferogramIsDeformationPlusDelayDifference();
    void gacosWithTrueDelaysRemovesTheStratifiedPart();
    void atmosphereIsRealisticAndGacosImperfect();
    void laquilaGeometryTruthAndStations();
    void sameSeedSameResultAnyThreads();
    void writeScenarioFilesRoundTrip();
    void writeScenarioIsDeterministicBytes();
    void writeScenarioRefusesABusyFolder();
    void cancelLeavesNothing();
    void badOptionsAreClearErrors();
};

void TstScenarios::ontakeDatesAndNetwork()
{
    const Scenario s = ontake(3);
    QCOMPARE(s.name, std::string("ontake"));
    QVERIFY(s.description.rfind("Synthetic", 0) == 0);
    QCOMPARE(s.dates.size(), std::size_t(15));
    QVERIFY(std::is_sorted(s.dates.begin(), s.dates.end()));
    QCOMPARE(s.dates.front().year, 2014);
    QCOMPARE(s.dates.front().month, 10);
    QCOMPARE(s.dates.back().year, 2017);
    QCOMPARE(s.dates.back().month, 10);
    std::vector<long> gaps;
    for (std::size_t i = 1; i < s.dates.size(); ++i) {
        const long gap = s.dates[i].daysSinceEpoch() - s.dates[i - 1].daysSinceEpoch();
        QCOMPARE(gap % 14, 0L); // ALOS-2 repeat cycle
        gaps.push_back(gap);
    }
    QVERIFY(*std::min_element(gaps.begin(), gaps.end()) < *std::max_element(gaps.begin(), gaps.end()));

    QVERIFY(s.pairs.size() >= 35 && s.pairs.size() <= 40);
    QCOMPARE(s.interferograms.size(), s.pairs.size());
    QCOMPARE(components(s), 1);
    for (std::size_t i = 0; i + 2 < s.dates.size(); ++i) {
        const auto followers = std::count_if(s.pairs.begin(), s.pairs.end(),
                                             [&](const auto& p) { return p.first == s.dates[i]; });
        QVERIFY(followers >= 2 && followers <= 3);
    }
    for (std::size_t p = 0; p < s.pairs.size(); ++p) {
        const Raster& ifg = s.interferograms[p];
        QVERIFY(s.pairs[p].first < s.pairs[p].second);
        QCOMPARE(ifg.width(), kSize);
        QCOMPARE(ifg.height(), kSize);
        QCOMPARE(ifg.metadata.units, Units::Metres);
        QCOMPARE(*ifg.metadata.date1, s.pairs[p].first);
        QCOMPARE(*ifg.metadata.date2, s.pairs[p].second);
        INSAR_FUZZY_COMPARE(*ifg.metadata.wavelengthM, 0.2384, 1e-3, 0.0);
        QCOMPARE(*ifg.metadata.incidenceDeg, s.incidenceDeg);
        QCOMPARE(*ifg.metadata.headingDeg, s.headingDeg);
        QVERIFY(ifg.geoTransform.valid);
        QVERIFY(!ifg.crsWkt.empty());
    }
    QCOMPARE(s.zenithDelays.size(), s.dates.size());
    QCOMPARE(s.trueZenithDelays.size(), s.dates.size());
    QCOMPARE(s.displacement.size(), s.dates.size());
    QVERIFY(s.stations.empty());
}

void TstScenarios::ontakeTruthIsTheMogiFormula()
{
    const Scenario s = ontake(3);
    QCOMPARE(s.truthName, std::string("velocity_mm_per_yr"));
    // Straight above a Mogi source only uz remains (docs/physics.md §2.1):
    // uz = (1 - nu) dV / (pi d^2), LOS = uz cos(inc). Source: 4 km deep, -2.5e6 m^3/yr, nu = 0.25.
    const double uz = 0.75 * -2.5e6 / (kPi * 4000.0 * 4000.0);
    const double expected = metresToMm(uz * std::cos(s.incidenceDeg * kPi / 180.0));
    INSAR_FUZZY_COMPARE(s.truthAtPoint, expected, 1e-9, 0.0);
    QVERIFY(expected < -20.0 && expected > -50.0); // "a few cm/yr" of deflation
    INSAR_FUZZY_COMPARE(s.pointLat, 35.89278, 0.0, 1e-9);
    INSAR_FUZZY_COMPARE(s.pointLon, 137.48028, 0.0, 1e-9);

    // The truth raster at the summit pixel, and at an off-centre pixel against the formula with the
    // horizontal terms (docs/physics.md §2.1, §2.3).
    const auto [r0, c0] = pixelOf(s.truth, s.pointLon, s.pointLat);
    QCOMPARE(r0, kSize / 2);
    QCOMPARE(c0, kSize / 2);
    INSAR_FUZZY_COMPARE(s.truth.at(r0, c0), expected, 1e-6, 0.0);
    const int r = 7, c = 40;
    double lon = 0.0, lat = 0.0;
    s.truth.geoTransform.pixelToGeo(c + 0.5, r + 0.5, lon, lat);
    const double kmPerDeg = kPi / 180.0 * kEarthRadiusKm;
    const double eastM = (lon - s.pointLon) * kmPerDeg * std::cos(s.pointLat * kPi / 180.0) * 1000.0;
    const double northM = (lat - s.pointLat) * kmPerDeg * 1000.0;
    const double d = 4000.0;
    const double big = std::pow(eastM * eastM + northM * northM + d * d, 1.5);
    const double k = 0.75 * -2.5e6 / kPi / big;
    const double inc = s.incidenceDeg * kPi / 180.0, head = s.headingDeg * kPi / 180.0;
    const double los = -k * eastM * std::sin(inc) * std::cos(head) +
                       k * northM * std::sin(inc) * std::sin(head) + k * d * std::cos(inc);
    INSAR_FUZZY_COMPARE(s.truth.at(r, c), metresToMm(los), 1e-5, 1e-6);
    QVERIFY(std::abs(s.truth.at(r, c)) < std::abs(expected)); // decays away from the summit
}

void TstScenarios::ontakeTerrainPeaksAtTheSummit()
{
    const Scenario s = ontake(5, 1.0, 0, 96);
    const auto [r0, c0] = pixelOf(s.dem, s.pointLon, s.pointLat);
    INSAR_FUZZY_COMPARE(s.dem.at(r0, c0), 3067.0, 0.0, 0.5);
    const auto stats = s.dem.stats();
    QVERIFY(stats.max <= 3067.5);
    QVERIFY(stats.min > 0.0);
    QVERIFY(stats.max - stats.min > 1000.0); // steep relief, so the stratified delay matters
    QCOMPARE(s.dem.metadata.units, Units::Metres);
}

void TstScenarios::noiseFreeInterferogramsAreDeformationDifferences_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("ontake") << "ontake";
    QTest::addRow("laquila") << "laquila";
}

void TstScenarios::noiseFreeInterferogramsAreDeformationDifferences()
{
    QFETCH(QString, name);
    NullProgress progress;
    ScenarioOptions options;
    options.seed = 11;
    options.size = kSize;
    options.atmosphereScale = 0.0;
    const Scenario s = makeScenario(name.toStdString(), options, progress);
    for (std::size_t p = 0; p < s.pairs.size(); ++p) {
        const Raster& a = s.displacement[std::size_t(dateIndex(s, s.pairs[p].first))];
        const Raster& b = s.displacement[std::size_t(dateIndex(s, s.pairs[p].second))];
        const Raster& ifg = s.interferograms[p];
        for (std::size_t k = 0; k < ifg.size(); ++k)
            QCOMPARE(ifg.values()[k], float(double(b.values()[k]) - double(a.values()[k])));
        // ... and the difference is the truth: velocity x time (Ontake) or the coseismic map (L'Aquila).
        const double years =
            double(s.pairs[p].second.daysSinceEpoch() - s.pairs[p].first.daysSinceEpoch()) / 365.25;
        for (std::size_t k = 0; k < ifg.size(); k += 97) {
            const double expectedMm = s.name == "ontake" ? s.truth.values()[k] * years : s.truth.values()[k];
            INSAR_FUZZY_COMPARE(metresToMm(ifg.values()[k]), expectedMm, 1e-5, 1e-5);
        }
    }
    for (const Raster& z : s.zenithDelays)
        QCOMPARE(z.stats().max - z.stats().min, 0.0);
}

void TstScenarios::interferogramIsDeformationPlusDelayDifference()
{
    const Scenario s = ontake(21);
    const double cosInc = std::cos(s.incidenceDeg * kPi / 180.0);
    for (std::size_t p = 0; p < s.pairs.size(); ++p) {
        const auto a = std::size_t(dateIndex(s, s.pairs[p].first));
        const auto b = std::size_t(dateIndex(s, s.pairs[p].second));
        const Raster& ifg = s.interferograms[p];
        for (std::size_t k = 0; k < ifg.size(); k += 13) {
            const double expected =
                double(s.displacement[b].values()[k]) - s.displacement[a].values()[k] -
                (double(s.trueZenithDelays[b].values()[k]) - s.trueZenithDelays[a].values()[k]) / cosInc +
                (double(s.otherNoise[b].values()[k]) - s.otherNoise[a].values()[k]);
            INSAR_FUZZY_COMPARE(ifg.values()[k], expected, 1e-6, 1e-9);
        }
    }
}

void TstScenarios::gacosWithTrueDelaysRemovesTheStratifiedPart()
{
    const Scenario s = ontake(21);
    test::TempDir tmp;
    for (std::size_t i = 0; i < s.dates.size(); ++i)
        io::writeGeoTiff(s.trueZenithDelays[i], tmp.file(s.dates[i].toCompact() + ".ztd.tif"));
    const auto gacos = corrections::makeCorrection("gacos");
    corrections::CorrectionContext ctx;
    ctx.gacosDir = tmp.path();
    ctx.reference = corrections::ReferencePoint::pixel(5, 5);
    NullProgress progress;
    double largestStratifiedMm = 0.0;
    for (std::size_t p = 0; p < s.pairs.size(); p += 4) {
        const auto a = std::size_t(dateIndex(s, s.pairs[p].first));
        const auto b = std::size_t(dateIndex(s, s.pairs[p].second));
        const Raster& ifg = s.interferograms[p];
        const corrections::CorrectionResult result = gacos->apply(ifg, ctx, progress);
        // What must remain: deformation + turbulence + ramp, up to the reference constant.
        std::vector<double> before, after;
        for (std::size_t k = 0; k < ifg.size(); ++k) {
            const double kept = double(s.displacement[b].values()[k]) - s.displacement[a].values()[k] +
                                double(s.otherNoise[b].values()[k]) - s.otherNoise[a].values()[k];
            before.push_back(double(ifg.values()[k]) - kept);
            after.push_back(double(result.corrected.values()[k]) - kept);
        }
        largestStratifiedMm = std::max(largestStratifiedMm, metresToMm(populationStd(before)));
        QVERIFY2(metresToMm(populationStd(after)) < 1e-3, qPrintable(QString::number(populationStd(after))));
    }
    QVERIFY(largestStratifiedMm > 1.0); // the stratified part was there to remove
}

void TstScenarios::atmosphereIsRealisticAndGacosImperfect()
{
    const Scenario s = ontake(8);
    const double cosInc = std::cos(s.incidenceDeg * kPi / 180.0);
    std::vector<double> noiseStdMm;
    double modelErrorMm = 0.0;
    std::size_t improved = 0;
    for (std::size_t p = 0; p < s.pairs.size(); ++p) {
        const auto a = std::size_t(dateIndex(s, s.pairs[p].first));
        const auto b = std::size_t(dateIndex(s, s.pairs[p].second));
        std::vector<double> noise, gacosError, afterGacos;
        for (std::size_t k = 0; k < s.interferograms[p].size(); ++k) {
            noise.push_back(double(s.interferograms[p].values()[k]) - s.displacement[b].values()[k] +
                            s.displacement[a].values()[k]);
            const double trueModel =
                -(double(s.trueZenithDelays[b].values()[k]) - s.trueZenithDelays[a].values()[k]) / cosInc;
            const double gacosModel =
                -(double(s.zenithDelays[b].values()[k]) - s.zenithDelays[a].values()[k]) / cosInc;
            gacosError.push_back(gacosModel - trueModel);
            afterGacos.push_back(noise.back() - gacosModel);
        }
        improved += populationStd(afterGacos) < populationStd(noise) ? 1 : 0;
        noiseStdMm.push_back(metresToMm(populationStd(noise)));
        modelErrorMm = std::max(modelErrorMm, metresToMm(populationStd(gacosError)));
    }
    std::sort(noiseStdMm.begin(), noiseStdMm.end());
    const double median = noiseStdMm[noiseStdMm.size() / 2];
    // L-band interferograms over steep relief: millimetres to a few centimetres of LOS noise.
    QVERIFY2(median > 2.0 && median < 60.0, qPrintable(QString::number(median)));
    QVERIFY(modelErrorMm > 0.1);  // the GACOS-like maps are not the truth ...
    QVERIFY(modelErrorMm < 50.0); // ... but close to it: subtracting them lowers the noise of most
    QVERIFY2(2 * improved > s.pairs.size(), qPrintable(QString::number(improved)));
}

void TstScenarios::laquilaGeometryTruthAndStations()
{
    const Scenario s = laquila(4);
    QCOMPARE(s.dates.size(), std::size_t(2));
    QCOMPARE(s.dates[0], (Date{2008, 7, 20}));
    QCOMPARE(s.dates[1], (Date{2009, 4, 22}));
    QCOMPARE(s.pairs.size(), std::size_t(1));
    INSAR_FUZZY_COMPARE(s.wavelengthM, 0.2361, 1e-3, 0.0);
    QCOMPARE(s.incidenceDeg, 38.7);
    QCOMPARE(s.headingDeg, -14.0);
    QCOMPARE(s.truthName, std::string("coseismic_los_mm"));
    // The grid covers 42.1-42.6 N, 13.1-13.8 E.
    const auto& gt = s.truth.geoTransform.c;
    INSAR_FUZZY_COMPARE(gt[0], 13.1, 0.0, 1e-9);
    INSAR_FUZZY_COMPARE(gt[0] + kSize * gt[1], 13.8, 0.0, 1e-9);
    INSAR_FUZZY_COMPARE(gt[3], 42.6, 0.0, 1e-9);
    INSAR_FUZZY_COMPARE(gt[3] + kSize * gt[5], 42.1, 0.0, 1e-9);
    const auto dem = s.dem.stats();
    INSAR_FUZZY_COMPARE(dem.min, 600.0, 0.0, 0.01);
    INSAR_FUZZY_COMPARE(dem.max, 2500.0, 0.0, 0.01);

    // Truth at AQUI against the published fault through Okada (docs/physics.md §6.1), computed here
    // in the scene's local frame (origin at the scene centre).
    synthesis::OkadaFault f;
    const double kmPerDeg = kPi / 180.0 * kEarthRadiusKm;
    const double kmPerDegLon = kmPerDeg * std::cos(42.35 * kPi / 180.0);
    auto east = [&](double lon) { return (lon - 13.45) * kmPerDegLon; };
    auto north = [&](double lat) { return (lat - 42.35) * kmPerDeg; };
    f.eastKm = east(13.4801);
    f.northKm = north(42.3398);
    f.topDepthKm = 2.927;
    f.strikeDeg = 144.49;
    f.dipDeg = 54.80;
    f.rakeDeg = -114.58;
    f.lengthKm = 12.22;
    f.widthKm = 9.35;
    f.slipM = 0.576;
    const auto los = synthesis::losUnitVector(38.7, -14.0);
    auto truthMm = [&](double lon, double lat) {
        return metresToMm(
            synthesis::projectToLos(synthesis::okadaDisplacement(f, east(lon), north(lat)), los));
    };
    INSAR_FUZZY_COMPARE(s.pointLon, 13.350247, 0.0, 1e-9);
    INSAR_FUZZY_COMPARE(s.pointLat, 42.368239, 0.0, 1e-9);
    INSAR_FUZZY_COMPARE(s.truthAtPoint, truthMm(s.pointLon, s.pointLat), 1e-9, 1e-9);
    // A normal fault: the hanging wall subsides by decimetres.
    const auto truthStats = s.truth.stats();
    QVERIFY2(truthStats.min < -80.0 && truthStats.min > -400.0, qPrintable(QString::number(truthStats.min)));

    QCOMPARE(s.referenceStation, std::string("SELL"));
    QCOMPARE(s.stations.size(), std::size_t(8));
    QStringList names;
    double worstZ = 0.0, sumSq = 0.0;
    for (const gnss::Station& st : s.stations) {
        names << QString::fromStdString(st.name);
        QVERIFY(st.lon > 13.1 && st.lon < 13.8 && st.lat > 42.1 && st.lat < 42.6);
        QCOMPARE(st.isVirtual, st.name != "AQUI");
        QVERIFY(st.sigmaMm && *st.sigmaMm >= 2.0 && *st.sigmaMm <= 3.0);
        const double z = (*st.losMm - truthMm(st.lon, st.lat)) / *st.sigmaMm;
        worstZ = std::max(worstZ, std::abs(z));
        sumSq += z * z;
        if (st.name == "SELL")
            QVERIFY(std::abs(truthMm(st.lon, st.lat)) < 1.0); // far from the fault
        if (st.name == "AQUI") {
            QCOMPARE(st.lon, 13.350247);
            QCOMPARE(st.lat, 42.368239);
        }
    }
    names.sort();
    QCOMPARE(names, QStringList({"AQUI", "CADO", "CPAG", "INFN", "INGP", "ROIO", "SELL", "SMCO"}));
    QVERIFY(worstZ < 5.0);
    QVERIFY(sumSq > 0.0); // noise was added
    QVERIFY(s.description.find("VIRTUAL") != std::string::npos);
}

void TstScenarios::sameSeedSameResultAnyThreads()
{
    const Scenario a = ontake(42, 1.0, 1);
    const Scenario b = ontake(42, 1.0, 2);
    const Scenario c = ontake(43, 1.0, 2);
    QVERIFY(sameValues(a.dem, b.dem));
    QCOMPARE(a.parametersJson, b.parametersJson);
    for (std::size_t p = 0; p < a.interferograms.size(); ++p)
        QVERIFY(sameValues(a.interferograms[p], b.interferograms[p]));
    for (std::size_t i = 0; i < a.dates.size(); ++i)
        QVERIFY(sameValues(a.zenithDelays[i], b.zenithDelays[i]));
    QVERIFY(!sameValues(a.dem, c.dem));
    QVERIFY(!sameValues(a.interferograms[0], c.interferograms[0]));
    QVERIFY(!sameValues(a.zenithDelays[0], c.zenithDelays[0]));
    QVERIFY(sameValues(a.truth, c.truth)); // the truth is the source's, not the seed's

    const Scenario la = laquila(42, 1.0, 1);
    const Scenario lb = laquila(42, 1.0, 2);
    const Scenario lc = laquila(43, 1.0, 1);
    QVERIFY(sameValues(la.interferograms[0], lb.interferograms[0]));
    QCOMPARE(*la.stations[3].losMm, *lb.stations[3].losMm);
    QVERIFY(*la.stations[3].losMm != *lc.stations[3].losMm);
}

void TstScenarios::writeScenarioFilesRoundTrip()
{
    const Scenario s = laquila(9, 1.0, 0, 32);
    test::TempDir tmp;
    const fs::path dir = tmp.file("laquila");
    ScenarioOptions options;
    options.seed = 9;
    options.size = 32;
    writeScenario(s, options, dir);

    // ifgs.csv lists the interferogram with paths relative to the folder.
    const std::string list = readText(dir / "ifgs.csv");
    QCOMPARE(
        list,
        std::string("date1,date2,file\n20080720,20090422,interferograms/20080720_20090422.geo.disp.tif\n"));
    const io::StackList stackList = io::readInterferogramList(dir / "ifgs.csv");
    QCOMPARE(stackList.entries.size(), std::size_t(1));
    QCOMPARE(stackList.entries[0].date1, s.dates[0]);
    QCOMPARE(*stackList.entries[0].date2, s.dates[1]);
    QVERIFY(fs::equivalent(stackList.entries[0].file, dir / "interferograms/20080720_20090422.geo.disp.tif"));
    const Raster ifg = io::readRaster(dir / "interferograms/20080720_20090422.geo.disp.tif");
    QCOMPARE(ifg.metadata.units, Units::Metres);
    QCOMPARE(*ifg.metadata.date1, s.dates[0]);
    QCOMPARE(*ifg.metadata.date2, s.dates[1]);
    INSAR_FUZZY_COMPARE(*ifg.metadata.wavelengthM, s.wavelengthM, 1e-12, 0.0);
    INSAR_FUZZY_COMPARE(*ifg.metadata.incidenceDeg, 38.7, 1e-12, 0.0);
    INSAR_FUZZY_COMPARE(*ifg.metadata.headingDeg, -14.0, 1e-12, 0.0);
    QVERIFY(sameValues(ifg, s.interferograms[0]));
    for (int k = 0; k < 6; ++k)
        INSAR_FUZZY_COMPARE(ifg.geoTransform.c[std::size_t(k)],
                            s.interferograms[0].geoTransform.c[std::size_t(k)], 1e-12, 1e-12);

    for (std::size_t i = 0; i < s.dates.size(); ++i)
        QVERIFY(sameValues(io::readGacosDate(dir / "gacos", s.dates[i]), s.zenithDelays[i]));
    QVERIFY(sameValues(io::readRaster(dir / "dem.tif"), s.dem));
    const Raster truth = io::readRaster(dir / "truth.tif");
    QVERIFY(sameValues(truth, s.truth));
    QCOMPARE(truth.metadata.units, Units::Millimetres);

    const std::vector<gnss::Station> stations = gnss::readStations(dir / "stations.csv");
    QCOMPARE(stations.size(), s.stations.size());
    for (std::size_t i = 0; i < stations.size(); ++i) {
        QCOMPARE(stations[i].name, s.stations[i].name);
        INSAR_FUZZY_COMPARE(stations[i].lon, s.stations[i].lon, 0.0, 1e-6);
        INSAR_FUZZY_COMPARE(stations[i].lat, s.stations[i].lat, 0.0, 1e-6);
        INSAR_FUZZY_COMPARE(*stations[i].losMm, *s.stations[i].losMm, 0.0, 1e-4);
        INSAR_FUZZY_COMPARE(*stations[i].sigmaMm, *s.stations[i].sigmaMm, 0.0, 1e-4);
        QCOMPARE(stations[i].isVirtual, s.stations[i].isVirtual);
    }

    const auto json = nlohmann::json::parse(readText(dir / "scenario.json"));
    QCOMPARE(json.at("name").get<std::string>(), std::string("laquila"));
    QCOMPARE(json.at("synthetic").get<bool>(), true);
    QCOMPARE(json.at("seed").get<std::uint64_t>(), std::uint64_t(9));
    QCOMPARE(json.at("reference_station").get<std::string>(), std::string("SELL"));
    INSAR_FUZZY_COMPARE(json.at("truth_at_point").get<double>(), s.truthAtPoint, 1e-12, 0.0);
    QCOMPARE(json.at("parameters").at("dates").size(), std::size_t(2));
    QCOMPARE(json.at("parameters").at("source").at("slip_m").get<double>(), 0.576);

    // Nothing else is left in the parent folder (no staging folder).
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path()))
        ++entries;
    QCOMPARE(entries, 1);
}

void TstScenarios::writeScenarioIsDeterministicBytes()
{
    test::TempDir tmp;
    ScenarioOptions options;
    options.seed = 5;
    options.size = 32;
    writeScenario(ontake(5, 1.0, 1, 32), options, tmp.file("a"));
    writeScenario(ontake(5, 1.0, 2, 32), options, tmp.file("b"));
    writeScenario(ontake(6, 1.0, 2, 32), options, tmp.file("c"));
    const std::string ifg = "interferograms/20141009_20141204.geo.disp.tif";
    QVERIFY(!readText(tmp.file("a") / ifg).empty());
    QCOMPARE(readText(tmp.file("a") / ifg), readText(tmp.file("b") / ifg));
    QCOMPARE(readText(tmp.file("a") / "scenario.json"), readText(tmp.file("b") / "scenario.json"));
    QVERIFY(readText(tmp.file("a") / ifg) != readText(tmp.file("c") / ifg));
    QVERIFY(!fs::exists(tmp.file("a") / "stations.csv")); // Ontake has no GNSS sites
    // The whole stack reads back on one grid, in the scenario's pair order.
    NullProgress progress;
    const io::Stack stack = io::readStack(io::readInterferogramList(tmp.file("a") / "ifgs.csv"), progress);
    QCOMPARE(stack.maps.size(), std::size_t(39));
    const Scenario again = ontake(5, 1.0, 1, 32);
    for (std::size_t p = 0; p < stack.maps.size(); ++p) {
        QCOMPARE(stack.list.entries[p].date1, again.pairs[p].first);
        QVERIFY(sameValues(stack.maps[p], again.interferograms[p]));
    }
    const std::string list = readText(tmp.file("a") / "ifgs.csv");
    QCOMPARE(std::count(list.begin(), list.end(), '\n'), std::ptrdiff_t(1 + 39));
}

void TstScenarios::writeScenarioRefusesABusyFolder()
{
    const Scenario s = laquila(1, 1.0, 0, 16);
    test::TempDir tmp;
    fs::create_directories(tmp.file("busy"));
    {
        std::ofstream(tmp.file("busy") / "keep.txt") << "mine";
    }
    try {
        writeScenario(s, {}, tmp.file("busy"));
        QFAIL("a non-empty folder was accepted");
    } catch (const Error& e) {
        QVERIFY(QString(e.what()).contains("not empty"));
        QVERIFY(QString(e.what()).contains("busy"));
    }
    QCOMPARE(readText(tmp.file("busy") / "keep.txt"), std::string("mine"));
    {
        std::ofstream(tmp.file("plain")) << "x";
    }
    QVERIFY_THROWS_EXCEPTION(Error, writeScenario(s, {}, tmp.file("plain")));
    // An existing empty folder is fine.
    fs::create_directories(tmp.file("empty"));
    writeScenario(s, {}, tmp.file("empty"));
    QVERIFY(fs::exists(tmp.file("empty") / "scenario.json"));
}

void TstScenarios::cancelLeavesNothing()
{
    ScenarioOptions options;
    options.size = 32;
    CallbackProgress cancelled;
    cancelled.cancel();
    QVERIFY_THROWS_EXCEPTION(CancelledError, makeOntake(options, cancelled));
    QVERIFY_THROWS_EXCEPTION(CancelledError, makeLaquila(options, cancelled));

    const Scenario s = ontake(2, 1.0, 0, 32);
    test::TempDir tmp;
    int calls = 0;
    CallbackProgress progress([&](double) {
        if (++calls == 5)
            progress.cancel();
    });
    QVERIFY_THROWS_EXCEPTION(CancelledError, writeScenario(s, options, tmp.file("out"), progress));
    QVERIFY(fs::is_empty(tmp.path()));
}

void TstScenarios::badOptionsAreClearErrors()
{
    NullProgress progress;
    try {
        (void)makeScenario("etna", {}, progress);
        QFAIL("an unknown scenario was accepted");
    } catch (const Error& e) {
        QVERIFY(QString(e.what()).contains("etna"));
        QVERIFY(QString(e.what()).contains("ontake, laquila"));
    }
    ScenarioOptions small;
    small.size = 8;
    QVERIFY_THROWS_EXCEPTION(Error, makeOntake(small, progress));
    ScenarioOptions negative;
    negative.size = 16;
    negative.atmosphereScale = -1.0;
    QVERIFY_THROWS_EXCEPTION(Error, makeLaquila(negative, progress));
}

QTEST_GUILESS_MAIN(TstScenarios)
#include "tst_scenarios.moc"
