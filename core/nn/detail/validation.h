// PRIVATE (torch): the end-of-epoch validation: the poster's loss and the quality metrics of the
// network's prediction and of the uncorrected input over the fixed validation maps.
#pragma once

#include "common/progress.h"
#include "metrics/image_metrics.h"
#include "nn/detail/data_pipeline.h"
#include "nn/detail/network.h"
#include "nn/model_file.h"
#include "nn/trainer.h"

#include <torch/torch.h>

#include <vector>

namespace insar::nn::detail {

struct ValidationResult {
    double loss = 0.0;                 // l(θ) averaged over the maps (normalised units)
    metrics::QualityMetrics mean;      // prediction (means of each field over the maps)
    metrics::QualityMetrics inputMean; // uncorrected input
    std::vector<GalleryItem> gallery;  // the first galleryCount maps
};

/// Field-by-field mean over the maps where the field is finite (an exact estimate gives an
/// infinite SNR, which would otherwise drag a 1/n-weighted sum down); 0 when no map has a finite
/// value (the history JSON and CSV then still hold a number).
metrics::QualityMetrics finiteMean(const std::vector<metrics::QualityMetrics>& all);

/// Evaluates `net` (switched to eval mode) on every map of `set`, as the denoiser would (the level
/// is kept: detail::preserveMean). Reports maps done / maps to `progress`; CancelledError between
/// maps.
ValidationResult validateNetwork(ResidualNetwork& net, const ValidationSet& set, torch::Device device,
                                 bool amp, const Normalisation& norm, int galleryCount, Progress& progress);

} // namespace insar::nn::detail
