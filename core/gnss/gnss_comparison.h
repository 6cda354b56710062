// Comparing InSAR with GNSS at stations: everything referenced to one station (the poster uses
// SELL), per-station residuals InSAR − GNSS, the L2 misfit ‖r‖₂ and its reduction between two
// InSAR versions, RMSE, std and r² (coefficient of determination of GNSS by InSAR, 1 − SS_res/SS_tot,
// not Pearson's r). Table mode reads a CSV that already holds GNSS and InSAR at the stations.
// Definitions and the poster's check: docs/gnss.md.
#pragma once

#include "gnss/gnss_stations.h"

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

namespace insar::gnss {

struct MisfitStats {
    int stations = 0;  // stations with both values, the reference included
    double l2 = NAN;   // sqrt(Σ r²)
    double rmse = NAN; // sqrt(Σ r² / n)
    double meanResidual = NAN;
    double stdResidual = NAN; // population std of r
    double r2 = NAN; // 1 − Σ r² / Σ (g − ḡ)², ḡ over the same stations; NaN when Σ (g − ḡ)² = 0
};

struct ComparisonTable {
    std::vector<std::string> stations;
    std::vector<double> gnssMm;        // referenced
    std::vector<double> gnssSigmaMm;   // NaN when not given (empty: none given)
    std::vector<std::string> versions; // InSAR versions ("uncorrected", "cnn", a file name...)
    /// insarMm[v][s], referenced; NaN where the version has no value at the station.
    std::vector<std::vector<double>> insarMm;
    std::string reference;       // station everything is referenced to (empty: not re-referenced)
    std::vector<bool> isVirtual; // per station (empty: all real stations)
};

struct ComparisonResult {
    ComparisonTable table;
    std::vector<std::vector<double>> residualMm; // [v][s] = insar − gnss
    std::vector<MisfitStats> stats;              // per version
    /// 1 − l2[v] / l2[0]: the misfit reduction of each version against the first (0 for the first;
    /// NaN when the first has no misfit to reduce).
    std::vector<double> l2Reduction;
};

/// Subtracts the reference station's values from GNSS and from every InSAR version (when
/// `reference` is non-empty; insar::Error naming it when it is not a station or has no value),
/// then computes residuals and statistics. GNSS sigmas of the other stations become
/// sqrt(σ² + σ_ref²) (a difference of independent values) and the reference's 0. Stations where
/// GNSS or a version is NaN are left out of that version's statistics. insar::Error for a table
/// without stations or versions, or whose columns differ in length.
ComparisonResult compare(ComparisonTable table, const std::string& reference);

/// Table mode: a CSV with a `station` (or `name`) column, `gnss_los_mm`, optional `gnss_sigma_mm`,
/// and one or more InSAR columns (`insar_<version>_mm`, or any other numeric column, named as the
/// version); `lon`, `lat` are ignored and `virtual` (0/1) marks synthetic sites. '#' lines are
/// comments; an empty field (or nan, na, -) is a value not given. insar::Error naming file and
/// line for malformed input, a duplicate station or no stations, and naming the file for a table
/// without InSAR columns.
ComparisonTable readComparisonTable(const std::filesystem::path& csv);

/// Raster mode: stations sampled on each raster (one version per raster, named by `versions`).
/// Every station needs losMm (projectToLos first for ENU stations; insar::Error naming the station
/// otherwise). Values are converted from each raster's units to mm (conversionFactor; insar::Error
/// naming the raster for radians without a wavelength); a raster of unknown units is taken as it
/// is, in the unit of the GNSS values (a velocity map in mm/yr against GNSS rates). Stations
/// outside a raster or on no-data are NaN for that version.
ComparisonTable sampleComparisonTable(const std::vector<Station>& stations,
                                      const std::vector<const Raster*>& rasters,
                                      const std::vector<std::string>& versions, int window = 1);

/// The per-station table and the summary as CSV text: a comment line naming the reference, then
/// station, virtual (only when a station is virtual), gnss_los_mm, gnss_sigma_mm, then per version
/// <v>_mm and <v>_residual_mm; a blank line; then per version: version, stations, l2_mm, rmse_mm,
/// mean_residual_mm, std_residual_mm, r2, l2_reduction (fraction). Missing values are empty fields.
std::string comparisonCsv(const ComparisonResult& result);

} // namespace insar::gnss
