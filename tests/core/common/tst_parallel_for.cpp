// parallelFor: every index exactly once, worker ids in range, the first exception propagates
// after the workers stop, cancel throws CancelledError, progress reaches 1, one thread runs inline.
#include "common/error.h"
#include "common/parallel_for.h"
#include "common/progress.h"

#include <QtTest>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace insar;

class TstParallelFor : public QObject {
    Q_OBJECT
private slots:
    void everyIndexOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threads");
        QTest::addRow("one item, four threads") << 1 << 4;
        QTest::addRow("1000 items, one thread") << 1000 << 1;
        QTest::addRow("1000 items, three threads") << 1000 << 3;
        QTest::addRow("7 items, 16 threads") << 7 << 16;
        QTest::addRow("automatic threads") << 257 << 0;
    }
    void everyIndexOnce()
    {
        QFETCH(int, count);
        QFETCH(int, threads);
        std::vector<std::atomic<int>> hits(static_cast<std::size_t>(count));
        const int workers = workerCount(std::size_t(count), threads);
        QVERIFY(workers >= 1 && workers <= count);
        std::atomic<int> badWorker{0};
        parallelFor(std::size_t(count), threads, [&](std::size_t i, int worker) {
            hits[i].fetch_add(1);
            if (worker < 0 || worker >= workers)
                badWorker.fetch_add(1);
        });
        for (int i = 0; i < count; ++i)
            QCOMPARE(hits[std::size_t(i)].load(), 1);
        QCOMPARE(badWorker.load(), 0);
    }

    void zeroItemsCallsNothing()
    {
        bool called = false;
        parallelFor(0, 4, [&](std::size_t, int) { called = true; });
        QVERIFY(!called);
    }

    void firstExceptionPropagates()
    {
        std::atomic<int> after{0};
        try {
            parallelFor(200, 4, [&](std::size_t i, int) {
                if (i == 17)
                    throw Error(ErrorKind::Io, "item 17 failed");
                after.fetch_add(1);
            });
            QFAIL("expected the body's exception");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()), std::string("item 17 failed"));
            QCOMPARE(e.kind(), ErrorKind::Io);
        }
        QVERIFY(after.load() < 200); // the loop stopped early
        // A non-insar exception keeps its type.
        QVERIFY_THROWS_EXCEPTION(std::out_of_range,
                                 parallelFor(3, 2, [](std::size_t, int) { throw std::out_of_range("x"); }));
    }

    void cancelThrowsCancelledError()
    {
        CallbackProgress progress;
        std::atomic<int> done{0};
        QVERIFY_THROWS_EXCEPTION(CancelledError, parallelFor(1000, 3, progress, [&](std::size_t, int) {
                                     if (done.fetch_add(1) + 1 == 10)
                                         progress.cancel();
                                 }));
        QVERIFY(done.load() >= 10);
        QVERIFY(done.load() < 1000);

        CallbackProgress already;
        already.cancel();
        bool called = false;
        QVERIFY_THROWS_EXCEPTION(CancelledError,
                                 parallelFor(5, 2, already, [&](std::size_t, int) { called = true; }));
        QVERIFY(!called);
    }

    void progressReachesOne()
    {
        std::mutex mutex;
        std::vector<double> seen;
        CallbackProgress progress([&](double f) {
            std::lock_guard lock(mutex);
            seen.push_back(f);
        });
        parallelFor(50, 3, progress, [](std::size_t, int) {});
        QCOMPARE(seen.size(), std::size_t(50));
        QCOMPARE(progress.fraction(), 1.0);
        QCOMPARE(*std::max_element(seen.begin(), seen.end()), 1.0);
        for (double f : seen)
            QVERIFY(f > 0.0 && f <= 1.0);
    }

    void oneThreadRunsInlineInOrder()
    {
        const std::thread::id caller = std::this_thread::get_id();
        std::vector<std::size_t> order;
        bool otherThread = false;
        parallelFor(20, 1, [&](std::size_t i, int worker) {
            order.push_back(i); // unsynchronised on purpose: only this thread may run it
            if (std::this_thread::get_id() != caller || worker != 0)
                otherThread = true;
        });
        QVERIFY(!otherThread);
        QCOMPARE(order.size(), std::size_t(20));
        for (std::size_t i = 0; i < order.size(); ++i)
            QCOMPARE(order[i], i);
    }
};

QTEST_GUILESS_MAIN(TstParallelFor)
#include "tst_parallel_for.moc"
