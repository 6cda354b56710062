// Internal to core/scenarios: the scene grid (a local equirectangular frame around the scene), the
// per-date atmosphere every scenario draws, and the assembly of its interferograms. Included only
// by the scenarios' .cpp files.
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "scenarios/scenario.h"

#include <nlohmann/json.hpp>

#include <cstdint>

namespace insar::scenarios::detail {

/// A north-up lon/lat grid. Local km coordinates are east/north of (originLonDeg, originLatDeg) on
/// a sphere of the mean Earth radius (equirectangular: good to well under 1 % over 60 km scenes).
struct SceneGrid {
    int rows = 0;
    int cols = 0;
    double westDeg = 0.0; // upper-left corner of the upper-left pixel
    double northDeg = 0.0;
    double dLonDeg = 0.0; // pixel size
    double dLatDeg = 0.0;
    double originLonDeg = 0.0;
    double originLatDeg = 0.0;

    double lonAt(int col) const { return westDeg + (col + 0.5) * dLonDeg; } // pixel centre
    double latAt(int row) const { return northDeg - (row + 0.5) * dLatDeg; }
    double kmPerDegLat() const;
    double kmPerDegLon() const;
    double eastKm(double lonDeg) const { return (lonDeg - originLonDeg) * kmPerDegLon(); }
    double northKm(double latDeg) const { return (latDeg - originLatDeg) * kmPerDegLat(); }
    double dxKm() const { return dLonDeg * kmPerDegLon(); }
    double dyKm() const { return dLatDeg * kmPerDegLat(); }
    std::size_t pixels() const { return static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols); }
    /// A raster of this grid (EPSG:4326, geotransform set) filled with 0.
    Raster makeRaster(Units units, const std::string& description) const;
};

/// Grid side from ScenarioOptions::size (0: 256); insar::Error below 16 or above 4096.
int checkedSize(int size);

/// Per-date atmosphere levels (zenith, metres) of one scenario, before ScenarioOptions::atmosphereScale.
struct AtmosphereLevels {
    double latDeg = 0.0;           // for the UNB3m climatology
    double turbulenceMinM = 0.004; // zenith std of a date's turbulence screen, uniform in [min, max]
    double turbulenceMaxM = 0.010;
    double rampMaxPeakToPeakM = 0.03; // a date's orbital ramp, LOS peak to peak, uniform in [0, max]
    // Weather anomalies on top of UNB3m, per date (the SynthesisConfig defaults, docs/physics.md §4.8).
    double pressureAnomalyStdHpa = 4.0;
    double temperatureAnomalyStdK = 3.0;
    double humidityAnomalyStdPct = 12.0;
    // GACOS-like model error: eps (Gaussian, this std) times the date's departure from the stack's
    // mean delay, plus a smooth screen of std uniform in [min, max].
    double modelErrorFractionStd = 0.2;
    double modelErrorSmoothMinM = 0.001;
    double modelErrorSmoothMaxM = 0.003;
};

/// Given s.dates, s.pairs, s.displacement (one per date), s.dem and the geometry, draws each date's
/// atmosphere (its own random streams, derived from `seed` and the date's index, so the result is
/// independent of `threads`) and fills s.trueZenithDelays, s.zenithDelays, s.otherNoise and
/// s.interferograms. Appends the per-date parameters to details["dates"]. Progress and cancel.
void buildAtmosphereAndInterferograms(Scenario& s, const SceneGrid& grid, const AtmosphereLevels& levels,
                                      std::uint64_t seed, double scale, int threads, Progress& progress,
                                      nlohmann::json& details);

/// A seed for one component (`salt`) of a scenario from the user's seed.
std::uint64_t componentSeed(std::uint64_t seed, std::uint64_t salt);

/// The date `days` days after `date`.
Date addDays(const Date& date, long days);

} // namespace insar::scenarios::detail
