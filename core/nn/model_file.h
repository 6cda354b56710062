// The trained-model file: a small header (magic, format version, JSON metadata) followed by the
// weights (a LibTorch archive, opaque here) and a CRC-32 of everything before it.
// Layout (little endian): "INSARDNN" | u32 version | u64 jsonBytes | json | u64 weightBytes |
// weights | u32 crc32(all preceding bytes).
#pragma once

#include "common/units.h"
#include "nn/network_config.h"
#include "nn/train_config.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace insar::nn {

constexpr int kModelFormatVersion = 1;

struct Normalisation {
    NormalisationMode mode = NormalisationMode::Float;
    double floatScale = 100.0; // Float mode: network value = value in `units` × floatScale
};

struct ModelInfo {
    int formatVersion = kModelFormatVersion;
    NetworkConfig network;
    Normalisation normalisation;
    Units units = Units::Metres; // units the model was trained on (LOS displacement)
    int trainingSize = 64;       // side of the training crops (denoiser tiles are >= this)
    nlohmann::json trainConfig;  // TrainConfig as JSON
    std::uint64_t seed = 0;
    nlohmann::json datasets;     // training/validation presets or dataset folder
    nlohmann::json finalMetrics; // validation metrics of the saved weights
    std::string projectVersion;
    std::string created; // ISO 8601 UTC
};

void to_json(nlohmann::json& j, const ModelInfo& info);
void from_json(const nlohmann::json& j, ModelInfo& info);

/// Reads a model file. insar::Error (ErrorKind::Format, naming the file) when it is missing,
/// truncated, corrupt (CRC), of an unknown version, or describes an unknown architecture.
struct ModelFileContents {
    ModelInfo info;
    std::string weights; // LibTorch archive bytes
};
ModelFileContents readModelFile(const std::filesystem::path& file);
/// Metadata only (the whole file is still checked).
ModelInfo readModelInfo(const std::filesystem::path& file);
/// Writes atomically.
void writeModelFile(const std::filesystem::path& file, const ModelInfo& info, const std::string& weights);

/// The model used when none is given: $INSAR_MODEL, else
/// <exe dir>/../share/insar-denoiser/models/insar-dncnn.model, else the source tree's
/// packaging/models/insar-dncnn.model; empty path when none exists.
std::filesystem::path defaultModelPath();

} // namespace insar::nn
