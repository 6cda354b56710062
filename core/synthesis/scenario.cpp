#include "synthesis/scenario.h"

#include "common/error.h"
#include "synthesis/los_geometry.h"
#include "synthesis/rng.h"

#include <algorithm>
#include <cmath>

namespace insar::synthesis {

namespace {

constexpr double kShearModulusPa = 30e9;
constexpr double kMaxBottomDepthKm = 25.0;

double draw(Rng& rng, const Range& r)
{
    return rng.uniform(r.min, r.max);
}

void okadaOnGrid(const OkadaModel& model, int rows, int cols, double dxKm, double dyKm, const LosVector& los,
                 int stride, std::vector<float>& out);

} // namespace

Scenario drawScenario(const SynthesisConfig& config, double sceneWidthKm, double sceneHeightKm, Rng& rng)
{
    Scenario s;
    const int n = rng.uniformInt(config.minSources, config.maxSources);
    const double hx = 0.3 * sceneWidthKm;
    const double hy = 0.3 * sceneHeightKm;
    for (int k = 0; k < n; ++k) {
        const bool okada = rng.bernoulli(config.okadaFraction);
        const double east = rng.uniform(-hx, hx);
        const double north = rng.uniform(-hy, hy);
        if (okada) {
            OkadaFault f;
            f.eastKm = east;
            f.northKm = north;
            f.poisson = config.poissonRatio;
            const double mw = draw(rng, config.magnitudeMw);
            // Wells & Coppersmith (1994), all slip types, subsurface rupture length and width.
            f.lengthKm = std::pow(10.0, -2.44 + 0.59 * mw);
            f.widthKm = std::pow(10.0, -1.01 + 0.32 * mw);
            f.strikeDeg = rng.uniform(0.0, 360.0);
            f.dipDeg = draw(rng, config.dipDeg);
            f.rakeDeg = rng.uniform(-180.0, 180.0);
            f.topDepthKm = draw(rng, config.faultTopDepthKm);
            const double sd = std::sin(f.dipDeg * 3.14159265358979323846 / 180.0);
            const double maxWidth = (kMaxBottomDepthKm - f.topDepthKm) / std::max(sd, 1e-6);
            f.widthKm = std::clamp(f.widthKm, 0.1, std::max(0.1, maxWidth));
            const bool tensile = rng.bernoulli(config.tensileFraction);
            const double opening = draw(rng, config.openingM);
            if (tensile) {
                f.slipM = 0.0;
                f.rakeDeg = 0.0;
                f.openingM = opening;
                s.faultMagnitudes.push_back(0.0);
            } else {
                const double m0 = std::pow(10.0, 1.5 * mw + 9.1);
                f.slipM = m0 / (kShearModulusPa * f.lengthKm * 1e3 * f.widthKm * 1e3);
                f.openingM = 0.0;
                s.faultMagnitudes.push_back(mw);
            }
            s.faults.push_back(f);
        } else {
            MogiSource m;
            m.eastKm = east;
            m.northKm = north;
            m.poisson = config.poissonRatio;
            m.depthKm = draw(rng, config.mogiDepthKm);
            const double mag = std::pow(10.0, draw(rng, config.mogiLog10VolumeM3));
            m.dVolumeM3 = rng.bernoulli(0.5) ? mag : -mag;
            s.mogis.push_back(m);
        }
    }
    return s;
}

nlohmann::json scenarioToJson(const Scenario& s)
{
    nlohmann::json faults = nlohmann::json::array();
    for (std::size_t k = 0; k < s.faults.size(); ++k) {
        const OkadaFault& f = s.faults[k];
        faults.push_back({{"east_km", f.eastKm},
                          {"north_km", f.northKm},
                          {"top_depth_km", f.topDepthKm},
                          {"strike_deg", f.strikeDeg},
                          {"dip_deg", f.dipDeg},
                          {"rake_deg", f.rakeDeg},
                          {"length_km", f.lengthKm},
                          {"width_km", f.widthKm},
                          {"slip_m", f.slipM},
                          {"opening_m", f.openingM},
                          {"poisson", f.poisson},
                          {"mw", k < s.faultMagnitudes.size() ? s.faultMagnitudes[k] : 0.0}});
    }
    nlohmann::json mogis = nlohmann::json::array();
    for (const MogiSource& m : s.mogis)
        mogis.push_back({{"east_km", m.eastKm},
                         {"north_km", m.northKm},
                         {"depth_km", m.depthKm},
                         {"dvolume_m3", m.dVolumeM3},
                         {"poisson", m.poisson}});
    return {{"okada", faults}, {"mogi", mogis}};
}

void scenarioLos(const Scenario& s, int rows, int cols, double dxKm, double dyKm, double incidenceDeg,
                 double headingDeg, int stride, std::vector<float>& out)
{
    if (rows < 1 || cols < 1 || stride < 1)
        throw Error("scenario: grid must be non-empty and stride >= 1");
    const LosVector los = losUnitVector(incidenceDeg, headingDeg);
    const std::size_t n = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols);
    out.assign(n, 0.0f);
    auto east = [&](double j) { return (j - (cols - 1) * 0.5) * dxKm; };
    auto north = [&](double i) { return ((rows - 1) * 0.5 - i) * dyKm; };

    // Mogi: cheap, exact at every pixel (docs/physics.md §2.1, inlined for speed).
    for (const MogiSource& m : s.mogis) {
        (void)mogiDisplacement(m, 0.0, 0.0); // validates the source (throws on bad parameters)
        const double d = m.depthKm * 1000.0;
        const double c = (1.0 - m.poisson) * m.dVolumeM3 / 3.14159265358979323846;
        for (int i = 0; i < rows; ++i) {
            const double dy = (north(i) - m.northKm) * 1000.0;
            float* o = out.data() + static_cast<std::size_t>(i) * cols;
            for (int j = 0; j < cols; ++j) {
                const double dx = (east(j) - m.eastKm) * 1000.0;
                const double r2 = dx * dx + dy * dy + d * d;
                const double f = c / (r2 * std::sqrt(r2));
                o[j] += static_cast<float>(f * (dx * los.east + dy * los.north + d * los.up));
            }
        }
    }
    if (s.faults.empty())
        return;

    for (const OkadaFault& f : s.faults)
        okadaOnGrid(OkadaModel(f), rows, cols, dxKm, dyKm, los, stride, out);
}

namespace {

void okadaOnGrid(const OkadaModel& model, int rows, int cols, double dxKm, double dyKm, const LosVector& los,
                 int stride, std::vector<float>& out)
{
    auto east = [&](double j) { return (j - (cols - 1) * 0.5) * dxKm; };
    auto north = [&](double i) { return ((rows - 1) * 0.5 - i) * dyKm; };
    auto okadaLos = [&](double e, double nn) { return projectToLos(model.displacement(e, nn), los); };
    if (stride == 1) {
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < cols; ++j)
                out[static_cast<std::size_t>(i) * cols + j] +=
                    static_cast<float>(okadaLos(east(j), north(i)));
        return;
    }
    // The field varies on the scale of the top depth near the top edge: where the nodes would be
    // further apart than a third of it, pixels within a band around the top edge's surface
    // projection are evaluated exactly and the rest interpolated.
    const OkadaFault& f = model.fault();
    const double pixelKm = std::min(dxKm, dyKm);
    const bool refine = f.topDepthKm < 3.0 * stride * pixelKm;
    const double bandKm = 2.0 * f.topDepthKm + 4.0 * stride * pixelKm;
    const double phi = f.strikeDeg * 3.14159265358979323846 / 180.0;
    const double se = std::sin(phi), sn = std::cos(phi);
    const double halfL = 0.5 * f.lengthKm;
    auto nearTopEdge = [&](double e, double nn) {
        const double de = e - f.eastKm, dn = nn - f.northKm;
        const double along = std::clamp(de * se + dn * sn, -halfL, halfL);
        const double pe = de - along * se, pn = dn - along * sn;
        return pe * pe + pn * pn < bandKm * bandKm;
    };
    // Coarse nodes every `stride` pixels, one extra node beyond each border, then separable
    // Catmull-Rom (cubic) interpolation: error O(stride^4), far below the noise for top depths
    // of a few pixels or more.
    // Pixel i uses nodes i/stride - 1 .. i/stride + 2, so the last pixel needs node
    // (n - 1)/stride + 2 even when n - 1 is a multiple of the stride (its weight is 0 there, but
    // the read must stay inside the table: AddressSanitizer found the overflow).
    const int kr = (rows - 1) / stride + 1; // last node index past the grid
    const int kc = (cols - 1) / stride + 1;
    const int nr = kr + 3, ncn = kc + 3; // nodes -1 .. k+1
    std::vector<double> coarse(static_cast<std::size_t>(nr) * ncn);
    for (int a = 0; a < nr; ++a)
        for (int b = 0; b < ncn; ++b)
            coarse[static_cast<std::size_t>(a) * ncn + b] =
                okadaLos(east((b - 1) * stride), north((a - 1) * stride));
    auto weights = [stride](int i, int& k, double w[4]) {
        k = i / stride; // node index (0-based, without the -1 offset)
        const double t = double(i - k * stride) / stride;
        const double t2 = t * t, t3 = t2 * t;
        w[0] = 0.5 * (-t3 + 2.0 * t2 - t);
        w[1] = 0.5 * (3.0 * t3 - 5.0 * t2 + 2.0);
        w[2] = 0.5 * (-3.0 * t3 + 4.0 * t2 + t);
        w[3] = 0.5 * (t3 - t2);
    };
    // Along columns first: every coarse row -> full-resolution row.
    std::vector<double> rowsInterp(static_cast<std::size_t>(nr) * cols);
    for (int j = 0; j < cols; ++j) {
        int k;
        double w[4];
        weights(j, k, w); // nodes k-1..k+2 -> stored at k..k+3
        for (int a = 0; a < nr; ++a) {
            const double* c = &coarse[static_cast<std::size_t>(a) * ncn + k];
            rowsInterp[static_cast<std::size_t>(a) * cols + j] =
                w[0] * c[0] + w[1] * c[1] + w[2] * c[2] + w[3] * c[3];
        }
    }
    for (int i = 0; i < rows; ++i) {
        int k;
        double w[4];
        weights(i, k, w);
        const double* r0 = &rowsInterp[static_cast<std::size_t>(k) * cols];
        const double* r1 = r0 + cols;
        const double* r2 = r1 + cols;
        const double* r3 = r2 + cols;
        float* o = out.data() + static_cast<std::size_t>(i) * cols;
        const double nn = north(i);
        for (int j = 0; j < cols; ++j) {
            if (refine && nearTopEdge(east(j), nn))
                o[j] += static_cast<float>(okadaLos(east(j), nn));
            else
                o[j] += static_cast<float>(w[0] * r0[j] + w[1] * r1[j] + w[2] * r2[j] + w[3] * r3[j]);
        }
    }
}

} // namespace

} // namespace insar::synthesis
