// Trains the denoiser (physics.md §8): data on background threads, Adam + MultiStep LR, validation
// metrics per epoch, atomic checkpoints with exact resume, best-model tracking, early stopping and
// a NaN/Inf guard. No torch types here (PIMPL); the GUI Training tab and the `train` CLI use it.
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "nn/train_config.h"

#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace insar::nn {

struct StepReport {
    int epoch = 0;            // 1-based
    long long step = 0;       // global optimiser step, 1-based
    double loss = 0.0;        // the poster's l(θ) of this batch (normalised units)
    double samplesPerSec = 0.0;
};

struct EpochReport {
    int epoch = 0;            // 1-based
    int epochs = 0;
    double trainLoss = 0.0;   // mean l(θ) over the epoch's steps (normalised units)
    double valLoss = 0.0;     // l(θ) on the validation maps (normalised units)
    // Validation metrics of the prediction (means over validation maps; metrics/image_metrics.h).
    double ssimPoster = 0.0, ssimWindowed = 0.0, snr = 0.0, snrDb = 0.0, rmseM = 0.0;
    // The same metrics of the uncorrected input, for comparison.
    double inputSsimPoster = 0.0, inputSsimWindowed = 0.0, inputSnrDb = 0.0, inputRmseM = 0.0;
    double seconds = 0.0;         // wall time of this epoch
    double samplesPerSec = 0.0;   // training samples (crops) per second
    double etaSeconds = 0.0;      // estimated time to the last epoch
    bool best = false;            // validation loss improved: best.model updated
    double learningRate = 0.0;
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

/// Pause/resume from another thread. To stop, cancel the Progress passed to Trainer::run: the
/// trainer then writes a checkpoint at the next step boundary and returns a TrainResult with
/// stopped = true (it does not throw CancelledError); `run(..., resume = true)` continues from it.
class TrainingControl {
public:
    void requestPause();
    void resume();
    bool isPauseRequested() const;
    /// Called by the trainer: blocks while paused; returns early when `progress` is cancelled.
    void waitWhilePaused(const Progress& progress) const;

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_cv;
    std::atomic<bool> m_paused{false};
};

struct TrainResult {
    bool stopped = false;          // cancelled by the user (checkpoint written)
    bool earlyStopped = false;     // patience exhausted
    int epochsDone = 0;
    long long steps = 0;
    double bestValLoss = 0.0;
    int bestEpoch = 0;
    std::filesystem::path modelFile;       // <outDir>/model.model: weights of the best epoch
    std::filesystem::path lastModelFile;   // <outDir>/last.model: weights of the last epoch
    std::filesystem::path checkpointFile;  // <outDir>/checkpoint.pt
    std::vector<EpochReport> history;
    double seconds = 0.0;
};

/// Output folder layout: config.json, checkpoint.pt, model.model (best), last.model,
/// history.csv (one line per epoch).
class Trainer {
public:
    explicit Trainer(TrainConfig config, std::filesystem::path outDir);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    /// Runs (or, with resume, continues from <outDir>/checkpoint.pt) the training. Throws
    /// insar::Error on bad config, unavailable device, unreadable data or after maxBadSteps
    /// consecutive NaN/Inf steps (the weights on disk are then those of the last good state).
    TrainResult run(Progress& progress, TrainingObserver* observer = nullptr,
                    TrainingControl* control = nullptr, bool resume = false);

    const TrainConfig& config() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

struct DeviceInfo {
    bool cudaAvailable = false;
    std::string description;   // e.g. "CPU (LibTorch 1.13.1, 2 threads)" or "CUDA: 1 device(s)"
};
DeviceInfo deviceInfo();

/// Sets torch's intra-op threads (n <= 0: defaultThreadCount()) and, once per process, the
/// inter-op threads. Safe to call repeatedly with the same n.
void configureTorchThreads(int threads);

} // namespace insar::nn
