// Runs nn::Trainer on its own thread and hands its reports to the GUI through a thread-safe queue
// that the owner drains on a timer (house-style.md: training streams metrics, the GUI never waits).
#pragma once

#include "common/progress.h"
#include "nn/trainer.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace insar::ui {

class TrainingJob : public QObject {
    Q_OBJECT
public:
    /// What arrived from the training thread since the previous drain().
    struct Updates {
        std::vector<nn::StepReport> steps;
        std::vector<nn::EpochReport> epochs;
        std::vector<nn::GalleryItem> gallery;   // of the newest epoch that sent one
        bool hasGallery = false;
        QStringList messages;
        double fraction = 0.0;                   // whole run, 0..1
        QString stage;
    };

    TrainingJob(nn::TrainConfig config, std::filesystem::path outDir, bool resume,
                QObject* parent = nullptr);
    /// Stops a running training (checkpoint written by the trainer) and waits for its thread.
    ~TrainingJob() override;

    void start();
    /// Blocks the trainer at its next step boundary / lets it continue.
    void pause();
    void resume();
    /// Asks the trainer to write a checkpoint and return; finished() follows.
    void stop();

    bool isRunning() const;
    bool isPaused() const;
    bool isStopRequested() const;
    /// Blocks until the training thread has ended (used when the window closes).
    void wait();

    /// Thread-safe; takes everything queued so far.
    Updates drain();

    /// Valid after finished(): the trainer's result, or the error that ended the run.
    const nn::TrainResult& result() const { return m_result; }
    bool failed() const { return !m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }

signals:
    /// Emitted on the GUI thread once the training thread has ended (normally, stopped or failed).
    void finished();

private:
    class Observer;
    class JobProgress;

    void runOnWorker();

    nn::TrainConfig m_config;
    std::filesystem::path m_outDir;
    bool m_resume = false;

    std::unique_ptr<JobProgress> m_progress;
    std::unique_ptr<Observer> m_observer;
    nn::TrainingControl m_control;
    QThread* m_thread = nullptr;

    mutable std::mutex m_mutex;   // guards m_pending
    Updates m_pending;

    nn::TrainResult m_result;     // written by the worker before it ends, read after finished()
    QString m_error;
};

} // namespace insar::ui
