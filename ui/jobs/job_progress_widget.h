// A compact "progress bar + stage + ETA + Pause/Cancel" row that follows one JobBase at a time;
// the one way every tab shows a background job (docs/jobs.md).
#pragma once

#include "jobs/job.h"

#include <QPointer>
#include <QWidget>

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

    /// "12 s left", "3 min 20 s left", "about 2 h 5 min left"; empty for a negative or
    /// non-finite estimate.
    static QString formatEta(double seconds);
    /// "12 s", "3 min 20 s", "2 h 5 min"; for elapsed times and run durations.
    static QString formatDuration(double seconds);

    QProgressBar* progressBar() const { return m_bar; }
    QLabel* statusLabel() const { return m_label; }
    QToolButton* cancelButton() const { return m_cancel; }
    QToolButton* pauseButton() const { return m_pause; }

private:
    void onProgress(double fraction, const QString& stage);
    void onPausedChanged(bool paused);
    void onCancelRequested();
    void onFinished(JobStatus status, const QString& message);
    void showStage();
    void showPaused(bool paused);

    QPointer<JobBase> m_job;
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    QToolButton* m_pause = nullptr;
    QToolButton* m_cancel = nullptr;
    QString m_stage;
    bool m_autoHide = true;
};

} // namespace insar::ui
