// East/north/up -> radar line of sight (MintPy convention, docs/physics.md §2.3): positive LOS is
// motion towards the satellite; heading clockwise from north, right-looking radar.
#pragma once

#include "synthesis/okada.h"

namespace insar::synthesis {

struct LosVector {
    double east = 0.0;
    double north = 0.0;
    double up = 1.0;
};

/// d_LOS = -uE sin(inc) cos(head) + uN sin(inc) sin(head) + uU cos(inc).
LosVector losUnitVector(double incidenceDeg, double headingDeg);
/// Azimuth of the ground->satellite vector, anticlockwise from north: 90 - heading, in (-180, 180].
double losAzimuthDeg(double headingDeg);
double projectToLos(const Displacement3& enu, const LosVector& los);

} // namespace insar::synthesis
