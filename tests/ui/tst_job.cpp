// The background-job adapter: progress reaches the GUI thread (a stage change without moving the
// bar), cancel and pause work, exceptions become messages, results are dropped when the receiver
// is gone, and long jobs leave the global pool to short ones.
#include "jobs/job.h"
#include "jobs/job_progress_widget.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QToolButton>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace insar;
using namespace insar::ui;

Q_DECLARE_METATYPE(std::function<void()>)

class TstJob : public QObject {
    Q_OBJECT
private slots:
    void deliversValueAndProgressOnGuiThread();
    void cancelStopsWorker();
    void exceptionBecomesMessage_data();
    void exceptionBecomesMessage();
    void voidWorkUsesMonostate();
    void receiverGoneDropsResult();
    void repeatedWatcherSignalDeliversOnce();
    void ownerDestroyedWhileRunning();
    void pauseHoldsWorker();
    void stageChangeLeavesFractionUnchanged();
    void cancelWakesPausedWorker();
    void waitForFinishedReturnsAfterWorker();
    void longJobsLeaveGlobalPoolFree();
    void progressWidgetFollowsJob();
    void progressWidgetCancelButton();
    void progressWidgetPauseButton();
    void formatEta_data();
    void formatEta();
    void formatDuration_data();
    void formatDuration();
};

void TstJob::deliversValueAndProgressOnGuiThread()
{
    Job<int> job;
    QList<double> fractions;
    QStringList stages;
    bool progressOnGuiThread = true;
    connect(&job, &JobBase::progressChanged, this, [&](double f, const QString& stage) {
        fractions << f;
        stages << stage;
        progressOnGuiThread &= QThread::currentThread() == qApp->thread();
    });
    std::optional<JobOutcome<int>> result;
    bool doneOnGuiThread = false;
    QSignalSpy finished(&job, &JobBase::finished);
    job.start(
        [](Progress& p) {
            p.setStage("step one");
            p.setFraction(0.25);
            p.setFraction(0.5);
            p.setStage("step two");
            p.setFraction(1.0);
            return 42;
        },
        [&](JobOutcome<int> o) {
            doneOnGuiThread = QThread::currentThread() == qApp->thread();
            result = std::move(o);
        });
    QVERIFY(job.isRunning());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(result.has_value());
    QVERIFY(result->succeeded());
    QCOMPARE(*result->value, 42);
    QVERIFY(result->message.isEmpty());
    QVERIFY(doneOnGuiThread);
    QVERIFY(progressOnGuiThread);
    QVERIFY(!fractions.isEmpty());
    QCOMPARE(fractions.last(), 1.0); // the maximum is never throttled away
    QCOMPARE(stages.last(), QStringLiteral("step two"));
    QVERIFY(!job.isRunning());
    QCOMPARE(finished.first().at(0).value<JobStatus>(), JobStatus::Succeeded);
}

void TstJob::cancelStopsWorker()
{
    Job<int> job;
    std::atomic<bool> running{false};
    std::atomic<int> loops{0};
    std::optional<JobOutcome<int>> result;
    job.start(
        [&](Progress& p) {
            running = true;
            for (;;) { // only a cancel ends this loop
                p.throwIfCancelled();
                ++loops;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return 0;
        },
        [&](JobOutcome<int> o) { result = std::move(o); });
    QTRY_VERIFY(running.load());
    job.cancel();
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->cancelled());
    QVERIFY(!result->value.has_value());
    QCOMPARE(result->message, QStringLiteral("cancelled by the user"));
}

void TstJob::exceptionBecomesMessage_data()
{
    QTest::addColumn<std::function<void()>>("thrower");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addRow("insar::Error") << std::function<void()>([] {
        throw Error(ErrorKind::Format, "/data/x.tif: not a raster GDAL can read");
    }) << int(JobStatus::Failed) << QStringLiteral("/data/x.tif: not a raster GDAL can read");
    QTest::addRow("std::exception") << std::function<void()>([] { throw std::runtime_error("boom"); })
                                    << int(JobStatus::Failed) << QStringLiteral("unexpected error: boom");
    QTest::addRow("bad_alloc") << std::function<void()>([] { throw std::bad_alloc(); })
                               << int(JobStatus::Failed)
                               << QStringLiteral("not enough memory for this operation");
    QTest::addRow("unknown type") << std::function<void()>([] { throw 7; }) << int(JobStatus::Failed)
                                  << QStringLiteral("unexpected error of unknown type");
    QTest::addRow("CancelledError") << std::function<void()>([] { throw CancelledError(); })
                                    << int(JobStatus::Cancelled) << QStringLiteral("cancelled by the user");
}

void TstJob::exceptionBecomesMessage()
{
    QFETCH(std::function<void()>, thrower);
    QFETCH(int, status);
    QFETCH(QString, message);
    Job<QString> job;
    std::optional<JobOutcome<QString>> result;
    QSignalSpy finished(&job, &JobBase::finished);
    job.start(
        [thrower](Progress&) {
            thrower();
            return QStringLiteral("unreachable");
        },
        [&](JobOutcome<QString> o) { result = std::move(o); });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(int(result->status), status);
    QCOMPARE(result->message, message);
    QVERIFY(!result->value.has_value());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).toString(), message);
}

void TstJob::voidWorkUsesMonostate()
{
    std::atomic<bool> ran{false};
    std::optional<JobOutcome<std::monostate>> result;
    QObject receiver;
    startJob<std::monostate>(
        &receiver, [&](Progress&) { ran = true; },
        [&](JobOutcome<std::monostate> o) { result = std::move(o); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(ran.load());
    QVERIFY(result->succeeded());
}

void TstJob::receiverGoneDropsResult()
{
    Job<int> job; // owned here, so only the QPointer guard can stop the delivery
    auto* receiver = new QObject;
    std::atomic<bool> release{false};
    bool called = false;
    QSignalSpy finished(&job, &JobBase::finished);
    job.start(
        [&](Progress&) {
            while (!release.load())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return 1;
        },
        [&](JobOutcome<int>) { called = true; }, receiver);
    delete receiver;
    release = true;
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!called);
    QCOMPARE(finished.first().at(0).value<JobStatus>(), JobStatus::Succeeded);
}

void TstJob::repeatedWatcherSignalDeliversOnce()
{
    // A finished job's watcher announcing the end again must not hand the callback a second,
    // "cancelled" outcome: the denoise queue would mark a corrected file as cancelled.
    Job<int> job;
    QList<JobStatus> outcomes;
    QSignalSpy finished(&job, &JobBase::finished);
    job.start([](Progress&) { return 7; }, [&](JobOutcome<int> o) { outcomes << o.status; });
    QTRY_COMPARE(finished.count(), 1);
    auto* watcher = job.findChild<QFutureWatcherBase*>();
    QVERIFY(watcher);
    emit watcher->finished();
    QCOMPARE(outcomes, QList<JobStatus>{JobStatus::Succeeded});
    QCOMPARE(finished.count(), 1);

    // The next start() delivers again.
    job.start([](Progress&) { return 8; }, [&](JobOutcome<int> o) { outcomes << o.status; });
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(outcomes, (QList<JobStatus>{JobStatus::Succeeded, JobStatus::Succeeded}));
}

void TstJob::ownerDestroyedWhileRunning()
{
    auto* owner = new QObject;
    std::atomic<bool> running{false};
    std::atomic<bool> sawCancel{false};
    bool called = false;
    startJob<int>(
        owner,
        [&](Progress& p) {
            running = true;
            while (!p.isCancelled())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            sawCancel = true;
            return 0;
        },
        [&](JobOutcome<int>) { called = true; });
    QTRY_VERIFY(running.load());
    delete owner; // deletes the job, which cancels the worker
    QTRY_VERIFY(sawCancel.load());
    QTest::qWait(20); // a stray queued delivery would land here
    QVERIFY(!called);
}

void TstJob::pauseHoldsWorker()
{
    Job<int> job;
    std::atomic<int> loops{0};
    std::atomic<bool> stop{false};
    std::optional<JobOutcome<int>> result;
    job.start(
        [&](Progress& p) {
            while (!stop.load()) {
                p.throwIfCancelled();
                ++loops;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return loops.load();
        },
        [&](JobOutcome<int> o) { result = std::move(o); });
    QTRY_VERIFY(loops.load() > 0);
    job.setPaused(true);
    QTRY_VERIFY(job.future().isSuspended()); // the worker is waiting inside isCancelled()
    const int held = loops.load();
    QTest::qWait(50);
    QCOMPARE(loops.load(), held);
    job.setPaused(false);
    QTRY_VERIFY(loops.load() > held);
    stop = true;
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->succeeded());
}

void TstJob::stageChangeLeavesFractionUnchanged()
{
    // A stage change with no new fraction (e.g. "preparing validation data" before the first
    // step) must reach the GUI without moving the bar.
    Job<int> job;
    JobProgressWidget widget;
    widget.watch(&job);
    QList<double> fractions;
    connect(&job, &JobBase::progressChanged, this, [&](double f, const QString&) { fractions << f; });
    std::atomic<int> phase{0};
    std::atomic<bool> release{false};
    job.start([&](Progress& p) {
        p.setFraction(0.5);
        phase = 1;
        while (phase.load() == 1)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        p.setStage("second stage"); // and then nothing for a while
        while (!release.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return 0;
    });
    QTRY_COMPARE(job.fraction(), 0.5);
    phase = 2;
    QTRY_COMPARE(job.stage(), QStringLiteral("second stage"));
    QCOMPARE(job.fraction(), 0.5);
    QVERIFY(!fractions.isEmpty());
    for (double f : std::as_const(fractions))
        QVERIFY2(f <= 0.5, qPrintable(QString::number(f)));
    QCOMPARE(widget.progressBar()->value(), 500);
    QVERIFY(widget.statusLabel()->text().startsWith(QStringLiteral("second stage")));
    release = true;
    QSignalSpy finished(&job, &JobBase::finished);
    QTRY_COMPARE(finished.count(), 1);
}

void TstJob::cancelWakesPausedWorker()
{
    Job<int> job;
    std::atomic<int> loops{0};
    std::optional<JobOutcome<int>> result;
    QSignalSpy paused(&job, &JobBase::pausedChanged);
    QSignalSpy cancelling(&job, &JobBase::cancelRequested);
    job.start(
        [&](Progress& p) {
            for (;;) {
                p.throwIfCancelled();
                ++loops;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return 0;
        },
        [&](JobOutcome<int> o) { result = std::move(o); });
    QTRY_VERIFY(loops.load() > 0);
    job.setPaused(true);
    QVERIFY(job.isPaused());
    QTRY_VERIFY(job.future().isSuspended());
    job.cancel();
    QVERIFY(job.isCancelRequested());
    QVERIFY(!job.isPaused());
    QCOMPARE(paused.count(), 2); // paused, then resumed by the cancel
    QCOMPARE(paused.at(1).at(0).toBool(), false);
    QCOMPARE(cancelling.count(), 1);
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->cancelled());
    job.cancel(); // after the end: nothing happens
    QCOMPARE(cancelling.count(), 1);
}

void TstJob::waitForFinishedReturnsAfterWorker()
{
    // A shutdown path (the Training tab's destructor) cancels and waits: when waitForFinished()
    // returns, the worker has run its clean-up (e.g. written a checkpoint).
    Job<int> job;
    std::atomic<bool> running{false};
    std::atomic<bool> cleanedUp{false};
    job.start([&](Progress& p) {
        running = true;
        while (!p.isCancelled())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        cleanedUp = true;
        throw CancelledError();
        return 0;
    });
    QTRY_VERIFY(running.load());
    job.cancel();
    job.waitForFinished();
    QVERIFY(cleanedUp.load());
}

void TstJob::longJobsLeaveGlobalPoolFree()
{
    // As many long jobs as the global pool has threads, all blocked: a short job still runs.
    const int n = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    std::atomic<bool> release{false};
    std::atomic<int> longRunning{0};
    QObject owner;
    QList<JobBase*> longJobs;
    for (int i = 0; i < n; ++i) {
        longJobs << startJob<int>(
            &owner,
            [&](Progress&) {
                ++longRunning;
                while (!release.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                return 0;
            },
            {}, longJobPool());
    }
    QTRY_COMPARE(longRunning.load(), n);
    std::optional<JobOutcome<int>> shortResult;
    startJob<int>(
        &owner, [](Progress&) { return 7; }, [&](JobOutcome<int> o) { shortResult = std::move(o); });
    QTRY_VERIFY(shortResult.has_value());
    QCOMPARE(*shortResult->value, 7);
    release = true;
    for (JobBase* job : std::as_const(longJobs))
        job->waitForFinished(); // the workers read `release` on this stack frame
}

void TstJob::progressWidgetFollowsJob()
{
    QWidget window;
    auto& widget = *new JobProgressWidget(&window);
    window.show();
    QVERIFY(!widget.isVisible()); // auto-hidden while idle
    Job<int> job;
    std::atomic<bool> release{false};
    widget.watch(&job);
    job.start([&](Progress& p) {
        p.setStage("reading");
        p.setFraction(0.5);
        while (!release.load())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        return 3;
    });
    QVERIFY(widget.isVisible());
    QTRY_COMPARE(widget.progressBar()->value(), 500);
    QVERIFY(widget.statusLabel()->text().startsWith(QStringLiteral("reading")));
    release = true;
    QSignalSpy finished(&job, &JobBase::finished);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(widget.progressBar()->value(), 1000);
    QCOMPARE(widget.statusLabel()->text(), QStringLiteral("Done"));
    QVERIFY(!widget.isVisible());
}

void TstJob::progressWidgetCancelButton()
{
    JobProgressWidget widget;
    widget.setAutoHide(false);
    widget.show();
    Job<int> job;
    widget.watch(&job);
    std::atomic<bool> running{false};
    std::optional<JobOutcome<int>> result;
    job.start(
        [&](Progress& p) {
            running = true;
            for (;;) {
                p.throwIfCancelled();
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return 0;
        },
        [&](JobOutcome<int> o) { result = std::move(o); });
    QTRY_VERIFY(running.load());
    QVERIFY(widget.cancelButton()->isEnabled());
    QTest::mouseClick(widget.cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->cancelled());
    QCOMPARE(widget.statusLabel()->text(), QStringLiteral("Cancelled"));
    QVERIFY(!widget.cancelButton()->isEnabled());
}

void TstJob::progressWidgetPauseButton()
{
    JobProgressWidget widget;
    widget.setAutoHide(false);
    widget.setPauseVisible(true);
    widget.show();
    Job<int> job;
    widget.watch(&job);
    std::atomic<int> loops{0};
    std::atomic<bool> stop{false};
    job.start([&](Progress& p) {
        p.setStage("working");
        while (!stop.load()) {
            p.throwIfCancelled();
            ++loops;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        return 0;
    });
    QTRY_VERIFY(loops.load() > 0);
    QTest::mouseClick(widget.pauseButton(), Qt::LeftButton);
    QVERIFY(job.isPaused());
    QCOMPARE(widget.pauseButton()->text(), QStringLiteral("Resume"));
    QVERIFY(widget.statusLabel()->text().startsWith(QStringLiteral("Paused")));
    QTRY_VERIFY(job.future().isSuspended());
    // Resuming from code shows in the button too.
    job.setPaused(false);
    QVERIFY(!widget.pauseButton()->isChecked());
    QCOMPARE(widget.pauseButton()->text(), QStringLiteral("Pause"));
    const int held = loops.load();
    QTRY_VERIFY(loops.load() > held);
    stop = true;
    QSignalSpy finished(&job, &JobBase::finished);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!widget.pauseButton()->isEnabled());
}

void TstJob::formatEta_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::addRow("seconds") << 12.4 << QStringLiteral("12 s left");
    QTest::addRow("minutes") << 200.0 << QStringLiteral("3 min 20 s left");
    QTest::addRow("hours") << 7500.0 << QStringLiteral("about 2 h 5 min left");
    QTest::addRow("negative") << -1.0 << QString();
    QTest::addRow("infinite") << std::numeric_limits<double>::infinity() << QString();
}

void TstJob::formatEta()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(JobProgressWidget::formatEta(seconds), text);
}

void TstJob::formatDuration_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::addRow("seconds") << 12.4 << QStringLiteral("12 s");
    QTest::addRow("minutes") << 200.0 << QStringLiteral("3 min 20 s");
    QTest::addRow("hours") << 7500.0 << QStringLiteral("2 h 5 min");
    QTest::addRow("negative") << -3.0 << QStringLiteral("0 s");
}

void TstJob::formatDuration()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(JobProgressWidget::formatDuration(seconds), text);
}

QTEST_MAIN(TstJob)
#include "tst_job.moc"
