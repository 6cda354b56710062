// Internal helpers shared by the metrics .cpp files (argument checks, the joint validity rule,
// global pair statistics). Not part of the public API.
#pragma once

#include "common/raster.h"

#include <cmath>
#include <cstddef>
#include <optional>
#include <string>

namespace insar::metrics::detail {

/// Throws unless the pointers are non-null and width, height > 0.
void checkImage(const float* values, const char* name, int width, int height);

/// Throws unless the Rasters are non-empty, of equal size and of compatible units.
void checkRasterPair(const Raster& a, const char* nameA, const Raster& b, const char* nameB);

[[noreturn]] void throwInfinite(const char* name, std::size_t index, int width);

/// Throws insar::Error (Numerical) when v is infinite; returns whether v holds data (not NaN).
inline bool usable(float v, const char* name, std::size_t index, int width)
{
    if (std::isinf(v)) [[unlikely]]
        throwInfinite(name, index, width);
    return !std::isnan(v);
}

/// Population statistics of the pixels valid in both images (two-pass, in double).
struct PairStats {
    std::size_t count = 0;
    double meanX = 0.0;
    double meanY = 0.0;
    double varX = 0.0;
    double varY = 0.0;
    double covXY = 0.0;
    double sumSqX = 0.0;    // Σ x²
    double sumSqDiff = 0.0; // Σ (y - x)²
    double varDiff = 0.0;   // population variance of y - x
    double minX = 0.0;
    double maxX = 0.0;
};

/// Throws when no pixel is valid in both images.
PairStats pairStats(const float* x, const float* y, int width, int height);

/// The L to use: the given one (checked finite and > 0) or max - min of the valid reference.
double resolveDataRange(std::optional<double> dataRange, double minX, double maxX);

} // namespace insar::metrics::detail
