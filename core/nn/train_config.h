// Everything a training run needs (network, data, optimiser, device, output), with JSON load/save.
// The defaults are the poster's settings (DnCNN-20×64, batch 64, Adam 1e-3); see docs/physics.md §8.
#pragma once

#include "nn/device_kind.h"
#include "nn/network_config.h"
#include "synthesis/sample_generator.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace insar::nn {

/// How maps are scaled before the network sees them (recorded in the model file).
///  - Float: network value = physical value (metres) × floatScale; the same scale for every map.
///  - Poster8Bit: the poster's 8-bit mode: each input map y is mapped linearly to 0..255 with its own
///    offset = min(y) and scale = (max(y) - min(y)) / 255, then divided by 255 (network sees 0..1);
///    the reference of a training sample uses the input's offset/scale; the denoiser maps back with
///    the same numbers. Values are not rounded to integers (no quantisation noise is added).
enum class NormalisationMode { Float, Poster8Bit };
std::string normalisationName(NormalisationMode mode);         // "float", "poster8bit"
NormalisationMode parseNormalisation(const std::string& text); // throws insar::Error

struct TrainConfig {
    NetworkConfig network;
    synthesis::SynthesisConfig trainData; // on-the-fly training data
    synthesis::RegionPreset validationPreset = synthesis::RegionPreset::Validation;
    int epochs = 50;
    int stepsPerEpoch = 100;
    int batchSize = 64;
    int validationSamples = 32; // full-size maps from validationPreset, fixed seeds
    double learningRate = 1e-3;
    std::vector<int> lrMilestones{30, 60, 90}; // epochs (MultiStepLR, official DnCNN code)
    double lrGamma = 0.2;
    int earlyStoppingPatience = 10; // epochs without a better validation loss; 0 = never stop
    DeviceKind device = DeviceKind::Auto;
    bool mixedPrecision = true; // CUDA only (autocast + loss scaling); ignored on CPU
    std::uint64_t seed = 1;
    std::filesystem::path datasetDir; // empty => on-the-fly synthesis; else a `synth` dataset
    int threads = 0;                  // torch intra-op threads; 0 = defaultThreadCount()
    int prefetchBatches = 4;          // bounded queue of ready batches
    int galleryCount = 4;             // validation samples sent to the observer each epoch
    // --- additions beyond the poster ---
    int cropSize = 64;      // random square crops for training (0 = full maps)
    int cropsPerSample = 4; // crops taken from each synthesised map (cheaper data)
    int dataThreads = 1;    // synthesis worker threads
    NormalisationMode normalisation = NormalisationMode::Float;
    double floatScale = 100.0; // Float mode: metres -> network units (1 = 1 cm)
    int maxBadSteps = 5;       // consecutive NaN/Inf steps before the run aborts
    bool augment = true;       // random flips/transpose of crops (8 dihedral modes)
};

// Largest values validate() accepts (far beyond any useful run, well below resource exhaustion).
constexpr int kMaxEpochs = 100000;
constexpr int kMaxStepsPerEpoch = 10000000;
constexpr int kMaxBatchSize = 4096;
constexpr int kMaxValidationSamples = 10000;
constexpr int kMaxPrefetchBatches = 256;
constexpr int kMaxCropsPerSample = 1024;
constexpr int kMaxBadStepsLimit = 1000000;
constexpr int kMaxGalleryCount = 64;
constexpr double kMaxLearningRate = 1.0;
constexpr double kMaxLrGamma = 10.0;
constexpr double kMaxFloatScale = 1e9;

/// Throws insar::Error naming the first bad field and its value.
void validate(const TrainConfig& config);

void to_json(nlohmann::json& j, const TrainConfig& config);
/// Missing keys keep their defaults; unknown keys, wrong types and numbers that do not fit the
/// field (1.5 epochs, a batch of 1e10) throw insar::Error naming the key and the value.
void from_json(const nlohmann::json& j, TrainConfig& config);

/// Reads a JSON config file; insar::Error naming the file, line and problem when malformed.
TrainConfig loadTrainConfig(const std::filesystem::path& file);
/// Writes the config as indented JSON, atomically.
void saveTrainConfig(const TrainConfig& config, const std::filesystem::path& file);

} // namespace insar::nn
