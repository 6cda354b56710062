#include "synthesis/ramp.h"

#include "common/error.h"
#include "synthesis/rng.h"

#include <algorithm>
#include <cmath>

namespace insar::synthesis {

double rampPeakToPeak(const RampCoefficients& r, double hw, double hh)
{
    const double c[4] = {r.at(-hw, -hh), r.at(-hw, hh), r.at(hw, -hh), r.at(hw, hh)};
    return *std::max_element(c, c + 4) - *std::min_element(c, c + 4);
}

RampCoefficients drawRamp(double peakToPeakM, double hw, double hh, Rng& rng)
{
    if (!(peakToPeakM >= 0.0) || !(hw > 0.0) || !(hh > 0.0))
        throw Error("ramp: peak-to-peak must be >= 0 and the scene extent > 0");
    // Direction of the linear part uniform; the twist d x y up to half of the linear gradient
    // across the scene (docs/physics.md §5: mostly planar orbital errors).
    const double angle = rng.uniform(0.0, 6.283185307179586);
    const double twist = rng.uniform(-0.5, 0.5);
    RampCoefficients r;
    r.bPerKm = std::cos(angle);
    r.cPerKm = std::sin(angle);
    r.dPerKm2 = twist / std::max(hw, hh);
    const double ptp = rampPeakToPeak(r, hw, hh);
    const double s = ptp > 0.0 ? peakToPeakM / ptp : 0.0;
    r.bPerKm *= s;
    r.cPerKm *= s;
    r.dPerKm2 *= s;
    r.a = 0.0; // the mean over a centred symmetric scene is a; interferograms are relative
    return r;
}

void evaluateRamp(const RampCoefficients& r, int rows, int cols, double dxKm, double dyKm,
                  std::vector<float>& out)
{
    out.resize(static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols));
    for (int i = 0; i < rows; ++i) {
        const double y = ((rows - 1) * 0.5 - i) * dyKm; // row 0 is north
        const double base = r.a + r.cPerKm * y;
        const double slope = r.bPerKm + r.dPerKm2 * y;
        float* row = out.data() + static_cast<std::size_t>(i) * cols;
        for (int j = 0; j < cols; ++j) {
            const double x = (j - (cols - 1) * 0.5) * dxKm;
            row[j] = static_cast<float>(base + slope * x);
        }
    }
}

} // namespace insar::synthesis
