// Built-in fractal DEM, so synthesis works with no downloads: a power-law (fractional Brownian)
// surface with radial PSD slope ~3.4 (fractal dimension (8 - slope)/2 ~ 2.3, typical of terrain),
// scaled to a relief standard deviation and base height drawn per region (SynthesisConfig::dem*).
#pragma once

#include <vector>

namespace insar::synthesis {

class Rng;

/// Heights (m), row-major rows x cols, mean baseM, std reliefStdM, clipped at 0 m (sea level).
void synthesiseFractalDem(int rows, int cols, double dxKm, double dyKm, double spectralSlope, double baseM,
                          double reliefStdM, Rng& rng, std::vector<float>& out);

} // namespace insar::synthesis
