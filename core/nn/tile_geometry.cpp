#include "nn/detail/tile_geometry.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace insar::nn::detail {

std::vector<Segment> segments(int n, int length, int overlap, int align)
{
    const int halo = overlap / 2;
    std::vector<Segment> out;
    for (int k = 0; k < n;) {
        int s = std::clamp(k - halo, 0, n - length);
        s -= s % align;
        const int end = s + length >= n ? n : s + length - halo;
        out.push_back({s, k, end});
        k = end;
    }
    return out;
}

int balancedLength(int n, int maxLength, int overlap)
{
    const int halo = overlap / 2;
    if (n <= maxLength)
        return n;
    const int keep = maxLength - 2 * halo; // kept by an inner tile
    const int tiles = 2 + (n - 2 * (maxLength - halo) + keep - 1) / std::max(keep, 1);
    // Two edge tiles keep length - halo each, inner ones length - 2·halo.
    const int length = (n + 2 * halo * (tiles - 1) + tiles - 1) / tiles;
    return std::clamp(length, 2 * halo + 1, maxLength);
}

int paddedSource(int i, int n, int padded)
{
    if (i < n)
        return i;
    if (padded - n < n)
        return 2 * (n - 1) - i;
    return n - 1;
}

void fillNoData(float* v, int w, int h, double fallback, std::vector<double>& sum, std::vector<double>& cnt)
{
    const std::size_t n = static_cast<std::size_t>(w) * h;
    if (std::none_of(v, v + n, [](float x) { return std::isnan(x); }))
        return;
    const std::size_t stride = static_cast<std::size_t>(w) + 1;
    sum.assign(stride * (h + 1), 0.0);
    cnt.assign(stride * (h + 1), 0.0);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float f = v[static_cast<std::size_t>(y) * w + x];
            const bool ok = !std::isnan(f);
            const std::size_t i = (y + 1) * stride + (x + 1);
            sum[i] = (ok ? f : 0.0) + sum[i - 1] + sum[i - stride] - sum[i - stride - 1];
            cnt[i] = (ok ? 1.0 : 0.0) + cnt[i - 1] + cnt[i - stride] - cnt[i - stride - 1];
        }
    auto box = [&](const std::vector<double>& a, int y0, int x0, int y1, int x1) {
        return a[y1 * stride + x1] - a[y0 * stride + x1] - a[y1 * stride + x0] + a[y0 * stride + x0];
    };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            float& f = v[static_cast<std::size_t>(y) * w + x];
            if (!std::isnan(f))
                continue;
            f = static_cast<float>(fallback);
            for (int rad = 4; rad < 2 * std::max(w, h); rad *= 4) {
                const int y0 = std::max(0, y - rad), y1 = std::min(h, y + rad + 1);
                const int x0 = std::max(0, x - rad), x1 = std::min(w, x + rad + 1);
                const double c = box(cnt, y0, x0, y1, x1);
                if (c > 0) {
                    f = static_cast<float>(box(sum, y0, x0, y1, x1) / c);
                    break;
                }
            }
        }
}

} // namespace insar::nn::detail
