// Noise components: turbulence spectrum slope and amplitude (docs/physics.md §3.1), ramps (§5),
// the fractal DEM, 8-bit normalisation round trip.
#include "common/error.h"
#include "synthesis/fractal_dem.h"
#include "synthesis/normalisation.h"
#include "synthesis/ramp.h"
#include "synthesis/rng.h"
#include "synthesis/turbulence.h"
#include "test_support.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace insar;
using namespace insar::synthesis;

namespace {
double stdOf(const std::vector<float>& v, double* meanOut = nullptr)
{
    double s = 0, ss = 0;
    for (float x : v)
        s += x;
    const double mean = s / v.size();
    for (float x : v)
        ss += (x - mean) * (x - mean);
    if (meanOut)
        *meanOut = mean;
    return std::sqrt(ss / v.size());
}
} // namespace

class TstNoise : public QObject {
    Q_OBJECT
private slots:
    // One regime: the radial 2-D PSD slope must be the 1-D slope + 1 (cut-plane rule) within 0.15.
    void turbulenceSlope_data()
    {
        QTest::addColumn<double>("slope1D");
        QTest::addRow("2/3 small scales") << 2.0 / 3.0;
        QTest::addRow("5/3 thin layer") << 5.0 / 3.0;
        QTest::addRow("8/3 Kolmogorov") << 8.0 / 3.0;
        QTest::addRow("2.2") << 2.2;
    }
    void turbulenceSlope()
    {
        QFETCH(double, slope1D);
        TurbulenceSpectrum s;
        s.slopeLarge = s.slopeMiddle = s.slopeSmall = slope1D;
        s.outerScaleKm = 1000.0;
        s.breakLargeKm = 1000.0;
        s.breakSmallKm = 1000.0;
        const int n = 256;
        const double dx = 0.1;
        for (std::uint64_t seed : {1u, 2u, 3u}) {
            Rng rng(seed);
            std::vector<float> screen;
            synthesiseTurbulence(n, n, dx, dx, s, 0.01, rng, screen);
            const double beta = radialPsdSlope(screen, n, n, dx, dx, 3.0 / (n * dx), 0.45 / dx);
            INSAR_FUZZY_COMPARE(beta, slope1D + 1.0, 0.0, 0.15);
        }
    }
    // Three regimes with the default Hanssen slopes: each band shows its own slope.
    void turbulenceRegimes()
    {
        TurbulenceSpectrum s; // 5/3 above 1.5 km, 8/3 between 1.5 and 0.25 km, 2/3 below
        s.breakLargeKm = 2.0;
        s.breakSmallKm = 0.4;
        s.outerScaleKm = 1000.0;
        const int n = 512;
        const double dx = 0.05; // 25.6 km scene, Nyquist 10 cycles/km
        Rng rng(7);
        std::vector<float> screen;
        synthesiseTurbulence(n, n, dx, dx, s, 0.01, rng, screen);
        INSAR_FUZZY_COMPARE(radialPsdSlope(screen, n, n, dx, dx, 0.12, 0.45), 5.0 / 3.0 + 1.0, 0.0, 0.15);
        INSAR_FUZZY_COMPARE(radialPsdSlope(screen, n, n, dx, dx, 0.6, 2.3), 8.0 / 3.0 + 1.0, 0.0, 0.15);
        INSAR_FUZZY_COMPARE(radialPsdSlope(screen, n, n, dx, dx, 2.8, 9.0), 2.0 / 3.0 + 1.0, 0.0, 0.15);
    }
    void turbulenceAmplitude_data()
    {
        QTest::addColumn<double>("stdM");
        QTest::addRow("5 mm") << 0.005;
        QTest::addRow("2 cm") << 0.02;
        QTest::addRow("zero") << 0.0;
    }
    void turbulenceAmplitude()
    {
        QFETCH(double, stdM);
        Rng rng(11);
        std::vector<float> screen;
        synthesiseTurbulence(120, 90, 0.17, 0.15, TurbulenceSpectrum{}, stdM, rng, screen);
        QCOMPARE(screen.size(), std::size_t(120 * 90));
        double mean = 0.0;
        INSAR_FUZZY_COMPARE(stdOf(screen, &mean), stdM, 1e-5, 1e-12);
        INSAR_FUZZY_COMPARE(mean, 0.0, 0.0, 1e-6 * std::max(stdM, 1e-3));
    }
    void turbulenceDeterministicAndRejectsBadInput()
    {
        Rng a(5), b(5), c(6);
        std::vector<float> sa, sb, sc;
        synthesiseTurbulence(64, 64, 0.2, 0.2, TurbulenceSpectrum{}, 0.01, a, sa);
        synthesiseTurbulence(64, 64, 0.2, 0.2, TurbulenceSpectrum{}, 0.01, b, sb);
        synthesiseTurbulence(64, 64, 0.2, 0.2, TurbulenceSpectrum{}, 0.01, c, sc);
        QVERIFY(sa == sb);
        QVERIFY(sa != sc);
        TurbulenceSpectrum bad;
        bad.breakSmallKm = 5.0; // small break above the large one
        Rng r(1);
        std::vector<float> out;
        QVERIFY_THROWS_EXCEPTION(Error, synthesiseTurbulence(64, 64, 0.2, 0.2, bad, 0.01, r, out));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 synthesiseTurbulence(1, 64, 0.2, 0.2, TurbulenceSpectrum{}, 0.01, r, out));
    }

    void rampPeakToPeak_data()
    {
        QTest::addColumn<double>("ptp");
        QTest::addRow("0") << 0.0;
        QTest::addRow("1 cm") << 0.01;
        QTest::addRow("5 cm") << 0.05;
        QTest::addRow("12 cm") << 0.12;
    }
    void rampPeakToPeak()
    {
        QFETCH(double, ptp);
        Rng rng(3);
        const int rows = 40, cols = 50;
        const double dx = 0.15, dy = 0.17;
        for (int k = 0; k < 20; ++k) {
            const RampCoefficients r = drawRamp(ptp, (cols - 1) * 0.5 * dx, (rows - 1) * 0.5 * dy, rng);
            std::vector<float> v;
            evaluateRamp(r, rows, cols, dx, dy, v);
            const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
            INSAR_FUZZY_COMPARE(*hi - *lo, ptp, 1e-5, 1e-9);
            const double mean = std::accumulate(v.begin(), v.end(), 0.0) / v.size();
            INSAR_FUZZY_COMPARE(mean, 0.0, 0.0, 1e-6 * std::max(ptp, 1e-3));
            // Bilinear: the twist term is at most half the linear gradient.
            const double linear = std::hypot(r.bPerKm, r.cPerKm);
            QVERIFY(std::abs(r.dPerKm2) * (cols - 1) * 0.5 * dx <= 0.5 * linear + 1e-12);
        }
        QVERIFY_THROWS_EXCEPTION(Error, drawRamp(-0.01, 1.0, 1.0, rng));
    }

    void fractalDem()
    {
        Rng rng(9);
        std::vector<float> dem;
        synthesiseFractalDem(100, 100, 0.15, 0.17, 3.4, 3000.0, 400.0, rng, dem);
        double mean = 0.0;
        const double sd = stdOf(dem, &mean);
        INSAR_FUZZY_COMPARE(sd, 400.0, 1e-4, 0.0); // no clipping this high up
        INSAR_FUZZY_COMPARE(mean, 3000.0, 1e-5, 0.0);
        // Near sea level heights are clipped at 0.
        synthesiseFractalDem(64, 64, 0.15, 0.17, 3.4, 100.0, 400.0, rng, dem);
        QVERIFY(*std::min_element(dem.begin(), dem.end()) == 0.0f);
        // Rough terrain is spatially correlated: neighbours differ far less than the relief.
        double dsum = 0.0;
        synthesiseFractalDem(64, 64, 0.15, 0.15, 3.4, 3000.0, 400.0, rng, dem);
        for (int i = 0; i < 64; ++i)
            for (int j = 0; j + 1 < 64; ++j)
                dsum += std::abs(dem[i * 64 + j + 1] - dem[i * 64 + j]);
        QVERIFY(dsum / (64 * 63) < 0.25 * 400.0);
    }

    void eightBitRoundTrip()
    {
        std::vector<float> a{-0.03f, 0.0f, 0.012f, NAN, 0.05f};
        std::vector<float> b{0.001f, -0.01f};
        const EightBitScaling s = eightBitScalingFor(a.data(), a.size(), b.data(), b.size());
        INSAR_FUZZY_COMPARE(s.offset, -0.03, 1e-6, 0.0);
        INSAR_FUZZY_COMPARE(s.scale, 0.08 / 255.0, 1e-6, 0.0);
        std::vector<std::uint8_t> bytes(a.size());
        toEightBit(a.data(), a.size(), s, bytes.data());
        QCOMPARE(int(bytes[0]), 0);
        QCOMPARE(int(bytes[4]), 255);
        QCOMPARE(int(bytes[3]), 0); // NaN
        std::vector<float> back(a.size());
        fromEightBit(bytes.data(), bytes.size(), s, back.data());
        for (std::size_t k : {0u, 1u, 2u, 4u})
            QVERIFY(std::abs(back[k] - a[k]) <= 0.5 * s.scale + 1e-7);
        // Constant data: scale 1, everything maps to 0 and back exactly.
        std::vector<float> c(5, 0.25f);
        const EightBitScaling sc = eightBitScalingFor(c.data(), c.size(), nullptr, 0);
        QCOMPARE(sc.scale, 1.0);
        toEightBit(c.data(), c.size(), sc, bytes.data());
        fromEightBit(bytes.data(), c.size(), sc, back.data());
        QCOMPARE(back[2], 0.25f);
    }
};

QTEST_GUILESS_MAIN(TstNoise)
#include "tst_noise.moc"
