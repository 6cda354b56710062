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

/// The DEM channel of a DEM-aware network: (h - mean(h)) / kDemScaleM over the map's valid heights,
/// NaN -> 0. The stratified delay is, to first order, proportional to height relative to the
/// scene (docs/physics.md §4.4 and §12.2), and the phase channel has its own mean removed,
/// so only relative heights carry information; a fixed scale (not the map's height spread) keeps
/// the delay-per-metre coefficient the network learns the same on flat and on steep maps, and
/// 1 km brings typical relief (0.1-3 km) to O(1), the range of the phase channel (1 = 1 cm).
constexpr double kDemScaleM = 1000.0;
/// Mean of the valid (non-NaN) heights; 0 when there is none.
double demMean(const float* dem, std::size_t n);
/// out[i] = (dem[i] - mean) / kDemScaleM, 0 where dem[i] is NaN.
void demChannel(const float* dem, std::size_t n, double mean, float* out);

/// NaN values are ignored; an all-NaN map gets offset 0.
MapScaling scalingFor(const float* values, std::size_t n, const Normalisation& norm);

/// Keeps the map's level: adds mean(input − clean) over the pixels valid in both to `clean`, so
/// the removed residual has zero mean. An unwrapped interferogram's constant level is arbitrary
/// (relative to a reference) and the synthetic noise is zero-mean by construction, so the network
/// is not asked to guess it. Used by the denoiser (DenoiseOptions::preserveMean) and validation.
void preserveMean(const float* input, float* clean, std::size_t n);

} // namespace insar::nn::detail
