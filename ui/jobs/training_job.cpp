#include "training_job.h"

#include "common/error.h"

#include <QThread>

#include <atomic>
#include <exception>

namespace insar::ui {

class TrainingJob::JobProgress final : public Progress {
public:
    explicit JobProgress(TrainingJob& job) : m_job(job) {}
    void setFraction(double fraction) override
    {
        std::lock_guard lock(m_job.m_mutex);
        m_job.m_pending.fraction = fraction;
    }
    void setStage(std::string_view stage) override
    {
        std::lock_guard lock(m_job.m_mutex);
        m_job.m_pending.stage = QString::fromUtf8(stage.data(), qsizetype(stage.size()));
    }
    bool isCancelled() const override { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }

private:
    TrainingJob& m_job;
    std::atomic<bool> m_cancelled{false};
};

class TrainingJob::Observer final : public nn::TrainingObserver {
public:
    explicit Observer(TrainingJob& job) : m_job(job) {}
    void onStep(const nn::StepReport& report) override
    {
        std::lock_guard lock(m_job.m_mutex);
        m_job.m_pending.steps.push_back(report);
    }
    void onEpoch(const nn::EpochReport& report, const std::vector<nn::GalleryItem>& gallery) override
    {
        std::lock_guard lock(m_job.m_mutex);
        m_job.m_pending.epochs.push_back(report);
        if (!gallery.empty()) {
            m_job.m_pending.gallery = gallery;
            m_job.m_pending.hasGallery = true;
        }
    }
    void onMessage(const std::string& message) override
    {
        std::lock_guard lock(m_job.m_mutex);
        m_job.m_pending.messages.append(QString::fromStdString(message));
    }

private:
    TrainingJob& m_job;
};

TrainingJob::TrainingJob(nn::TrainConfig config, std::filesystem::path outDir, bool resume,
                         QObject* parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_outDir(std::move(outDir)),
      m_resume(resume),
      m_progress(std::make_unique<JobProgress>(*this)),
      m_observer(std::make_unique<Observer>(*this))
{
}

TrainingJob::~TrainingJob()
{
    if (m_thread) {
        stop();
        m_thread->wait();
        delete m_thread;
    }
}

void TrainingJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { runOnWorker(); });
    m_thread->setObjectName(QStringLiteral("training"));
    // QThread::finished is emitted on the worker; the queued connection delivers it here.
    connect(m_thread, &QThread::finished, this, &TrainingJob::finished, Qt::QueuedConnection);
    m_thread->start();
}

void TrainingJob::runOnWorker()
{
    try {
        nn::Trainer trainer(m_config, m_outDir);
        m_result = trainer.run(*m_progress, m_observer.get(), &m_control, m_resume);
    } catch (const CancelledError&) {
        m_result.stopped = true;
    } catch (const std::exception& e) {
        m_error = QString::fromStdString(e.what());
        if (m_error.isEmpty())
            m_error = tr("training failed");
    }
}

void TrainingJob::pause()
{
    if (isRunning())
        m_control.requestPause();
}

void TrainingJob::resume()
{
    m_control.resume();
}

void TrainingJob::stop()
{
    m_progress->cancel();
    // A paused trainer must wake up to see the cancellation and write its checkpoint.
    m_control.resume();
}

bool TrainingJob::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

bool TrainingJob::isPaused() const
{
    return m_control.isPauseRequested();
}

bool TrainingJob::isStopRequested() const
{
    return m_progress->isCancelled();
}

void TrainingJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

TrainingJob::Updates TrainingJob::drain()
{
    std::lock_guard lock(m_mutex);
    Updates out = std::move(m_pending);
    m_pending = Updates{};
    m_pending.fraction = out.fraction;
    m_pending.stage = out.stage;
    return out;
}

} // namespace insar::ui
