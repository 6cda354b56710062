#include "job.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>
#include <new>

namespace insar::ui {

namespace detail {

void ProgressChannel::setFraction(double fraction)
{
    if (!(fraction > 0.0))
        fraction = 0.0;
    fraction = std::min(fraction, 1.0);
    std::lock_guard lock(m_mutex);
    if (fraction <= m_fraction)
        return;
    m_fraction = fraction;
    postLocked();
}

void ProgressChannel::setStage(QString stage)
{
    std::lock_guard lock(m_mutex);
    if (stage == m_stage)
        return;
    m_stage = std::move(stage);
    postLocked();
}

void ProgressChannel::detach()
{
    std::lock_guard lock(m_mutex);
    m_job = nullptr;
}

void ProgressChannel::postLocked()
{
    // The job cannot be destroyed while the lock is held (its destructor detaches first), and a
    // queued call to a destroyed object is discarded by Qt.
    if (!m_job || m_posted)
        return;
    m_posted = true;
    QMetaObject::invokeMethod(
        m_job, [self = shared_from_this()] { self->deliver(); }, Qt::QueuedConnection);
}

void ProgressChannel::deliver()
{
    double fraction = 0.0;
    QString stage;
    JobBase* job = nullptr;
    {
        std::lock_guard lock(m_mutex);
        m_posted = false;
        fraction = m_fraction;
        stage = m_stage;
        job = m_job;
    }
    if (job)
        job->markProgress(fraction, stage);
}

} // namespace detail

JobBase::~JobBase()
{
    if (m_channel)
        m_channel->detach();
}

double JobBase::elapsedSeconds() const
{
    if (!m_timer.isValid())
        return 0.0;
    qint64 paused = m_pausedMs;
    if (m_paused && m_pauseTimer.isValid())
        paused += m_pauseTimer.elapsed();
    return static_cast<double>(m_timer.elapsed() - paused) / 1000.0;
}

std::optional<double> JobBase::etaSeconds() const
{
    const double elapsed = elapsedSeconds();
    if (!m_running || m_fraction < 0.01 || elapsed < 1.0)
        return std::nullopt;
    return elapsed * (1.0 - m_fraction) / m_fraction;
}

void JobBase::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    requestCancel();
    if (m_paused) {
        m_paused = false;
        m_pausedMs += m_pauseTimer.elapsed();
        emit pausedChanged(false);
    }
    emit cancelRequested();
}

void JobBase::setPaused(bool paused)
{
    if (!m_running || m_cancelRequested || paused == m_paused)
        return;
    m_paused = paused;
    requestPause(paused);
    if (paused)
        m_pauseTimer.start();
    else
        m_pausedMs += m_pauseTimer.elapsed();
    emit pausedChanged(paused);
}

std::shared_ptr<detail::ProgressChannel> JobBase::markStarted()
{
    if (m_channel)
        m_channel->detach();
    m_channel = std::make_shared<detail::ProgressChannel>(this);
    m_timer.start();
    m_pausedMs = 0;
    m_running = true;
    m_paused = false;
    m_cancelRequested = false;
    m_fraction = 0.0;
    m_stage.clear();
    emit started();
    return m_channel;
}

void JobBase::markFinished()
{
    if (m_channel)
        m_channel->detach();
    if (m_paused)
        m_pausedMs += m_pauseTimer.elapsed();
    m_running = false;
    m_paused = false;
}

void JobBase::markProgress(double fraction, const QString& stage)
{
    if (!m_running)
        return;
    m_fraction = fraction;
    m_stage = stage;
    emit progressChanged(m_fraction, m_stage);
}

QString currentExceptionMessage()
{
    try {
        throw;
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    } catch (const std::bad_alloc&) {
        return QCoreApplication::translate("insar::ui::Job", "not enough memory for this operation");
    } catch (const std::exception& e) {
        return QCoreApplication::translate("insar::ui::Job", "unexpected error: %1")
            .arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return QCoreApplication::translate("insar::ui::Job", "unexpected error of unknown type");
    }
}

QThreadPool* longJobPool()
{
    // One thread per long job; created on first use and deleted with the application object,
    // whose destruction therefore waits for (already cancelled) long jobs to return.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        Q_ASSERT(QCoreApplication::instance());
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("longJobPool"));
        pool->setMaxThreadCount(64);
    }
    return pool;
}

} // namespace insar::ui
