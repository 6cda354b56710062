// The L'Aquila-like scenario (docs/case_studies.md "Scenarios"; parameters from docs/physics.md §6.1).
#include "common/error.h"
#include "common/units.h"
#include "scenarios/scenario.h"
#include "scenarios/scene_builder.h"
#include "synthesis/fractal_dem.h"
#include "synthesis/los_geometry.h"
#include "synthesis/okada.h"
#include "synthesis/rng.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace insar::scenarios {

namespace {

// Scene: 42.1-42.6 N, 13.1-13.8 E (the central Apennines around L'Aquila).
constexpr double kWestDeg = 13.1;
constexpr double kEastDeg = 13.8;
constexpr double kSouthDeg = 42.1;
constexpr double kNorthDeg = 42.6;
// ALOS PALSAR ascending, path 639 frame 833 (docs/physics.md §6.1).
constexpr double kIncidenceDeg = 38.7;
constexpr double kHeadingDeg = -14.0;
// Terrain: fractal relief stretched to 600-2500 m.
constexpr double kDemMinM = 600.0;
constexpr double kDemMaxM = 2500.0;
constexpr double kDemSpectralSlope = 3.4;
constexpr std::uint64_t kDemSalt = 0x1a9d1a2009040601ULL;
constexpr std::uint64_t kStationSalt = 0x5e11a9d1c0a5c0deULL;
// GNSS noise of the sites' LOS displacement, sigma uniform in [min, max] per site.
constexpr double kStationSigmaMinMm = 2.0;
constexpr double kStationSigmaMaxMm = 3.0;

/// The published uniform-slip fault (BEAT documentation example; docs/physics.md §6.1).
struct PublishedFault {
    double topCentreLat = 42.3398;
    double topCentreLon = 13.4801;
    double topDepthKm = 2.927;
    double strikeDeg = 144.49;
    double dipDeg = 54.80;
    double rakeDeg = -114.58;
    double lengthKm = 12.22;
    double widthKm = 9.35;
    double slipM = 0.576;
};

struct Site {
    const char* name;
    double lat;
    double lon;
    bool isVirtual;
};

// AQUI at its true position (IGS/EUREF site log, docs/physics.md §6.1). The other names are the
// poster's sites, but their coordinates are not transcribed: the scenario places them itself,
// spread over the near field and the far field of the fault, SELL (the reference) far from it.
constexpr Site kSites[] = {
    {"AQUI", 42.368239, 13.350247, false}, {"CADO", 42.300, 13.430, true}, {"CPAG", 42.530, 13.230, true},
    {"INGP", 42.385, 13.300, true},        {"INFN", 42.440, 13.560, true}, {"ROIO", 42.345, 13.400, true},
    {"SELL", 42.140, 13.750, true},        {"SMCO", 42.250, 13.700, true},
};

} // namespace

Scenario makeLaquila(const ScenarioOptions& options, Progress& progress)
{
    const int n = detail::checkedSize(options.size);
    progress.setStage("L'Aquila-like scenario: terrain and deformation");
    progress.setFraction(0.0);

    Scenario s;
    s.name = "laquila";
    s.wavelengthM = sensorWavelengthM(Sensor::AlosPalsar);
    s.incidenceDeg = kIncidenceDeg;
    s.headingDeg = kHeadingDeg;
    s.truthName = "coseismic_los_mm";
    s.dates = {Date{2008, 7, 20}, Date{2009, 4, 22}};
    s.pairs = {{s.dates[0], s.dates[1]}};
    s.referenceStation = "SELL";

    detail::SceneGrid grid;
    grid.rows = grid.cols = n;
    grid.westDeg = kWestDeg;
    grid.northDeg = kNorthDeg;
    grid.dLonDeg = (kEastDeg - kWestDeg) / n;
    grid.dLatDeg = (kNorthDeg - kSouthDeg) / n;
    grid.originLonDeg = 0.5 * (kWestDeg + kEastDeg);
    grid.originLatDeg = 0.5 * (kSouthDeg + kNorthDeg);
    const std::size_t px = grid.pixels();

    // Terrain: fractal relief linearly stretched to 600-2500 m.
    std::vector<float> relief;
    synthesis::Rng demRng(detail::componentSeed(options.seed, kDemSalt));
    synthesis::synthesiseFractalDem(n, n, grid.dxKm(), grid.dyKm(), kDemSpectralSlope, 1500.0, 400.0, demRng,
                                    relief);
    const auto [lo, hi] = std::minmax_element(relief.begin(), relief.end());
    const double low = *lo;
    const double span = std::max(double(*hi) - low, 1e-6);
    s.dem = grid.makeRaster(Units::Metres, "synthetic DEM: fractal Apennine-like relief (L'Aquila-like)");
    for (std::size_t k = 0; k < px; ++k)
        s.dem.values()[k] = static_cast<float>(kDemMinM + (kDemMaxM - kDemMinM) * (relief[k] - low) / span);

    // Deformation: the fault's coseismic LOS displacement at the second date, none at the first.
    const PublishedFault published;
    synthesis::OkadaFault fault;
    fault.eastKm = grid.eastKm(published.topCentreLon);
    fault.northKm = grid.northKm(published.topCentreLat);
    fault.topDepthKm = published.topDepthKm;
    fault.strikeDeg = published.strikeDeg;
    fault.dipDeg = published.dipDeg;
    fault.rakeDeg = published.rakeDeg;
    fault.lengthKm = published.lengthKm;
    fault.widthKm = published.widthKm;
    fault.slipM = published.slipM;
    const synthesis::OkadaModel model(fault);
    const synthesis::LosVector los = synthesis::losUnitVector(s.incidenceDeg, s.headingDeg);
    auto losM = [&](double lon, double lat) {
        return synthesis::projectToLos(model.displacement(grid.eastKm(lon), grid.northKm(lat)), los);
    };
    Raster before = grid.makeRaster(Units::Metres, "true LOS displacement since " + s.dates[0].toIso());
    before.metadata.date1 = before.metadata.date2 = s.dates[0];
    Raster after = grid.makeRaster(Units::Metres, "true LOS displacement since " + s.dates[0].toIso());
    after.metadata.date1 = s.dates[0];
    after.metadata.date2 = s.dates[1];
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            after.at(r, c) = static_cast<float>(losM(grid.lonAt(c), grid.latAt(r)));
    s.truth =
        grid.makeRaster(Units::Millimetres, "true coseismic LOS displacement (mm), synthetic L'Aquila-like");
    s.truth.metadata.extra["quantity"] = s.truthName;
    s.truth.metadata.date1 = s.dates[0];
    s.truth.metadata.date2 = s.dates[1];
    s.truth.metadata.wavelengthM = s.wavelengthM;
    s.truth.metadata.incidenceDeg = s.incidenceDeg;
    s.truth.metadata.headingDeg = s.headingDeg;
    for (std::size_t k = 0; k < px; ++k)
        s.truth.values()[k] = static_cast<float>(metresToMm(after.values()[k]));
    s.displacement.push_back(std::move(before));
    s.displacement.push_back(std::move(after));

    // GNSS: truth at the site (the formula at its exact position) + Gaussian noise of the site's sigma.
    synthesis::Rng stationRng(detail::componentSeed(options.seed, kStationSalt));
    nlohmann::json sites = nlohmann::json::array();
    for (const Site& site : kSites) {
        gnss::Station st;
        st.name = site.name;
        st.lon = site.lon;
        st.lat = site.lat;
        st.isVirtual = site.isVirtual;
        const double sigma = stationRng.uniform(kStationSigmaMinMm, kStationSigmaMaxMm);
        const double truthMm = metresToMm(losM(site.lon, site.lat));
        st.sigmaMm = sigma;
        st.losMm = truthMm + sigma * stationRng.normal();
        sites.push_back({{"name", st.name},
                         {"lon", st.lon},
                         {"lat", st.lat},
                         {"virtual", st.isVirtual},
                         {"truth_los_mm", truthMm},
                         {"los_mm", *st.losMm},
                         {"sigma_mm", sigma}});
        s.stations.push_back(std::move(st));
    }
    s.pointLon = kSites[0].lon; // AQUI
    s.pointLat = kSites[0].lat;
    s.truthAtPoint = metresToMm(losM(s.pointLon, s.pointLat));
    progress.setFraction(0.1);
    progress.throwIfCancelled();

    nlohmann::json details;
    details["synthetic"] = true;
    details["sensor"] = "ALOS PALSAR (L-band)";
    details["geometry"] = {{"orbit", "ascending"},
                           {"incidence_deg", s.incidenceDeg},
                           {"heading_deg", s.headingDeg},
                           {"wavelength_m", s.wavelengthM}};
    details["grid"] = {{"size", n},
                       {"west_deg", kWestDeg},
                       {"east_deg", kEastDeg},
                       {"south_deg", kSouthDeg},
                       {"north_deg", kNorthDeg},
                       {"dx_km", grid.dxKm()},
                       {"dy_km", grid.dyKm()}};
    details["dem"] = {{"kind", "fractal relief stretched to a height range"},
                      {"min_m", kDemMinM},
                      {"max_m", kDemMaxM},
                      {"spectral_slope", kDemSpectralSlope}};
    details["source"] = {{"kind", "okada uniform-slip rectangle"},
                         {"top_centre_lon", published.topCentreLon},
                         {"top_centre_lat", published.topCentreLat},
                         {"top_depth_km", fault.topDepthKm},
                         {"strike_deg", fault.strikeDeg},
                         {"dip_deg", fault.dipDeg},
                         {"rake_deg", fault.rakeDeg},
                         {"length_km", fault.lengthKm},
                         {"width_km", fault.widthKm},
                         {"slip_m", fault.slipM},
                         {"poisson", fault.poisson},
                         {"reference", "BEAT documentation example (published InSAR inversion)"}};
    details["stations"] = sites;
    details["reference_station"] = s.referenceStation;
    detail::AtmosphereLevels levels;
    levels.latDeg = grid.originLatDeg;
    levels.rampMaxPeakToPeakM = 0.05; // ALOS's older orbits: up to several cm across the scene
    SubProgress atmosphere(progress, 0.1, 1.0);
    detail::buildAtmosphereAndInterferograms(s, grid, levels, options.seed, options.atmosphereScale,
                                             options.threads, atmosphere, details);
    s.parametersJson = details.dump();

    char text[1200];
    std::snprintf(
        text, sizeof text,
        "Synthetic L'Aquila-like scenario (not real data; labelled synthetic in every file): one ALOS "
        "PALSAR pair %s / %s (wavelength %.4f m, ascending, incidence %.1f deg, heading %.1f deg) on a "
        "%d x %d grid over 42.1-42.6 N, 13.1-13.8 E with a synthetic fractal DEM (600-2500 m). "
        "Deformation: the published uniform-slip fault of the 2009 Mw 6.3 earthquake (strike 144.49, "
        "dip 54.80, rake -114.58, 12.22 x 9.35 km, slip 0.576 m). Each date has its own atmosphere "
        "(stratified delay from the UNB3m climatology plus that day's weather, turbulence, an orbital "
        "ramp). GNSS: AQUI at its true position; CADO, CPAG, INGP, INFN, ROIO, SELL and SMCO are "
        "VIRTUAL sites placed by the scenario (not their real coordinates); each site's LOS is the "
        "truth plus Gaussian noise of 2-3 mm; SELL is the reference. Figures obtained on it are "
        "whatever the methods give, never tuned to the poster's.",
        s.dates[0].toIso().c_str(), s.dates[1].toIso().c_str(), s.wavelengthM, s.incidenceDeg, s.headingDeg,
        n, n);
    s.description = text;
    return s;
}

} // namespace insar::scenarios
