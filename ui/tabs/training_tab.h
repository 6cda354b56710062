// Training tab: the configuration form (TrainingForm), Start, the run's progress, ETA, Pause and
// Stop in a JobProgressWidget, and the live charts, gallery and log (TrainingMonitor). Training is
// a background job like every other (startTraining, docs/jobs.md); its reports are drained from
// a TrainingStream on a GUI timer. Stop cancels the job: the trainer writes a checkpoint first, so
// the run can be continued later. Export report… writes a PDF or HTML report of the run in the
// output folder (collected in a background job, drawn on the GUI thread; docs/reports.md).
#pragma once

#include "jobs/job.h"
#include "jobs/job_slot.h"
#include "nn/trainer.h"
#include "widgets/text_bindings.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <filesystem>
#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace insar::ui {

class JobProgressWidget;
class LossChart;
class SampleGallery;
class TrainingForm;
class TrainingMonitor;
class TrainingStream;

class TrainingTab : public QWidget {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping };
    /// How often the trainer's queued reports are moved into the charts.
    static constexpr int kDrainIntervalMs = 100;

    explicit TrainingTab(QWidget* parent = nullptr);
    /// Saves the form; a running training is stopped (checkpoint written) and waited for.
    ~TrainingTab() override;

    /// The configuration the form shows (not validated); throws insar::Error when an edited text
    /// field cannot be parsed.
    nn::TrainConfig config() const;
    /// Fills the form from a configuration (e.g. one loaded from JSON); fields the form does not
    /// show are kept as given.
    void setConfig(const nn::TrainConfig& config);
    std::filesystem::path outputDir() const;
    void setOutputDir(const QString& dir);
    TrainingForm* form() const { return m_form; }

    State state() const { return m_state; }
    bool isTraining() const { return m_state != State::Idle; }

    /// For MainWindow::closeEvent: true when the window may close now. While training it asks
    /// whether to stop; on "yes" it stops the run (the trainer writes a checkpoint), returns false
    /// and closes the window itself once the training job has ended.
    bool confirmClose();

    LossChart* lossChart() const;
    LossChart* metricsChart() const;
    SampleGallery* gallery() const;
    JobProgressWidget* progressWidget() const { return m_progress; }
    /// The last status line (result of the run, error, or current stage).
    QString statusText() const;
    /// The last epoch report received (epoch 0 before any).
    const nn::EpochReport& lastEpoch() const;
    /// The configuration of the current or last run, exactly as handed to the trainer.
    const nn::TrainConfig& runConfig() const { return m_runConfig; }
    /// How the last run ended, and its result when it finished (not after Stop or a failure).
    JobStatus lastStatus() const { return m_lastStatus; }
    const nn::TrainResult& lastResult() const { return m_lastResult; }

    void saveSettings() const;

    /// True when the output folder holds a run (history.csv and config.json) and nothing runs.
    bool canExportReport() const;
    /// Writes a report of the run in the output folder (and the gallery shown) to `path`, PDF or
    /// HTML by its extension; reportExported() or an error message box (and reportFailed()) follows.
    void exportReport(const QString& path);

public slots:
    void start();
    void pause();
    void resume();
    /// Stops at the next step boundary with a checkpoint; trainingFinished() follows.
    void stop();
    void setLogScale(bool on);

signals:
    void stateChanged(insar::ui::TrainingTab::State state);
    /// The training job ended; `ok` is false only for a failure (a Stop is not one), `message`
    /// says how it ended.
    void trainingFinished(bool ok, const QString& message);
    /// A new epoch's report (and gallery) reached the charts.
    void epochShown(int epoch);
    void reportExported(const QString& path);
    void reportFailed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildRunBox();
    void setState(State state);
    void drainUpdates();
    void onFinished(JobOutcome<nn::TrainResult> outcome);
    /// The status line; `text` runs again on a language change.
    void setStatus(std::function<QString()> text, bool error = false);
    void updateReportAction();
    void showStopTexts();
    void chooseReportPath();

    TrainingForm* m_form = nullptr;
    QScrollArea* m_formArea = nullptr;
    TrainingMonitor* m_monitor = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_exportReport = nullptr;
    JobProgressWidget* m_progress = nullptr;
    QLabel* m_status = nullptr;

    JobSlot m_job;
    JobSlot m_reportJob;
    std::shared_ptr<TrainingStream> m_stream;
    QTimer* m_drainTimer = nullptr;
    State m_state = State::Idle;
    bool m_closeWhenStopped = false;
    nn::TrainConfig m_runConfig;
    std::filesystem::path m_runDir;
    std::filesystem::file_time_type m_runStarted;
    JobStatus m_lastStatus = JobStatus::Succeeded;
    nn::TrainResult m_lastResult;
    std::function<QString()> m_statusText;
    TextBindings m_texts; // every user-visible text, re-applied on QEvent::LanguageChange
};

} // namespace insar::ui

Q_DECLARE_METATYPE(insar::ui::TrainingTab::State)
