// Correcting one interferogram file into GeoTIFFs, the path both the CLI's `denoise` and the GUI's
// batch queue take. The CNN alone streams the file by rows (memory bounded by a band of tiles,
// whatever the raster's size); other methods and chains read the map into memory (their fits need
// all of it). Outputs appear atomically and carry the provenance of corrections::Correction.
#pragma once

#include "common/progress.h"
#include "pipeline/correction_inputs.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace insar::pipeline {

struct FileCorrectionRequest {
    std::filesystem::path input;
    std::filesystem::path output;                       // corrected map (GeoTIFF)
    std::optional<std::filesystem::path> removedOutput; // removed-noise map, when wanted
    std::string method = "cnn";                         // makeCorrection syntax
    CorrectionInputs inputs;
    /// Stream the CNN by rows (default). false reads the whole map, as the other methods do.
    bool streamCnn = true;
    /// With the level kept (reference "none"): let the CNN change the map's mean too.
    bool freeMean = false;
};

struct FileCorrectionReport {
    int width = 0;
    int height = 0;
    Units units = Units::Unknown;
    double stdBefore = NAN;
    double stdAfter = NAN;
    double reduction = NAN; // (before - after) / before
    bool streamed = false;
    std::string reference; // ResolvedReference::describe(), "none" when not re-referenced
    std::map<std::string, std::string> provenance;
    std::vector<std::string> messages;
};

/// Reads, corrects and writes. Throws insar::Error (unknown units: the missingUnitsProblem()
/// sentence; missing DEM or GACOS date; unreadable input...) or CancelledError; on any failure
/// no output is left (neither file appears).
FileCorrectionReport correctFile(const FileCorrectionRequest& request, Progress& progress);

} // namespace insar::pipeline
