// Velocity per pixel from a displacement time series: least squares on the design matrix
// [1, t, (cos 2πt, sin 2πt, cos 4πt, sin 4πt), H(t − t_step)...] (t in years since the first date),
// as MintPy's timeseries2velocity. Uncertainty from the residuals (σ̂² = eᵀe/(N−P),
// C = σ̂²(GᵀG)⁻¹, MintPy's default) or by bootstrap over dates (seeded; the same resampled date
// sets for every pixel, so it vectorises). Pixels with the same valid dates share one
// pseudo-inverse; blocks of pixels run on the core thread pool. Results do not depend on the
// thread count (bit for bit) nor, beyond float rounding, on the block size. docs/timeseries.md.
#pragma once

#include "common/date.h"
#include "common/progress.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace insar::timeseries {

struct VelocityModel {
    bool seasonal = false;   // annual + semi-annual terms
    std::vector<Date> steps; // Heaviside steps at these dates (eruption, earthquake)
};

enum class Uncertainty { Residual, Bootstrap };

struct VelocityOptions {
    VelocityModel model;
    Uncertainty uncertainty = Uncertainty::Residual;
    int bootstrapDraws = 400;
    std::uint64_t seed = 0; // bootstrap draws are a function of (seed, draw, valid-date count) only
    /// A pixel needs more valid dates than model parameters (N > P) to have a velocity and a residual
    /// σ, and at least this many; otherwise it is no-data.
    int minDates = 3;
    int threads = 0; // ≤ 0: default
    std::size_t blockPixels = 65536;
};

/// Column names of the design matrix for `dates` and `model`: "offset", "velocity", "annual_cos",
/// "annual_sin", "semiannual_cos", "semiannual_sin", "step_YYYYMMDD"...
std::vector<std::string> parameterNames(const VelocityModel& model);

/// The design matrix, row-major dates × parameters (t = years since dates[0]). Throws insar::Error
/// for a step date outside (dates.front(), dates.back()].
std::vector<double> designMatrix(const std::vector<Date>& dates, const VelocityModel& model);

struct VelocityResult {
    std::size_t pixels = 0;
    std::vector<float> velocity; // per pixel, in (time-series units) per year; NaN = no-data
    std::vector<float> sigma;    // its 1-σ uncertainty, same units
    /// All fitted parameters, parameter-major (coefficients[k * pixels + p]), names in `parameters`.
    std::vector<float> coefficients;
    std::vector<std::string> parameters;
    std::vector<float> residualRms; // per pixel, RMS of the fit's residuals
    std::size_t noDataPixels = 0;
};

/// `series` holds dates.size() maps of `pixels` values, date-major (series[d * pixels + p]), NaN =
/// missing. Dates must be sorted and unique. A step with no valid date of a pixel on one side is
/// left out of that pixel's fit (its coefficient is NaN). The velocity is the full-data fit with
/// either uncertainty; the bootstrap σ is the spread of the draws' velocities. Throws insar::Error
/// (fewer dates than parameters + 1, bad steps, bad options) or CancelledError.
VelocityResult fitVelocity(const std::vector<Date>& dates, const float* series, std::size_t pixels,
                           const VelocityOptions& options, Progress& progress);

/// One pixel or a window mean, for the GUI's time-series plot and the point tables. With the same
/// options it gives a pixel's fitVelocity values (to float rounding); the model band is
/// sqrt(g(t)ᵀ C g(t)) for residual σ, the spread of the draws' model curves for the bootstrap.
struct PointFit {
    double velocity = NAN;
    double sigma = NAN;
    std::vector<double> coefficients;
    /// The fitted model at each of `dates` and its 1-σ band (from the parameter covariance).
    std::vector<double> model;
    std::vector<double> modelSigma;
    int validDates = 0;
};
PointFit fitPoint(const std::vector<Date>& dates, const std::vector<double>& values,
                  const VelocityOptions& options);

} // namespace insar::timeseries
