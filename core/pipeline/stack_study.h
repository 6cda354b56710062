// A stack through every chosen correction to velocity ± σ: each interferogram (or time-series map)
// corrected by each method (corrections::makeCorrection syntax plus "none"; the CNN and chains
// such as "gacos,cnn"), inverted by SBAS into a time series, fitted per pixel, and sampled at the
// user's points. Results are kept per method so the Case-study tab, `velocity` and `casestudy`
// (and reports) can put them side by side. Maps are converted to LOS millimetres before the
// inversion; velocities are mm/yr with MintPy's sign (positive towards the satellite).
// docs/case_studies.md.
#pragma once

#include "common/date.h"
#include "common/progress.h"
#include "common/raster.h"
#include "io/stack_reader.h"
#include "nn/denoiser.h"
#include "pipeline/correction_inputs.h"
#include "timeseries/sbas_inversion.h"
#include "timeseries/velocity_fit.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace insar::pipeline {

struct StudyPoint {
    std::string name;               // "P1", "summit"...
    std::optional<double> lon, lat; // a lon/lat, or
    int row = -1, col = -1;         // a pixel
    int window = 1;                 // odd; window mean of valid pixels
};

struct StackStudyRequest {
    /// Already read (io::readStack). Interferograms are inverted by SBAS; a time series' maps are
    /// first made relative to its first date (each one an interferogram first date → its date).
    io::Stack stack;
    std::vector<std::string> methods{"none"}; // "none", "deramp", "linear", "gacos", "cnn", "gacos,cnn"...
    CorrectionInputs inputs;                  // DEM, GACOS folder, exclusion, reference, model, units...
    std::string modelPath;                    // the CNN's model file (empty: nn::defaultModelPath())
    nn::DenoiseOptions cnnOptions;            // the CNN's device, CPU precision (bf16), tiles
    timeseries::SbasOptions sbas;
    timeseries::VelocityOptions velocity;
    std::vector<StudyPoint> points;
    int threads = 0; // maps corrected in parallel (classical methods), inversion, fit; ≤ 0: default
};

struct PointVelocity {
    std::string name;
    int row = -1, col = -1;
    double lon = NAN, lat = NAN;
    timeseries::PointFit fit;           // velocity ± σ (mm/yr), model curve at the dates
    std::vector<double> displacementMm; // the pixel's (window mean) time series, per date
};

struct MethodResult {
    std::string method; // as requested ("none" is the uncorrected input)
    /// mm/yr, georeferenced as the stack. Empty when the stack has too few dates for the velocity
    /// model (one interferogram: the time series' last date is then the corrected displacement).
    Raster velocity;
    Raster sigma; // mm/yr
    /// The time series, date-major (dates × pixels), LOS mm, 0 at the first date.
    std::vector<float> displacementMm;
    std::vector<PointVelocity> points;
    double meanStdReduction = NAN; // mean over maps of the correction's std reduction (NaN for "none")
    double medianSigma = NAN;      // over valid pixels, mm/yr
    std::size_t noDataPixels = 0;
    std::vector<std::string> messages;
};

struct StackStudyResult {
    std::vector<Date> dates;
    int width = 0;
    int height = 0;
    GeoTransform geoTransform;
    std::string crsWkt;
    std::vector<MethodResult> methods; // in request order
    /// The one pixel every map of every method is referenced to (-1: reference "none").
    int referenceRow = -1;
    int referenceCol = -1;
    std::string referenceDescription;
    std::vector<std::string> warnings; // network gaps, no-data counts, warped grids...
};

/// True when a method spec (makeCorrection syntax) runs the CNN ("cnn", "gacos,cnn", "cnn:free-mean").
bool usesCnn(const std::string& methodSpec);

/// A method as a file-name part: lower case, blanks dropped, ',' → '+', ':' → '-', anything else
/// that is not a letter, digit, '+', '-' or '_' → '-' ("gacos,deramp:bilinear" → "gacos+deramp-bilinear").
std::string methodFileName(const std::string& methodSpec);

/// Runs every method (progress split over methods and interferograms; cancel between maps and
/// blocks). Every map is converted to LOS mm first (unit overrides of request.inputs for files that
/// do not say; insar::Error naming the file when its units or a radian map's wavelength are
/// unknown). The reference is resolved once (on the first interferogram, or a time series' last
/// date; "auto" prefers a stable area valid on every map) and every map of every method is
/// referenced to that pixel. Throws insar::Error (unknown method, a point off the grid, a
/// correction's missing input naming the file) or CancelledError.
StackStudyResult runStackStudy(const StackStudyRequest& request, Progress& progress);

/// Writes, into `dir` (created): velocity.tif for "none" (band 1 velocity, band 2 σ, mm/yr) and
/// velocity_METHOD.tif for the others (METHOD = methodFileName), timeseries_METHOD.tif (LOS mm, one
/// band per date, named by date), points.csv (point, method, lon, lat, row, col, velocity, sigma,
/// valid dates), point_series.csv (point, method, date, displacement, model, model σ) and
/// summary.csv (method, median σ, std reduction, no-data pixels, velocity file). Every target is
/// checked before anything is written (an existing file is refused unless `overwrite`); files are
/// written under temporary names and renamed only when all are complete, so a failure leaves none.
/// The list of files written is returned.
std::vector<std::filesystem::path> writeStackStudy(const StackStudyResult& result,
                                                   const std::filesystem::path& dir, bool overwrite);

} // namespace insar::pipeline
