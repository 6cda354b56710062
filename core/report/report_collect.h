// Collectors: a report from the output files and folders of the CLI commands and the tabs. What an
// input holds is found from its files and metadata: a `velocity`/`casestudy` folder (summary.csv,
// points.csv, velocity*.tif, results.csv, gnss.csv), `denoise` outputs (GeoTIFFs carrying
// correction_* provenance tags; a folder of them), a `gnss --csv` table, a `train` run folder
// (history.csv + config.json), a model file (*.model) and an `evaluate` folder (summary.json +
// snr_bins.csv, with methods.csv when classical baselines were evaluated) (docs/reports.md).
#pragma once

#include "report/report.h"

#include <filesystem>
#include <string>
#include <vector>

namespace insar::report {

struct CollectOptions {
    std::string title = "InSAR Denoiser report";
    std::string softwareVersion; // "insar-denoiser 1.2.0"
    int maxFigurePixels = 400;   // maps are reduced so that neither side exceeds this
};

/// What an input is, as found from its content.
enum class InputKind { StackStudy, Denoise, GnssTable, TrainingRun, ModelFile, Evaluation, Unknown };

InputKind classifyInput(const std::filesystem::path& input);

/// Reads every input into one report (one or more sections each). Throws insar::Error naming the
/// input when it is missing or holds nothing a report can show, or when a file in it is unreadable.
Report collectReport(const std::vector<std::filesystem::path>& inputs, const CollectOptions& options = {});

/// A CSV file as tables: blocks separated by blank lines, '#' lines kept as notes; RFC 4180 quotes.
/// Throws insar::Error naming the file when it cannot be read or a row is malformed.
struct CsvBlock {
    std::vector<std::string> notes;
    Table table;
};
std::vector<CsvBlock> readCsvBlocks(const std::filesystem::path& path);

/// A copy of `raster` reduced by an integer stride so that neither side exceeds `maxPixels`.
Raster reduceForDisplay(const Raster& raster, int maxPixels);

} // namespace insar::report
