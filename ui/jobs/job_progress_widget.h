// A compact "progress bar + stage + ETA + Pause/Cancel" row that follows one JobBase at a time;
// the one way every tab shows a background job (docs/jobs.md).
#pragma once

#include "jobs/job.h"
#include "widgets/text_bindings.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace insar::ui {

class JobBase;
enum class JobStatus;

class JobProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit JobProgressWidget(QWidget* parent = nullptr);

    /// Follows `job` (replacing any previous one); the widget shows itself while it runs.
    void watch(JobBase* job);
    JobBase* job() const { return m_job; }

    /// Shows a Pause/Resume button (only for workers that check isCancelled() regularly).
    void setPauseVisible(bool visible);
    /// Hide the row when no job runs (default true).
    void setAutoHide(bool autoHide);
    /// Replaces the Cancel button's text and tool tip (e.g. "Stop" for training); the functions
    /// are called now and again on every language change, so they should return tr() texts.
    void setCancelTexts(std::function<QString()> text, std::function<QString()> tip);
    /// Replaces the Pause button's tool tip in the same way.
    void setPauseTip(std::function<QString()> tip);

    /// "12 s left", "3 min 20 s left", "about 2 h 5 min left"; empty for a negative or
    /// non-finite estimate.
    static QString formatEta(double seconds);
    /// "12 s", "3 min 20 s", "2 h 5 min"; for elapsed times and run durations.
    static QString formatDuration(double seconds);

    QProgressBar* progressBar() const { return m_bar; }
    QLabel* statusLabel() const { return m_label; }
    QToolButton* cancelButton() const { return m_cancel; }
    QToolButton* pauseButton() const { return m_pause; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void onProgress(double fraction, const QString& stage);
    void onPausedChanged(bool paused);
    void onCancelRequested();
    void onFinished(JobStatus status, const QString& message);
    void showStage();
    void showPaused(bool paused);
    void showFinished();

    QPointer<JobBase> m_job;
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    QToolButton* m_pause = nullptr;
    QToolButton* m_cancel = nullptr;
    QString m_stage;
    bool m_autoHide = true;
    std::optional<JobStatus> m_finished; // the last job's end, worded again on a language change
    QString m_finishedMessage;
    std::function<QString()> m_cancelText; // empty: "Cancel"
    std::function<QString()> m_cancelTip;  // empty: "Cancel the job"
    std::function<QString()> m_pauseTip;   // empty: "Pause or resume the job"
    TextBindings m_texts;
};

} // namespace insar::ui
