// Mogi (1958) point pressure source in an elastic half-space (docs/physics.md §2.1): surface
// displacement from a volume change, or from a pressure change of a small sphere.
#pragma once

#include "synthesis/okada.h"

namespace insar::synthesis {

struct MogiSource {
    double eastKm = 0.0;
    double northKm = 0.0;
    double depthKm = 3.0;   // > 0
    double dVolumeM3 = 1e6; // volume change of the cavity (not of the surface uplift = 2(1-nu) dV)
    double poisson = 0.25;
};

/// Volume change of a sphere of radius a (m) under pressure change dP (Pa) in a medium of shear
/// modulus mu (Pa): dV = pi a^3 dP / mu (docs/physics.md §2.1).
double mogiVolumeFromPressure(double radiusM, double pressurePa, double shearModulusPa);

/// (uE, uN, uU) in metres at (east, north) km: ur = (1-nu) dV r / (pi R^3), uz = (1-nu) dV d / (pi R^3).
/// Throws insar::Error for depth <= 0.
Displacement3 mogiDisplacement(const MogiSource& source, double eastKm, double northKm);

} // namespace insar::synthesis
