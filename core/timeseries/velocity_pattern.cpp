#include "timeseries/velocity_pattern.h"

#include <algorithm>

namespace insar::timeseries::detail {

namespace {

/// Relative rank threshold of the decompositions: designs have columns of order 1 (t in years).
constexpr double kRankThreshold = 1e-9;
/// A rank-deficient resample is redrawn; after this many tries in a row the draw fails.
constexpr int kMaxAttempts = 1000;

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, portable generator, so the draws are the same with
/// every standard library.
std::uint64_t nextRandom(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> decompose(const Eigen::MatrixXd& g)
{
    Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod(g);
    cod.setThreshold(kRankThreshold);
    return cod;
}

} // namespace

bool forEachBootstrapDraw(
    const Eigen::MatrixXd& g, int draws, std::uint64_t seed,
    const std::function<void(int, const std::vector<int>&, const Eigen::MatrixXd&)>& onDraw)
{
    const auto n = static_cast<int>(g.rows());
    std::vector<int> idx(static_cast<std::size_t>(n));
    Eigen::MatrixXd resampled(g.rows(), g.cols());
    for (int b = 0; b < draws; ++b) {
        std::uint64_t state = seed ^ (0xD1B54A32D192ED03ULL * (static_cast<std::uint64_t>(b) + 1));
        nextRandom(state);
        bool found = false;
        for (int attempt = 0; attempt < kMaxAttempts && !found; ++attempt) {
            for (int i = 0; i < n; ++i) {
                const double u = static_cast<double>(nextRandom(state) >> 11) * 0x1.0p-53;
                idx[static_cast<std::size_t>(i)] = std::min(n - 1, static_cast<int>(u * n));
                resampled.row(i) = g.row(idx[static_cast<std::size_t>(i)]);
            }
            const auto cod = decompose(resampled);
            if (cod.rank() == g.cols()) {
                onDraw(b, idx, cod.pseudoInverse());
                found = true;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

VelocityPattern buildVelocityPattern(const Eigen::MatrixXd& design, int firstStepColumn,
                                     const std::vector<int>& validDates, const VelocityOptions& options)
{
    VelocityPattern pattern;
    pattern.dates = validDates;
    for (int k = 0; k < design.cols(); ++k) {
        bool keep = true;
        if (k >= firstStepColumn && !validDates.empty()) {
            // A step before or after every valid date is a constant: the offset absorbs it.
            const double first = design(validDates.front(), k);
            keep = std::any_of(validDates.begin(), validDates.end(),
                               [&](int d) { return design(d, k) != first; });
        }
        if (keep)
            pattern.params.push_back(k);
    }
    const auto n = static_cast<int>(validDates.size());
    const auto p = static_cast<int>(pattern.params.size());
    if (n < options.minDates || n <= p)
        return pattern;

    pattern.g.resize(n, p);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < p; ++c)
            pattern.g(r, c) =
                design(validDates[static_cast<std::size_t>(r)], pattern.params[static_cast<std::size_t>(c)]);
    const auto cod = decompose(pattern.g);
    if (cod.rank() < p)
        return pattern;
    pattern.usable = true;
    pattern.pinv = cod.pseudoInverse();
    // pinv·pinvᵀ = (GᵀG)⁻¹Gᵀ·G(GᵀG)⁻¹ = (GᵀG)⁻¹, without forming the worse-conditioned GᵀG.
    pattern.cov = pattern.pinv * pattern.pinv.transpose();
    pattern.velocityColumn = static_cast<int>(
        std::find(pattern.params.begin(), pattern.params.end(), kVelocityParameter) - pattern.params.begin());

    if (options.uncertainty == Uncertainty::Bootstrap) {
        Eigen::MatrixXd rows = Eigen::MatrixXd::Zero(options.bootstrapDraws, n);
        pattern.bootOk =
            forEachBootstrapDraw(pattern.g, options.bootstrapDraws, options.seed,
                                 [&](int b, const std::vector<int>& idx, const Eigen::MatrixXd& pinv) {
                                     // A date drawn twice contributes twice: fold the resample's velocity row
                                     // back onto the valid dates, so draw b's velocity is one dot product
                                     // with the pixel's series.
                                     for (std::size_t i = 0; i < idx.size(); ++i)
                                         rows(b, idx[i]) +=
                                             pinv(pattern.velocityColumn, static_cast<Eigen::Index>(i));
                                 });
        pattern.bootVelocity = rows.cast<float>();
    }
    return pattern;
}

} // namespace insar::timeseries::detail
