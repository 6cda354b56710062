// What a user gives a correction besides the interferogram, as the CLI flags and the GUI choosers
// hold it (file names and text), and turning it into a corrections::CorrectionContext for one
// interferogram: the DEM, the exclusion mask, the reference point, GACOS folder, incidence, and
// the units rule for files that do not say what their values are.
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "corrections/correction.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace insar::pipeline {

struct CorrectionInputs {
    std::filesystem::path dem;      // any GDAL raster of heights (m); warped when grids differ
    std::filesystem::path gacosDir; // YYYYMMDD.ztd(+.rsc) / .ztd.tif
    std::string exclude;            // mask raster file, WKT polygon, or GeoJSON file
    /// "auto" (default, a stable area), "none" (keep the level: no re-referencing), or "ROW,COL".
    std::string reference = "auto";
    std::optional<std::pair<double, double>> referenceLonLat; // wins over `reference`
    std::filesystem::path incidenceRaster;                    // degrees
    std::optional<double> incidenceDeg;                       // wins over raster and metadata
    /// Overrides for files that do not say their units / wavelength (the CLI's --units,
    /// --wavelength; the GUI's question).
    std::optional<Units> units;
    std::optional<double> wavelengthM;
};

/// Parses "auto" | "none" | "ROW,COL" (0-based); insar::Error otherwise.
corrections::ReferencePoint parseReference(const std::string& text);

/// Applies inputs.units / inputs.wavelengthM to `raster`'s metadata: an override wins over what
/// the file said only when the file said nothing (Unknown / no wavelength); a contradiction with
/// what the file says throws insar::Error naming both.
void applyUnitOverrides(Raster& raster, const CorrectionInputs& inputs);

/// True when the methods of `methodSpec` (makeCorrection syntax) need the values' units:
/// "cnn" (the model works in metres) and "gacos" (delays are converted to the map's units).
bool methodsNeedUnits(const std::string& methodSpec);

/// Non-empty when `raster` cannot be corrected by `methodSpec` because its units (or, for
/// radians, the wavelength) are unknown: a sentence naming the file. The CLI appends its flags
/// ("--units rad|m|mm", "--wavelength M"), the GUI asks.
std::string missingUnitsProblem(const Raster& raster, const std::string& methodSpec);

/// Builds the context for `input` from `inputs`: reads the DEM and incidence rasters and the
/// exclusion mask (errors name the file and problem), parses the reference. Messages for the
/// user (grids that will be warped...) are appended to `messages`.
corrections::CorrectionContext buildContext(const CorrectionInputs& inputs, const Raster& input,
                                            std::vector<std::string>& messages, Progress& progress);

} // namespace insar::pipeline
