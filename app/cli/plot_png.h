// PNG plot of denoising performance versus input SNR for `evaluate` (Qt Gui, full build only).
#pragma once

#include "metrics/snr_binning.h"

#include <filesystem>
#include <string>
#include <vector>

namespace insar::cli {

/// Writes a two-panel plot (windowed SSIM and RMSE vs input SNR, before/after, per-sample points
/// and binned means) atomically. Returns false with `note` set when this build has no Qt Gui.
bool writeSnrPlotPng(const std::filesystem::path& file, const std::vector<metrics::EvaluationRecord>& records,
                     const std::vector<metrics::SnrBinSummary>& bins, std::string& note);

} // namespace insar::cli
