// The poster's 8-bit normalisation: per sample, input and reference share one linear map onto
// 0..255 (byte = round((v - offset) / scale)), stored so values map back: v = offset + scale*byte.
#pragma once

#include <cstddef>
#include <cstdint>

namespace insar::synthesis {

struct EightBitScaling {
    double offset = 0.0; // metres at byte 0
    double scale = 1.0;  // metres per byte step (> 0)
};

/// Scaling that spans the joint min..max of a and b (NaNs ignored); constant data gives scale 1.
EightBitScaling eightBitScalingFor(const float* a, std::size_t na, const float* b, std::size_t nb);
/// NaN maps to 0.
void toEightBit(const float* values, std::size_t n, const EightBitScaling& s, std::uint8_t* out);
void fromEightBit(const std::uint8_t* bytes, std::size_t n, const EightBitScaling& s, float* out);

} // namespace insar::synthesis
