#include "timeseries/sbas_inversion.h"

#include "common/error.h"
#include "common/parallel_for.h"
#include "timeseries/pattern_groups.h"

#include <Eigen/Dense>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <numeric>

namespace insar::timeseries {

namespace {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
/// Coherence is capped below 1 so the weight γ²/(1−γ²) stays finite (MintPy caps it the same way).
constexpr double kMaxCoherence = 0.999;
/// Pixels per matrix product: the gathered observations stay in the L2 cache.
constexpr std::size_t kChunkPixels = 1024;

/// The least-squares system of one pattern of valid interferograms, reduced to the dates its valid
/// interferograms link to the first date. On that component the network's design matrix has full
/// column rank, and its solution equals the minimum-norm SVD solution of the whole pattern; the
/// other dates have no determined offset to the first date and are NaN.
struct SbasPattern {
    bool noData = true;
    bool missesDates = false;
    std::vector<int> rows;         // valid interferograms on the first date's component
    std::vector<int> columnDate;   // date of each unknown (dates linked to the first, the first excluded)
    std::vector<int> columnOfDate; // per date: unknown index, −1 for the first date, −2 when not linked
    RowMatrix pinv;                // unknowns × rows, unweighted
};

SbasPattern buildPattern(const Network& network, const std::uint64_t* mask, int minPairs)
{
    SbasPattern pattern;
    const std::size_t dates = network.dateCount();
    const auto& pairs = network.pairs();
    std::vector<int> valid;
    for (std::size_t k = 0; k < pairs.size(); ++k)
        if (detail::testBit(mask, k))
            valid.push_back(static_cast<int>(k));
    if (static_cast<int>(valid.size()) < minPairs)
        return pattern;
    pattern.noData = false;

    // Dates reached from the first date over the valid interferograms (breadth-first search).
    std::vector<std::vector<int>> neighbours(dates);
    for (int k : valid) {
        neighbours[static_cast<std::size_t>(pairs[static_cast<std::size_t>(k)].reference)].push_back(
            pairs[static_cast<std::size_t>(k)].secondary);
        neighbours[static_cast<std::size_t>(pairs[static_cast<std::size_t>(k)].secondary)].push_back(
            pairs[static_cast<std::size_t>(k)].reference);
    }
    std::vector<char> reached(dates, 0);
    std::vector<int> queue{0};
    reached[0] = 1;
    for (std::size_t q = 0; q < queue.size(); ++q)
        for (int next : neighbours[static_cast<std::size_t>(queue[q])])
            if (reached[static_cast<std::size_t>(next)] == 0) {
                reached[static_cast<std::size_t>(next)] = 1;
                queue.push_back(next);
            }

    pattern.columnOfDate.assign(dates, -2);
    pattern.columnOfDate[0] = -1;
    for (std::size_t d = 1; d < dates; ++d) {
        if (reached[d] != 0) {
            pattern.columnOfDate[d] = static_cast<int>(pattern.columnDate.size());
            pattern.columnDate.push_back(static_cast<int>(d));
        } else {
            pattern.missesDates = true;
        }
    }
    for (int k : valid)
        if (reached[static_cast<std::size_t>(pairs[static_cast<std::size_t>(k)].reference)] != 0)
            pattern.rows.push_back(k);
    if (pattern.columnDate.empty())
        return pattern;

    // Berardino et al. (2002), eq. 5: an interferogram is the secondary date's displacement minus the
    // reference date's; the first date's displacement is 0.
    Eigen::MatrixXd design = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(pattern.rows.size()),
                                                   static_cast<Eigen::Index>(pattern.columnDate.size()));
    for (std::size_t r = 0; r < pattern.rows.size(); ++r) {
        const DatePairIndex& p = pairs[static_cast<std::size_t>(pattern.rows[r])];
        if (const int c = pattern.columnOfDate[static_cast<std::size_t>(p.secondary)]; c >= 0)
            design(static_cast<Eigen::Index>(r), c) += 1.0;
        if (const int c = pattern.columnOfDate[static_cast<std::size_t>(p.reference)]; c >= 0)
            design(static_cast<Eigen::Index>(r), c) -= 1.0;
    }
    Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod(design);
    cod.setThreshold(1e-10);
    pattern.pinv = cod.pseudoInverse();
    return pattern;
}

struct Scratch {
    std::vector<std::uint64_t> masks;
    std::vector<std::uint32_t> order;
    std::vector<detail::MaskGroup> groups;
    RowMatrix y;
    RowMatrix x;
    Eigen::MatrixXd normal;
    Eigen::VectorXd rhs;
};

struct BlockCounts {
    std::size_t noData = 0;
    std::size_t partial = 0;
};

} // namespace

SbasResult invertSbas(const Network& network, const float* ifgs, std::size_t pixels, const float* coherence,
                      const SbasOptions& options, Progress& progress)
{
    if (network.pairCount() == 0)
        throw Error("SBAS inversion: the network has no interferograms (a time series needs no inversion)");
    if (ifgs == nullptr && pixels > 0)
        throw Error("SBAS inversion: no interferogram data given");
    if (options.minPairs < 1)
        throw Error(
            "SBAS inversion: the minimum number of interferograms per pixel must be at least 1, not " +
            std::to_string(options.minPairs));
    if (options.blockPixels == 0)
        throw Error("SBAS inversion: the block size must be at least one pixel");

    const std::size_t dates = network.dateCount();
    const std::size_t pairCount = network.pairCount();
    const std::size_t words = detail::maskWords(pairCount);
    const auto& pairs = network.pairs();

    SbasResult result;
    result.pixels = pixels;
    result.dates = dates;
    result.displacement.resize(dates * pixels);

    // Pixels of a block are indexed by 32-bit offsets; a larger block would not be faster anyway.
    const std::size_t blockPixels = std::min<std::size_t>(options.blockPixels, std::size_t{1} << 24);
    const std::size_t blocks = (pixels + blockPixels - 1) / blockPixels;
    std::vector<Scratch> scratch(
        static_cast<std::size_t>(workerCount(std::max<std::size_t>(blocks, 1), options.threads)));
    std::vector<BlockCounts> counts(blocks);
    detail::PatternCache<SbasPattern> cache;
    float* out = result.displacement.data();

    progress.setStage("inverting the interferogram network");
    parallelFor(blocks, options.threads, progress, [&](std::size_t block, int worker) {
        Scratch& s = scratch[static_cast<std::size_t>(worker)];
        const std::size_t p0 = block * blockPixels;
        const std::size_t n = std::min(blockPixels, pixels - p0);

        s.masks.assign(n * words, 0);
        for (std::size_t k = 0; k < pairCount; ++k) {
            const float* value = ifgs + k * pixels + p0;
            const float* coh = coherence != nullptr ? coherence + k * pixels + p0 : nullptr;
            const std::uint64_t bit = std::uint64_t{1} << (k % 64);
            std::uint64_t* m = s.masks.data() + k / 64;
            for (std::size_t j = 0; j < n; ++j) {
                const bool ok =
                    std::isfinite(value[j]) && (coh == nullptr || (std::isfinite(coh[j]) && coh[j] > 0.0F));
                m[j * words] |= ok ? bit : 0;
            }
        }
        detail::groupByMask(s.masks, n, words, s.order, s.groups);

        BlockCounts& c = counts[block];
        for (const detail::MaskGroup& group : s.groups) {
            const std::uint64_t* key = s.masks.data() + std::size_t{s.order[group.begin]} * words;
            const auto pattern =
                cache.get(key, words, [&] { return buildPattern(network, key, options.minPairs); });
            const std::uint32_t* members = s.order.data() + group.begin;
            if (pattern->noData) {
                c.noData += group.count;
                for (std::size_t i = 0; i < group.count; ++i)
                    for (std::size_t d = 0; d < dates; ++d)
                        out[d * pixels + p0 + members[i]] = kNaN;
                continue;
            }
            if (pattern->missesDates)
                c.partial += group.count;
            const auto rows = static_cast<Eigen::Index>(pattern->rows.size());
            const auto cols = static_cast<Eigen::Index>(pattern->columnDate.size());
            for (std::size_t first = 0; first < group.count; first += kChunkPixels) {
                const std::size_t m = std::min(kChunkPixels, group.count - first);
                const std::uint32_t* chunk = members + first;
                if (cols > 0 && coherence == nullptr) {
                    s.y.resize(rows, static_cast<Eigen::Index>(m));
                    for (Eigen::Index r = 0; r < rows; ++r) {
                        const float* value = ifgs + std::size_t(pattern->rows[std::size_t(r)]) * pixels + p0;
                        double* dst = s.y.row(r).data();
                        for (std::size_t j = 0; j < m; ++j)
                            dst[j] = value[chunk[j]];
                    }
                    s.x.noalias() = pattern->pinv * s.y;
                } else if (cols > 0) {
                    // Weighted least squares (MintPy's ifgram_inversion with coherence weights):
                    // each pixel has its own weights, so its normal equations are solved alone. They
                    // are a grounded weighted graph Laplacian: two entries per interferogram.
                    s.x.resize(cols, static_cast<Eigen::Index>(m));
                    for (std::size_t j = 0; j < m; ++j) {
                        const std::size_t p = p0 + chunk[j];
                        s.normal.setZero(cols, cols);
                        s.rhs.setZero(cols);
                        for (int k : pattern->rows) {
                            const double g =
                                std::min(double(coherence[std::size_t(k) * pixels + p]), kMaxCoherence);
                            const double w = g * g / (1.0 - g * g);
                            const double y = ifgs[std::size_t(k) * pixels + p];
                            const int a = pattern->columnOfDate[std::size_t(pairs[std::size_t(k)].secondary)];
                            const int b = pattern->columnOfDate[std::size_t(pairs[std::size_t(k)].reference)];
                            if (a >= 0) {
                                s.normal(a, a) += w;
                                s.rhs(a) += w * y;
                            }
                            if (b >= 0) {
                                s.normal(b, b) += w;
                                s.rhs(b) -= w * y;
                            }
                            if (a >= 0 && b >= 0) {
                                s.normal(a, b) -= w;
                                s.normal(b, a) -= w;
                            }
                        }
                        const Eigen::LDLT<Eigen::MatrixXd> ldlt(s.normal);
                        s.x.col(static_cast<Eigen::Index>(j)) = ldlt.solve(s.rhs);
                    }
                }
                for (std::size_t d = 0; d < dates; ++d) {
                    float* dst = out + d * pixels + p0;
                    const int col = pattern->columnOfDate[d];
                    if (col >= 0) {
                        const double* src = s.x.row(col).data();
                        for (std::size_t j = 0; j < m; ++j)
                            dst[chunk[j]] = static_cast<float>(src[j]);
                    } else {
                        const float fill = col == -1 ? 0.0F : kNaN;
                        for (std::size_t j = 0; j < m; ++j)
                            dst[chunk[j]] = fill;
                    }
                }
            }
        }
    });

    for (const BlockCounts& c : counts) {
        result.noDataPixels += c.noData;
        result.partialPixels += c.partial;
    }
    result.patterns = cache.size();
    if (const std::string gaps = network.describeGaps(); !gaps.empty())
        result.warnings.push_back(gaps + "; the dates not linked to the first date are NaN");
    if (result.noDataPixels > 0)
        result.warnings.push_back(std::to_string(result.noDataPixels) + " of " + std::to_string(pixels) +
                                  " pixels have fewer than " + std::to_string(options.minPairs) +
                                  " valid interferogram(s) and are no-data");
    const std::size_t partialOnly = network.componentCount() > 1 ? 0 : result.partialPixels;
    if (partialOnly > 0)
        result.warnings.push_back(std::to_string(partialOnly) +
                                  " pixels miss dates: their valid interferograms do not link those dates to "
                                  "the first date, which are NaN there");
    progress.setFraction(1.0);
    return result;
}

} // namespace insar::timeseries
