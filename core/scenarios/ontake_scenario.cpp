// The Ontake-like scenario (docs/case_studies.md "Scenarios"; parameters from docs/physics.md §6.2).
#include "common/error.h"
#include "common/units.h"
#include "scenarios/scenario.h"
#include "scenarios/scene_builder.h"
#include "synthesis/fractal_dem.h"
#include "synthesis/los_geometry.h"
#include "synthesis/mogi.h"
#include "synthesis/rng.h"

#include <cmath>
#include <cstdio>

namespace insar::scenarios {

namespace {

// Mt. Ontake summit (Ken-ga-mine), docs/physics.md §6.2.
constexpr double kSummitLat = 35.89278;
constexpr double kSummitLon = 137.48028;
constexpr double kSummitHeightM = 3067.0;
constexpr double kPixelArcsec = 5.5;
// A typical ALOS-2 stripmap descending geometry at this latitude (heading from docs/physics.md §6.2).
constexpr double kIncidenceDeg = 36.0;
constexpr double kHeadingDeg = -167.0;
// Deflating Mogi source under the summit. Straight above it the LOS rate is
// cos(inc) (1 - nu) dV / (pi d^2) = 0.809 * 0.75 * -2.5e6 / (pi * 1.6e7) = -30.2 mm/yr
// (docs/physics.md §2.1): "a few cm/yr", chosen as round source parameters, not fitted to any result.
constexpr double kMogiDepthKm = 4.0;
constexpr double kMogiVolumeRateM3PerYr = -2.5e6;
// Terrain: fractal relief around the volcano plus a cone exp(-r / r0) that reaches the summit height.
constexpr double kDemBaseM = 1300.0;
constexpr double kDemReliefStdM = 300.0;
constexpr double kDemSpectralSlope = 3.4; // as core/synthesis's DEM (fractal dimension ~2.3)
constexpr double kConeScaleKm = 3.0;
constexpr std::uint64_t kDemSalt = 0x0a7a4e0d3e1f2c5bULL;
// Acquisitions: ALOS-2 repeats every 14 days; a stack keeps an irregular subset of the cycles.
constexpr int kCycleDays = 14;
constexpr int kCycles[] = {0, 4, 10, 17, 22, 26, 35, 40, 44, 48, 57, 62, 66, 70, 78};
constexpr int kFollowers = 3; // each date paired with its next three: 39 interferograms

} // namespace

Scenario makeOntake(const ScenarioOptions& options, Progress& progress)
{
    const int n = detail::checkedSize(options.size);
    progress.setStage("Ontake-like scenario: terrain and deformation");
    progress.setFraction(0.0);

    Scenario s;
    s.name = "ontake";
    s.wavelengthM = sensorWavelengthM(Sensor::Alos2Palsar2);
    s.incidenceDeg = kIncidenceDeg;
    s.headingDeg = kHeadingDeg;
    s.truthName = "velocity_mm_per_yr";
    s.pointLon = kSummitLon;
    s.pointLat = kSummitLat;

    const Date first{2014, 10, 9};
    for (int cycle : kCycles)
        s.dates.push_back(detail::addDays(first, long(cycle) * kCycleDays));
    for (std::size_t i = 0; i < s.dates.size(); ++i)
        for (std::size_t j = i + 1; j <= i + kFollowers && j < s.dates.size(); ++j)
            s.pairs.emplace_back(s.dates[i], s.dates[j]);

    // The summit is the centre of pixel (n/2, n/2) and the origin of the local frame.
    detail::SceneGrid grid;
    grid.rows = grid.cols = n;
    grid.dLonDeg = grid.dLatDeg = kPixelArcsec / 3600.0;
    const int centre = n / 2; // integer on purpose: a pixel index
    grid.westDeg = kSummitLon - (centre + 0.5) * grid.dLonDeg;
    grid.northDeg = kSummitLat + (centre + 0.5) * grid.dLatDeg;
    grid.originLonDeg = kSummitLon;
    grid.originLatDeg = kSummitLat;
    const std::size_t px = grid.pixels();

    // Terrain.
    std::vector<float> relief;
    synthesis::Rng demRng(detail::componentSeed(options.seed, kDemSalt));
    synthesis::synthesiseFractalDem(n, n, grid.dxKm(), grid.dyKm(), kDemSpectralSlope, kDemBaseM,
                                    kDemReliefStdM, demRng, relief);
    s.dem = grid.makeRaster(Units::Metres, "synthetic DEM: fractal relief and a volcanic cone (Ontake-like)");
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const double east = grid.eastKm(grid.lonAt(c));
            const double north = grid.northKm(grid.latAt(r));
            const double cone = std::exp(-std::hypot(east, north) / kConeScaleKm);
            const std::size_t k = static_cast<std::size_t>(r) * n + c;
            s.dem.values()[k] = static_cast<float>(relief[k] * (1.0 - cone) + kSummitHeightM * cone);
        }
    }

    // Deformation: LOS velocity of the Mogi source (flat half-space), and D(t) = v (t - t0).
    synthesis::MogiSource mogi;
    mogi.depthKm = kMogiDepthKm;
    mogi.dVolumeM3 = kMogiVolumeRateM3PerYr; // per year: the displacement is then per year
    const synthesis::LosVector los = synthesis::losUnitVector(s.incidenceDeg, s.headingDeg);
    std::vector<double> velocityMPerYr(px);
    s.truth = grid.makeRaster(Units::Unknown, "true LOS velocity (mm/yr), synthetic Ontake-like scenario");
    s.truth.metadata.extra["quantity"] = s.truthName;
    s.truth.metadata.wavelengthM = s.wavelengthM;
    s.truth.metadata.incidenceDeg = s.incidenceDeg;
    s.truth.metadata.headingDeg = s.headingDeg;
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const std::size_t k = static_cast<std::size_t>(r) * n + c;
            velocityMPerYr[k] = synthesis::projectToLos(
                synthesis::mogiDisplacement(mogi, grid.eastKm(grid.lonAt(c)), grid.northKm(grid.latAt(r))),
                los);
            s.truth.values()[k] = static_cast<float>(metresToMm(velocityMPerYr[k]));
        }
    }
    s.truthAtPoint = metresToMm(synthesis::projectToLos(
        synthesis::mogiDisplacement(mogi, grid.eastKm(s.pointLon), grid.northKm(s.pointLat)), los));
    for (const Date& d : s.dates) {
        const double years = double(d.daysSinceEpoch() - first.daysSinceEpoch()) / 365.25;
        Raster disp = grid.makeRaster(Units::Metres, "true LOS displacement since " + first.toIso());
        disp.metadata.date1 = first;
        disp.metadata.date2 = d;
        for (std::size_t k = 0; k < px; ++k)
            disp.values()[k] = static_cast<float>(velocityMPerYr[k] * years);
        s.displacement.push_back(std::move(disp));
    }
    progress.setFraction(0.1);
    progress.throwIfCancelled();

    nlohmann::json details;
    details["synthetic"] = true;
    details["sensor"] = "ALOS-2 PALSAR-2 (L-band)";
    details["geometry"] = {{"orbit", "descending"},
                           {"incidence_deg", s.incidenceDeg},
                           {"heading_deg", s.headingDeg},
                           {"wavelength_m", s.wavelengthM}};
    details["grid"] = {{"size", n},
                       {"pixel_arcsec", kPixelArcsec},
                       {"centre", {{"lon", kSummitLon}, {"lat", kSummitLat}}},
                       {"dx_km", grid.dxKm()},
                       {"dy_km", grid.dyKm()}};
    details["dem"] = {{"kind", "fractal relief + cone exp(-r/r0)"},
                      {"relief_base_m", kDemBaseM},
                      {"relief_std_m", kDemReliefStdM},
                      {"spectral_slope", kDemSpectralSlope},
                      {"cone_scale_km", kConeScaleKm},
                      {"summit_m", kSummitHeightM}};
    details["source"] = {{"kind", "mogi"},
                         {"lon", kSummitLon},
                         {"lat", kSummitLat},
                         {"depth_km", mogi.depthKm},
                         {"dvolume_m3_per_yr", mogi.dVolumeM3},
                         {"poisson", mogi.poisson},
                         {"time_function", "linear from the first date"}};
    detail::AtmosphereLevels levels;
    levels.latDeg = kSummitLat;
    levels.rampMaxPeakToPeakM = 0.03; // ALOS-2's orbits: a few cm across the scene at most
    SubProgress atmosphere(progress, 0.1, 1.0);
    detail::buildAtmosphereAndInterferograms(s, grid, levels, options.seed, options.atmosphereScale,
                                             options.threads, atmosphere, details);
    s.parametersJson = details.dump();

    char text[1200];
    std::snprintf(
        text, sizeof text,
        "Synthetic Ontake-like scenario (not real data; labelled synthetic in every file): %zu ALOS-2 "
        "L-band acquisitions (wavelength %.4f m, descending, incidence %.1f deg, heading %.1f deg) from "
        "%s to %s, on a %d x %d grid of %.1f arcsec pixels centred on the summit of Mt. Ontake "
        "(%.5f N, %.5f E) over a synthetic fractal DEM with a volcanic cone peaking at %.0f m. A Mogi "
        "source %.1f km below the summit deflates at %.1f x 10^6 m^3/yr (true LOS velocity at the "
        "summit %.2f mm/yr). Each acquisition has its own atmosphere (stratified delay from the "
        "UNB3m climatology of its day of year plus that day's weather, turbulence, an orbital ramp); "
        "%zu small-baseline interferograms pair each date with its next three. The GACOS-like delays "
        "are the true stratified delays plus a model error. Figures obtained on it are whatever the "
        "methods give, never tuned to the poster's.",
        s.dates.size(), s.wavelengthM, s.incidenceDeg, s.headingDeg, s.dates.front().toIso().c_str(),
        s.dates.back().toIso().c_str(), n, n, kPixelArcsec, kSummitLat, kSummitLon, kSummitHeightM,
        kMogiDepthKm, -kMogiVolumeRateM3PerYr / 1e6, s.truthAtPoint, s.pairs.size());
    s.description = text;
    return s;
}

} // namespace insar::scenarios
