// SBAS inversion: a known displacement history is recovered exactly from a redundant network, also
// by pixels that miss interferograms but stay connected; noisy and coherence-weighted solutions
// satisfy their normal equations; a hand-computed triangle; dates a pixel (or the whole network)
// cannot link to the first date are NaN with a warning naming the gap; too few interferograms is
// no-data with a count; the result does not depend on threads or blocks; cancel and bad input fail.
#include "common/error.h"
#include "timeseries/sbas_inversion.h"
#include "test_support.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace insar;
using namespace insar::timeseries;

namespace {

/// Acquisition `index` of a 24-day revisit (Sentinel-1-like) from 2016-01-01.
Date dateAt(int index)
{
    // Days to civil date (Hinnant's algorithm, proleptic Gregorian).
    long z = Date{2016, 1, 1}.daysSinceEpoch() + 24L * index + 719468;
    const long era = z / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return Date{year, month, day};
}

/// Every date linked to its next `span` successors: redundant and connected.
Network redundantNetwork(int dates, int span)
{
    std::vector<std::pair<Date, Date>> pairs;
    for (int i = 0; i < dates; ++i)
        for (int k = 1; k <= span && i + k < dates; ++k)
            pairs.emplace_back(dateAt(i), dateAt(i + k));
    return Network::fromPairs(pairs);
}

/// Per pixel: a random history (date 0 not zero, to check the referencing), date-major.
std::vector<double> randomHistory(std::size_t dates, std::size_t pixels, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> step(0.0, 3.0);
    std::vector<double> truth(dates * pixels);
    for (std::size_t p = 0; p < pixels; ++p) {
        double value = step(rng);
        for (std::size_t d = 0; d < dates; ++d) {
            truth[d * pixels + p] = value;
            value += step(rng);
        }
    }
    return truth;
}

std::vector<float> interferograms(const Network& network, const std::vector<double>& truth,
                                  std::size_t pixels)
{
    std::vector<float> ifgs(network.pairCount() * pixels);
    for (std::size_t k = 0; k < network.pairCount(); ++k) {
        const auto& pair = network.pairs()[k];
        for (std::size_t p = 0; p < pixels; ++p)
            ifgs[k * pixels + p] = static_cast<float>(truth[std::size_t(pair.secondary) * pixels + p] -
                                                      truth[std::size_t(pair.reference) * pixels + p]);
    }
    return ifgs;
}

/// Largest |Gᵀ W r| over the unknown dates of one pixel (0 for the least-squares solution).
double normalEquationError(const Network& network, const std::vector<float>& ifgs, const float* coherence,
                           const SbasResult& result, std::size_t p)
{
    std::vector<double> gradient(network.dateCount(), 0.0);
    for (std::size_t k = 0; k < network.pairCount(); ++k) {
        const float y = ifgs[k * result.pixels + p];
        if (!std::isfinite(y))
            continue;
        const auto& pair = network.pairs()[k];
        double w = 1.0;
        if (coherence != nullptr) {
            const double g = coherence[k * result.pixels + p];
            w = g * g / (1.0 - g * g);
        }
        const double r =
            y - (result.value(std::size_t(pair.secondary), p) - result.value(std::size_t(pair.reference), p));
        gradient[std::size_t(pair.secondary)] += w * r;
        gradient[std::size_t(pair.reference)] -= w * r;
    }
    double worst = 0.0;
    for (std::size_t d = 1; d < gradient.size(); ++d)
        worst = std::max(worst, std::abs(gradient[d]));
    return worst;
}

SbasOptions withThreads(int threads, std::size_t blockPixels)
{
    SbasOptions o;
    o.threads = threads;
    o.blockPixels = blockPixels;
    return o;
}

} // namespace

class TstSbasInversion : public QObject {
    Q_OBJECT
private slots:
    void recoversKnownSeriesFromRedundantNetwork()
    {
        const Network network = redundantNetwork(10, 3);
        const std::size_t pixels = 300;
        const auto truth = randomHistory(network.dateCount(), pixels, 1);
        const auto ifgs = interferograms(network, truth, pixels);
        NullProgress progress;
        const SbasResult result = invertSbas(network, ifgs.data(), pixels, nullptr, {}, progress);
        QCOMPARE(result.dates, network.dateCount());
        QCOMPARE(result.noDataPixels, std::size_t{0});
        QCOMPARE(result.patterns, std::size_t{1});
        QVERIFY(result.warnings.empty());
        for (std::size_t p = 0; p < pixels; ++p)
            for (std::size_t d = 0; d < network.dateCount(); ++d)
                INSAR_FUZZY_COMPARE(result.value(d, p), truth[d * pixels + p] - truth[p], 0.0, 1e-4);
    }

    void handComputedTriangle()
    {
        // 1→2 = 1, 2→3 = 1, 1→3 = 3 (misclosure 1): minimise (d1−1)² + (d2−d1−1)² + (d2−3)²;
        // normal equations [2 −1; −1 2] d = [0; 4] give d1 = 4/3, d2 = 8/3.
        const Network network =
            Network::fromPairs({{dateAt(0), dateAt(1)}, {dateAt(1), dateAt(2)}, {dateAt(0), dateAt(2)}});
        const std::vector<float> ifgs{1.0F, 1.0F, 3.0F};
        NullProgress progress;
        const SbasResult result = invertSbas(network, ifgs.data(), 1, nullptr, {}, progress);
        QCOMPARE(result.value(0, 0), 0.0F);
        INSAR_FUZZY_COMPARE(result.value(1, 0), 4.0 / 3.0, 0.0, 1e-6);
        INSAR_FUZZY_COMPARE(result.value(2, 0), 8.0 / 3.0, 0.0, 1e-6);
    }

    void partialNoDataMatchesFullSolution()
    {
        // Noise-free: every pixel that keeps a connected subnetwork recovers the same history as
        // with all interferograms; pixels drop a random set of the redundant pairs.
        const Network network = redundantNetwork(12, 3);
        const std::size_t pixels = 400;
        const auto truth = randomHistory(network.dateCount(), pixels, 2);
        auto ifgs = interferograms(network, truth, pixels);
        std::mt19937 rng(3);
        std::size_t dropped = 0;
        for (std::size_t p = 1; p < pixels; ++p)
            for (std::size_t k = 0; k < network.pairCount(); ++k) {
                // Keep the consecutive pairs (span 1) so each pixel stays connected.
                const auto& pair = network.pairs()[k];
                if (pair.secondary - pair.reference > 1 && rng() % 3 == 0) {
                    ifgs[k * pixels + p] = NAN;
                    ++dropped;
                }
            }
        QVERIFY(dropped > 500);
        NullProgress progress;
        const SbasResult result = invertSbas(network, ifgs.data(), pixels, nullptr, {}, progress);
        QCOMPARE(result.noDataPixels, std::size_t{0});
        QCOMPARE(result.partialPixels, std::size_t{0});
        QVERIFY(result.patterns > 100);
        for (std::size_t p = 0; p < pixels; ++p)
            for (std::size_t d = 0; d < network.dateCount(); ++d)
                INSAR_FUZZY_COMPARE(result.value(d, p), truth[d * pixels + p] - truth[p], 0.0, 2e-4);
    }

    void noisyAndPartialSolutionsAreLeastSquares()
    {
        const Network network = redundantNetwork(10, 4);
        const std::size_t pixels = 200;
        const auto truth = randomHistory(network.dateCount(), pixels, 4);
        auto ifgs = interferograms(network, truth, pixels);
        std::mt19937 rng(5);
        std::normal_distribution<float> noise(0.0F, 0.7F);
        for (std::size_t i = 0; i < ifgs.size(); ++i) {
            ifgs[i] += noise(rng);
            if (i % pixels > pixels / 2 && rng() % 5 == 0 &&
                network.pairs()[i / pixels].secondary - network.pairs()[i / pixels].reference > 1)
                ifgs[i] = NAN;
        }
        NullProgress progress;
        const SbasResult result = invertSbas(network, ifgs.data(), pixels, nullptr, {}, progress);
        double worst = 0.0;
        double misfit = 0.0;
        for (std::size_t p = 0; p < pixels; ++p) {
            worst = std::max(worst, normalEquationError(network, ifgs, nullptr, result, p));
            misfit = std::max(misfit, std::abs(result.value(9, p) - (truth[9 * pixels + p] - truth[p])));
        }
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));
        QVERIFY(misfit > 1e-3); // the noise is really there: not an exact recovery
    }

    void coherenceWeightsAndZeroCoherenceAsMissing()
    {
        const Network network = redundantNetwork(8, 3);
        const std::size_t pixels = 100;
        const auto truth = randomHistory(network.dateCount(), pixels, 6);
        auto ifgs = interferograms(network, truth, pixels);
        std::mt19937 rng(7);
        std::normal_distribution<float> noise(0.0F, 0.5F);
        std::uniform_real_distribution<float> gamma(0.2F, 0.95F);
        std::vector<float> coherence(ifgs.size());
        for (std::size_t i = 0; i < ifgs.size(); ++i) {
            ifgs[i] += noise(rng);
            coherence[i] = gamma(rng);
        }
        // Pixel 1 is pixel 0 with interferogram 4 at zero coherence; pixel 2 is pixel 0 with it NaN.
        for (std::size_t k = 0; k < network.pairCount(); ++k) {
            ifgs[k * pixels + 1] = ifgs[k * pixels + 2] = ifgs[k * pixels];
            coherence[k * pixels + 1] = coherence[k * pixels + 2] = coherence[k * pixels];
        }
        coherence[4 * pixels + 1] = 0.0F;
        ifgs[4 * pixels + 2] = NAN;
        NullProgress progress;
        const SbasResult weighted = invertSbas(network, ifgs.data(), pixels, coherence.data(), {}, progress);
        const SbasResult plain = invertSbas(network, ifgs.data(), pixels, nullptr, {}, progress);
        double worst = 0.0;
        double differs = 0.0;
        for (std::size_t p = 3; p < pixels; ++p) {
            worst = std::max(worst, normalEquationError(network, ifgs, coherence.data(), weighted, p));
            for (std::size_t d = 0; d < network.dateCount(); ++d)
                differs = std::max(differs, double(std::abs(weighted.value(d, p) - plain.value(d, p))));
        }
        QVERIFY2(worst < 1e-3, qPrintable(QString::number(worst)));
        QVERIFY(differs > 1e-3); // the weights matter
        for (std::size_t d = 0; d < network.dateCount(); ++d) {
            QCOMPARE(weighted.value(d, 1), weighted.value(d, 2));
            QVERIFY(weighted.value(d, 1) != weighted.value(d, 0) || d == 0);
        }
    }

    void pixelThatLosesTheOnlyLinkIsNaNAfterIt()
    {
        // A chain 0-1-2-3-4 plus 0-2: without 2→3, dates 3 and 4 are not linked to date 0.
        const Network network = Network::fromPairs({{dateAt(0), dateAt(1)},
                                                    {dateAt(1), dateAt(2)},
                                                    {dateAt(0), dateAt(2)},
                                                    {dateAt(2), dateAt(3)},
                                                    {dateAt(3), dateAt(4)}});
        const std::size_t pixels = 3;
        const auto truth = randomHistory(5, pixels, 8);
        auto ifgs = interferograms(network, truth, pixels);
        ifgs[3 * pixels + 1] = NAN;
        NullProgress progress;
        const SbasResult result = invertSbas(network, ifgs.data(), pixels, nullptr, {}, progress);
        QCOMPARE(result.partialPixels, std::size_t{1});
        for (std::size_t d = 0; d < 3; ++d)
            INSAR_FUZZY_COMPARE(result.value(d, 1), truth[d * pixels + 1] - truth[1], 0.0, 1e-4);
        QVERIFY(std::isnan(result.value(3, 1)));
        QVERIFY(std::isnan(result.value(4, 1)));
        INSAR_FUZZY_COMPARE(result.value(4, 0), truth[4 * pixels] - truth[0], 0.0, 1e-4);
        QCOMPARE(result.warnings.size(), std::size_t{1});
        QVERIFY(QString::fromStdString(result.warnings[0]).startsWith(QStringLiteral("1 pixels miss dates")));
    }

    void disconnectedNetworkWarnsWithTheGap()
    {
        const Network network = Network::fromPairs({{dateAt(0), dateAt(1)},
                                                    {dateAt(1), dateAt(2)},
                                                    {dateAt(0), dateAt(2)},
                                                    {dateAt(3), dateAt(4)},
                                                    {dateAt(4), dateAt(5)}});
        const std::size_t pixels = 10;
        const auto truth = randomHistory(6, pixels, 9);
        const auto ifgs = interferograms(network, truth, pixels);
        NullProgress progress;
        const SbasResult result = invertSbas(network, ifgs.data(), pixels, nullptr, {}, progress);
        QVERIFY(!result.warnings.empty());
        const QString expected =
            QStringLiteral("no interferogram links %1 … %2 to %3 … %4")
                .arg(QString::fromStdString(dateAt(0).toIso()), QString::fromStdString(dateAt(2).toIso()),
                     QString::fromStdString(dateAt(3).toIso()), QString::fromStdString(dateAt(5).toIso()));
        QVERIFY2(QString::fromStdString(result.warnings[0]).contains(expected), result.warnings[0].c_str());
        for (std::size_t p = 0; p < pixels; ++p) {
            INSAR_FUZZY_COMPARE(result.value(2, p), truth[2 * pixels + p] - truth[p], 0.0, 1e-4);
            for (std::size_t d = 3; d < 6; ++d)
                QVERIFY(std::isnan(result.value(d, p)));
        }
    }

    void tooFewInterferogramsIsNoData()
    {
        const Network network = redundantNetwork(6, 2); // 9 pairs
        const std::size_t pixels = 4;
        const auto truth = randomHistory(6, pixels, 10);
        auto ifgs = interferograms(network, truth, pixels);
        for (std::size_t k = 0; k < 6; ++k)
            ifgs[k * pixels + 2] = NAN; // pixel 2 keeps 3 of 9
        for (std::size_t k = 0; k < network.pairCount(); ++k)
            ifgs[k * pixels + 3] = NAN; // pixel 3 has none
        SbasOptions options;
        options.minPairs = 4;
        NullProgress progress;
        const SbasResult result = invertSbas(network, ifgs.data(), pixels, nullptr, options, progress);
        QCOMPARE(result.noDataPixels, std::size_t{2});
        for (std::size_t d = 0; d < 6; ++d) {
            QVERIFY(std::isnan(result.value(d, 2)));
            QVERIFY(std::isnan(result.value(d, 3)));
        }
        INSAR_FUZZY_COMPARE(result.value(5, 1), truth[5 * pixels + 1] - truth[1], 0.0, 1e-4);
        QCOMPARE(result.warnings.size(), std::size_t{1});
        QVERIFY2(QString::fromStdString(result.warnings[0])
                     .startsWith(QStringLiteral("2 of 4 pixels have fewer than 4")),
                 result.warnings[0].c_str());
    }

    void independentOfThreadsAndBlocks()
    {
        const Network network = redundantNetwork(9, 3);
        const std::size_t pixels = 2000;
        const auto truth = randomHistory(network.dateCount(), pixels, 11);
        auto ifgs = interferograms(network, truth, pixels);
        std::mt19937 rng(12);
        std::normal_distribution<float> noise(0.0F, 0.4F);
        for (float& v : ifgs)
            v = rng() % 17 == 0 ? NAN : v + noise(rng);
        NullProgress progress;
        const SbasResult one =
            invertSbas(network, ifgs.data(), pixels, nullptr, withThreads(1, 128), progress);
        const SbasResult two =
            invertSbas(network, ifgs.data(), pixels, nullptr, withThreads(2, 128), progress);
        const SbasResult other =
            invertSbas(network, ifgs.data(), pixels, nullptr, withThreads(2, 333), progress);
        QCOMPARE(two.noDataPixels, one.noDataPixels);
        QCOMPARE(two.patterns, one.patterns);
        QVERIFY(std::memcmp(one.displacement.data(), two.displacement.data(),
                            one.displacement.size() * sizeof(float)) == 0);
        for (std::size_t i = 0; i < one.displacement.size(); ++i) {
            if (std::isnan(one.displacement[i])) {
                QVERIFY(std::isnan(other.displacement[i]));
                continue;
            }
            INSAR_FUZZY_COMPARE(other.displacement[i], one.displacement[i], 1e-6, 1e-5);
        }
    }

    void badInputAndCancel()
    {
        NullProgress progress;
        const Network series = Network::fromDates({dateAt(0), dateAt(1)});
        const std::vector<float> data(4, 1.0F);
        QVERIFY_THROWS_EXCEPTION(Error, invertSbas(series, data.data(), 2, nullptr, {}, progress));
        const Network network = redundantNetwork(3, 2);
        SbasOptions bad;
        bad.minPairs = 0;
        QVERIFY_THROWS_EXCEPTION(Error, invertSbas(network, data.data(), 1, nullptr, bad, progress));
        QVERIFY_THROWS_EXCEPTION(Error, invertSbas(network, nullptr, 1, nullptr, {}, progress));
        const SbasResult empty = invertSbas(network, nullptr, 0, nullptr, {}, progress);
        QCOMPARE(empty.dates, network.dateCount());
        QVERIFY(empty.displacement.empty());
        CallbackProgress cancelled;
        cancelled.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, invertSbas(network, data.data(), 1, nullptr, {}, cancelled));
    }
};

QTEST_GUILESS_MAIN(TstSbasInversion)
#include "tst_sbas_inversion.moc"
