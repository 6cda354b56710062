// Random deformation scenarios for datasets: faults (Okada) and Mogi sources drawn in physically
// sensible ranges, several per map, with their ground truth as JSON.
//
// Draws (all uniform unless stated; ranges from SynthesisConfig):
//  * number of sources: integer in [minSources, maxSources]; each is an Okada fault with
//    probability okadaFraction, else a Mogi source. Positions uniform in the central 60 % of the scene.
//  * faults: Mw in magnitudeMw; length and width from Wells & Coppersmith (1994, all slip types,
//    subsurface rupture): log10 L = -2.44 + 0.59 Mw, log10 W = -1.01 + 0.32 Mw (km), width capped
//    so the bottom edge stays above 25 km; slip s = M0 / (mu L W) with M0 = 10^(1.5 Mw + 9.1) N m and
//    mu = 30 GPa; strike in [0, 360); dip in dipDeg; rake uniform in [-180, 180); top depth in
//    faultTopDepthKm. With probability tensileFraction a fault is a dike/sill instead: no slip,
//    opening in openingM.
//  * Mogi: depth in mogiDepthKm, |dV| = 10^U(mogiLog10VolumeM3), sign +/- with equal odds.
#pragma once

#include "synthesis/mogi.h"
#include "synthesis/okada.h"
#include "synthesis/synthesis_config.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace insar::synthesis {

class Rng;

struct Scenario {
    std::vector<OkadaFault> faults;
    std::vector<MogiSource> mogis;
    std::vector<double> faultMagnitudes; // Mw per fault (0 for tensile sources)
};

/// Scene extent in km (sources are placed in the central 60 %, coordinates from the scene centre).
Scenario drawScenario(const SynthesisConfig& config, double sceneWidthKm, double sceneHeightKm, Rng& rng);

nlohmann::json scenarioToJson(const Scenario& scenario);

/// LOS displacement (m) of all sources at pixel centres of a rows x cols grid centred on (0, 0)
/// with spacing dx/dy km (row 0 north). Mogi is exact at every pixel. Each Okada fault is
/// evaluated on nodes every `stride` pixels and interpolated with separable Catmull-Rom cubics
/// in between; for a fault whose top depth is under 3 node spacings, pixels within
/// 2 x top depth + 4 node spacings of the top edge's surface projection are evaluated exactly
/// (stride 1 = exact everywhere).
void scenarioLos(const Scenario& scenario, int rows, int cols, double dxKm, double dyKm, double incidenceDeg,
                 double headingDeg, int stride, std::vector<float>& out);

} // namespace insar::synthesis
