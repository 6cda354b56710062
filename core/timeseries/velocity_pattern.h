// Private to core/timeseries: the least-squares operators of a velocity fit for one pattern of valid
// dates (pseudo-inverse, (GᵀG)⁻¹ and the bootstrap rows), shared by fitVelocity and fitPoint so that
// a pixel's point fit equals its map value (docs/timeseries.md §5-7).
#pragma once

#include "timeseries/velocity_fit.h"

#include <Eigen/Dense>

#include <cstdint>
#include <functional>
#include <vector>

namespace insar::timeseries::detail {

using FloatRowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Index of the velocity column in every design matrix (after the offset).
constexpr int kVelocityParameter = 1;

struct VelocityPattern {
    bool usable = false;     // enough valid dates and a full-rank design
    std::vector<int> dates;  // valid dates: the rows of g
    std::vector<int> params; // fitted parameters, ascending: the columns of g (steps constant over
                             // the valid dates are left out, their coefficient is NaN)
    int velocityColumn = kVelocityParameter;
    Eigen::MatrixXd g;           // valid dates × fitted parameters
    Eigen::MatrixXd pinv;        // fitted parameters × valid dates
    Eigen::MatrixXd cov;         // (gᵀg)⁻¹: times σ̂², the parameters' covariance
    FloatRowMatrix bootVelocity; // draws × valid dates: draw b's velocity is bootVelocity.row(b) · y
    bool bootOk = false;         // every draw found a full-rank resample
};

/// `design` is the full dates × parameters matrix (designMatrix); `validDates` ascending.
VelocityPattern buildVelocityPattern(const Eigen::MatrixXd& design, int firstStepColumn,
                                     const std::vector<int>& validDates, const VelocityOptions& options);

/// Bootstrap over dates (Efron & Tibshirani 1993, ch. 9, resampling cases): draw b picks g's rows
/// idx[0..n−1] uniformly with replacement from a stream seeded by (seed, b) alone, so every pixel
/// with the same number of valid dates gets the same draws; a resample whose design is rank
/// deficient is replaced by the stream's next one. Calls onDraw(b, idx, pinv of g.rows(idx)).
/// Returns false when some draw found no full-rank resample (then the bootstrap σ is undefined).
bool forEachBootstrapDraw(
    const Eigen::MatrixXd& g, int draws, std::uint64_t seed,
    const std::function<void(int, const std::vector<int>&, const Eigen::MatrixXd&)>& onDraw);

} // namespace insar::timeseries::detail
