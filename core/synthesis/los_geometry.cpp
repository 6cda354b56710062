#include "synthesis/los_geometry.h"

#include <cmath>

namespace insar::synthesis {

LosVector losUnitVector(double incidenceDeg, double headingDeg)
{
    constexpr double kDeg = 3.14159265358979323846 / 180.0;
    const double si = std::sin(incidenceDeg * kDeg);
    const double ci = std::cos(incidenceDeg * kDeg);
    const double h = headingDeg * kDeg;
    return {-si * std::cos(h), si * std::sin(h), ci};
}

double losAzimuthDeg(double headingDeg)
{
    double az = std::fmod(90.0 - headingDeg, 360.0);
    if (az <= -180.0)
        az += 360.0;
    else if (az > 180.0)
        az -= 360.0;
    return az;
}

double projectToLos(const Displacement3& enu, const LosVector& los)
{
    return enu.x * los.east + enu.y * los.north + enu.z * los.up;
}

} // namespace insar::synthesis
