#include "timeseries/pattern_groups.h"

#include <algorithm>
#include <bit>
#include <numeric>

namespace insar::timeseries::detail {

std::size_t countBits(const std::uint64_t* mask, std::size_t words)
{
    std::size_t bits = 0;
    for (std::size_t w = 0; w < words; ++w)
        bits += static_cast<std::size_t>(std::popcount(mask[w]));
    return bits;
}

std::size_t MaskHash::operator()(const std::vector<std::uint64_t>& key) const noexcept
{
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ key.size();
    for (std::uint64_t w : key) {
        h ^= w + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9ULL;
    }
    return static_cast<std::size_t>(h ^ (h >> 31));
}

void groupByMask(const std::vector<std::uint64_t>& masks, std::size_t n, std::size_t words,
                 std::vector<std::uint32_t>& order, std::vector<MaskGroup>& groups)
{
    order.resize(n);
    groups.clear();
    if (n == 0)
        return;
    std::iota(order.begin(), order.end(), 0U);
    const bool allEqual = std::all_of(order.begin(), order.end(), [&](std::uint32_t j) {
        return std::equal(masks.begin() + static_cast<std::ptrdiff_t>(j * words),
                          masks.begin() + static_cast<std::ptrdiff_t>((j + 1) * words), masks.begin());
    });
    if (allEqual) {
        groups.push_back({0, n});
        return;
    }
    if (words == 1) {
        // Distinct masks first (one hash look-up per change of mask along the block: neighbouring
        // pixels usually share theirs), numbered in ascending mask order so the layout is a function
        // of the masks alone; then a counting sort.
        std::unordered_map<std::uint64_t, std::uint32_t> id;
        std::vector<std::uint64_t> keys;
        for (std::size_t j = 0; j < n; ++j)
            if ((j == 0 || masks[j] != masks[j - 1]) && id.emplace(masks[j], 0U).second)
                keys.push_back(masks[j]);
        std::sort(keys.begin(), keys.end());
        for (std::uint32_t r = 0; r < keys.size(); ++r)
            id[keys[r]] = r;
        std::vector<std::uint32_t> groupOf(n);
        std::vector<std::size_t> start(keys.size() + 1, 0);
        for (std::size_t j = 0; j < n; ++j) {
            groupOf[j] = (j > 0 && masks[j] == masks[j - 1]) ? groupOf[j - 1] : id[masks[j]];
            ++start[groupOf[j] + 1];
        }
        for (std::size_t r = 0; r < keys.size(); ++r) {
            start[r + 1] += start[r];
            groups.push_back({start[r], start[r + 1] - start[r]});
        }
        for (std::size_t j = 0; j < n; ++j)
            order[start[groupOf[j]]++] = static_cast<std::uint32_t>(j);
        return;
    }
    auto less = [&](std::uint32_t a, std::uint32_t b) {
        const std::uint64_t* ma = masks.data() + a * words;
        const std::uint64_t* mb = masks.data() + b * words;
        for (std::size_t w = 0; w < words; ++w)
            if (ma[w] != mb[w])
                return ma[w] < mb[w];
        return a < b;
    };
    std::sort(order.begin(), order.end(), less);
    std::size_t begin = 0;
    for (std::size_t i = 1; i <= n; ++i) {
        if (i == n || !std::equal(masks.begin() + static_cast<std::ptrdiff_t>(order[i] * words),
                                  masks.begin() + static_cast<std::ptrdiff_t>((order[i] + 1) * words),
                                  masks.begin() + static_cast<std::ptrdiff_t>(order[begin] * words))) {
            groups.push_back({begin, i - begin});
            begin = i;
        }
    }
}

} // namespace insar::timeseries::detail
