// Velocity fits: on a synthetic stack with known rates and white noise of known s, the residual σ
// and the spread of the velocities match the analytical s/√Σ(t−t̄)²; seasonal terms and a step are
// recovered exactly from noise-free data; a hand-computed 4-date case; partial no-data; the
// bootstrap is repeatable by seed and close to the analytical σ; results do not depend on threads
// or blocks; fitPoint equals the map values and its band follows the closed form; bad input fails.
#include "common/error.h"
#include "timeseries/velocity_fit.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <numbers>
#include <random>

using namespace insar;
using namespace insar::timeseries;

namespace {

/// Civil date `days` after 1970-01-01 (Hinnant's algorithm, proleptic Gregorian).
Date fromDays(long days)
{
    const long z = days + 719468;
    const long era = z / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return Date{static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

/// `count` acquisitions from 2016-01-01 with the given spacing in days.
std::vector<Date> acquisitions(int count, int spacingDays)
{
    std::vector<Date> dates;
    for (int i = 0; i < count; ++i)
        dates.push_back(fromDays(Date{2016, 1, 1}.daysSinceEpoch() + long(spacingDays) * i));
    return dates;
}

std::vector<double> years(const std::vector<Date>& dates)
{
    std::vector<double> t;
    for (const Date& d : dates)
        t.push_back(double(d.daysSinceEpoch() - dates.front().daysSinceEpoch()) / 365.25);
    return t;
}

/// s / √Σ(t − t̄)²: the standard error of an ordinary least-squares slope.
double slopeSigma(const std::vector<double>& t, double s)
{
    double mean = 0.0;
    for (double v : t)
        mean += v;
    mean /= double(t.size());
    double stt = 0.0;
    for (double v : t)
        stt += (v - mean) * (v - mean);
    return s / std::sqrt(stt);
}

struct Stack {
    std::vector<Date> dates;
    std::vector<float> series; // date-major
    std::vector<double> rate;  // per pixel
    std::size_t pixels = 0;
};

/// offset + rate·t + white noise of standard deviation s, per pixel (seeded).
Stack linearStack(const std::vector<Date>& dates, std::size_t pixels, double s, unsigned seed)
{
    Stack stack{dates, std::vector<float>(dates.size() * pixels), std::vector<double>(pixels), pixels};
    const auto t = years(dates);
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> rate(-30.0, 30.0);
    std::uniform_real_distribution<double> offset(-50.0, 50.0);
    std::normal_distribution<double> noise(0.0, s);
    for (std::size_t p = 0; p < pixels; ++p) {
        stack.rate[p] = rate(rng);
        const double c = offset(rng);
        for (std::size_t d = 0; d < dates.size(); ++d)
            stack.series[d * pixels + p] = static_cast<float>(c + stack.rate[p] * t[d] + noise(rng));
    }
    return stack;
}

std::vector<double> pixelSeries(const Stack& stack, std::size_t p)
{
    std::vector<double> values;
    for (std::size_t d = 0; d < stack.dates.size(); ++d)
        values.push_back(stack.series[d * stack.pixels + p]);
    return values;
}

VelocityOptions bootstrapOptions(int draws, std::uint64_t seed)
{
    VelocityOptions o;
    o.uncertainty = Uncertainty::Bootstrap;
    o.bootstrapDraws = draws;
    o.seed = seed;
    return o;
}

bool sameBits(const std::vector<float>& a, const std::vector<float>& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace

class TstVelocityFit : public QObject {
    Q_OBJECT
private slots:
    void residualSigmaMatchesAnalytical()
    {
        const double s = 2.0;
        const Stack stack = linearStack(acquisitions(16, 24), 20000, s, 1);
        NullProgress progress;
        const VelocityResult r = fitVelocity(stack.dates, stack.series.data(), stack.pixels, {}, progress);
        QCOMPARE(r.noDataPixels, std::size_t{0});
        QCOMPARE(r.parameters, (std::vector<std::string>{"offset", "velocity"}));
        const double expected = slopeSigma(years(stack.dates), s);
        double sumSigma = 0.0, sumSigma2 = 0.0, sumErr = 0.0, sumErr2 = 0.0, sumRms2 = 0.0;
        for (std::size_t p = 0; p < stack.pixels; ++p) {
            sumSigma += r.sigma[p];
            sumSigma2 += double(r.sigma[p]) * r.sigma[p];
            const double err = r.velocity[p] - stack.rate[p];
            sumErr += err;
            sumErr2 += err * err;
            sumRms2 += double(r.residualRms[p]) * r.residualRms[p];
            QCOMPARE(r.coefficients[stack.pixels + p], r.velocity[p]);
        }
        const double n = double(stack.pixels);
        // E[σ̂²] = σ² exactly; E[σ̂] is smaller by c4(14) ≈ 0.982, inside the 3 %.
        INSAR_FUZZY_COMPARE(std::sqrt(sumSigma2 / n), expected, 0.01, 0.0);
        INSAR_FUZZY_COMPARE(sumSigma / n, expected, 0.03, 0.0);
        INSAR_FUZZY_COMPARE(std::sqrt(sumErr2 / n - (sumErr / n) * (sumErr / n)), expected, 0.03, 0.0);
        QVERIFY(std::abs(sumErr / n) < 4.0 * expected / std::sqrt(n));
        // E[eᵀe/N] = s²(N − P)/N.
        INSAR_FUZZY_COMPARE(sumRms2 / n, s * s * 14.0 / 16.0, 0.02, 0.0);
    }

    void handComputedFourDates()
    {
        // Irregular dates; slope = Σ(t−t̄)(y−ȳ)/Stt, σ² = (eᵀe/2)/Stt.
        const std::vector<Date> dates{{2016, 1, 1}, {2016, 4, 10}, {2016, 11, 20}, {2017, 6, 1}};
        const std::vector<double> y{1.0, 4.0, 3.0, 9.0};
        const auto t = years(dates);
        const double tm = (t[0] + t[1] + t[2] + t[3]) / 4.0;
        const double ym = (y[0] + y[1] + y[2] + y[3]) / 4.0;
        double stt = 0.0, sty = 0.0;
        for (int i = 0; i < 4; ++i) {
            stt += (t[i] - tm) * (t[i] - tm);
            sty += (t[i] - tm) * (y[i] - ym);
        }
        const double slope = sty / stt;
        const double intercept = ym - slope * tm;
        double sse = 0.0;
        for (int i = 0; i < 4; ++i)
            sse += std::pow(y[i] - intercept - slope * t[i], 2);
        const double sigma = std::sqrt(sse / 2.0 / stt);

        std::vector<float> series(y.begin(), y.end());
        NullProgress progress;
        const VelocityResult r = fitVelocity(dates, series.data(), 1, {}, progress);
        INSAR_FUZZY_COMPARE(r.velocity[0], slope, 1e-6, 1e-6);
        INSAR_FUZZY_COMPARE(r.sigma[0], sigma, 1e-6, 1e-6);
        INSAR_FUZZY_COMPARE(r.coefficients[0], intercept, 1e-6, 1e-6);
        INSAR_FUZZY_COMPARE(r.residualRms[0], std::sqrt(sse / 4.0), 1e-6, 1e-6);
        const PointFit point = fitPoint(dates, y, {});
        INSAR_FUZZY_COMPARE(point.velocity, slope, 1e-12, 1e-12);
        INSAR_FUZZY_COMPARE(point.sigma, sigma, 1e-12, 1e-12);
        QCOMPARE(point.validDates, 4);
        for (int i = 0; i < 4; ++i) {
            INSAR_FUZZY_COMPARE(point.model[i], intercept + slope * t[i], 1e-12, 1e-12);
            // σ_model(t)² = σ̂² (1/N + (t − t̄)²/Stt) for a straight line.
            const double band = std::sqrt(sse / 2.0 * (0.25 + (t[i] - tm) * (t[i] - tm) / stt));
            INSAR_FUZZY_COMPARE(point.modelSigma[i], band, 1e-10, 1e-12);
        }
    }

    void seasonalAndStepRecoveredExactly()
    {
        const auto dates = acquisitions(30, 24);
        const Date step = dates[17];
        VelocityOptions options;
        options.model.seasonal = true;
        options.model.steps = {step};
        const std::vector<double> truth{3.0, -12.0, 4.0, -2.5,
                                        1.5, 0.8,   -7.0}; // offset, rate, seasonal, step
        const auto t = years(dates);
        const std::size_t pixels = 5;
        std::vector<float> series(dates.size() * pixels);
        for (std::size_t d = 0; d < dates.size(); ++d) {
            const double w = 2.0 * std::numbers::pi * t[d];
            const double value = truth[0] + truth[1] * t[d] + truth[2] * std::cos(w) +
                                 truth[3] * std::sin(w) + truth[4] * std::cos(2 * w) +
                                 truth[5] * std::sin(2 * w) + (d >= 17 ? truth[6] : 0.0);
            for (std::size_t p = 0; p < pixels; ++p)
                series[d * pixels + p] = static_cast<float>(value * (1.0 + 0.5 * double(p)));
        }
        NullProgress progress;
        const VelocityResult r = fitVelocity(dates, series.data(), pixels, options, progress);
        QCOMPARE(r.parameters.size(), std::size_t{7});
        QCOMPARE(r.parameters[6], "step_" + step.toCompact());
        for (std::size_t p = 0; p < pixels; ++p) {
            for (std::size_t k = 0; k < truth.size(); ++k)
                INSAR_FUZZY_COMPARE(r.coefficients[k * pixels + p], truth[k] * (1.0 + 0.5 * double(p)), 0.0,
                                    2e-4);
            QVERIFY(r.sigma[p] < 1e-4F);
        }
        // A linear-only fit of the same data is biased by the step: the model matters.
        const VelocityResult linear = fitVelocity(dates, series.data(), pixels, {}, progress);
        QVERIFY(std::abs(linear.velocity[0] - truth[1]) > 1.0);
    }

    void partialNoDataUsesTheValidDates()
    {
        const Stack full = linearStack(acquisitions(12, 30), 50, 1.5, 2);
        Stack stack = full;
        // Pixel 1 misses dates 2, 5, 9; pixel 2 keeps only 2 dates (no-data); pixel 3 all NaN.
        for (std::size_t d : {2U, 5U, 9U})
            stack.series[d * stack.pixels + 1] = NAN;
        for (std::size_t d = 2; d < 12; ++d)
            stack.series[d * stack.pixels + 2] = NAN;
        for (std::size_t d = 0; d < 12; ++d)
            stack.series[d * stack.pixels + 3] = NAN;
        NullProgress progress;
        const VelocityResult r = fitVelocity(stack.dates, stack.series.data(), stack.pixels, {}, progress);
        QCOMPARE(r.noDataPixels, std::size_t{2});
        QVERIFY(std::isnan(r.velocity[2]) && std::isnan(r.sigma[2]) && std::isnan(r.coefficients[2]));
        QVERIFY(std::isnan(r.velocity[3]));
        // Pixel 1 equals a fit on its nine dates alone.
        std::vector<Date> kept;
        std::vector<float> subset;
        for (std::size_t d = 0; d < 12; ++d)
            if (d != 2 && d != 5 && d != 9) {
                kept.push_back(stack.dates[d]);
                subset.push_back(stack.series[d * stack.pixels + 1]);
            }
        const VelocityResult alone = fitVelocity(kept, subset.data(), 1, {}, progress);
        INSAR_FUZZY_COMPARE(r.velocity[1], alone.velocity[0], 1e-5, 1e-5);
        INSAR_FUZZY_COMPARE(r.sigma[1], alone.sigma[0], 1e-5, 1e-5);
        // The other pixels are untouched by their neighbours' gaps.
        const VelocityResult reference =
            fitVelocity(full.dates, full.series.data(), full.pixels, {}, progress);
        QCOMPARE(r.velocity[10], reference.velocity[10]);
    }

    void stepWithoutDatesOnBothSidesIsLeftOut()
    {
        const auto dates = acquisitions(10, 30);
        VelocityOptions options;
        options.model.steps = {dates[6]};
        std::vector<float> series(dates.size() * 2);
        const auto t = years(dates);
        for (std::size_t d = 0; d < dates.size(); ++d) {
            series[d * 2] = static_cast<float>(2.0 + 5.0 * t[d] + (d >= 6 ? 10.0 : 0.0));
            series[d * 2 + 1] = d >= 6 ? NAN : static_cast<float>(1.0 - 4.0 * t[d]); // no date after the step
        }
        NullProgress progress;
        const VelocityResult r = fitVelocity(dates, series.data(), 2, options, progress);
        INSAR_FUZZY_COMPARE(r.coefficients[2 * 2], 10.0, 0.0, 1e-4);
        INSAR_FUZZY_COMPARE(r.velocity[1], -4.0, 0.0, 1e-4);
        QVERIFY(std::isnan(r.coefficients[2 * 2 + 1]));
        QCOMPARE(r.noDataPixels, std::size_t{0});
    }

    void bootstrapIsRepeatableAndNearAnalytical()
    {
        const double s = 2.0;
        const Stack stack = linearStack(acquisitions(16, 24), 3000, s, 3);
        NullProgress progress;
        const VelocityResult a =
            fitVelocity(stack.dates, stack.series.data(), stack.pixels, bootstrapOptions(200, 7), progress);
        const VelocityResult b =
            fitVelocity(stack.dates, stack.series.data(), stack.pixels, bootstrapOptions(200, 7), progress);
        const VelocityResult c =
            fitVelocity(stack.dates, stack.series.data(), stack.pixels, bootstrapOptions(200, 8), progress);
        const VelocityResult residual =
            fitVelocity(stack.dates, stack.series.data(), stack.pixels, {}, progress);
        QVERIFY(sameBits(a.sigma, b.sigma));
        QVERIFY(!sameBits(a.sigma, c.sigma));
        QVERIFY(sameBits(a.velocity, residual.velocity)); // the estimate is the full-data fit
        double meanA = 0.0, meanC = 0.0, meanDiff = 0.0;
        for (std::size_t p = 0; p < stack.pixels; ++p) {
            meanA += a.sigma[p];
            meanC += c.sigma[p];
            meanDiff += std::abs(a.sigma[p] - c.sigma[p]);
        }
        meanA /= double(stack.pixels);
        meanC /= double(stack.pixels);
        meanDiff /= double(stack.pixels);
        const double expected = slopeSigma(years(stack.dates), s);
        qInfo("bootstrap mean sigma: seed 7 %.4f, seed 8 %.4f, analytical %.4f", meanA, meanC, expected);
        // The case-resampling bootstrap of a 16-point regression is close to, not equal to, the
        // fixed-design σ. All pixels share the draws, so the Monte-Carlo error of 200 draws
        // (≈ 1/√(2·200) = 5 %) is common to them and does not average out over pixels.
        INSAR_FUZZY_COMPARE(meanA, expected, 0.12, 0.0);
        INSAR_FUZZY_COMPARE(meanC, expected, 0.12, 0.0);
        QVERIFY(meanDiff > 1e-3 * expected);
    }

    void independentOfThreadsAndBlocks_data()
    {
        QTest::addColumn<bool>("bootstrap");
        QTest::addRow("residual") << false;
        QTest::addRow("bootstrap") << true;
    }
    void independentOfThreadsAndBlocks()
    {
        QFETCH(bool, bootstrap);
        Stack stack = linearStack(acquisitions(14, 24), 3000, 1.0, 4);
        std::mt19937 rng(5);
        for (float& v : stack.series)
            if (rng() % 11 == 0)
                v = NAN;
        VelocityOptions options = bootstrap ? bootstrapOptions(50, 3) : VelocityOptions{};
        options.model.seasonal = true;
        options.minDates = 8;
        NullProgress progress;
        options.threads = 1;
        options.blockPixels = 256;
        const VelocityResult one =
            fitVelocity(stack.dates, stack.series.data(), stack.pixels, options, progress);
        options.threads = 2;
        const VelocityResult two =
            fitVelocity(stack.dates, stack.series.data(), stack.pixels, options, progress);
        options.blockPixels = 1000;
        const VelocityResult other =
            fitVelocity(stack.dates, stack.series.data(), stack.pixels, options, progress);
        QVERIFY(sameBits(one.velocity, two.velocity));
        QVERIFY(sameBits(one.sigma, two.sigma));
        QVERIFY(sameBits(one.coefficients, two.coefficients));
        QCOMPARE(one.noDataPixels, other.noDataPixels);
        QVERIFY(one.noDataPixels > 0 && one.noDataPixels < stack.pixels / 2);
        for (std::size_t p = 0; p < stack.pixels; ++p) {
            if (std::isnan(one.velocity[p])) {
                QVERIFY(std::isnan(other.velocity[p]));
                continue;
            }
            INSAR_FUZZY_COMPARE(other.velocity[p], one.velocity[p], 1e-5, 1e-5);
            INSAR_FUZZY_COMPARE(other.sigma[p], one.sigma[p], 1e-5, 1e-5);
        }
    }

    void pointFitEqualsMapValue_data()
    {
        QTest::addColumn<bool>("bootstrap");
        QTest::addRow("residual") << false;
        QTest::addRow("bootstrap") << true;
    }
    void pointFitEqualsMapValue()
    {
        QFETCH(bool, bootstrap);
        Stack stack = linearStack(acquisitions(15, 36), 40, 1.2, 6);
        for (std::size_t d = 3; d < 6; ++d)
            stack.series[d * stack.pixels + 7] = NAN; // a pixel with its own pattern
        VelocityOptions options = bootstrap ? bootstrapOptions(100, 11) : VelocityOptions{};
        options.model.steps = {stack.dates[8]};
        NullProgress progress;
        const VelocityResult map =
            fitVelocity(stack.dates, stack.series.data(), stack.pixels, options, progress);
        for (std::size_t p : {0U, 7U, 39U}) {
            const PointFit point = fitPoint(stack.dates, pixelSeries(stack, p), options);
            INSAR_FUZZY_COMPARE(point.velocity, map.velocity[p], 1e-5, 1e-5);
            INSAR_FUZZY_COMPARE(point.sigma, map.sigma[p], 1e-4, 1e-5);
            INSAR_FUZZY_COMPARE(point.coefficients[2], map.coefficients[2 * stack.pixels + p], 1e-5, 1e-5);
            QCOMPARE(point.validDates, p == 7 ? 12 : 15);
            QCOMPARE(point.model.size(), stack.dates.size());
            for (std::size_t d = 0; d < stack.dates.size(); ++d)
                QVERIFY(point.modelSigma[d] > 0.0 && point.modelSigma[d] < 5.0);
        }
    }

    void designMatrixAndNames()
    {
        const auto dates = acquisitions(5, 73);
        VelocityModel model;
        model.seasonal = true;
        model.steps = {dates[2]};
        QCOMPARE(parameterNames(model),
                 (std::vector<std::string>{"offset", "velocity", "annual_cos", "annual_sin", "semiannual_cos",
                                           "semiannual_sin", "step_" + dates[2].toCompact()}));
        const auto g = designMatrix(dates, model);
        QCOMPARE(g.size(), std::size_t{35});
        QCOMPARE(g[0 * 7 + 1], 0.0);
        QCOMPARE(g[4 * 7 + 1], 292.0 / 365.25);
        QCOMPARE(g[0 * 7 + 2], 1.0);
        INSAR_FUZZY_COMPARE(g[4 * 7 + 3], std::sin(2.0 * std::numbers::pi * 292.0 / 365.25), 1e-15, 1e-15);
        QCOMPARE(g[1 * 7 + 6], 0.0); // before the step
        QCOMPARE(g[2 * 7 + 6], 1.0); // on the step date: after
        QCOMPARE(g[4 * 7 + 6], 1.0);
    }

    void badInputIsNamed()
    {
        const auto dates = acquisitions(6, 30);
        std::vector<float> series(dates.size(), 1.0F);
        NullProgress progress;
        VelocityOptions options;
        options.model.steps = {dates.front()};
        QVERIFY(errorOf([&] {
                    fitVelocity(dates, series.data(), 1, options, progress);
                }).contains(QString::fromStdString("step date " + dates.front().toIso() + " is outside")));
        options.model.steps = {Date{2030, 1, 1}};
        QVERIFY(errorOf([&] {
                    fitVelocity(dates, series.data(), 1, options, progress);
                }).contains("2030-01-01 is outside"));
        options.model.steps = {dates[3], dates[3]};
        QVERIFY(errorOf([&] { designMatrix(dates, options.model); }).contains("given twice"));

        VelocityOptions seasonal;
        seasonal.model.seasonal = true; // 6 parameters need 7 dates
        QVERIFY(errorOf([&] {
                    fitVelocity(dates, series.data(), 1, seasonal, progress);
                }).contains("6 dates cannot fit 6 parameters"));
        const std::vector<Date> two(dates.begin(), dates.begin() + 2);
        QVERIFY(errorOf([&] { fitPoint(two, {1.0, 2.0}, {}); }).contains("2 dates cannot fit 2 parameters"));
        QVERIFY(errorOf([&] { fitPoint(dates, {1.0, 2.0}, {}); }).contains("2 values for 6 dates"));
        const std::vector<Date> unsorted{dates[1], dates[0], dates[2], dates[3]};
        QVERIFY(errorOf([&] {
                    fitVelocity(unsorted, series.data(), 1, {}, progress);
                }).contains("sorted and unique"));
        QVERIFY(errorOf([&] {
                    fitVelocity(dates, series.data(), 1, bootstrapOptions(1, 0), progress);
                }).contains("at least 2 draws"));
        QVERIFY(
            errorOf([&] { fitVelocity(dates, nullptr, 1, {}, progress); }).contains("no time-series data"));

        const VelocityResult empty = fitVelocity(dates, nullptr, 0, {}, progress);
        QCOMPARE(empty.pixels, std::size_t{0});
        QVERIFY(empty.velocity.empty());

        CallbackProgress cancelled;
        cancelled.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, fitVelocity(dates, series.data(), 1, {}, cancelled));
    }
};

QTEST_GUILESS_MAIN(TstVelocityFit)
#include "tst_velocity_fit.moc"
