// Thread counts are set on purpose at start-up (Debian's LibTorch starts with one intra-op thread),
// and every count a user gives is checked here, in one place.
#pragma once

#include <string_view>

namespace insar {

/// The most threads any option accepts: far beyond any desktop or server this tool runs on, and
/// well below the point where starting threads exhausts the process.
inline constexpr int kMaxThreads = 256;

/// Threads to use when the user did not say: INSAR_THREADS from the environment (when it is a
/// valid count), else all cores; always within 1 .. kMaxThreads.
int defaultThreadCount();

/// A thread count a user asked for: 0 means "automatic" (defaultThreadCount()); 1 .. kMaxThreads
/// is taken as it is. Anything else throws insar::Error naming `what` (an option such as
/// "--threads") and the value.
int checkedThreadCount(int requested, std::string_view what = "--threads");

} // namespace insar
