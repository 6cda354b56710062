#include "synthesis/mogi.h"

#include "common/error.h"

#include <cmath>

namespace insar::synthesis {

double mogiVolumeFromPressure(double radiusM, double pressurePa, double shearModulusPa)
{
    if (!(radiusM > 0.0) || !(shearModulusPa > 0.0) || !std::isfinite(pressurePa))
        throw Error("Mogi source: radius and shear modulus must be > 0 and the pressure finite");
    return 3.14159265358979323846 * radiusM * radiusM * radiusM * pressurePa / shearModulusPa;
}

Displacement3 mogiDisplacement(const MogiSource& s, double eastKm, double northKm)
{
    if (!(s.depthKm > 0.0) || !std::isfinite(s.depthKm))
        throw Error("Mogi source: depth must be > 0 km");
    if (!(s.poisson > -1.0 && s.poisson < 0.5))
        throw Error("Mogi source: Poisson's ratio must be in (-1, 0.5)");
    // Work in metres: ur = (1-nu) dV r / (pi R^3), uz = (1-nu) dV d / (pi R^3) (docs/physics.md §2.1).
    const double dx = (eastKm - s.eastKm) * 1000.0;
    const double dy = (northKm - s.northKm) * 1000.0;
    const double d = s.depthKm * 1000.0;
    const double r2 = dx * dx + dy * dy + d * d;
    const double r3 = r2 * std::sqrt(r2);
    const double c = (1.0 - s.poisson) * s.dVolumeM3 / (3.14159265358979323846 * r3);
    return {c * dx, c * dy, c * d};
}

} // namespace insar::synthesis
