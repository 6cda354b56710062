// Image-quality metrics between a reference map x and an estimate x' (docs/physics.md §7): the poster's
// SSIM, global and windowed SSIM (Wang et al. 2004), SNR = P_x / P_{x'-x}, PSNR, RMSE, std reduction.
#pragma once

#include "common/raster.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace insar::metrics {

// Conventions shared by every function below
// - Images are row-major float32 arrays of width*height values; NaN marks no-data. A pixel is used
//   only where every image passed to the function holds data there (reference, estimate and, for
//   the std reduction, input). An infinite value is an error (insar::Error, ErrorKind::Numerical).
// - Statistics are population statistics (divide by n, ddof = 0), accumulated in double.
// - insar::Error (ErrorKind::InvalidInput) when: a pointer is null, width or height is not positive,
//   two Rasters differ in size, two Rasters carry different known units (convert first with
//   Raster::convertUnits), no pixel is valid in all images, or dataRange is not finite and > 0.
// - dataRange L (SSIM constants, PSNR): when not given, max - min of the reference over the pixels
//   used (valid in both images), or 1 (in the raster's units) when the reference is constant
//   there. Pass a fixed physical range instead to compare scores across maps.

/// max - min of the valid (non-NaN) values; 1 when they are all equal. Throws when none is valid.
double defaultDataRange(const float* reference, int width, int height);
double defaultDataRange(const Raster& reference);

// --- SSIM ---------------------------------------------------------------------------------------

/// The poster's SSIM (docs/physics.md §7.1), over all valid pixels at once:
///   [2 μx μx' / (μx² + μx'²)] · [2 σx σx' / (σx² + σx'²)]
/// with no stabilising constants and no structure term: two maps with equal mean and equal std
/// score 1 whatever their patterns. A factor whose denominator is 0 (both means 0, or both maps
/// constant) is 1, since the two maps then agree on that property; the result lies in [-1, 1].
double ssimPoster(const float* reference, const float* estimate, int width, int height);
double ssimPoster(const Raster& reference, const Raster& estimate);

/// Standard SSIM (Wang et al. 2004, eq. 13) with one window covering the whole image:
///   [(2 μx μy + C1)(2 σxy + C2)] / [(μx² + μy² + C1)(σx² + σy² + C2)],
/// C1 = (0.01 L)², C2 = (0.03 L)², population statistics (docs/physics.md §7.1 table).
double ssimGlobal(const float* reference, const float* estimate, int width, int height,
                  std::optional<double> dataRange = std::nullopt);
double ssimGlobal(const Raster& reference, const Raster& estimate,
                  std::optional<double> dataRange = std::nullopt);

struct WindowedSsimOptions {
    int windowSize = 11;        // odd, >= 3
    double gaussianSigma = 1.5; // pixels
    double k1 = 0.01;
    double k2 = 0.03;
    /// Threads for one call; 0 = defaultThreadCount() for maps of 256×256 windows or more, else 1.
    /// The result does not depend on it (rows are summed in a fixed order).
    int threadCount = 0;
};

/// Mean SSIM (MSSIM) of Wang et al. 2004: local SSIM under a circularly symmetric Gaussian window
/// (11×11, σ = 1.5, weights normalised to sum 1), averaged over windows.
/// Border: only windows lying entirely inside the image are used ('valid' filtering, as in Wang's
/// ssim_index.m), so an image smaller than the window is an error.
/// No-data: a window containing any no-data pixel (in either image) is skipped; the mean is over
/// the remaining windows, and it is an error when none remains.
/// Computed by separable Gaussian filtering of x, y, x², y², xy (in double, after subtracting the
/// reference mean, which the variances do not depend on). Deterministic.
double ssimWindowed(const float* reference, const float* estimate, int width, int height,
                    std::optional<double> dataRange = std::nullopt, const WindowedSsimOptions& options = {});
double ssimWindowed(const Raster& reference, const Raster& estimate,
                    std::optional<double> dataRange = std::nullopt, const WindowedSsimOptions& options = {});

/// The local SSIM map behind ssimWindowed: (width - w + 1) × (height - w + 1) values, entry (r, c)
/// for the window whose top-left pixel is (r, c); NaN where the window holds no-data.
Raster ssimWindowedMap(const Raster& reference, const Raster& estimate,
                       std::optional<double> dataRange = std::nullopt,
                       const WindowedSsimOptions& options = {});

/// The same MSSIM evaluated directly (every window summed over its w×w pixels, no separable
/// filtering). Slow; it exists as the independent check of ssimWindowed in tests and benchmarks.
double ssimWindowedDirect(const float* reference, const float* estimate, int width, int height,
                          std::optional<double> dataRange = std::nullopt,
                          const WindowedSsimOptions& options = {});

// --- Power, error and noise metrics -------------------------------------------------------------

/// The poster's SNR = P_x / P_{x'-x} with power = sum of squares over valid pixels
/// (docs/physics.md §7.2). For the input SNR pass the noisy input y as `estimate`: P_x / P_{y-x}.
/// +inf when the estimate equals the reference exactly.
double snrRatio(const float* reference, const float* estimate, int width, int height);
double snrRatio(const Raster& reference, const Raster& estimate);

/// 10·log10(snrRatio): SNR in decibels (+inf for an exact estimate).
double snrDb(const float* reference, const float* estimate, int width, int height);
double snrDb(const Raster& reference, const Raster& estimate);
/// 10·log10(ratio) with the same conventions (ratio 0 -> -inf).
double ratioToDb(double ratio);

/// sqrt(mean((x' - x)²)), in the units of the rasters.
double rmse(const float* reference, const float* estimate, int width, int height);
double rmse(const Raster& reference, const Raster& estimate);

/// PSNR = 10·log10(L² / MSE) (docs/physics.md §7.2); +inf when MSE = 0.
double psnr(const float* reference, const float* estimate, int width, int height,
            std::optional<double> dataRange = std::nullopt);
double psnr(const Raster& reference, const Raster& estimate, std::optional<double> dataRange = std::nullopt);

/// Population standard deviation of the residual x' - x over valid pixels.
double residualStd(const float* reference, const float* estimate, int width, int height);
double residualStd(const Raster& reference, const Raster& estimate);

/// Noise left before and after correction, measured against the reference x:
///   stdBefore = std(y - x) (y: the uncorrected input), stdAfter = std(x' - x),
///   reduction = 1 - stdAfter / stdBefore (0.6 = 60 % less noise; negative when it got worse;
///   NaN when stdBefore = 0, where it is undefined). Pixels valid in x, x' and y only.
struct StdReduction {
    double stdBefore = 0.0;
    double stdAfter = 0.0;
    double reduction = 0.0;
};
StdReduction stdReduction(const float* reference, const float* estimate, const float* input, int width,
                          int height);
StdReduction stdReduction(const Raster& reference, const Raster& estimate, const Raster& input);

// --- All at once --------------------------------------------------------------------------------

/// Every metric of one (reference, estimate) pair, as reported per sample and per epoch.
struct QualityMetrics {
    double ssimPoster = 0.0;
    double ssimGlobal = 0.0;
    double ssimWindowed = 0.0;
    double snrRatio = 0.0;
    double snrDb = 0.0;
    double rmse = 0.0; // units of the rasters
    double psnrDb = 0.0;
    double residualStd = 0.0;   // std(x' - x)
    double dataRange = 0.0;     // L used for SSIM and PSNR
    std::size_t validCount = 0; // pixels valid in both images

    /// Column names and accessors, in a fixed order, for CSV files and aggregation.
    struct Field {
        const char* name;
        double QualityMetrics::*member;
    };
    static const std::vector<Field>& fields();
};

/// Computes every QualityMetrics field: the global statistics once (two passes) plus the windowed
/// SSIM, all with the same L. Throws where the single functions do (including an image smaller
/// than the SSIM window, or no window free of no-data).
QualityMetrics computeQualityMetrics(const float* reference, const float* estimate, int width, int height,
                                     std::optional<double> dataRange = std::nullopt,
                                     const WindowedSsimOptions& options = {});
QualityMetrics computeQualityMetrics(const Raster& reference, const Raster& estimate,
                                     std::optional<double> dataRange = std::nullopt,
                                     const WindowedSsimOptions& options = {});

} // namespace insar::metrics
