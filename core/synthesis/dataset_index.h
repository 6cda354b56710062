// index.csv of a synthetic dataset: one row per sample with its seed, mixing weight, SNR, 8-bit
// scaling, viewing geometry, window centre and ground-truth parameters (dataset.h shows the layout).
#pragma once

#include "synthesis/normalisation.h"

#include <cstdint>
#include <filesystem>
#include <istream>
#include <string>
#include <vector>

namespace insar::synthesis {

struct DatasetIndexEntry {
    std::size_t index = 0;
    std::size_t shard = 0;
    std::size_t row = 0;
    std::uint64_t seed = 0;
    double weight = 0.0;
    double snr = 0.0;
    EightBitScaling scaling; // identity (offset 0, scale 1) for npy
    double incidenceDeg = 0.0;
    double headingDeg = 0.0;
    double centreLonDeg = 0.0;
    double centreLatDeg = 0.0;
    std::string paramsJson;
};

/// The header line of index.csv (no newline).
extern const char* const kDatasetIndexHeader;

/// The whole index.csv text for `entries`: header, then one line per entry. Numbers are written
/// with 17 significant digits, so parsing them back gives the same doubles.
std::string datasetIndexCsv(const std::vector<DatasetIndexEntry>& entries);

/// Parses index.csv text from `in` (`file` names it in errors). Rows must be in index order
/// 0, 1, 2, ...; errors name the file and line.
std::vector<DatasetIndexEntry> parseDatasetIndex(std::istream& in, const std::filesystem::path& file);

} // namespace insar::synthesis
