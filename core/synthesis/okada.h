// Okada (1985) surface displacement of a rectangular dislocation (strike-slip, dip-slip, tensile)
// and of a point source in an elastic half-space (BSSA 75(4), 1135-1154; docs/physics.md §1).
#pragma once

namespace insar::synthesis {

/// Displacement in Okada's own frame (x along strike, fault dips toward -y, z up), or in
/// geographic (east, north, up) axes; units of the slip/opening.
struct Displacement3 {
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;
};

/// Finite rectangle in Okada's frame (docs/physics.md §1.1-1.8): reference corner below the origin at
/// depth d of the LOWER edge, 0 <= xi' <= L along strike, 0 <= eta' <= W up-dip, dislocations
/// u1 (strike-slip, > 0 left-lateral), u2 (dip-slip, > 0 reverse), u3 (opening); observation
/// (x, y, 0). Lengths share any one unit. Vertical faults (|cos dip| < 1e-12) use eq. 29.
Displacement3 okadaRectangleLocal(double x, double y, double depth, double dipDeg, double length,
                                  double width, double u1, double u2, double u3, double poisson = 0.25);

/// Point source (docs/physics.md §1.7) at (0, 0, -depth); u1..u3 are potencies U*dSigma.
Displacement3 okadaPointLocal(double x, double y, double depth, double dipDeg, double u1, double u2,
                              double u3, double poisson = 0.25);

/// A fault as users describe it: centre of the top edge, strike clockwise from north with the
/// fault dipping to the right, rake (Aki-Richards: 0 left-lateral, 90 reverse, -90 normal).
struct OkadaFault {
    double eastKm = 0.0;     // top-edge centre, local east
    double northKm = 0.0;    // top-edge centre, local north
    double topDepthKm = 1.0; // > 0
    double strikeDeg = 0.0;
    double dipDeg = 45.0; // 0 < dip <= 90 (values up to 180 are accepted: mirrored geometry)
    double rakeDeg = 0.0;
    double lengthKm = 10.0;
    double widthKm = 5.0;
    double slipM = 1.0;
    double openingM = 0.0;
    double poisson = 0.25;
};

/// Precomputed geometry of one fault for fast repeated evaluation (geographic rotation §1.9).
class OkadaModel {
public:
    /// Throws insar::Error for non-physical parameters (top depth <= 0, L or W <= 0, ...).
    explicit OkadaModel(const OkadaFault& fault);
    /// (uE, uN, uU) in metres at a surface point (east, north) in km, same frame as the fault.
    Displacement3 displacement(double eastKm, double northKm) const;
    const OkadaFault& fault() const { return m_fault; }

private:
    OkadaFault m_fault;
    double m_sinStrike = 0.0;
    double m_cosStrike = 1.0;
    double m_originEastKm = 0.0;
    double m_originNorthKm = 0.0;
    double m_depthKm = 0.0; // lower edge
    double m_u1 = 0.0;
    double m_u2 = 0.0;
    double m_sinDip = 0.0;
    double m_cosDip = 1.0;
    bool m_vertical = false;
};

/// Convenience: OkadaModel(fault).displacement(eastKm, northKm).
Displacement3 okadaDisplacement(const OkadaFault& fault, double eastKm, double northKm);

} // namespace insar::synthesis
