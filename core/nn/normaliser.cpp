#include "nn/detail/normaliser.h"

#include <cmath>
#include <limits>

namespace insar::nn::detail {

MapScaling scalingFor(const float* values, std::size_t n, const Normalisation& norm)
{
    MapScaling s;
    if (norm.mode == NormalisationMode::Float) {
        double sum = 0.0;
        std::size_t count = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (!std::isnan(values[i])) {
                sum += values[i];
                ++count;
            }
        s.offset = count > 0 ? sum / static_cast<double>(count) : 0.0;
        s.unit = 1.0 / norm.floatScale;
        return s;
    }
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isnan(values[i])) {
            lo = std::min(lo, static_cast<double>(values[i]));
            hi = std::max(hi, static_cast<double>(values[i]));
        }
    if (!(hi >= lo))
        return s;
    s.offset = lo;
    s.unit = hi > lo ? hi - lo : 1.0;
    return s;
}

double demMean(const float* dem, std::size_t n)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isnan(dem[i])) {
            sum += dem[i];
            ++count;
        }
    return count > 0 ? sum / static_cast<double>(count) : 0.0;
}

void demChannel(const float* dem, std::size_t n, double mean, float* out)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = std::isnan(dem[i]) ? 0.0f : static_cast<float>((dem[i] - mean) / kDemScaleM);
}

void preserveMean(const float* input, float* clean, std::size_t n)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isnan(input[i]) && !std::isnan(clean[i])) {
            sum += double(input[i]) - double(clean[i]);
            ++count;
        }
    if (count == 0)
        return;
    const double shift = sum / static_cast<double>(count);
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isnan(clean[i]))
            clean[i] = static_cast<float>(clean[i] + shift);
}

} // namespace insar::nn::detail
