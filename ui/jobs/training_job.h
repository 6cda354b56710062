// Training as a background job: nn::Trainer::run in a Job<nn::TrainResult> on the long-job pool
// (progress, stage, ETA, pause and cancel like every other job; docs/jobs.md), plus the live
// stream of step, epoch, gallery and message reports, which the trainer's thread queues and the
// GUI drains on a timer.
#pragma once

#include "jobs/job.h"
#include "nn/trainer.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

namespace insar::ui {

/// Thread-safe queue of the trainer's reports: the trainer's thread appends, the GUI drains.
class TrainingStream final : public nn::TrainingObserver {
public:
    /// What arrived since the previous drain().
    struct Updates {
        std::vector<nn::StepReport> steps;
        std::vector<nn::EpochReport> epochs;
        std::vector<nn::GalleryItem> gallery; // of the newest epoch that sent one
        bool hasGallery = false;
        QStringList messages;
    };

    void onStep(const nn::StepReport& report) override;
    void onEpoch(const nn::EpochReport& report, const std::vector<nn::GalleryItem>& gallery) override;
    void onMessage(const std::string& message) override;

    /// Takes everything queued so far.
    Updates drain();

private:
    std::mutex m_mutex;
    Updates m_pending;
};

struct TrainingRun {
    nn::TrainConfig config;
    std::filesystem::path outDir;
    bool resume = false; // continue from <outDir>/checkpoint.pt
};

/// The checkpoint a cancelled (stopped) run leaves in its output folder.
std::filesystem::path checkpointFile(const std::filesystem::path& outDir);

/// Starts the run on longJobPool(), reporting to `stream`. The outcome is the TrainResult; or
/// Cancelled after cancel(), once the trainer has written checkpointFile(outDir) at the next step
/// boundary; or Failed with the trainer's message. Pausing holds the trainer at its next step.
Job<nn::TrainResult>* startTraining(QObject* receiver, TrainingRun run,
                                    std::shared_ptr<TrainingStream> stream,
                                    Job<nn::TrainResult>::DoneFn onDone);

} // namespace insar::ui
