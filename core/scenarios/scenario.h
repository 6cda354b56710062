// Bundled case-study scenarios with known truth, synthetic and labelled so (docs/case_studies.md):
// an Ontake-like volcano stack (15 ALOS-2 dates 2014-10 → 2017-10, a deflating Mogi source under
// the summit at a known rate, per-date stratified delay over steep relief with seasonal weather,
// per-date turbulence and orbital ramps, a small-baseline network) and an L'Aquila-like coseismic
// pair (ALOS 2008-07-20 / 2009-04-22, the published uniform-slip fault, per-date atmosphere, GNSS
// sites: AQUI at its true position, the others virtual). Each acquisition's atmosphere is its own
// draw; an interferogram's noise is the difference of its two dates' delays:
//   ifg(d1, d2) = D(d2) − D(d1) − (Z(d2) − Z(d1)) / cos(inc) + N(d2) − N(d1)
// with D the LOS displacement, Z the stratified zenith delay and N the LOS turbulence + orbital
// ramp of each date (MintPy sign, docs/physics.md §2.3), exactly the relation the GACOS correction
// inverts (corrections/gacos_correction.h).
#pragma once

#include "common/date.h"
#include "common/progress.h"
#include "common/raster.h"
#include "gnss/gnss_stations.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace insar::scenarios {

struct ScenarioOptions {
    std::uint64_t seed = 1;
    /// Grid side in pixels (0: the scenario's default, 256). At least 16; tests use small grids.
    int size = 0;
    /// Scale of every noise term, atmosphere and orbital ramps (1 = the scenario's realistic level,
    /// 0 = noise-free interferograms: exactly the deformation differences). The true zenith delays
    /// scale with it, so the GACOS relation above holds for any scale.
    double atmosphereScale = 1.0;
    /// Threads for the per-date and per-interferogram loops (≤ 0: default). Results do not depend on it.
    int threads = 0;
};

struct Scenario {
    std::string name;        // "ontake" | "laquila"
    std::string description; // one paragraph, starting "Synthetic ..."
    double wavelengthM = 0.0;
    double incidenceDeg = 0.0;
    double headingDeg = 0.0;
    std::vector<Date> dates;                  // sorted acquisitions
    std::vector<std::pair<Date, Date>> pairs; // the interferogram network, one per interferogram
    /// LOS displacement + atmosphere, metres (Units::Metres), positive towards the satellite;
    /// EPSG:4326 grid; metadata: date1/date2, wavelength, incidence, heading; one per pair.
    std::vector<Raster> interferograms;
    Raster dem; // metres, same grid
    /// GACOS-like zenith total delay per date (metres, same grid): the true delay the scenario used
    /// plus an independent model error, so GACOS helps but is not perfect (as in practice).
    std::vector<Raster> zenithDelays;
    /// Truth on the grid: the LOS velocity (mm/yr; Ontake) or the coseismic LOS displacement (mm;
    /// L'Aquila).
    Raster truth;
    std::string truthName; // "velocity_mm_per_yr" | "coseismic_los_mm"
    /// The point the poster reports (Ontake: the summit; L'Aquila: station AQUI) and the truth there
    /// (the source formula at that exact point, in the units of `truth`).
    double pointLon = 0.0;
    double pointLat = 0.0;
    double truthAtPoint = 0.0;
    /// GNSS sites with LOS (mm) = truth + noise with the site's sigma (L'Aquila; empty for Ontake).
    std::vector<gnss::Station> stations;
    std::string referenceStation; // "SELL" for L'Aquila

    // The components behind the interferograms, one per date (metres, same grid), so callers can
    // check a method against the exact truth:
    /// D: LOS displacement since the first date (the true time series).
    std::vector<Raster> displacement;
    /// Z: the true stratified (hydrostatic + wet) zenith delay the interferograms contain.
    std::vector<Raster> trueZenithDelays;
    /// N: LOS turbulence + orbital ramp, the part no GACOS map models.
    std::vector<Raster> otherNoise;
    /// Every drawn and fixed parameter (source, geometry, per-date weather, noise levels) as JSON.
    std::string parametersJson;
};

Scenario makeOntake(const ScenarioOptions& options, Progress& progress);
Scenario makeLaquila(const ScenarioOptions& options, Progress& progress);
/// "ontake" | "laquila"; insar::Error naming the choices otherwise.
Scenario makeScenario(const std::string& name, const ScenarioOptions& options, Progress& progress);

/// Writes the scenario as the files a user would have, into `dir` (created; must be empty or
/// absent): interferograms/YYYYMMDD_YYYYMMDD.geo.disp.tif (metres, tagged), ifgs.csv
/// (date1,date2,file, paths relative to dir), dem.tif, gacos/YYYYMMDD.ztd.tif, truth.tif,
/// stations.csv (when any: name,lon,lat,los_mm,sigma_mm,virtual) and scenario.json (name,
/// description, seed, geometry, dates, pairs, point, truth at point, reference station, parameters).
/// Everything is written into a temporary folder beside `dir` that is renamed to `dir` last, so a
/// failure or a cancel leaves no partial scenario. insar::Error names the folder and the problem.
void writeScenario(const Scenario& scenario, const ScenarioOptions& options,
                   const std::filesystem::path& dir);
void writeScenario(const Scenario& scenario, const ScenarioOptions& options, const std::filesystem::path& dir,
                   Progress& progress);

} // namespace insar::scenarios
