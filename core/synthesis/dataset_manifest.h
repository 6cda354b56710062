// dataset.json of a synthetic dataset: what was asked for (count, seed, storage, shard size,
// generator config) and what is on disk (completed shards). dataset.h shows the whole layout.
#pragma once

#include "synthesis/synthesis_config.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace insar::synthesis {

enum class DatasetFormat { Npy, Npy8 };
std::string datasetFormatName(DatasetFormat f); // "npy", "npy8"
std::optional<DatasetFormat> parseDatasetFormat(std::string_view text);

inline constexpr int kDatasetFormatVersion = 1;
inline constexpr const char* kDatasetFormatName = "insar-denoiser-synthetic";
/// Per-sample planes of a components shard, in this order.
inline constexpr std::size_t kDatasetComponentCount = 5; // turbulent, stratified, ramp, residual, dem

struct DatasetShard {
    std::string name;      // "shard_00000": files <name>_input.npy, ...
    std::size_t count = 0; // samples in it
};

struct DatasetManifest {
    bool complete = false;
    std::size_t count = 0;          // samples on disk (sum of the shard counts)
    std::size_t requestedCount = 0; // samples asked for
    std::uint64_t seed = 0;
    int sampleSize = 0;
    DatasetFormat format = DatasetFormat::Npy;
    std::size_t samplesPerShard = 0;
    bool components = false;
    bool fractalDem = true; // false: real DEM tiles ("dem": "raster")
    std::vector<DatasetShard> shards;
    SynthesisConfig config;

    /// The dataset.json text (2-space indented JSON and a final newline).
    std::string toJsonText() const;
    /// Parses dataset.json text; `file` names it in errors (insar::Error, key and problem named).
    static DatasetManifest parse(std::string_view text, const std::filesystem::path& file);
    /// Reads <dir>/dataset.json.
    static DatasetManifest read(const std::filesystem::path& dir);
};

/// Shard k's name: "shard_00000", "shard_00001", ...
std::string datasetShardName(std::size_t k);

} // namespace insar::synthesis
