// Image-quality metrics against hand-computed values (docs/physics.md §7): global, poster and windowed
// SSIM, SNR, PSNR, RMSE, std reduction; no-data handling and failure paths.
#include "common/error.h"
#include "common/raster.h"
#include "metrics/image_metrics.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <vector>

using namespace insar;
using namespace insar::metrics;

namespace {

using Values = std::vector<float>;

Raster makeRaster(int width, int height, const Values& v)
{
    Raster r(width, height);
    std::copy(v.begin(), v.end(), r.data());
    return r;
}

/// Runs fn and reports whether it threw insar::Error of `kind` whose message contains `needle`.
bool throwsError(const std::function<void()>& fn, ErrorKind kind, const char* needle)
{
    try {
        fn();
    } catch (const Error& e) {
        const bool ok = e.kind() == kind && std::string(e.what()).find(needle) != std::string::npos;
        if (!ok)
            qWarning("unexpected error: %s", e.what());
        return ok;
    }
    return false;
}

Values randomField(int width, int height, unsigned seed, float mean, float sd)
{
    std::mt19937 gen(seed);
    std::normal_distribution<float> n(mean, sd);
    Values v(std::size_t(width) * std::size_t(height));
    for (float& x : v)
        x = n(gen);
    return v;
}

} // namespace

class TstImageMetrics : public QObject {
    Q_OBJECT
private slots:
    // docs/physics.md §7.1 [COMP] table: population statistics, K1 = 0.01, K2 = 0.03.
    void globalSsimTable_data()
    {
        QTest::addColumn<Values>("x");
        QTest::addColumn<Values>("y");
        QTest::addColumn<double>("range");
        QTest::addColumn<double>("expected");
        QTest::addRow("[1,2,3,4] vs [2,2,3,5], L=4")
            << Values{1, 2, 3, 4} << Values{2, 2, 3, 5} << 4.0 << 0.8946551339;
        QTest::addRow("[0,0,255,255] vs [0,255,0,255], L=255")
            << Values{0, 0, 255, 255} << Values{0, 255, 0, 255} << 255.0 << 0.0017967658;
        QTest::addRow("[10..80] vs +5, L=255")
            << Values{10, 20, 30, 40, 50, 60, 70, 80} << Values{15, 25, 35, 45, 55, 65, 75, 85} << 255.0
            << 0.9944830660;
    }
    void globalSsimTable()
    {
        QFETCH(Values, x);
        QFETCH(Values, y);
        QFETCH(double, range);
        QFETCH(double, expected);
        const int n = int(x.size());
        INSAR_FUZZY_COMPARE(ssimGlobal(x.data(), y.data(), n, 1, range), expected, 0.0, 5e-11);
        // The same values laid out as a column, and through the Raster overload.
        INSAR_FUZZY_COMPARE(ssimGlobal(x.data(), y.data(), 1, n, range), expected, 0.0, 5e-11);
        INSAR_FUZZY_COMPARE(ssimGlobal(makeRaster(n, 1, x), makeRaster(n, 1, y), range), expected, 0.0,
                            5e-11);
    }

    void defaultDataRangeIsReferenceMaxMinusMin()
    {
        // [1,2,3,4] has range 3: C1 = 0.0009, C2 = 0.0081 (computed by hand from the formula).
        const Values x{1, 2, 3, 4}, y{2, 2, 3, 5};
        const double c1 = 0.0009, c2 = 0.0081;
        const double expected =
            ((2 * 2.5 * 3.0 + c1) * (2 * 1.25 + c2)) / ((2.5 * 2.5 + 9.0 + c1) * (1.25 + 1.5 + c2));
        INSAR_FUZZY_COMPARE(ssimGlobal(x.data(), y.data(), 4, 1), expected, 1e-12, 0.0);
        QCOMPARE(defaultDataRange(x.data(), 4, 1), 3.0);
        const Values withGap{1, 5, NAN, -1};
        QCOMPARE(defaultDataRange(withGap.data(), 4, 1), 6.0);
        const Values constant{7, 7, 7};
        QCOMPARE(defaultDataRange(constant.data(), 3, 1), 1.0);
    }

    // docs/physics.md §7.2 [COMP]: s = [1,2,3,4], ŝ = [1.1,1.9,3.2,3.8].
    void snrPsnrRmse()
    {
        const Values s{1, 2, 3, 4}, e{1.1f, 1.9f, 3.2f, 3.8f};
        INSAR_FUZZY_COMPARE(snrDb(s.data(), e.data(), 2, 2), 24.7712, 0.0, 5e-5);
        INSAR_FUZZY_COMPARE(snrRatio(s.data(), e.data(), 2, 2), 300.0, 1e-6, 0.0); // 30 / 0.1
        INSAR_FUZZY_COMPARE(psnr(s.data(), e.data(), 2, 2, 4.0), 28.0618, 0.0, 5e-5);
        INSAR_FUZZY_COMPARE(rmse(s.data(), e.data(), 2, 2), std::sqrt(0.025), 1e-6, 0.0);
        // Default L = 3 (reference max - min): 10 log10(9 / 0.025) = 25.5630250077.
        INSAR_FUZZY_COMPARE(psnr(s.data(), e.data(), 2, 2), 10.0 * std::log10(9.0 / 0.025), 1e-6, 0.0);
        // The poster's input SNR P_x / P_{y-x} uses the same function with y as the estimate.
        const Values y{2, 2, 2, 2}; // noise y - x = [1,0,-1,-2]: power 6, P_x = 30
        QCOMPARE(snrRatio(s.data(), y.data(), 4, 1), 5.0);
        INSAR_FUZZY_COMPARE(ratioToDb(5.0), 6.98970004336, 1e-10, 0.0);
    }

    void exactEstimateGivesInfiniteSnr()
    {
        const Values s{1, -2, 3};
        QVERIFY(std::isinf(snrRatio(s.data(), s.data(), 3, 1)));
        QVERIFY(snrDb(s.data(), s.data(), 3, 1) > 0 && std::isinf(snrDb(s.data(), s.data(), 3, 1)));
        QVERIFY(std::isinf(psnr(s.data(), s.data(), 3, 1)));
        QCOMPARE(rmse(s.data(), s.data(), 3, 1), 0.0);
        const Values zero{0, 0, 0};
        QCOMPARE(snrRatio(zero.data(), s.data(), 3, 1), 0.0);
        QVERIFY(std::isinf(ratioToDb(0.0)) && ratioToDb(0.0) < 0);
    }

    void posterSsimByHand()
    {
        // μx = 2.5, μx' = 3, σx² = 1.25, σx'² = 1.5:
        // [2·2.5·3 / (6.25 + 9)] · [2·sqrt(1.25·1.5) / 2.75] = 0.98360656 · 0.99585920
        const Values x{1, 2, 3, 4}, y{2, 2, 3, 5};
        INSAR_FUZZY_COMPARE(ssimPoster(x.data(), y.data(), 4, 1), 0.9795336348825624, 1e-12, 0.0);
        // Scaling the estimate by 2 around zero mean: luminance 1 (both means 0 -> 0/0 -> 1),
        // contrast 2·1·2 / (1 + 4) = 0.8.
        const Values a{-1, 1, -1, 1}, b{-2, 2, -2, 2};
        INSAR_FUZZY_COMPARE(ssimPoster(a.data(), b.data(), 4, 1), 0.8, 1e-12, 0.0);
        // Opposite means: luminance -1.
        const Values c{2, 2}, d{-2, -2};
        QCOMPARE(ssimPoster(c.data(), d.data(), 2, 1), -1.0);
        // One constant map: contrast 0.
        const Values e{1, 3};
        QCOMPARE(ssimPoster(c.data(), e.data(), 2, 1), 0.0);
        // Two equal constant maps: both factors 0/0 -> 1.
        const Values z{0, 0, 0};
        QCOMPARE(ssimPoster(z.data(), z.data(), 3, 1), 1.0);
    }

    void posterSsimIgnoresStructureWindowedDoesNot()
    {
        // A 0/1 checkerboard and 0/1 vertical stripes: same mean 0.5 and std 0.5, other pattern.
        const int n = 16;
        Values checker(n * n), stripes(n * n);
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n; ++c) {
                checker[std::size_t(r * n + c)] = float((r + c) % 2);
                stripes[std::size_t(r * n + c)] = float(c % 2);
            }
        QCOMPARE(ssimPoster(checker.data(), stripes.data(), n, n), 1.0);
        // Half of the pixels agree, half are flipped: the covariance is 0.
        const double windowed = ssimWindowed(checker.data(), stripes.data(), n, n, 1.0);
        QVERIFY2(windowed < 0.1, qPrintable(QString::number(windowed)));
        const double global = ssimGlobal(checker.data(), stripes.data(), n, n, 1.0);
        // Global: cov = 0, L = 1: (0.5001 · 0.0009) / (0.5001 · 0.5009).
        INSAR_FUZZY_COMPARE(global, 0.0009 / 0.5009, 1e-9, 0.0);
    }

    void windowedIdenticalIsOne()
    {
        const Values x = randomField(23, 17, 7u, 3.0f, 2.0f);
        INSAR_FUZZY_COMPARE(ssimWindowed(x.data(), x.data(), 23, 17), 1.0, 0.0, 1e-12);
        INSAR_FUZZY_COMPARE(ssimWindowedDirect(x.data(), x.data(), 23, 17), 1.0, 0.0, 1e-12);
    }

    void windowedConstantPairClosedForm()
    {
        // x ≡ 2, y ≡ 3: every window has σ = 0, so SSIM = (2·2·3 + C1) / (4 + 9 + C1) · C2/C2.
        const Values x(13 * 12, 2.0f), y(13 * 12, 3.0f);
        INSAR_FUZZY_COMPARE(ssimWindowed(x.data(), y.data(), 13, 12, 4.0), 0.9230863893674625, 1e-12,
                            0.0); // L = 4: C1 = 0.0016
        // Default range of a constant reference is 1: C1 = 1e-4.
        INSAR_FUZZY_COMPARE(ssimWindowed(x.data(), y.data(), 13, 12), 0.9230775147883478, 1e-12, 0.0);
    }

    void windowedGaussianWeightsByHand()
    {
        // One 11x11 window; x is a unit impulse at the centre, y = x / 2. With w_c the centre
        // weight of the normalised Gaussian (σ = 1.5): w_c = (1 / Σ_{d=-5..5} exp(-d²/4.5))²
        // = 0.0707622378 (the centre of MATLAB's fspecial('gaussian', 11, 1.5)),
        // μx = w_c, σx² = w_c - w_c² =: v, μy = w_c/2, σy² = v/4, σxy = v/2, so with L = 1
        // SSIM = (w_c² + C1)(v + C2) / ((1.25 w_c² + C1)(1.25 v + C2)).
        Values x(121, 0.0f), y(121, 0.0f);
        x[60] = 1.0f;
        y[60] = 0.5f;
        const double wc = 0.07076223776394698;
        const double v = wc - wc * wc, c1 = 1e-4, c2 = 9e-4;
        const double expected = (wc * wc + c1) * (v + c2) / ((1.25 * wc * wc + c1) * (1.25 * v + c2));
        INSAR_FUZZY_COMPARE(expected, 0.6442558690362559, 1e-12, 0.0);
        INSAR_FUZZY_COMPARE(ssimWindowed(x.data(), y.data(), 11, 11, 1.0), expected, 1e-9, 0.0);
        INSAR_FUZZY_COMPARE(ssimWindowedDirect(x.data(), y.data(), 11, 11, 1.0), expected, 1e-9, 0.0);
    }

    void windowedSeparableMatchesDirect_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("holes");
        QTest::addColumn<double>("offset");
        QTest::addRow("11x11, one window") << 11 << 11 << 0 << 0.0;
        QTest::addRow("37x29") << 37 << 29 << 0 << 0.0;
        QTest::addRow("37x29 with no-data") << 37 << 29 << 5 << 0.0;
        QTest::addRow("40x12 large offset") << 40 << 12 << 0 << 1.0e4;
        QTest::addRow("530x13 spans two column strips") << 530 << 13 << 7 << 0.0;
    }
    void windowedSeparableMatchesDirect()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, holes);
        QFETCH(double, offset);
        Values x = randomField(width, height, 11u, float(offset), 2.0f);
        Values noise = randomField(width, height, 12u, 0.0f, 1.0f);
        Values y(x.size());
        for (std::size_t i = 0; i < x.size(); ++i)
            y[i] = x[i] + noise[i];
        for (int k = 0; k < holes; ++k)
            (k % 2 ? x : y)[std::size_t((k * 131 + 17) % (width * height))] = NAN;
        const double direct = ssimWindowedDirect(x.data(), y.data(), width, height);
        const double separable = ssimWindowed(x.data(), y.data(), width, height);
        QVERIFY(direct > 0.0 && direct < 1.0);
        INSAR_FUZZY_COMPARE(separable, direct, 1e-9, 1e-12);
        // Same result whatever the thread count (bit-identical).
        WindowedSsimOptions one, three;
        one.threadCount = 1;
        three.threadCount = 3;
        QCOMPARE(ssimWindowed(x.data(), y.data(), width, height, std::nullopt, one),
                 ssimWindowed(x.data(), y.data(), width, height, std::nullopt, three));
    }

    void windowedSkipsNoDataWindows()
    {
        // 13x13 has 3x3 = 9 windows; a hole at (0,0) lies only in the window at (0,0).
        Values x = randomField(13, 13, 3u, 0.0f, 1.0f);
        Values y = randomField(13, 13, 4u, 0.0f, 1.0f);
        x[0] = NAN;
        const Raster rx = makeRaster(13, 13, x), ry = makeRaster(13, 13, y);
        const Raster map = ssimWindowedMap(rx, ry, 4.0);
        QCOMPARE(map.width(), 3);
        QCOMPARE(map.height(), 3);
        QVERIFY(std::isnan(map.at(0, 0)));
        QCOMPARE(map.validCount(), std::size_t(8));
        double sum = 0.0;
        for (float v : map.values())
            if (!std::isnan(v))
                sum += v;
        INSAR_FUZZY_COMPARE(ssimWindowed(rx, ry, 4.0), sum / 8.0, 1e-6, 0.0);
        // A hole in the centre pixel (6,6) lies in every window: nothing left to average.
        x[0] = 0.0f;
        y[6 * 13 + 6] = NAN;
        QVERIFY(throwsError([&] { ssimWindowed(x.data(), y.data(), 13, 13, 4.0); }, ErrorKind::InvalidInput,
                            "window contains no-data"));
    }

    void windowedMapIsGeoreferencedAtWindowCentres()
    {
        Raster x(15, 12, 1.0f), y(15, 12, 1.0f);
        x.geoTransform = {{100.0, 2.0, 0.0, 50.0, 0.0, -1.0}, true};
        const Raster map = ssimWindowedMap(x, y);
        QCOMPARE(map.width(), 5);
        QCOMPARE(map.height(), 2);
        QCOMPARE(map.geoTransform.c[0], 110.0); // 100 + 5 pixels · 2
        QCOMPARE(map.geoTransform.c[3], 45.0);  // 50 - 5 pixels · 1
        for (float v : map.values())
            QCOMPARE(v, 1.0f);
    }

    void noDataPixelsAreSkipped()
    {
        // The table's first case with no-data mixed in (in either image) gives the same values.
        const Values x{1, NAN, 2, 3, 9, 4}, y{2, 5, 2, 3, NAN, 5};
        INSAR_FUZZY_COMPARE(ssimGlobal(x.data(), y.data(), 3, 2, 4.0), 0.8946551339, 0.0, 5e-11);
        INSAR_FUZZY_COMPARE(ssimPoster(x.data(), y.data(), 3, 2), 0.9795336348825624, 1e-12, 0.0);
        const Values s{1, 2, NAN, 3, 4}, e{1.1f, 1.9f, 100.0f, 3.2f, 3.8f};
        INSAR_FUZZY_COMPARE(snrDb(s.data(), e.data(), 5, 1), 24.7712, 0.0, 5e-5);
        Values a = randomField(16, 16, 5u, 0.0f, 1.0f), b = randomField(16, 16, 6u, 0.0f, 1.0f);
        a[0] = NAN;
        b[15] = NAN;
        b[255] = NAN;
        QCOMPARE(computeQualityMetrics(a.data(), b.data(), 16, 16).validCount, std::size_t(253));
    }

    void stdReductionByHand()
    {
        // Reference 0, input ±1 (std 1), estimate ±0.5 (std 0.5): half the noise left.
        const Values x{0, 0, 0, 0, 0}, y{1, -1, 1, -1, NAN}, e{0.5f, -0.5f, 0.5f, -0.5f, 7.0f};
        const StdReduction r = stdReduction(x.data(), e.data(), y.data(), 5, 1);
        QCOMPARE(r.stdBefore, 1.0);
        QCOMPARE(r.stdAfter, 0.5);
        QCOMPARE(r.reduction, 0.5);
        // A worse estimate gives a negative reduction; a noise-free input leaves it undefined.
        const Values worse{2, -2, 2, -2, 0};
        QCOMPARE(stdReduction(x.data(), worse.data(), y.data(), 5, 1).reduction, -1.0);
        QVERIFY(std::isnan(stdReduction(x.data(), e.data(), x.data(), 5, 1).reduction));
        // residualStd: the residual [1, 3] has population std 1 (its mean does not count).
        const Values a{0, 0}, b{1, 3};
        QCOMPARE(residualStd(a.data(), b.data(), 2, 1), 1.0);
    }

    void qualityMetricsAgreeWithSingleFunctions()
    {
        const int w = 24, h = 20;
        const Values x = randomField(w, h, 21u, 1.0f, 2.0f);
        Values y = randomField(w, h, 22u, 1.0f, 0.5f);
        for (std::size_t i = 0; i < y.size(); ++i)
            y[i] += x[i];
        const QualityMetrics m = computeQualityMetrics(x.data(), y.data(), w, h);
        QCOMPARE(m.dataRange, defaultDataRange(x.data(), w, h));
        QCOMPARE(m.ssimPoster, ssimPoster(x.data(), y.data(), w, h));
        QCOMPARE(m.ssimGlobal, ssimGlobal(x.data(), y.data(), w, h));
        QCOMPARE(m.ssimWindowed, ssimWindowed(x.data(), y.data(), w, h));
        QCOMPARE(m.snrRatio, snrRatio(x.data(), y.data(), w, h));
        QCOMPARE(m.snrDb, snrDb(x.data(), y.data(), w, h));
        QCOMPARE(m.rmse, rmse(x.data(), y.data(), w, h));
        QCOMPARE(m.psnrDb, psnr(x.data(), y.data(), w, h));
        QCOMPARE(m.residualStd, residualStd(x.data(), y.data(), w, h));
        QCOMPARE(m.validCount, std::size_t(w * h));
        QCOMPARE(QualityMetrics::fields().size(), std::size_t(9));
        QCOMPARE(QString(QualityMetrics::fields()[2].name), QString("ssim_windowed"));
    }

    void failures()
    {
        const Values nan3(3, NAN), ok{1, 2, 3};
        QVERIFY(throwsError([&] { ssimGlobal(nan3.data(), ok.data(), 3, 1); }, ErrorKind::InvalidInput,
                            "all no-data"));
        QVERIFY(throwsError([&] { snrRatio(ok.data(), nan3.data(), 3, 1); }, ErrorKind::InvalidInput,
                            "all no-data"));
        QVERIFY(
            throwsError([&] { defaultDataRange(nan3.data(), 3, 1); }, ErrorKind::InvalidInput, "no data"));
        QVERIFY(throwsError([&] { stdReduction(ok.data(), ok.data(), nan3.data(), 3, 1); },
                            ErrorKind::InvalidInput, "all no-data"));
        const Values withInf{1, std::numeric_limits<float>::infinity(), 3};
        QVERIFY(throwsError([&] { rmse(ok.data(), withInf.data(), 3, 1); }, ErrorKind::Numerical,
                            "estimate has an infinite value at row 0, column 1"));
        QVERIFY(throwsError([&] { rmse(ok.data(), nullptr, 3, 1); }, ErrorKind::InvalidInput,
                            "estimate has no data"));
        QVERIFY(
            throwsError([&] { rmse(ok.data(), ok.data(), 0, 1); }, ErrorKind::InvalidInput, "empty image"));
        QVERIFY(throwsError([&] { ssimGlobal(ok.data(), ok.data(), 3, 1, 0.0); }, ErrorKind::InvalidInput,
                            "data range"));
        QVERIFY(throwsError([&] { psnr(ok.data(), ok.data(), 3, 1, std::nan("")); }, ErrorKind::InvalidInput,
                            "data range"));
        const Values small(10 * 10, 1.0f);
        QVERIFY(throwsError([&] { ssimWindowed(small.data(), small.data(), 10, 10); },
                            ErrorKind::InvalidInput, "at least 11x11"));
        WindowedSsimOptions even;
        even.windowSize = 8;
        QVERIFY(throwsError([&] { ssimWindowed(small.data(), small.data(), 10, 10, 1.0, even); },
                            ErrorKind::InvalidInput, "odd"));
        const Values bigNan(12 * 12, NAN);
        QVERIFY(throwsError([&] { ssimWindowed(bigNan.data(), bigNan.data(), 12, 12); },
                            ErrorKind::InvalidInput, "all no-data"));
    }

    void rasterSizeAndUnitMismatch()
    {
        Raster a(4, 3, 1.0f), b(3, 4, 1.0f);
        a.sourcePath = "ref.tif";
        b.sourcePath = "est.tif";
        QVERIFY(throwsError([&] { ssimWindowed(a, b); }, ErrorKind::InvalidInput,
                            "size mismatch: reference 'ref.tif' is 4x3 but estimate 'est.tif' is 3x4"));
        QVERIFY(throwsError([&] { rmse(a, Raster()); }, ErrorKind::InvalidInput, "is empty"));
        Raster c(4, 3, 1.0f);
        a.metadata.units = Units::Millimetres;
        c.metadata.units = Units::Radians;
        QVERIFY(throwsError([&] { snrRatio(a, c); }, ErrorKind::InvalidInput, "unit mismatch"));
        QVERIFY(throwsError([&] { stdReduction(a, a, c); }, ErrorKind::InvalidInput, "unit mismatch"));
        c.metadata.units = Units::Unknown; // unknown units are accepted as they are
        QCOMPARE(rmse(a, c), 0.0);
    }
};

QTEST_GUILESS_MAIN(TstImageMetrics)
#include "tst_image_metrics.moc"
