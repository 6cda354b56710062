#include "job_progress_widget.h"

#include "job.h"

#include "ui_resources.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QToolButton>

#include <algorithm>
#include <cmath>
#include <utility>

namespace insar::ui {

JobProgressWidget::JobProgressWidget(QWidget* parent) : QWidget(parent)
{
    initResources();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_bar->setFormat(QStringLiteral("%p%"));
    m_label = new QLabel(this);
    m_label->setMinimumWidth(120);
    m_pause = new QToolButton(this);
    m_pause->setCheckable(true);
    m_pause->setIcon(QIcon(QStringLiteral(":/icons/pause.svg")));
    m_pause->setText(tr("Pause"));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setVisible(false);
    m_cancel = new QToolButton(this);
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    m_texts.bind([this] {
        m_pause->setToolTip(m_pauseTip ? m_pauseTip() : tr("Pause or resume the job"));
        m_cancel->setText(m_cancelText ? m_cancelText() : tr("Cancel"));
        m_cancel->setToolTip(m_cancelTip ? m_cancelTip() : tr("Cancel the job"));
    });
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label);
    layout->addWidget(m_pause);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(m_pause, &QToolButton::toggled, this, [this](bool paused) {
        if (m_job)
            m_job->setPaused(paused);
        showPaused(m_job && m_job->isPaused()); // a job that cannot pause now stays as it is
    });
    setVisible(!m_autoHide);
}

void JobProgressWidget::watch(JobBase* job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    m_finished.reset();
    m_bar->setValue(job ? static_cast<int>(std::lround(job->fraction() * 1000.0)) : 0);
    m_stage = job ? job->stage() : QString();
    m_label->setText(m_stage);
    m_cancel->setEnabled(job != nullptr && !job->isCancelRequested());
    showPaused(job && job->isPaused());
    m_pause->setEnabled(job != nullptr && !job->isCancelRequested());
    if (!job) {
        setVisible(!m_autoHide);
        return;
    }
    connect(job, &JobBase::progressChanged, this, &JobProgressWidget::onProgress);
    connect(job, &JobBase::pausedChanged, this, &JobProgressWidget::onPausedChanged);
    connect(job, &JobBase::cancelRequested, this, &JobProgressWidget::onCancelRequested);
    connect(job, &JobBase::finished, this, &JobProgressWidget::onFinished);
    if (job->isRunning())
        setVisible(true);
    else
        connect(job, &JobBase::started, this, [this] { setVisible(true); });
}

void JobProgressWidget::setPauseVisible(bool visible)
{
    m_pause->setVisible(visible);
}

void JobProgressWidget::setAutoHide(bool autoHide)
{
    m_autoHide = autoHide;
    if (!m_job || !m_job->isRunning())
        setVisible(!m_autoHide);
}

QString JobProgressWidget::formatEta(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return {};
    const auto s = static_cast<long long>(std::llround(seconds));
    if (s < 60)
        return tr("%1 s left").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s left").arg(s / 60).arg(s % 60);
    return tr("about %1 h %2 min left").arg(s / 3600).arg((s % 3600) / 60);
}

QString JobProgressWidget::formatDuration(double seconds)
{
    const auto s =
        static_cast<long long>(std::llround(std::isfinite(seconds) ? std::max(0.0, seconds) : 0.0));
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

void JobProgressWidget::onProgress(double fraction, const QString& stage)
{
    setVisible(true);
    m_bar->setValue(static_cast<int>(std::lround(fraction * 1000.0)));
    m_stage = stage;
    showStage();
}

void JobProgressWidget::showStage()
{
    if (!m_job)
        return;
    QString text = m_stage;
    if (m_job->isCancelRequested()) {
        text = tr("Cancelling…");
    } else if (m_job->isPaused()) {
        text = text.isEmpty() ? tr("Paused") : tr("Paused: %1").arg(text);
    } else if (const auto eta = m_job->etaSeconds()) {
        const QString etaText = formatEta(*eta);
        text = text.isEmpty() ? etaText : tr("%1 — %2").arg(text, etaText);
    }
    m_label->setText(text);
}

void JobProgressWidget::setCancelTexts(std::function<QString()> text, std::function<QString()> tip)
{
    m_cancelText = std::move(text);
    m_cancelTip = std::move(tip);
    m_texts.apply();
}

void JobProgressWidget::setPauseTip(std::function<QString()> tip)
{
    m_pauseTip = std::move(tip);
    m_texts.apply();
}

void JobProgressWidget::onPausedChanged(bool paused)
{
    showPaused(paused);
    showStage();
}

void JobProgressWidget::showPaused(bool paused)
{
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(
        QIcon(paused ? QStringLiteral(":/icons/play.svg") : QStringLiteral(":/icons/pause.svg")));
}

void JobProgressWidget::onCancelRequested()
{
    m_cancel->setEnabled(false);
    m_pause->setEnabled(false);
    showStage();
}

void JobProgressWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_texts.apply();
        showPaused(m_pause->isChecked());
        if (m_job)
            showStage();
        else if (m_finished)
            showFinished();
    }
    QWidget::changeEvent(event);
}

void JobProgressWidget::onFinished(JobStatus status, const QString& message)
{
    m_cancel->setEnabled(false);
    m_pause->setEnabled(false);
    m_finished = status;
    m_finishedMessage = message;
    showFinished();
    showPaused(false);
    m_job = nullptr;
    if (m_autoHide)
        setVisible(false);
}

void JobProgressWidget::showFinished()
{
    switch (*m_finished) {
    case JobStatus::Succeeded:
        m_bar->setValue(m_bar->maximum());
        m_label->setText(tr("Done"));
        break;
    case JobStatus::Cancelled:
        m_label->setText(tr("Cancelled"));
        break;
    case JobStatus::Failed:
        m_label->setText(tr("Failed: %1").arg(m_finishedMessage));
        break;
    }
}

} // namespace insar::ui
