// The files and the printed table of an evaluation of several methods (evaluation.h): methods.csv
// (per method and SNR bin), methods_samples.csv (per sample and method), the "methods" part of
// summary.json and a compact text table.
#pragma once

#include "pipeline/evaluation.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace insar::pipeline {

/// Header of methods.csv, exactly.
inline constexpr const char* kMethodsCsvHeader =
    "method,bin,snr_low,snr_high,count,rmse_mm,ssim_windowed,ssim_poster,snr_db";
/// Header of methods_samples.csv, exactly.
inline constexpr const char* kMethodSamplesCsvHeader =
    "sample,input_snr,method,rmse_mm,ssim_windowed,ssim_poster,snr_db";

/// `value` as plain decimal (no exponent) with about `significant` significant digits and at most
/// 12 decimals; empty for NaN and infinities.
std::string plainDecimal(double value, int significant = 6);

/// One row per method and bin (the bins high SNR to low, then "all"; empty bounds for "all" and
/// for the open upper end; empty cells where a bin has no finite value). Written atomically.
void writeMethodsCsv(const std::filesystem::path& file, const EvaluationResult& result);

/// One row per sample and method. Written atomically.
void writeMethodSamplesCsv(const std::filesystem::path& file, const EvaluationResult& result);

/// {"methods": [{"method", "masked", "classical", "count", "rmse_mm", "ssim_windowed",
/// "ssim_poster", "snr_db"}...], "best_classical", "best_classical_unmasked",
/// "cnn_rmse_ratio_to_best_classical", "cnn_rmse_ratio_to_best_classical_per_bin", "mask_rule",
/// "level_rule", "messages"} (null where there is no value).
nlohmann::json methodsSummaryJson(const EvaluationResult& result);

/// The compact table: one line per method (overall RMSE mm, windowed and poster SSIM, SNR dB,
/// then the RMSE of each SNR bin), then the best classical method and the CNN's ratio to it.
std::string formatMethodsTable(const EvaluationResult& result);

/// The level rule in words, for summaries.
std::string levelRuleText();

} // namespace insar::pipeline
