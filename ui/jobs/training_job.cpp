#include "training_job.h"

#include <utility>

namespace insar::ui {

void TrainingStream::onStep(const nn::StepReport& report)
{
    std::lock_guard lock(m_mutex);
    m_pending.steps.push_back(report);
}

void TrainingStream::onEpoch(const nn::EpochReport& report, const std::vector<nn::GalleryItem>& gallery)
{
    std::lock_guard lock(m_mutex);
    m_pending.epochs.push_back(report);
    if (!gallery.empty()) {
        m_pending.gallery = gallery;
        m_pending.hasGallery = true;
    }
}

void TrainingStream::onMessage(const std::string& message)
{
    std::lock_guard lock(m_mutex);
    m_pending.messages.append(QString::fromStdString(message));
}

TrainingStream::Updates TrainingStream::drain()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_pending, Updates{});
}

std::filesystem::path checkpointFile(const std::filesystem::path& outDir)
{
    return outDir / "checkpoint.pt"; // the layout nn::Trainer documents
}

Job<nn::TrainResult>* startTraining(QObject* receiver, TrainingRun run,
                                    std::shared_ptr<TrainingStream> stream,
                                    Job<nn::TrainResult>::DoneFn onDone)
{
    // The worker owns its copy of the run and shares the stream, so it may outlive the tab.
    auto work = [run = std::move(run), stream = std::move(stream)](Progress& progress) {
        nn::Trainer trainer(run.config, run.outDir);
        return trainer.run(progress, stream.get(), run.resume);
    };
    return startJob<nn::TrainResult>(receiver, std::move(work), std::move(onDone), longJobPool());
}

} // namespace insar::ui
