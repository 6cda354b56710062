// Scoring correction methods against a known truth on the same maps: the uncorrected input, the
// classical corrections (deramp, phase-elevation), the CNN and chains of them, per sample, per
// input-SNR bin (the poster's decades, docs/physics.md §11.4) and overall. Used by `evaluate`.
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "corrections/correction.h"
#include "metrics/snr_binning.h"
#include "synthesis/synthesis_config.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace insar::pipeline {

/// Suffix of a method scored with the deforming area excluded from its fits ("deramp-masked").
inline constexpr std::string_view kMaskedSuffix = "-masked";

/// The exclusion mask that stands for a user's best mask on synthetic data, built from the known
/// deformation x: 1 where |x| > max(kMaskFloorM, kMaskFraction * max|x|), else 0 (NaN x: 0).
inline constexpr double kMaskFloorM = 0.001;
inline constexpr double kMaskFraction = 0.10;
Raster deformationExclusionMask(const Raster& reference);
/// The rule above in words, for summaries.
std::string deformationMaskRule();

/// One method as scored: "none" (the input), a corrections::makeCorrection() spec, or such a spec
/// with kMaskedSuffix.
struct EvaluationMethod {
    std::string spec;           // as listed: "deramp:bilinear-masked", "linear:1+plane,cnn", "none"
    std::string correctionSpec; // spec without the suffix; empty for "none"
    bool masked = false;
    bool usesCnn = false; // a step of the chain is "cnn" (with or without an argument)
    /// Level rule: the removed map is made zero-mean over valid pixels. Off only for a CNN that is
    /// told to choose the map's level itself ("cnn:free-mean", or keepCnnLevel below).
    bool zeroMeanRemoved = true;
    std::shared_ptr<const corrections::Correction> correction; // null for "none"

    bool isInput() const { return !correction; }
    bool isClassical() const { return correction && !usesCnn; }
};

/// The default list: none; deramp, deramp:bilinear, linear:1+plane (phase-elevation fitted jointly
/// with a plane, height term removed), linear:1+plane,deramp (height term and plane removed), each
/// also masked; then (withCnn) cnn, deramp,cnn and linear:1+plane,cnn.
std::vector<std::string> defaultEvaluationMethods(bool withCnn = true);

/// Splits what users type: items separated by ';' or white space (a chain such as "deramp,cnn"
/// holds commas, so ',' stays inside an item). Empty items are skipped.
std::vector<std::string> splitMethodList(std::string_view list);

/// Builds every method before any work, "none" first (added when missing). "cnn" must be
/// registered (registerCnnCorrection) for a spec that uses it. Throws insar::Error naming the
/// spec for an unknown or malformed method, a duplicate, or an empty list. keepCnnLevel turns the
/// level rule off for every method that uses the CNN (the CLI's --free-mean).
std::vector<EvaluationMethod> makeEvaluationMethods(const std::vector<std::string>& specs,
                                                    bool keepCnnLevel = false);

/// One map with its truth. Input and reference share one grid; the DEM may be on any grid the
/// corrections can warp from (or absent: methods that need it then fail naming the sample).
struct EvaluationSample {
    std::string id;
    Raster input;     // y
    Raster reference; // x
    std::optional<Raster> dem;
};

/// Where the maps come from: `count` samples, sample(i) callable in any order (deterministic).
struct EvaluationSource {
    std::size_t count = 0;
    std::string description; // "synthetic preset test, seed 20240601"
    std::function<EvaluationSample(std::size_t)> sample;
    std::vector<std::string> notes; // e.g. why a dataset's samples have no DEM
};

/// Samples generate(deriveSampleSeed(seed, i)) of `config`, with their DEMs; ids "sample-I-seed-S".
EvaluationSource syntheticEvaluationSource(const synthesis::SynthesisConfig& config, std::uint64_t seed,
                                           std::size_t count, const std::string& description);
/// The first min(maxCount, size) samples of a `synth` dataset, values as stored (LOS metres), with
/// the stored or regenerated DEM; without one (real DEM tiles, no components) a note says so.
EvaluationSource datasetEvaluationSource(const std::filesystem::path& dir, std::size_t maxCount);

/// Per sample: its input SNR and one QualityMetrics per method (the order of the methods).
struct SampleScores {
    std::string id;
    double inputSnr = 0.0;
    std::vector<metrics::QualityMetrics> methods;
};

/// Per method: the means per SNR bin and over all samples (the "after" side of each summary).
struct MethodSummary {
    std::string method;
    std::vector<metrics::SnrBinSummary> bins;
    metrics::SnrBinSummary all;
};

struct EvaluationResult {
    std::vector<EvaluationMethod> methods;
    std::vector<SampleScores> samples;
    std::vector<MethodSummary> summaries;             // one per method, same order
    std::optional<std::size_t> bestClassical;         // lowest overall mean RMSE, masked or not
    std::optional<std::size_t> bestUnmaskedClassical; // the same among methods without the mask
    std::optional<std::size_t> cnn;                   // the method "cnn" (or "cnn:..."), when listed
    std::vector<std::string> messages; // notes of the source; masked fits done without the mask

    /// Overall mean of one metric of method m (NaN when no finite value).
    double overall(std::size_t m, double metrics::QualityMetrics::*member) const;
    /// RMSE of the CNN over the best classical method's, overall or in one bin (NaN when either is
    /// missing or the best is 0).
    double cnnRmseRatio(std::optional<std::size_t> bin = std::nullopt) const;
    /// Records with before = the input and after = method m, for the per-sample and binned CSVs.
    std::vector<metrics::EvaluationRecord> records(std::size_t m) const;
};

/// Runs every method on every sample of `source` through Correction::apply with reference "none",
/// the sample's DEM and (masked methods) deformationExclusionMask(x); applies the level rule;
/// scores the estimates against x. A masked method whose fit fails with the mask (too few pixels
/// left outside it) but not without it is fitted without it on that sample, and a message counts
/// such samples. Throws insar::Error naming the sample and method, or CancelledError.
EvaluationResult evaluateMethods(const EvaluationSource& source, const std::vector<EvaluationMethod>& methods,
                                 Progress& progress,
                                 const metrics::SnrBinning& binning = metrics::SnrBinning::posterDecades());

/// Adds the mean of (input - corrected) over pixels valid in both to `corrected`, so the removed
/// map input - corrected has zero mean there (no change when no pixel is valid in both).
void makeRemovedZeroMean(const Raster& input, Raster& corrected);

} // namespace insar::pipeline
