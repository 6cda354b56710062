// The one thread pool of core: runs an index loop on a few threads with progress and cancel
// (docs/jobs.md). Used wherever core splits work over items (dataset shards, validation maps,
// image rows), so no algorithm writes its own pool.
#pragma once

#include "progress.h"

#include <cstddef>
#include <functional>

namespace insar {

/// body(index, worker) for one item; `worker` is 0 .. workerCount(count, threads) − 1 and is
/// stable within a thread, so callers can keep per-worker scratch buffers.
using ParallelBody = std::function<void(std::size_t index, int worker)>;

/// The number of threads parallelFor(count, threads, …) uses: threads ≤ 0 means
/// defaultThreadCount(); never more than count, never fewer than 1.
int workerCount(std::size_t count, int threads);

/// Calls body(i, worker) for every i in [0, count), in no fixed order, on workerCount(count,
/// threads) threads (the calling thread is one of them, so one thread means no thread is made).
/// After each item it reports items done / count to `progress`; before each item it asks
/// progress.isCancelled() (a safe point, where a paused GUI job waits).
/// The first exception a body throws stops the loop and is rethrown once every worker has
/// returned; if the loop was cancelled it throws CancelledError. Items already running finish.
void parallelFor(std::size_t count, int threads, Progress& progress, const ParallelBody& body);

/// The same without progress or cancel.
void parallelFor(std::size_t count, int threads, const ParallelBody& body);

} // namespace insar
