// Orbital-error ramps (docs/physics.md §5): bilinear a + b x + c y + d x y over the scene, drawn so
// that the peak-to-peak LOS amplitude across the scene equals a requested value.
#pragma once

#include <vector>

namespace insar::synthesis {

class Rng;

/// x, y in km from the scene centre (x east, y north); result in metres.
struct RampCoefficients {
    double a = 0.0;
    double bPerKm = 0.0;
    double cPerKm = 0.0;
    double dPerKm2 = 0.0;
    double at(double xKm, double yKm) const { return a + bPerKm * xKm + cPerKm * yKm + dPerKm2 * xKm * yKm; }
};

/// Random direction and twist; scaled so max - min over the scene is peakToPeakM and the scene
/// mean is zero. halfWidthKm/halfHeightKm: half the scene extent.
RampCoefficients drawRamp(double peakToPeakM, double halfWidthKm, double halfHeightKm, Rng& rng);
/// Peak-to-peak of the bilinear function over [-hw, hw] x [-hh, hh] (its extremes are at corners).
double rampPeakToPeak(const RampCoefficients& r, double halfWidthKm, double halfHeightKm);
/// Evaluates at pixel centres of a rows x cols grid (row 0 north), spacing dx/dy km.
void evaluateRamp(const RampCoefficients& r, int rows, int cols, double dxKm, double dyKm,
                  std::vector<float>& out);

} // namespace insar::synthesis
