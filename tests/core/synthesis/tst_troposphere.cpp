// Stratified delay: Saastamoinen and Askne-Nordius test values (docs/physics.md §4.2-4.3), UNB3m
// (§4.8) sanity, the ITD fit, zero delay for equal epochs, magnitude per km of relief.
#include "synthesis/sample_generator.h"
#include "synthesis/troposphere.h"
#include "test_support.h"

#include <QtTest>

#include <algorithm>
#include <vector>

using namespace insar;
using namespace insar::synthesis;

class TstTroposphere : public QObject {
    Q_OBJECT
private slots:
    void saastamoinen_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("h");
        QTest::addColumn<double>("zhd");
        QTest::addRow("sea level 45") << 1013.25 << 45.0 << 0.0 << 2.3069676;
        QTest::addRow("sea level equator") << 1013.25 << 0.0 << 0.0 << 2.3131205;
        QTest::addRow("900 hPa 1000 m") << 900.0 << 42.35 << 1000.0 << 2.0501978;
        QTest::addRow("HGPT2 example") << 1020.262 << 38.5519 << 25.0 << 2.3243287;
    }
    void saastamoinen()
    {
        QFETCH(double, p);
        QFETCH(double, lat);
        QFETCH(double, h);
        QFETCH(double, zhd);
        INSAR_FUZZY_COMPARE(saastamoinenZhdM(p, lat, h), zhd, 1e-7, 0.0);
    }
    void askneNordius()
    {
        INSAR_FUZZY_COMPARE(askneNordiusZwdM(10.9621, 273.8720, 2.8071), 0.117595, 1e-5, 0.0);
    }
    void unb3mTable()
    {
        // 15 deg row has no seasonal amplitude; at 45 deg on day 28 the cosine is 1 (avg - amp).
        const SurfaceWeather a = unb3mClimatology(10.0, 200.0);
        INSAR_FUZZY_COMPARE(a.pressureHpa, 1013.25, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(a.temperatureK, 299.65, 1e-12, 0.0);
        const SurfaceWeather b = unb3mClimatology(45.0, 28.0);
        INSAR_FUZZY_COMPARE(b.pressureHpa, 1015.75 + 2.25, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(b.temperatureK, 283.15 - 11.0, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(b.lapseRateKPerM, (5.58 - 0.32) / 1000.0, 1e-12, 0.0);
        // Linear in latitude between rows; southern hemisphere half a year later.
        const SurfaceWeather c = unb3mClimatology(37.5, 28.0);
        INSAR_FUZZY_COMPARE(c.temperatureK, 0.5 * ((294.15 - 7.0) + (283.15 - 11.0)), 1e-12, 0.0);
        const SurfaceWeather d = unb3mClimatology(-45.0, 28.0 + 182.625);
        INSAR_FUZZY_COMPARE(d.temperatureK, b.temperatureK, 1e-12, 0.0);
        // Summer is warmer than winter in the north.
        QVERIFY(unb3mClimatology(45.0, 200.0).temperatureK > b.temperatureK + 15.0);
    }
    void unb3mHeightModel()
    {
        const SurfaceWeather w = unb3mClimatology(35.0, 120.0);
        const WeatherAtHeight h0 = unb3mAtHeight(w, 35.0, 0.0);
        INSAR_FUZZY_COMPARE(h0.pressureHpa, w.pressureHpa, 1e-12, 0.0);
        const WeatherAtHeight h3 = unb3mAtHeight(w, 35.0, 3000.0);
        INSAR_FUZZY_COMPARE(h3.temperatureK, w.temperatureK - 3000.0 * w.lapseRateKPerM, 1e-12, 0.0);
        // ~700 hPa at 3 km, vapour falls faster than pressure, Tm below T.
        QVERIFY(h3.pressureHpa > 680.0 && h3.pressureHpa < 730.0);
        QVERIFY(h3.vapourPressureHpa / h0.vapourPressureHpa < h3.pressureHpa / h0.pressureHpa);
        QVERIFY(h0.meanTemperatureK < h0.temperatureK && h0.meanTemperatureK > h0.temperatureK - 30.0);
        // Sea-level delays of the right size: ZHD ~2.3 m, ZWD 0.05-0.4 m.
        const double zhd = saastamoinenZhdM(h0.pressureHpa, 35.0, 0.0);
        const double zwd = askneNordiusZwdM(h0.vapourPressureHpa, h0.meanTemperatureK, w.vapourDecrease);
        QVERIFY(zhd > 2.25 && zhd < 2.35);
        QVERIFY(zwd > 0.05 && zwd < 0.4);
    }
    void itdFitReproducesProfile()
    {
        // The ITD form is an approximation of UNB3m's power-law height model: the zenith delay is
        // reproduced to < 0.6 %, and the epoch difference (what reaches the interferogram) to a
        // few percent of itself.
        SurfaceWeather w1 = unb3mClimatology(30.0, 200.0);
        SurfaceWeather w2 = unb3mClimatology(30.0, 20.0);
        w2.relHumidityPct -= 20.0;
        const ItdProfile p1 = fitItdProfile(w1, 30.0, 200.0, 4500.0);
        const ItdProfile p2 = fitItdProfile(w2, 30.0, 200.0, 4500.0);
        QVERIFY(p1.hydroBetaPerM > 1.0e-4 && p1.hydroBetaPerM < 1.6e-4); // scale height ~7-9 km
        QVERIFY(p1.wetBetaPerM > 2.5e-4 && p1.wetBetaPerM < 8e-4);       // ~1.2-4 km
        auto direct = [](const SurfaceWeather& w, double h) {
            const WeatherAtHeight a = unb3mAtHeight(w, 30.0, h);
            return saastamoinenZhdM(a.pressureHpa, 30.0, h) +
                   askneNordiusZwdM(a.vapourPressureHpa, a.meanTemperatureK, w.vapourDecrease);
        };
        const double d0 = direct(w2, 200.0) - direct(w1, 200.0);
        const double d1 = direct(w2, 4500.0) - direct(w1, 4500.0);
        for (double h : {200.0, 1500.0, 3000.0, 4500.0}) {
            INSAR_FUZZY_COMPARE(p1.zenithDelayM(h), direct(w1, h), 6e-3, 0.0);
            INSAR_FUZZY_COMPARE(p2.zenithDelayM(h), direct(w2, h), 6e-3, 0.0);
            // Relative delay between heights (the stratified signal), epoch difference.
            const double fitted =
                (p2.zenithDelayM(h) - p1.zenithDelayM(h)) - (p2.zenithDelayM(200.0) - p1.zenithDelayM(200.0));
            const double exact = (direct(w2, h) - direct(w1, h)) - d0;
            INSAR_FUZZY_COMPARE(fitted, exact, 0.0, 0.05 * std::abs(d1 - d0) + 2e-4);
        }
    }
    void equalEpochsGiveZero()
    {
        const SurfaceWeather w = unb3mClimatology(40.0, 90.0);
        const ItdProfile p = fitItdProfile(w, 40.0, 0.0, 3000.0);
        std::vector<float> dem{0.0f, 500.0f, 1200.0f, 3000.0f, 2999.5f, 17.0f};
        std::vector<float> out(dem.size(), 1.0f);
        stratifiedLos(dem.data(), dem.size(), p, p, 38.0, out.data());
        for (float v : out)
            QCOMPARE(v, 0.0f);
        std::vector<float> flat(16, 850.0f);
        std::vector<float> flatOut(16, 1.0f);
        stratifiedLos(flat.data(), flat.size(), p, p, 38.0, flatOut.data());
        for (float v : flatOut)
            QCOMPARE(v, 0.0f);
    }
    void signAndObliquity()
    {
        // More delay at epoch 2 (wetter) looks like motion away from the satellite: negative LOS,
        // scaled by 1/cos(incidence).
        SurfaceWeather dry = unb3mClimatology(30.0, 100.0);
        SurfaceWeather wet = dry;
        wet.relHumidityPct += 20.0;
        const ItdProfile p1 = fitItdProfile(dry, 30.0, 0.0, 2000.0);
        const ItdProfile p2 = fitItdProfile(wet, 30.0, 0.0, 2000.0);
        const float h = 0.0f;
        float at0 = 0.0f, at40 = 0.0f;
        stratifiedLos(&h, 1, p1, p2, 0.0, &at0);
        stratifiedLos(&h, 1, p1, p2, 40.0, &at40);
        QVERIFY(at0 < 0.0f);
        INSAR_FUZZY_COMPARE(at40, at0 / std::cos(40.0 * 3.14159265358979 / 180.0), 1e-5, 0.0);
        const float nan = NAN;
        float outNan = 0.0f;
        stratifiedLos(&nan, 1, p1, p2, 30.0, &outNan);
        QVERIFY(std::isnan(outNan));
    }
    // Through the sample generator: the stratified component against the DEM, per km of relief.
    // Documented range (docs/physics.md §4.4): typically 0.5-3 cm/km zenith, up to ~10+ cm/km in
    // strongly seasonal pairs; we require the median within 0.2-4 cm/km (LOS) and all below 20.
    void magnitudePerKmOfRelief()
    {
        SynthesisConfig c;
        c.sampleSize = 48;
        c.turbulenceStdM = {0.0, 0.0};
        c.rampPeakToPeakM = {0.0, 0.0};
        c.minSources = c.maxSources = 0;
        c.demReliefStdM = {300.0, 600.0};
        const SampleGenerator g(c);
        std::vector<double> perKm;
        for (std::uint64_t seed = 0; seed < 60; ++seed) {
            const Sample s = g.generate(seed);
            // Least-squares slope of stratified (m) against height (km).
            double sh = 0, ss = 0, shh = 0, shs = 0;
            const std::size_t n = s.dem.size();
            for (std::size_t k = 0; k < n; ++k) {
                const double h = s.dem.data()[k] / 1000.0;
                const double v = s.stratified.data()[k];
                sh += h;
                ss += v;
                shh += h * h;
                shs += h * v;
            }
            const double slope = (n * shs - sh * ss) / (n * shh - sh * sh);
            perKm.push_back(std::abs(slope) * 100.0); // cm per km
            // residual = components, input = reference + w * residual
            for (std::size_t k = 0; k < n; ++k)
                QCOMPARE(s.residual.data()[k], s.stratified.data()[k]);
        }
        std::sort(perKm.begin(), perKm.end());
        const double median = perKm[perKm.size() / 2];
        QVERIFY2(median > 0.2 && median < 4.0, qPrintable(QString("median %1 cm/km").arg(median)));
        QVERIFY2(perKm.back() < 20.0, qPrintable(QString("max %1 cm/km").arg(perKm.back())));
        qInfo("stratified LOS delay per km of relief: median %.2f cm/km, max %.2f cm/km", median,
              perKm.back());
    }
};

QTEST_GUILESS_MAIN(TstTroposphere)
#include "tst_troposphere.moc"
