// Thread counts are set on purpose at start-up (Debian's LibTorch starts with one intra-op thread).
#pragma once

namespace insar {

/// Threads to use when the user did not say: INSAR_THREADS from the environment, else all cores.
int defaultThreadCount();

} // namespace insar
