// Sample generator: y = x + w e with w in range, components consistent, SNR definition,
// georeferencing, determinism, config JSON round trip, real-DEM windows, scenario draws.
#include "common/error.h"
#include "synthesis/rng.h"
#include "synthesis/sample_generator.h"
#include "synthesis/scenario.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>

using namespace insar;
using namespace insar::synthesis;

namespace {
SynthesisConfig small()
{
    SynthesisConfig c;
    c.sampleSize = 40;
    return c;
}
} // namespace

class TstSampleGenerator : public QObject {
    Q_OBJECT
private slots:
    void composition()
    {
        SynthesisConfig c = small();
        c.weight = {0.6, 1.2};
        const SampleGenerator g(c);
        double wMin = 10, wMax = -10;
        for (std::uint64_t seed = 0; seed < 40; ++seed) {
            const Sample s = g.generate(seed);
            QVERIFY(s.weight >= 0.6 && s.weight <= 1.2);
            wMin = std::min(wMin, s.weight);
            wMax = std::max(wMax, s.weight);
            const std::size_t n = s.input.size();
            QCOMPARE(n, std::size_t(40 * 40));
            double px = 0, pn = 0;
            for (const Raster* r :
                 {&s.reference, &s.turbulent, &s.stratified, &s.ramp, &s.residual, &s.dem}) {
                QCOMPARE(r->width(), 40);
                QCOMPARE(r->height(), 40);
            }
            for (std::size_t k = 0; k < n; ++k) {
                const float e = s.turbulent.data()[k] + s.stratified.data()[k] + s.ramp.data()[k];
                QCOMPARE(s.residual.data()[k], e);
                const float y = s.reference.data()[k] + static_cast<float>(s.weight) * e;
                QCOMPARE(s.input.data()[k], y);
                px += double(s.reference.data()[k]) * s.reference.data()[k];
                const double d = double(s.input.data()[k]) - s.reference.data()[k];
                pn += d * d;
            }
            INSAR_FUZZY_COMPARE(s.snr, px / pn, 1e-9, 0.0);
            QVERIFY(!s.paramsJson.empty());
            const auto p = nlohmann::json::parse(s.paramsJson);
            QCOMPARE(p.at("weight").get<double>(), s.weight);
            QVERIFY(p.at("sources").contains("okada") && p.at("sources").contains("mogi"));
        }
        QVERIFY(wMax - wMin > 0.3); // actually spread over the range
    }
    void rampAndTurbulenceWithinConfiguredRanges()
    {
        SynthesisConfig c = small();
        c.rampPeakToPeakM = {0.01, 0.02};
        c.turbulenceStdM = {0.004, 0.006};
        const SampleGenerator g(c);
        for (std::uint64_t seed = 100; seed < 120; ++seed) {
            const Sample s = g.generate(seed);
            const RasterStats r = s.ramp.stats();
            QVERIFY2(r.max - r.min >= 0.01 - 1e-6 && r.max - r.min <= 0.02 + 1e-6,
                     qPrintable(QString::number(r.max - r.min)));
            const RasterStats t = s.turbulent.stats();
            QVERIFY(t.std >= 0.004 * (1 - 1e-4) && t.std <= 0.006 * (1 + 1e-4));
        }
    }
    void georeferencing()
    {
        SynthesisConfig c = small();
        c.applyPreset(RegionPreset::Validation);
        const SampleGenerator g(c);
        const Sample s = g.generate(77);
        const double spacing = 5.5 / 3600.0;
        const GeoTransform& gt = s.input.geoTransform;
        QVERIFY(gt.valid);
        INSAR_FUZZY_COMPARE(gt.c[1], spacing, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(gt.c[5], -spacing, 1e-12, 0.0);
        QVERIFY(gt.c[0] >= -120.0 && gt.c[0] + 40 * spacing <= -100.0);
        QVERIFY(gt.c[3] <= 46.0 && gt.c[3] - 40 * spacing >= 37.0);
        QVERIFY(s.input.crsWkt.find("4326") != std::string::npos);
        QCOMPARE(s.input.metadata.units, Units::Metres);
        QVERIFY(s.input.metadata.wavelengthM.has_value());
        QVERIFY(s.centreLonDeg > -120.0 && s.centreLonDeg < -100.0);
        QCOMPARE(s.reference.geoTransform.c, gt.c);
    }
    void deterministic()
    {
        const SampleGenerator g(small());
        const Sample a = g.generate(42), b = g.generate(42), c = g.generate(43);
        QVERIFY(a.input.values() == b.input.values());
        QVERIFY(a.reference.values() == b.reference.values());
        QCOMPARE(a.paramsJson, b.paramsJson);
        QVERIFY(a.input.values() != c.input.values());
        QVERIFY(deriveSampleSeed(1, 0) != deriveSampleSeed(1, 1));
        QVERIFY(deriveSampleSeed(1, 0) != deriveSampleSeed(2, 0));
        QCOMPARE(deriveSampleSeed(1, 5), deriveSampleSeed(1, 5));
    }
    void presets()
    {
        QCOMPARE(regionForPreset(RegionPreset::Train), (RegionBox{54.0, 120.0, 26.0, 37.0}));
        QCOMPARE(regionForPreset(RegionPreset::Validation), (RegionBox{-120.0, -100.0, 37.0, 46.0}));
        QCOMPARE(regionForPreset(RegionPreset::Test), (RegionBox{70.0, 110.0, 40.0, 50.0}));
        QCOMPARE(parseRegionPreset("val"), std::optional(RegionPreset::Validation));
        QCOMPARE(parseRegionPreset("nope"), std::optional<RegionPreset>());
    }
    void configJsonRoundTrip()
    {
        SynthesisConfig c;
        c.applyPreset(RegionPreset::Test);
        c.sampleSize = 128;
        c.turbulenceStdM = {0.001, 0.03};
        c.sensor = Sensor::Sentinel1;
        c.normalisation = Normalisation::EightBit;
        c.maxSources = 5;
        c.deformationStride = 2;
        const SynthesisConfig d = SynthesisConfig::fromJson(nlohmann::json::parse(c.toJson().dump()));
        QCOMPARE(d.toJson(), c.toJson());
        QCOMPARE(d.region, c.region);
        QCOMPARE(d.sensor, Sensor::Sentinel1);
        QCOMPARE(d.normalisation, Normalisation::EightBit);
        // Missing keys keep defaults; wrong types and invalid values are readable errors.
        QCOMPARE(SynthesisConfig::fromJson(nlohmann::json::object()).sampleSize, 300);
        QVERIFY_THROWS_EXCEPTION(Error, SynthesisConfig::fromJson(nlohmann::json{{"sampleSize", "big"}}));
        QVERIFY_THROWS_EXCEPTION(Error, SynthesisConfig::fromJson(nlohmann::json{{"weight", {1.2, 0.6}}}));
        QVERIFY_THROWS_EXCEPTION(Error, SynthesisConfig::fromJson(nlohmann::json{{"regionPreset", "mars"}}));
        QVERIFY_THROWS_EXCEPTION(Error, SynthesisConfig::fromJson(nlohmann::json::array()));
        SynthesisConfig tiny;
        tiny.region = {10.0, 10.05, 40.0, 41.0}; // narrower than one sample
        QVERIFY_THROWS_EXCEPTION(Error, SampleGenerator{tiny});
    }
    void configRefusesUnknownKeysAndBadNumbers_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::addRow("typo") << R"({"sampleSise": 64})"
                              << "unknown key 'sampleSise'";
        QTest::addRow("nested typo") << R"({"region": {"lonMin": 1}})"
                                     << "unknown key 'region.lonMin'";
        QTest::addRow("fraction for an integer") << R"({"maxSources": 2.5})"
                                                 << "'maxSources' = 2.5 must be a whole";
        QTest::addRow("huge integer") << R"({"sampleSize": 1e10})"
                                      << "'sampleSize' = 10000000000.0 is out of range";
        QTest::addRow("integer out of its domain") << R"({"sampleSize": 100000})"
                                                   << "'sampleSize' = 100000 must be in";
        QTest::addRow("string for a number") << R"({"poissonRatio": "0.25"})"
                                             << "'poissonRatio' = \"0.25\" must be a number";
        QTest::addRow("range out of domain") << R"({"dipDeg": [10, 1e300]})"
                                             << "'dipDeg' = [10, 1e+300]";
        QTest::addRow("fraction out of domain") << R"({"okadaFraction": 1.5})"
                                                << "'okadaFraction' = 1.5 must be in [0, 1]";
    }
    void configRefusesUnknownKeysAndBadNumbers()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        try {
            SynthesisConfig::fromJson(nlohmann::json::parse(json.toStdString()));
            QFAIL("expected an error");
        } catch (const Error& e) {
            const std::string what = e.what();
            QVERIFY2(what.find(expected.toStdString()) != std::string::npos, what.c_str());
            QVERIFY2(what.find("type_error") == std::string::npos, what.c_str());
        }
    }
    void realDemWindows()
    {
        // A 1x1 degree tile at 30 arcsec with a west-east height gradient (1 m per column).
        Raster tile(120, 120);
        for (int i = 0; i < 120; ++i)
            for (int j = 0; j < 120; ++j)
                tile.at(i, j) = 1000.0f + static_cast<float>(j);
        tile.geoTransform.c = {100.0, 1.0 / 120.0, 0.0, 31.0, 0.0, -1.0 / 120.0};
        tile.geoTransform.valid = true;
        tile.sourcePath = "tile.tif";
        auto dem = std::make_shared<RasterDemSource>(std::vector<Raster>{tile});
        SynthesisConfig c = small(); // training region contains the tile
        SampleGenerator g(c);
        g.setDemSource(dem);
        const Sample s = g.generate(3);
        const double spacing = 5.5 / 3600.0;
        QVERIFY(s.dem.geoTransform.c[0] >= 100.0 && s.dem.geoTransform.c[0] + 40 * spacing <= 101.0);
        // The window samples the tile: heights follow the gradient (1 m per 30 arcsec).
        const double lon = s.dem.geoTransform.c[0] + 0.5 * spacing;
        INSAR_FUZZY_COMPARE(s.dem.at(0, 0), 1000.0 + (lon - 100.0) * 120.0 - 0.5, 0.0, 1e-3);
        QVERIFY(s.dem.at(0, 39) > s.dem.at(0, 0));
        // Outside the region: clear error.
        c.region = {0.0, 10.0, 0.0, 10.0};
        SampleGenerator h(c);
        h.setDemSource(dem);
        QVERIFY_THROWS_EXCEPTION(Error, h.generate(1));
        // A tile without a geotransform is rejected.
        Raster bad(10, 10);
        QVERIFY_THROWS_EXCEPTION(Error, RasterDemSource(std::vector<Raster>{bad}));
    }
    void scenarioDrawsInDocumentedRanges()
    {
        SynthesisConfig c;
        c.minSources = 1;
        c.maxSources = 3;
        int faults = 0, mogis = 0;
        for (std::uint64_t seed = 0; seed < 200; ++seed) {
            Rng rng(seed);
            const Scenario s = drawScenario(c, 50.0, 50.0, rng);
            const std::size_t n = s.faults.size() + s.mogis.size();
            QVERIFY(n >= 1 && n <= 3);
            for (const OkadaFault& f : s.faults) {
                QVERIFY(f.topDepthKm >= 0.5 && f.topDepthKm <= 10.0);
                QVERIFY(f.dipDeg >= 15.0 && f.dipDeg <= 90.0);
                QVERIFY(std::abs(f.eastKm) <= 15.0 && std::abs(f.northKm) <= 15.0);
                QVERIFY(f.topDepthKm + f.widthKm * std::sin(f.dipDeg * 3.14159265 / 180.0) <= 25.0 + 1e-6);
                QVERIFY(f.slipM >= 0.0 && f.slipM < 20.0);
                QVERIFY((f.slipM > 0.0) != (f.openingM > 0.0));
                ++faults;
            }
            for (const MogiSource& m : s.mogis) {
                QVERIFY(m.depthKm >= 1.0 && m.depthKm <= 10.0);
                QVERIFY(std::abs(m.dVolumeM3) >= 1e5 && std::abs(m.dVolumeM3) <= std::pow(10.0, 7.3));
                ++mogis;
            }
        }
        QVERIFY(faults > 100 && mogis > 50);
    }
    void interpolatedDeformationMatchesExact()
    {
        SynthesisConfig c;
        for (std::uint64_t seed = 0; seed < 8; ++seed) {
            Rng rng(seed);
            Scenario s = drawScenario(c, 40.0, 40.0, rng);
            std::vector<float> exact, fast;
            scenarioLos(s, 120, 120, 0.15, 0.17, 35.0, -12.0, 1, exact);
            scenarioLos(s, 120, 120, 0.15, 0.17, 35.0, -12.0, 4, fast);
            double peak = 0, err = 0;
            for (std::size_t k = 0; k < exact.size(); ++k) {
                peak = std::max(peak, double(std::abs(exact[k])));
                err = std::max(err, double(std::abs(exact[k] - fast[k])));
            }
            QVERIFY2(err <= 0.01 * peak,
                     qPrintable(QString("seed %1: %2 of %3").arg(seed).arg(err).arg(peak)));
        }
    }
};

QTEST_GUILESS_MAIN(TstSampleGenerator)
#include "tst_sample_generator.moc"
