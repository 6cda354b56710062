// Trains the denoiser (docs/physics.md §8): data on background threads, Adam + MultiStep LR,
// validation metrics per epoch, atomic checkpoints with exact resume, best-model tracking, early
// stopping and a NaN/Inf guard. No torch types here (PIMPL); the GUI Training tab and the `train`
// CLI use it.
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "nn/epoch_report.h"
#include "nn/train_config.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace insar::nn {

struct StepReport {
    int epoch = 0;      // 1-based
    long long step = 0; // global optimiser step, 1-based
    double loss = 0.0;  // the poster's l(θ) of this batch (normalised units)
    double samplesPerSec = 0.0;
};

/// One validation map, for the GUI gallery (metres).
struct GalleryItem {
    Raster input, prediction, reference;
};

/// Callbacks from the training thread (never from the GUI thread): keep them short, queue to the UI.
class TrainingObserver {
public:
    virtual ~TrainingObserver();
    virtual void onStep(const StepReport&) {}
    virtual void onEpoch(const EpochReport&, const std::vector<GalleryItem>&) {}
    virtual void onMessage(const std::string&) {}
};

struct TrainResult {
    bool earlyStopped = false; // patience exhausted
    int epochsDone = 0;
    long long steps = 0;
    double bestValLoss = 0.0;
    int bestEpoch = 0;
    std::filesystem::path modelFile;      // <outDir>/model.model: weights of the best epoch
    std::filesystem::path lastModelFile;  // <outDir>/last.model: weights of the last epoch
    std::filesystem::path checkpointFile; // <outDir>/checkpoint.pt
    std::vector<EpochReport> history;
    double seconds = 0.0;
};

/// Output folder layout: config.json, checkpoint.pt, model.model (best), last.model,
/// history.csv (one line per epoch, columns of epochFields()).
class Trainer {
public:
    explicit Trainer(TrainConfig config, std::filesystem::path outDir);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    /// Runs (or, with resume, continues from <outDir>/checkpoint.pt) the training. Throws
    /// insar::Error on bad config, unavailable device, unreadable data or after maxBadSteps
    /// consecutive NaN/Inf steps (the weights on disk are then those of the last good state).
    /// Pausing happens inside progress.isCancelled(), which the trainer asks at every step
    /// boundary (docs/jobs.md). When progress is cancelled the trainer writes a checkpoint at the
    /// next step boundary and throws CancelledError, like every other job; run(..., resume = true)
    /// continues from that checkpoint.
    TrainResult run(Progress& progress, TrainingObserver* observer = nullptr, bool resume = false);

    const TrainConfig& config() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The files of a previous run in `outDir` that a new (not resumed) run would replace; empty when
/// there are none. Front ends ask before they start a run over an old one.
std::vector<std::filesystem::path> existingRunOutputs(const std::filesystem::path& outDir);

struct DeviceInfo {
    bool cudaAvailable = false;
    /// The CPU has AVX-512 BF16, so DenoiseOptions::bf16 takes effect on it (fp32 otherwise).
    bool cpuBf16 = false;
    std::string description; // e.g. "CPU (LibTorch 1.13.1, 2 threads)" or "CUDA: 1 device(s)"
};
DeviceInfo deviceInfo();

/// Sets torch's intra-op threads (n <= 0: defaultThreadCount()) and, once per process, the
/// inter-op threads. Safe to call repeatedly with the same n.
void configureTorchThreads(int threads);

} // namespace insar::nn
