#include "synthesis/fractal_dem.h"

#include "common/error.h"
#include "synthesis/turbulence.h"

#include <algorithm>
#include <cmath>

namespace insar::synthesis {

void synthesiseFractalDem(int rows, int cols, double dxKm, double dyKm, double spectralSlope, double baseM,
                          double reliefStdM, Rng& rng, std::vector<float>& out)
{
    if (!(spectralSlope > 1.0) || !std::isfinite(spectralSlope))
        throw Error("fractal DEM: spectral slope must be > 1");
    if (!(reliefStdM >= 0.0) || !std::isfinite(baseM))
        throw Error("fractal DEM: relief must be >= 0 and the base height finite");
    // One power law (radial 2-D slope = 1-D slope + 1) over all scales up to the outer scale,
    // kept beyond the scene so the filter (and its cached table) does not depend on the window.
    const double outerKm = std::max(200.0, 2.0 * std::max(rows * dyKm, cols * dxKm));
    TurbulenceSpectrum s;
    s.slopeLarge = s.slopeMiddle = s.slopeSmall = spectralSlope - 1.0;
    s.outerScaleKm = outerKm;
    s.breakLargeKm = outerKm;
    s.breakSmallKm = outerKm;
    synthesiseTurbulence(rows, cols, dxKm, dyKm, s, reliefStdM, rng, out);
    const float base = static_cast<float>(baseM);
    for (float& h : out)
        h = std::max(0.0f, h + base);
}

} // namespace insar::synthesis
