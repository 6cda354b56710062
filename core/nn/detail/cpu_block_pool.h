// A LibTorch CPU allocator for inference: large blocks (the per-layer activations, tens of MB each)
// come from 2 MiB-aligned anonymous mappings advised for transparent huge pages and are kept for
// reuse when freed, so a tile's layers reuse the previous tile's pages instead of touching fresh
// ones (a page fault per 4 KiB otherwise: ~150,000 per 1500² denoise, docs/inference_speed.md).
// Small blocks go to LibTorch's own allocator. Only core/nn/*.cpp and the nn tests include this.
#pragma once

#include <cstddef>

namespace insar::nn::detail {

/// Blocks of at least this many bytes are pooled (rounded up to whole 2 MiB pages).
constexpr std::size_t kPooledBlockMin = std::size_t(1) << 20;
/// Freed blocks kept for reuse, at most (beyond it the largest idle ones are unmapped).
constexpr std::size_t kPoolIdleMax = std::size_t(1) << 30;

/// Makes the pool LibTorch's CPU allocator; once per process, thread-safe. Tensors allocated
/// before stay with the allocator that made them (each DataPtr carries its deleter).
void installCpuBlockPool();

struct CpuBlockPoolStats {
    std::size_t mappings = 0;  // blocks mapped so far
    std::size_t reuses = 0;    // allocations served from an idle block
    std::size_t liveBytes = 0; // pooled bytes held by tensors now
    std::size_t idleBytes = 0; // pooled bytes kept for reuse now
};
CpuBlockPoolStats cpuBlockPoolStats();

/// Unmaps every idle block (the pool stays installed).
void releaseIdleCpuBlocks();

} // namespace insar::nn::detail
