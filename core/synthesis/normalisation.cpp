#include "synthesis/normalisation.h"

#include <algorithm>
#include <cmath>

namespace insar::synthesis {

EightBitScaling eightBitScalingFor(const float* a, std::size_t na, const float* b, std::size_t nb)
{
    double lo = INFINITY, hi = -INFINITY;
    auto scan = [&](const float* v, std::size_t n) {
        for (std::size_t k = 0; k < n; ++k) {
            if (std::isnan(v[k]))
                continue;
            lo = std::min(lo, double(v[k]));
            hi = std::max(hi, double(v[k]));
        }
    };
    scan(a, na);
    scan(b, nb);
    EightBitScaling s;
    if (!(lo <= hi))
        return s; // all no-data
    s.offset = lo;
    s.scale = hi > lo ? (hi - lo) / 255.0 : 1.0;
    return s;
}

void toEightBit(const float* values, std::size_t n, const EightBitScaling& s, std::uint8_t* out)
{
    const double inv = 1.0 / s.scale;
    for (std::size_t k = 0; k < n; ++k) {
        if (std::isnan(values[k])) {
            out[k] = 0;
            continue;
        }
        const double v = std::nearbyint((double(values[k]) - s.offset) * inv);
        out[k] = static_cast<std::uint8_t>(std::clamp(v, 0.0, 255.0));
    }
}

void fromEightBit(const std::uint8_t* bytes, std::size_t n, const EightBitScaling& s, float* out)
{
    for (std::size_t k = 0; k < n; ++k)
        out[k] = static_cast<float>(s.offset + s.scale * bytes[k]);
}

} // namespace insar::synthesis
