// PRIVATE: the per-map linear mapping between physical values and network values
// (train_config.h NormalisationMode): net = (v - offset) / unit, v = offset + unit · net.
//  - Float: offset = mean of the map's valid values (InSAR maps have an arbitrary reference, so the
//    network never sees the absolute level), unit = 1 / floatScale.
//  - Poster8Bit: offset = min, unit = max - min (the 0..255 byte scale divided by 255; 1 for a
//    constant map).
// A map is a training crop, a validation sample or a denoiser tile.
#pragma once

#include "nn/model_file.h"

#include <cstddef>

namespace insar::nn::detail {

struct MapScaling {
    double offset = 0.0;
    double unit = 1.0;
};

/// NaN values are ignored; an all-NaN map gets offset 0.
MapScaling scalingFor(const float* values, std::size_t n, const Normalisation& norm);

/// Keeps the map's level: adds mean(input − clean) over the pixels valid in both to `clean`, so
/// the removed residual has zero mean. An unwrapped interferogram's constant level is arbitrary
/// (relative to a reference) and the synthetic noise is zero-mean by construction, so the network
/// is not asked to guess it. Used by the denoiser (DenoiseOptions::preserveMean) and validation.
void preserveMean(const float* input, float* clean, std::size_t n);

} // namespace insar::nn::detail
