// Private to core/timeseries: pixels grouped by their pattern of valid observations (one bit per
// interferogram or date), so that each pattern's least-squares operator is built once and applied
// to all its pixels as one matrix product (docs/timeseries.md §3).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace insar::timeseries::detail {

inline std::size_t maskWords(std::size_t observations)
{
    return (observations + 63) / 64;
}

inline bool testBit(const std::uint64_t* mask, std::size_t bit)
{
    return ((mask[bit / 64] >> (bit % 64)) & 1U) != 0;
}

std::size_t countBits(const std::uint64_t* mask, std::size_t words);

/// Pixels order[begin .. begin + count) of a block share one mask.
struct MaskGroup {
    std::size_t begin = 0;
    std::size_t count = 0;
};

/// Groups the block's pixels 0 .. n−1 (masks[j * words ...] for pixel j) by mask: `order` lists the
/// pixels with equal masks next to each other (ascending within a group), `groups` the runs. The
/// result depends on the masks only, never on threads.
void groupByMask(const std::vector<std::uint64_t>& masks, std::size_t n, std::size_t words,
                 std::vector<std::uint32_t>& order, std::vector<MaskGroup>& groups);

struct MaskHash {
    std::size_t operator()(const std::vector<std::uint64_t>& key) const noexcept;
};

/// Thread-safe cache of one operator per mask. Two workers meeting a new mask at once may both
/// build it; the builds are identical (deterministic), and the first stored is kept.
template <class T> class PatternCache {
public:
    template <class Build>
    std::shared_ptr<const T> get(const std::uint64_t* key, std::size_t words, Build&& build)
    {
        std::vector<std::uint64_t> k(key, key + words);
        {
            std::lock_guard lock(m_mutex);
            if (auto it = m_map.find(k); it != m_map.end())
                return it->second;
        }
        auto made = std::make_shared<const T>(build());
        std::lock_guard lock(m_mutex);
        return m_map.emplace(std::move(k), std::move(made)).first->second;
    }
    std::size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_map.size();
    }

private:
    mutable std::mutex m_mutex;
    std::unordered_map<std::vector<std::uint64_t>, std::shared_ptr<const T>, MaskHash> m_map;
};

} // namespace insar::timeseries::detail
