#include "synthesis/okada.h"

#include "common/error.h"

#include <cmath>
#include <string>

namespace insar::synthesis {

namespace {

constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
constexpr double kTwoPi = 6.28318530717958647692;
constexpr double kVerticalCosTolerance = 1e-12; // docs/physics.md §1.6 implementation notes
constexpr double kNearVerticalCos = 2e-4;       // below this, bridge to the vertical branch

/// ln(R + v) and 1/(R + v) where R^2 = v^2 + rest2, in the cancellation-free forms of
/// docs/physics.md §1.8 item 5: for v < 0, ln(R+v) = ln(rest2) - ln(R-v) and 1/(R+v) = (R-v)/rest2;
/// when rest2 == 0 as well (negative extension of an edge), rule 3: 1/(R+v) = 0, ln(R+v) = -ln(R-v).
struct LogInv {
    double log;
    double inv;
};

inline LogInv logInvRplus(double r, double v, double rest2)
{
    if (v >= 0.0)
        return {std::log(r + v), 1.0 / (r + v)};
    const double rMinus = r - v; // > 0, no cancellation
    if (rest2 <= 0.0)
        return {-std::log(rMinus), 0.0};
    return {std::log(rest2 / rMinus), rMinus / rest2}; // R + v = rest2 / (R - v), both factors exact
}

inline double invRplus(double r, double v, double rest2)
{
    if (v >= 0.0)
        return 1.0 / (r + v);
    return rest2 <= 0.0 ? 0.0 : (r - v) / rest2;
}

struct Corner {
    double fx[3]; // strike-slip, dip-slip, tensile brackets, x component
    double fy[3];
    double fz[3];
};

/// The bracketed terms of Okada (1985) eqs. 25-27 (docs/physics.md §1.5) at one corner (xi, eta).
Corner okadaCorner(double xi, double eta, double q, double sd, double cd, bool vertical, double a)
{
    const double xi2 = xi * xi;
    const double eta2 = eta * eta;
    const double q2 = q * q;
    const double r2 = xi2 + eta2 + q2;
    const double r = std::sqrt(r2);
    const double yt = eta * cd + q * sd; // y-tilde
    const double dt = eta * sd - q * cd; // d-tilde
    const double x2 = xi2 + q2;
    const double x = std::sqrt(x2);

    const LogInv re = logInvRplus(r, eta, x2);           // R + eta
    const double rxInv = invRplus(r, xi, eta2 + q2);     // 1 / (R + xi) (its log is not needed)
    const LogInv rd = logInvRplus(r, dt, xi2 + yt * yt); // R + d-tilde

    const double theta = (q == 0.0 || r == 0.0) ? 0.0 : std::atan(xi * eta / (q * r));
    const double invR = r > 0.0 ? 1.0 / r : 0.0;

    double i1, i2, i3, i4, i5;
    if (!vertical) {
        const double invCd = 1.0 / cd;
        if (xi == 0.0) {
            i5 = 0.0;
        } else {
            const double num = eta * (x + q * cd) + x * (r + x) * sd;
            const double den = xi * (r + x) * cd;
            i5 = a * 2.0 * invCd * std::atan(num / den);
        }
        i4 = a * invCd * (rd.log - sd * re.log);
        i3 = a * (invCd * yt * rd.inv - re.log) + sd * invCd * i4;
        i2 = a * (-re.log) - i3;
        i1 = a * (-invCd * xi * rd.inv) - sd * invCd * i5;
    } else {
        const double rdInv2 = rd.inv * rd.inv;
        i1 = -0.5 * a * xi * q * rdInv2;
        i3 = 0.5 * a * (eta * rd.inv + yt * q * rdInv2 - re.log);
        i2 = a * (-re.log) - i3;
        i4 = -a * q * rd.inv;
        i5 = -a * xi * sd * rd.inv;
    }

    const double rre = invR * re.inv; // 1 / (R (R + eta))
    const double rrx = invR * rxInv;  // 1 / (R (R + xi))
    const double xiqRre = xi * q * rre;

    Corner c;
    // strike-slip (eq. 25)
    c.fx[0] = xiqRre + theta + i1 * sd;
    c.fy[0] = yt * q * rre + q * cd * re.inv + i2 * sd;
    c.fz[0] = dt * q * rre + q * sd * re.inv + i4 * sd;
    // dip-slip (eq. 26)
    c.fx[1] = q * invR - i3 * sd * cd;
    c.fy[1] = yt * q * rrx + cd * theta - i1 * sd * cd;
    c.fz[1] = dt * q * rrx + sd * theta - i5 * sd * cd;
    // tensile (eq. 27)
    const double sd2 = sd * sd;
    c.fx[2] = q2 * rre - i3 * sd2;
    c.fy[2] = -dt * q * rrx - sd * (xiqRre - theta) - i1 * sd2;
    c.fz[2] = yt * q * rrx + cd * (xiqRre - theta) - i5 * sd2;
    return c;
}

void sinCosDip(double dipDeg, double& sd, double& cd, bool& vertical)
{
    const double dip = dipDeg * kDegToRad;
    sd = std::sin(dip);
    cd = std::cos(dip);
    vertical = std::abs(cd) < kVerticalCosTolerance;
    if (vertical) {
        cd = 0.0;
        sd = sd >= 0.0 ? 1.0 : -1.0; // keeps the sign of sin(dip): dip = -90 works
    }
}

} // namespace

namespace {

/// The Chinnery sum (eq. 24) for given sin/cos of the dip.
Displacement3 rectangleSum(double x, double y, double depth, double sd, double cd, bool vertical,
                           double length, double width, double u1, double u2, double u3, double a)
{
    const double p = y * cd + depth * sd;
    const double q = y * sd - depth * cd;
    // f(x,p) - f(x,p-W) - f(x-L,p) + f(x-L,p-W)
    const double xis[2] = {x, x - length};
    const double etas[2] = {p, p - width};
    double sx[3] = {0, 0, 0}, sy[3] = {0, 0, 0}, sz[3] = {0, 0, 0};
    for (int i = 0; i < 2; ++i) {
        for (int j = 0; j < 2; ++j) {
            const double sign = (i + j) % 2 == 0 ? 1.0 : -1.0;
            const Corner c = okadaCorner(xis[i], etas[j], q, sd, cd, vertical, a);
            for (int k = 0; k < 3; ++k) {
                sx[k] += sign * c.fx[k];
                sy[k] += sign * c.fy[k];
                sz[k] += sign * c.fz[k];
            }
        }
    }
    const double f1 = -u1 / kTwoPi;
    const double f2 = -u2 / kTwoPi;
    const double f3 = u3 / kTwoPi;
    return {f1 * sx[0] + f2 * sx[1] + f3 * sx[2], f1 * sy[0] + f2 * sy[1] + f3 * sy[2],
            f1 * sz[0] + f2 * sz[1] + f3 * sz[2]};
}

/// Rectangle with precomputed sin/cos of the dip, with the near-vertical bridging.
Displacement3 rectangleLocal(double x, double y, double depth, double sd, double cd, bool vertical,
                             double length, double width, double u1, double u2, double u3, double a)
{
    if (vertical || std::abs(cd) >= kNearVerticalCos)
        return rectangleSum(x, y, depth, sd, cd, vertical, length, width, u1, u2, u3, a);
    // Nearly vertical: the 1/cos(dip) terms of eq. 28 cancel catastrophically (at dip 89.9999 deg
    // the plain formulas lose ~3 digits, at 89.99999 deg all of them). The solution is analytic in
    // cos(dip) through 0, so bridge linearly in cos(dip) between the exact vertical branch (eq. 29)
    // and the general branch at |cos(dip)| = kNearVerticalCos, where it is still accurate to ~1e-9;
    // the bridging error is ~(kNearVerticalCos)^2 / 8 times the second derivative (~1e-8 relative).
    const double sgn = sd >= 0.0 ? 1.0 : -1.0;
    const Displacement3 v = rectangleSum(x, y, depth, sgn, 0.0, true, length, width, u1, u2, u3, a);
    const double ct = cd > 0.0 ? kNearVerticalCos : -kNearVerticalCos;
    const double st = sgn * std::sqrt(1.0 - ct * ct);
    const Displacement3 g = rectangleSum(x, y, depth, st, ct, false, length, width, u1, u2, u3, a);
    const double t = cd / ct;
    return {v.x + t * (g.x - v.x), v.y + t * (g.y - v.y), v.z + t * (g.z - v.z)};
}

} // namespace

Displacement3 okadaRectangleLocal(double x, double y, double depth, double dipDeg, double length,
                                  double width, double u1, double u2, double u3, double poisson)
{
    double sd, cd;
    bool vertical;
    sinCosDip(dipDeg, sd, cd, vertical);
    return rectangleLocal(x, y, depth, sd, cd, vertical, length, width, u1, u2, u3, 1.0 - 2.0 * poisson);
}

Displacement3 okadaPointLocal(double x, double y, double depth, double dipDeg, double u1, double u2,
                              double u3, double poisson)
{
    double sd, cd;
    bool vertical;
    sinCosDip(dipDeg, sd, cd, vertical);
    const double a = 1.0 - 2.0 * poisson;
    const double d = depth;
    const double p = y * cd + d * sd;
    const double q = y * sd - d * cd;
    const double r2 = x * x + y * y + d * d;
    const double r = std::sqrt(r2);
    if (r == 0.0)
        throw Error(ErrorKind::Numerical, "Okada point source: observation point at the source");
    const double r3 = r2 * r;
    const double r5 = r3 * r2;
    const double rd = r + d;
    const double rd2 = rd * rd;
    const double rd3 = rd2 * rd;

    // docs/physics.md §1.7 (Okada 1985 eqs. 15-19)
    const double i1 = a * y * (1.0 / (r * rd2) - x * x * (3.0 * r + d) / (r3 * rd3));
    const double i2 = a * x * (1.0 / (r * rd2) - y * y * (3.0 * r + d) / (r3 * rd3));
    const double i3 = a * x / r3 - i2;
    const double i4 = -a * x * y * (2.0 * r + d) / (r3 * rd2);
    const double i5 = a * (1.0 / (r * rd) - x * x * (2.0 * r + d) / (r3 * rd2));

    const double f1 = -u1 / kTwoPi;
    const double f2 = -u2 / kTwoPi;
    const double f3 = u3 / kTwoPi;
    const double sd2 = sd * sd;
    const double ux = f1 * (3.0 * x * x * q / r5 + i1 * sd) + f2 * (3.0 * x * p * q / r5 - i3 * sd * cd) +
                      f3 * (3.0 * x * q * q / r5 - i3 * sd2);
    const double uy = f1 * (3.0 * x * y * q / r5 + i2 * sd) + f2 * (3.0 * y * p * q / r5 - i1 * sd * cd) +
                      f3 * (3.0 * y * q * q / r5 - i1 * sd2);
    const double uz = f1 * (3.0 * x * d * q / r5 + i4 * sd) + f2 * (3.0 * d * p * q / r5 - i5 * sd * cd) +
                      f3 * (3.0 * d * q * q / r5 - i5 * sd2);
    return {ux, uy, uz};
}

OkadaModel::OkadaModel(const OkadaFault& fault) : m_fault(fault)
{
    auto require = [](bool ok, const std::string& what) {
        if (!ok)
            throw Error("Okada fault: " + what);
    };
    require(std::isfinite(fault.eastKm) && std::isfinite(fault.northKm), "position must be finite");
    require(std::isfinite(fault.topDepthKm) && fault.topDepthKm > 0.0,
            "top depth must be > 0 km (the surface solution is singular on a surface trace)");
    require(std::isfinite(fault.dipDeg) && fault.dipDeg > 0.0 && fault.dipDeg < 180.0,
            "dip must be in (0, 180) degrees");
    require(std::isfinite(fault.strikeDeg) && std::isfinite(fault.rakeDeg), "strike and rake must be finite");
    require(std::isfinite(fault.lengthKm) && fault.lengthKm > 0.0, "length must be > 0 km");
    require(std::isfinite(fault.widthKm) && fault.widthKm > 0.0, "width must be > 0 km");
    require(std::isfinite(fault.slipM) && std::isfinite(fault.openingM), "slip and opening must be finite");
    require(std::isfinite(fault.poisson) && fault.poisson > -1.0 && fault.poisson < 0.5,
            "Poisson's ratio must be in (-1, 0.5)");

    const double strike = fault.strikeDeg * kDegToRad;
    m_sinStrike = std::sin(strike);
    m_cosStrike = std::cos(strike);
    const double dip = fault.dipDeg * kDegToRad;
    double sd = std::sin(dip);
    double cd = std::cos(dip);
    if (std::abs(cd) < kVerticalCosTolerance)
        cd = 0.0;
    // Top-edge centre T -> Okada corner O = T - (L/2) s + W cos(dip) (-y_hat), d = top + W sin(dip)
    // (docs/physics.md §1.9), with s = (sin phi, cos phi) and y_hat = (-cos phi, sin phi).
    const double halfL = 0.5 * fault.lengthKm;
    const double wc = fault.widthKm * cd;
    m_originEastKm = fault.eastKm - halfL * m_sinStrike + wc * m_cosStrike;
    m_originNorthKm = fault.northKm - halfL * m_cosStrike - wc * m_sinStrike;
    m_depthKm = fault.topDepthKm + fault.widthKm * sd;
    sinCosDip(fault.dipDeg, m_sinDip, m_cosDip, m_vertical);
    const double rake = fault.rakeDeg * kDegToRad;
    m_u1 = fault.slipM * std::cos(rake);
    m_u2 = fault.slipM * std::sin(rake);
}

Displacement3 OkadaModel::displacement(double eastKm, double northKm) const
{
    const double de = eastKm - m_originEastKm;
    const double dn = northKm - m_originNorthKm;
    const double x = de * m_sinStrike + dn * m_cosStrike;  // (P - O) . s
    const double y = -de * m_cosStrike + dn * m_sinStrike; // (P - O) . y_hat
    const Displacement3 u =
        rectangleLocal(x, y, m_depthKm, m_sinDip, m_cosDip, m_vertical, m_fault.lengthKm, m_fault.widthKm,
                       m_u1, m_u2, m_fault.openingM, 1.0 - 2.0 * m_fault.poisson);
    return {u.x * m_sinStrike - u.y * m_cosStrike, u.x * m_cosStrike + u.y * m_sinStrike, u.z};
}

Displacement3 okadaDisplacement(const OkadaFault& fault, double eastKm, double northKm)
{
    return OkadaModel(fault).displacement(eastKm, northKm);
}

} // namespace insar::synthesis
