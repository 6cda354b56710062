#include "parallel_for.h"

#include "thread_config.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace insar {

int workerCount(std::size_t count, int threads)
{
    if (threads <= 0)
        threads = defaultThreadCount();
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(threads), count);
    return static_cast<int>(std::max<std::size_t>(n, 1));
}

void parallelFor(std::size_t count, int threads, Progress& progress, const ParallelBody& body)
{
    if (count == 0)
        return;
    const int workers = workerCount(count, threads);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    std::atomic<bool> cancelled{false};
    std::exception_ptr failure;
    std::mutex failureMutex;

    auto work = [&](int worker) {
        try {
            while (!stop.load(std::memory_order_relaxed)) {
                if (progress.isCancelled()) {
                    cancelled.store(true);
                    stop.store(true);
                    break;
                }
                const std::size_t i = next.fetch_add(1);
                if (i >= count)
                    break;
                body(i, worker);
                const std::size_t d = done.fetch_add(1) + 1;
                progress.setFraction(static_cast<double>(d) / static_cast<double>(count));
            }
        } catch (...) {
            std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            stop.store(true);
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(workers - 1));
    try {
        for (int w = 1; w < workers; ++w)
            pool.emplace_back(work, w);
    } catch (...) {
        // Could not start a thread (resource limit): the threads that did start and this one
        // still cover every item.
    }
    work(0);
    for (std::thread& t : pool)
        t.join();

    if (failure)
        std::rethrow_exception(failure);
    if (cancelled.load())
        throw CancelledError();
}

void parallelFor(std::size_t count, int threads, const ParallelBody& body)
{
    NullProgress none;
    parallelFor(count, threads, none, body);
}

} // namespace insar
