// Runs a core function off the GUI thread and brings its result back to the GUI thread: the Qt
// adapter of insar::Progress (QtConcurrent::run + QPromise + QFutureWatcher, house-style.md
// "Background work"). Exceptions become a JobOutcome with a readable message; results are only
// delivered while the receiving object still exists.
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
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
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
template <typename T>
struct JobOutcome {
    JobStatus status = JobStatus::Failed;
    std::optional<T> value;
    QString message;

    bool succeeded() const { return status == JobStatus::Succeeded; }
    bool cancelled() const { return status == JobStatus::Cancelled; }
    bool failed() const { return status == JobStatus::Failed; }
};

/// insar::Progress backed by a QPromise: fractions map to progress values 0..kProgressRange,
/// stages to the progress text, isCancelled() to QPromise::isCanceled(). While the job is paused
/// (JobBase::setPaused) a worker that asks isCancelled() waits there until resumed or cancelled.
/// Thread-safe: several workers may report at once.
template <typename T>
class PromiseProgress final : public Progress {
public:
    static constexpr int kProgressRange = 1000;

    explicit PromiseProgress(QPromise<T>& promise) : m_promise(promise)
    {
        m_promise.setProgressRange(0, kProgressRange);
    }

    void setFraction(double fraction) override
    {
        const int value = toValue(fraction);
        std::lock_guard lock(m_mutex);
        // QPromise ignores values that do not increase; keep the text in step with the value.
        m_promise.setProgressValueAndText(value, m_stage);
    }
    void setStage(std::string_view stage) override
    {
        std::lock_guard lock(m_mutex);
        m_stage = QString::fromUtf8(stage.data(), static_cast<qsizetype>(stage.size()));
        // Same value + new text is dropped by QPromise, so nudge by one step when possible.
        const int current = m_promise.future().progressValue();
        m_promise.setProgressValueAndText(current < kProgressRange ? current + 1 : current, m_stage);
    }
    bool isCancelled() const override
    {
        m_promise.suspendIfRequested();   // a safe point: pausing happens here
        return m_promise.isCanceled();
    }

private:
    static int toValue(double fraction)
    {
        if (!(fraction > 0.0))
            return 0;
        if (fraction >= 1.0)
            return kProgressRange;
        return static_cast<int>(fraction * kProgressRange);
    }

    QPromise<T>& m_promise;
    mutable std::mutex m_mutex;
    QString m_stage;
};

/// The signals of a running job (a template cannot carry signals, so Job<T> derives from this).
/// All signals arrive on the GUI thread.
class JobBase : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~JobBase() override = default;

    bool isRunning() const { return m_running; }
    /// 0..1, the last fraction the job reported.
    double fraction() const { return m_fraction; }
    QString stage() const { return m_stage; }
    /// Seconds since start().
    double elapsedSeconds() const;
    /// Linear estimate of the seconds left, or nullopt while too little is known (< 1 % done or
    /// less than a second elapsed).
    std::optional<double> etaSeconds() const;

public slots:
    /// Asks the job to stop; the worker notices at its next isCancelled() check and the job ends
    /// with JobStatus::Cancelled.
    virtual void cancel() = 0;
    /// Pauses or resumes the worker at its next isCancelled() check.
    virtual void setPaused(bool paused) = 0;

signals:
    void started();
    /// fraction 0..1 and the current stage text.
    void progressChanged(double fraction, const QString& stage);
    /// Emitted once at the end, after the outcome callback ran.
    void finished(insar::ui::JobStatus status, const QString& message);

protected:
    void markStarted();
    void markProgress(int value, int maximum, const QString& text);
    void markFinished() { m_running = false; }

private:
    QElapsedTimer m_timer;
    bool m_running = false;
    double m_fraction = 0.0;
    QString m_stage;
};

/// Converts the exception in flight into a readable message (for use inside catch (...)).
QString currentExceptionMessage();

/// One background job producing a T. Create it with startJob() (below) or construct it with a
/// parent and call start(). Destroying the Job cancels the worker and drops its result.
template <typename T>
class Job final : public JobBase {
public:
    using Outcome = JobOutcome<T>;
    using DoneFn = std::function<void(Outcome)>;

    explicit Job(QObject* parent = nullptr) : JobBase(parent)
    {
        connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
            markProgress(value, m_watcher.progressMaximum(), m_watcher.progressText());
        });
        connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this, [this](const QString& text) {
            markProgress(m_watcher.progressValue(), m_watcher.progressMaximum(), text);
        });
        connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { deliver(); });
    }
    ~Job() override
    {
        if (m_future.isRunning()) {
            m_watcher.disconnect(this);
            m_future.cancel();
        }
    }

    /// Runs work(Progress&) -> T (or void when T is std::monostate) on the global thread pool.
    /// onDone(outcome) runs on the GUI thread, only while `receiver` (if given) still exists.
    template <typename Fn>
    void start(Fn work, DoneFn onDone = {}, QObject* receiver = nullptr)
    {
        Q_ASSERT(!isRunning());
        m_onDone = std::move(onDone);
        m_receiver = receiver;
        m_hasReceiver = receiver != nullptr;
        markStarted();
        m_future = QtConcurrent::run(
            [work = std::move(work)](QPromise<Outcome>& promise) mutable {
                PromiseProgress<Outcome> progress(promise);
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
            });
        m_watcher.setFuture(m_future);
    }

    void cancel() override
    {
        if (m_future.isRunning()) {
            m_future.cancel();
            m_future.resume();   // wake a paused worker so it can notice the cancel
        }
    }
    void setPaused(bool paused) override { m_future.setSuspended(paused); }

    QFuture<Outcome> future() const { return m_future; }

private:
    void deliver()
    {
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
};

/// Starts a job owned by `receiver` (deleted with it, or after it finished): work runs on the
/// thread pool, onDone on the GUI thread only while `receiver` exists. Returns the job so a
/// JobProgressWidget can watch it or cancel() can be called.
///   auto* job = startJob<Raster>(this, [p](Progress& pr) { return io::readRaster(p, &pr); },
///                                [this](JobOutcome<Raster> o) { ... });
template <typename T, typename Fn>
Job<T>* startJob(QObject* receiver, Fn work, typename Job<T>::DoneFn onDone)
{
    auto* job = new Job<T>(receiver);
    QObject::connect(job, &JobBase::finished, job, &QObject::deleteLater);
    job->start(std::move(work), std::move(onDone), receiver);
    return job;
}

/// Runs fn on `receiver`'s thread (the GUI thread for widgets) through a queued call; dropped if
/// the receiver is destroyed first. For streaming values (e.g. training metrics) from a worker.
template <typename Fn>
void postToReceiver(QObject* receiver, Fn fn)
{
    QMetaObject::invokeMethod(receiver, std::move(fn), Qt::QueuedConnection);
}

} // namespace insar::ui

Q_DECLARE_METATYPE(insar::ui::JobStatus)
