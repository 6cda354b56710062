// PRIVATE (torch): the training checkpoint, written atomically at every epoch end and on cancel,
// from which run(..., resume = true) continues bit-identically.
// File: a LibTorch archive holding "model" and "optimizer" (archives), "rng" (torch's CPU
// generator state) and "meta", the UTF-8 bytes of a JSON object
//   {"format": "insar-denoiser-checkpoint", "version": 2, "state": {named scalars of
//    TrainingState}, "config": TrainConfig, "history": [EpochReport ...]}.
#pragma once

#include "nn/detail/network.h"
#include "nn/epoch_report.h"
#include "nn/train_config.h"

#include <torch/torch.h>

#include <filesystem>
#include <limits>
#include <vector>

namespace insar::nn::detail {

/// Everything besides weights, optimizer state and RNG that resuming must restore.
struct TrainingState {
    int epoch = 0;            // 0-based epoch in progress
    int stepInEpoch = 0;      // steps of that epoch already done
    long long globalStep = 0; // batches consumed (= next batch index)
    double epochLossSum = 0.0;
    long long epochLossCount = 0;
    int badSteps = 0; // consecutive rejected steps
    double bestValLoss = std::numeric_limits<double>::infinity();
    int bestEpoch = 0;
    int sinceBest = 0;
    double elapsedSeconds = 0.0;
    double lossScale = 65536.0;
    std::vector<EpochReport> history;
};

constexpr int kCheckpointVersion = 2;

/// Throws insar::Error (Numerical) when the weights are not finite; nothing is written then.
void writeCheckpoint(const std::filesystem::path& file, ResidualNetwork& net,
                     torch::optim::Optimizer& optimizer, const TrainingState& state,
                     const TrainConfig& config);

/// Restores net, optimizer, state and torch's CPU generator. The checkpoint's config is compared
/// with `config` before any weight is read: a different network (named both ways), normalisation,
/// batch size, crop size or seed is an insar::Error, as is a checkpoint from an older version.
void readCheckpoint(const std::filesystem::path& file, ResidualNetwork& net,
                    torch::optim::Optimizer& optimizer, TrainingState& state, const TrainConfig& config,
                    torch::Device device);

} // namespace insar::nn::detail
