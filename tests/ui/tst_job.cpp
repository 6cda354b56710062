// The background-job adapter: progress reaches the GUI thread, cancel and pause work, exceptions
// become messages, and results are dropped when the receiver is gone.
#include "jobs/job.h"
#include "jobs/job_progress_widget.h"

#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace insar;
using namespace insar::ui;

Q_DECLARE_METATYPE(std::function<void()>)

class TestJob : public QObject {
    Q_OBJECT
private slots:
    void deliversValueAndProgressOnGuiThread();
    void cancelStopsWorker();
    void exceptionBecomesMessage_data();
    void exceptionBecomesMessage();
    void voidWorkUsesMonostate();
    void receiverGoneDropsResult();
    void ownerDestroyedWhileRunning();
    void pauseHoldsWorker();
    void progressWidgetFollowsJob();
    void progressWidgetCancelButton();
    void formatEta_data();
    void formatEta();
};

void TestJob::deliversValueAndProgressOnGuiThread()
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
    QCOMPARE(fractions.last(), 1.0);   // the maximum is never throttled away
    QCOMPARE(stages.last(), QStringLiteral("step two"));
    QVERIFY(!job.isRunning());
    QCOMPARE(finished.first().at(0).value<JobStatus>(), JobStatus::Succeeded);
}

void TestJob::cancelStopsWorker()
{
    Job<int> job;
    std::atomic<bool> running{false};
    std::atomic<int> loops{0};
    std::optional<JobOutcome<int>> result;
    job.start(
        [&](Progress& p) {
            running = true;
            for (;;) {   // only a cancel ends this loop
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

void TestJob::exceptionBecomesMessage_data()
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

void TestJob::exceptionBecomesMessage()
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

void TestJob::voidWorkUsesMonostate()
{
    std::atomic<bool> ran{false};
    std::optional<JobOutcome<std::monostate>> result;
    QObject receiver;
    startJob<std::monostate>(&receiver, [&](Progress&) { ran = true; },
                             [&](JobOutcome<std::monostate> o) { result = std::move(o); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(ran.load());
    QVERIFY(result->succeeded());
}

void TestJob::receiverGoneDropsResult()
{
    Job<int> job;   // owned here, so only the QPointer guard can stop the delivery
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

void TestJob::ownerDestroyedWhileRunning()
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
    delete owner;   // deletes the job, which cancels the worker
    QTRY_VERIFY(sawCancel.load());
    QTest::qWait(20);   // a stray queued delivery would land here
    QVERIFY(!called);
}

void TestJob::pauseHoldsWorker()
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
    QTRY_VERIFY(job.future().isSuspended());   // the worker is waiting inside isCancelled()
    const int held = loops.load();
    QTest::qWait(50);
    QCOMPARE(loops.load(), held);
    job.setPaused(false);
    QTRY_VERIFY(loops.load() > held);
    stop = true;
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->succeeded());
}

void TestJob::progressWidgetFollowsJob()
{
    QWidget window;
    auto& widget = *new JobProgressWidget(&window);
    window.show();
    QVERIFY(!widget.isVisible());   // auto-hidden while idle
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

void TestJob::progressWidgetCancelButton()
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

void TestJob::formatEta_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::addRow("seconds") << 12.4 << QStringLiteral("12 s left");
    QTest::addRow("minutes") << 200.0 << QStringLiteral("3 min 20 s left");
    QTest::addRow("hours") << 7500.0 << QStringLiteral("about 2 h 5 min left");
    QTest::addRow("negative") << -1.0 << QString();
    QTest::addRow("infinite") << std::numeric_limits<double>::infinity() << QString();
}

void TestJob::formatEta()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(JobProgressWidget::formatEta(seconds), text);
}

QTEST_MAIN(TestJob)
#include "tst_job.moc"
