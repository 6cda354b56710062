// What training reports after each epoch, and the one table of its fields that history.csv, the
// checkpoint's JSON history, the model file's finalMetrics and the printed epoch line all follow.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace insar::nn {

struct EpochReport {
    int epoch = 0; // 1-based
    int epochs = 0;
    double trainLoss = 0.0; // mean l(θ) over the epoch's steps (normalised units)
    double valLoss = 0.0;   // l(θ) on the validation maps (normalised units)
    // Validation metrics of the prediction (means over validation maps; metrics/image_metrics.h).
    double ssimPoster = 0.0, ssimWindowed = 0.0, snr = 0.0, snrDb = 0.0, rmseM = 0.0;
    // The same metrics of the uncorrected input, for comparison.
    double inputSsimPoster = 0.0, inputSsimWindowed = 0.0, inputSnrDb = 0.0, inputRmseM = 0.0;
    double seconds = 0.0;       // wall time of this epoch
    double samplesPerSec = 0.0; // training samples (crops) per second
    double etaSeconds = 0.0;    // estimated time to the last epoch
    bool best = false;          // validation loss improved: best.model updated
    double learningRate = 0.0;

    bool operator==(const EpochReport&) const = default;
};

/// One field of EpochReport. `key` names it in JSON, `column` in history.csv; `unit` is the unit of
/// the stored value. `label` (empty: not shown), `displayScale`, `displayUnit` and `format` (a
/// printf conversion for a double) say how the epoch line shows it.
struct EpochField {
    std::string_view key;
    std::string_view column;
    std::string_view unit;
    std::variant<int EpochReport::*, double EpochReport::*, bool EpochReport::*> member;
    std::string_view label;
    double displayScale = 1.0;
    std::string_view displayUnit;
    std::string_view format = "%.4g";
};

/// Every field of EpochReport, in history.csv column order.
const std::vector<EpochField>& epochFields();

/// The field's value as a double (bool: 0 or 1).
double fieldValue(const EpochField& field, const EpochReport& report);
/// Sets the field from a double (int fields take the rounded value, bool fields value != 0).
void setFieldValue(const EpochField& field, EpochReport& report, double value);

/// {"epoch": 1, "trainLoss": …}; non-finite numbers are written as null.
nlohmann::json epochReportToJson(const EpochReport& report);
/// Inverse of epochReportToJson (null reads as NaN); insar::Error naming a missing or ill-typed key.
EpochReport epochReportFromJson(const nlohmann::json& json);

/// One human-readable line: "epoch 3/10  loss 0.012  val 0.011  SSIM poster 0.812 …  *best".
std::string formatEpochLine(const EpochReport& report);

} // namespace insar::nn
