#include "nn/detail/cpu_block_pool.h"

#include <c10/core/Allocator.h>
#include <c10/core/CPUAllocator.h>

#include <sys/mman.h>

#include <cstdint>
#include <iterator>
#include <map>
#include <mutex>
#include <unordered_map>

namespace insar::nn::detail {

namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;

std::size_t roundUp(std::size_t n, std::size_t m)
{
    return (n + m - 1) / m * m;
}

/// A 2 MiB-aligned private anonymous mapping of `bytes` (a multiple of 2 MiB), advised for huge
/// pages; nullptr when the kernel refuses.
void* mapAligned(std::size_t bytes)
{
    void* raw = mmap(nullptr, bytes + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return nullptr;
    // Trim the head to the first 2 MiB boundary and the tail to `bytes` after it.
    const std::size_t head =
        roundUp(reinterpret_cast<std::uintptr_t>(raw), kHugePage) - reinterpret_cast<std::uintptr_t>(raw);
    char* const start = static_cast<char*>(raw);
    if (head > 0)
        munmap(start, head);
    if (kHugePage - head > 0)
        munmap(start + head + bytes, kHugePage - head);
    void* p = start + head;
#ifdef MADV_HUGEPAGE
    madvise(p, bytes, MADV_HUGEPAGE); // advice only: without THP the pages are 4 KiB, still reused
#endif
    return p;
}

class CpuBlockPool final : public c10::Allocator {
public:
    explicit CpuBlockPool(c10::Allocator* fallback) : m_fallback(fallback) {}

    c10::DataPtr allocate(std::size_t n) const override
    {
        if (n < kPooledBlockMin)
            return m_fallback->allocate(n);
        const std::size_t bytes = roundUp(n, kHugePage);
        void* p = take(bytes);
        if (!p)
            return m_fallback->allocate(n); // out of address space: let LibTorch report it
        return {p, p, &freeBlock, c10::Device(c10::DeviceType::CPU)};
    }

    c10::DeleterFnPtr raw_deleter() const override { return &freeBlock; }

    CpuBlockPoolStats stats() const
    {
        std::lock_guard lock(m_mutex);
        return m_stats;
    }

    void releaseIdle() const
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [bytes, p] : m_idle)
            munmap(p, bytes);
        m_idle.clear();
        m_stats.idleBytes = 0;
    }

    static CpuBlockPool* instance; // set once by installCpuBlockPool, never freed

private:
    void* take(std::size_t bytes) const
    {
        {
            std::lock_guard lock(m_mutex);
            // Exact size first (a tile's layers repeat the same shapes), else the smallest idle
            // block at most 1/8 larger, so a small request does not pin a huge block.
            const auto it = m_idle.lower_bound(bytes);
            if (it != m_idle.end() && it->first <= bytes + bytes / 8) {
                void* p = it->second;
                m_live.emplace(p, it->first);
                m_stats.idleBytes -= it->first;
                m_stats.liveBytes += it->first;
                ++m_stats.reuses;
                m_idle.erase(it);
                return p;
            }
        }
        void* p = mapAligned(bytes);
        if (!p)
            return nullptr;
        std::lock_guard lock(m_mutex);
        m_live.emplace(p, bytes);
        m_stats.liveBytes += bytes;
        ++m_stats.mappings;
        return p;
    }

    /// Returns a pooled block to the idle set (trimmed to kPoolIdleMax, largest first); anything
    /// else came from the fallback (raw_allocate of a small block) and goes back to it.
    void give(void* p) const
    {
        std::unique_lock lock(m_mutex);
        const auto it = m_live.find(p);
        if (it == m_live.end()) {
            lock.unlock();
            m_fallback->raw_deleter()(p);
            return;
        }
        const std::size_t bytes = it->second;
        m_live.erase(it);
        m_stats.liveBytes -= bytes;
        m_idle.emplace(bytes, p);
        m_stats.idleBytes += bytes;
        while (m_stats.idleBytes > kPoolIdleMax && !m_idle.empty()) {
            const auto largest = std::prev(m_idle.end());
            munmap(largest->second, largest->first);
            m_stats.idleBytes -= largest->first;
            m_idle.erase(largest);
        }
    }

    static void freeBlock(void* p)
    {
        if (p)
            instance->give(p);
    }

    c10::Allocator* m_fallback;
    mutable std::mutex m_mutex;
    mutable std::unordered_map<void*, std::size_t> m_live; // block -> mapped bytes
    mutable std::multimap<std::size_t, void*> m_idle;      // mapped bytes -> block
    mutable CpuBlockPoolStats m_stats;
};

CpuBlockPool* CpuBlockPool::instance = nullptr;

} // namespace

void installCpuBlockPool()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Leaked on purpose: tensors may be freed during static destruction.
        CpuBlockPool::instance = new CpuBlockPool(c10::GetCPUAllocator());
        c10::SetCPUAllocator(CpuBlockPool::instance, /*priority=*/1);
    });
}

CpuBlockPoolStats cpuBlockPoolStats()
{
    return CpuBlockPool::instance ? CpuBlockPool::instance->stats() : CpuBlockPoolStats{};
}

void releaseIdleCpuBlocks()
{
    if (CpuBlockPool::instance)
        CpuBlockPool::instance->releaseIdle();
}

} // namespace insar::nn::detail
