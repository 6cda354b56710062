// Runs a core function off the GUI thread and brings its progress and result back to the GUI
// thread: the one background-job idiom of the UI (docs/jobs.md). QtConcurrent::run + QPromise
// carry the result, cancellation and pause; progress and stage travel through a coalescing
// channel so that a stage change never moves the bar. Exceptions become a JobOutcome with a
// readable message; results are only delivered while the receiving object still exists.
#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace insar::ui {

enum class JobStatus { Succeeded, Failed, Cancelled };

/// What a job produced: the value on success, else a readable message ("cancelled by the user"
/// for a cancelled job, the insar::Error text for a failure).
template <typename T> struct JobOutcome {
    JobStatus status = JobStatus::Failed;
    std::optional<T> value;
    QString message;

    bool succeeded() const { return status == JobStatus::Succeeded; }
    bool cancelled() const { return status == JobStatus::Cancelled; }
    bool failed() const { return status == JobStatus::Failed; }
};

class JobBase;

namespace detail {

/// The latest fraction and stage of a running job. Workers write it from any thread; the job
/// receives it on its own thread through at most one queued call in flight, which carries the
/// newest values when it runs. Nothing is throttled away: the last report and every stage change
/// arrive, and a stage change leaves the fraction where it was.
class ProgressChannel final : public std::enable_shared_from_this<ProgressChannel> {
public:
    explicit ProgressChannel(JobBase* job) : m_job(job) {}

    /// Any thread. A value below the last one is ignored (parallel workers report out of order).
    void setFraction(double fraction);
    /// Any thread.
    void setStage(QString stage);
    /// The job's thread: no delivery after this returns.
    void detach();

private:
    void postLocked();
    void deliver();

    std::mutex m_mutex;
    JobBase* m_job; // null once detached
    double m_fraction = 0.0;
    QString m_stage;
    bool m_posted = false;
};

} // namespace detail

/// insar::Progress of a job: fractions and stages go to the job's progress channel,
/// isCancelled() asks the QPromise. While the job is paused (JobBase::setPaused) a worker that
/// asks isCancelled() waits there until resumed or cancelled. Thread-safe.
template <typename T> class PromiseProgress final : public Progress {
public:
    PromiseProgress(QPromise<T>& promise, std::shared_ptr<detail::ProgressChannel> channel)
        : m_promise(promise), m_channel(std::move(channel))
    {
    }

    void setFraction(double fraction) override { m_channel->setFraction(fraction); }
    void setStage(std::string_view stage) override
    {
        m_channel->setStage(QString::fromUtf8(stage.data(), static_cast<qsizetype>(stage.size())));
    }
    bool isCancelled() const override
    {
        m_promise.suspendIfRequested(); // the safe point: pausing happens here
        return m_promise.isCanceled();
    }

private:
    QPromise<T>& m_promise;
    std::shared_ptr<detail::ProgressChannel> m_channel;
};

/// The state and signals of a running job, whatever it produces (a template cannot carry
/// signals, so Job<T> derives from this). Tabs track jobs as QPointer<JobBase> (or a JobSlot) and
/// show them with a JobProgressWidget. All signals arrive on the GUI thread.
class JobBase : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~JobBase() override;

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    bool isCancelRequested() const { return m_cancelRequested; }
    /// 0..1, the last fraction the job reported.
    double fraction() const { return m_fraction; }
    QString stage() const { return m_stage; }
    /// Seconds since start(), not counting the time spent paused.
    double elapsedSeconds() const;
    /// Linear estimate of the seconds left, or nullopt while too little is known (< 1 % done or
    /// less than a second elapsed).
    std::optional<double> etaSeconds() const;
    /// Blocks until the worker has returned (after cancel(): once it noticed). For shutdown paths
    /// that must not leave a worker behind, e.g. a training that is writing its checkpoint.
    virtual void waitForFinished() = 0;

public slots:
    /// Asks the job to stop; the worker notices at its next isCancelled() check and the job ends
    /// with JobStatus::Cancelled. A paused job is woken up to notice.
    void cancel();
    /// Pauses or resumes the worker at its next isCancelled() check.
    void setPaused(bool paused);

signals:
    void started();
    /// fraction 0..1 and the current stage text.
    void progressChanged(double fraction, const QString& stage);
    void pausedChanged(bool paused);
    /// cancel() was called; finished(Cancelled, ...) follows once the worker has stopped.
    void cancelRequested();
    /// Emitted once at the end, after the outcome callback ran.
    void finished(insar::ui::JobStatus status, const QString& message);

protected:
    /// Resets the state and returns the channel the new run's PromiseProgress reports to.
    std::shared_ptr<detail::ProgressChannel> markStarted();
    void markFinished();
    virtual void requestCancel() = 0;
    virtual void requestPause(bool paused) = 0;

private:
    friend class detail::ProgressChannel;
    void markProgress(double fraction, const QString& stage);

    std::shared_ptr<detail::ProgressChannel> m_channel;
    QElapsedTimer m_timer;
    QElapsedTimer m_pauseTimer;
    qint64 m_pausedMs = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelRequested = false;
    double m_fraction = 0.0;
    QString m_stage;
};

/// Converts the exception in flight into a readable message (for use inside catch (...)).
QString currentExceptionMessage();

/// The pool for jobs that run for minutes or hours (training, dataset generation): they must not
/// hold the threads of QThreadPool::globalInstance(), which short jobs (load, preview, save) and
/// QtConcurrent users share and which has only as many threads as cores. Owned by the
/// application object; it waits for its workers when the application ends.
QThreadPool* longJobPool();

/// One background job producing a T. Create it with startJob() (below) or construct it with a
/// parent and call start(). Destroying a running Job cancels the worker and drops its result.
template <typename T> class Job final : public JobBase {
public:
    using Outcome = JobOutcome<T>;
    using DoneFn = std::function<void(Outcome)>;

    explicit Job(QObject* parent = nullptr) : JobBase(parent), m_watcher(this)
    {
        connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { deliver(); });
    }
    ~Job() override
    {
        markFinished();
        if (m_future.isRunning()) {
            m_watcher.disconnect(this);
            m_future.cancel();
        }
    }

    /// Runs work(Progress&) -> T (or void when T is std::monostate) on `pool` (the global thread
    /// pool when null; longJobPool() for long jobs). onDone(outcome) runs on the GUI thread, only
    /// while `receiver` (if given) still exists.
    template <typename Fn>
    void start(Fn work, DoneFn onDone = {}, QObject* receiver = nullptr, QThreadPool* pool = nullptr)
    {
        Q_ASSERT(!isRunning());
        m_delivered = false;
        m_onDone = std::move(onDone);
        m_receiver = receiver;
        m_hasReceiver = receiver != nullptr;
        auto task = [work = std::move(work), channel = markStarted()](QPromise<Outcome>& promise) mutable {
            PromiseProgress<Outcome> progress(promise, channel);
            Outcome outcome;
            try {
                if constexpr (std::is_void_v<std::invoke_result_t<Fn&, Progress&>>) {
                    static_assert(std::is_same_v<T, std::monostate>,
                                  "a job whose work returns void must be Job<std::monostate>");
                    work(progress);
                    outcome.value.emplace();
                } else {
                    outcome.value.emplace(work(progress));
                }
                outcome.status = promise.isCanceled() ? JobStatus::Cancelled : JobStatus::Succeeded;
            } catch (const CancelledError&) {
                outcome.status = JobStatus::Cancelled;
            } catch (...) {
                outcome.status = JobStatus::Failed;
                outcome.message = currentExceptionMessage();
            }
            if (outcome.status == JobStatus::Cancelled) {
                outcome.value.reset();
                outcome.message = QStringLiteral("cancelled by the user");
            }
            promise.addResult(std::move(outcome));
        };
        m_future = QtConcurrent::run(pool ? pool : QThreadPool::globalInstance(), std::move(task));
        m_watcher.setFuture(m_future);
    }

    void waitForFinished() override
    {
        // Not guarded by isValid(): a cancelled future is "invalid" while its worker still runs.
        m_future.waitForFinished();
    }

    QFuture<Outcome> future() const { return m_future; }

protected:
    void requestCancel() override
    {
        m_future.cancel();
        m_future.resume(); // wake a paused worker so it can notice the cancel
    }
    void requestPause(bool paused) override { m_future.setSuspended(paused); }

private:
    void deliver()
    {
        // Once per start(): a second finished() from the watcher would otherwise find the result
        // taken and report a finished job as cancelled.
        if (m_delivered)
            return;
        m_delivered = true;
        Outcome outcome;
        if (m_future.isValid() && m_future.resultCount() > 0 && !m_future.isCanceled()) {
            outcome = m_future.takeResult();
        } else {
            // A cancelled QFuture drops results added after cancel().
            outcome.status = JobStatus::Cancelled;
            outcome.message = QStringLiteral("cancelled by the user");
        }
        markFinished();
        const JobStatus status = outcome.status;
        const QString message = outcome.message;
        if (m_onDone && (!m_hasReceiver || m_receiver))
            m_onDone(std::move(outcome));
        emit finished(status, message);
    }

    QFuture<Outcome> m_future;
    QFutureWatcher<Outcome> m_watcher;
    DoneFn m_onDone;
    QPointer<QObject> m_receiver;
    bool m_hasReceiver = false;
    bool m_delivered = false;
};

/// Starts a job owned by `receiver` (deleted with it, or after it finished): work runs on `pool`
/// (the global pool when null, longJobPool() for long jobs), onDone on the GUI thread only while
/// `receiver` exists. Returns the job so a JobProgressWidget can watch it or cancel() can be
/// called.
///   auto* job = startJob<Raster>(this, [p](Progress& pr) { return io::readRaster(p, pr); },
///                                [this](JobOutcome<Raster> o) { ... });
template <typename T, typename Fn>
Job<T>* startJob(QObject* receiver, Fn work, typename Job<T>::DoneFn onDone, QThreadPool* pool = nullptr)
{
    auto* job = new Job<T>(receiver);
    QObject::connect(job, &JobBase::finished, job, &QObject::deleteLater);
    job->start(std::move(work), std::move(onDone), receiver, pool);
    return job;
}

} // namespace insar::ui

Q_DECLARE_METATYPE(insar::ui::JobStatus)
