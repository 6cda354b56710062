// Synthetic datasets on disk: sharded NumPy .npy arrays + index.csv + dataset.json, readable from
// Python with numpy/pandas alone. Written multi-threaded, byte-identical for a seed whatever the
// thread count.
//
// Layout of a dataset folder (format version 1):
//   dataset.json   {"format": "insar-denoiser-synthetic", "version": 1, "complete": true|false,
//                   "count": N, "seed": S, "sampleSize": H, "storage": "npy"|"npy8",
//                   "samplesPerShard": K, "components": bool, "dem": "fractal"|"raster",
//                   "shards": [{"name": "shard_00000", "count": n}, ...], "config": {...}}
//   shard_00000_input.npy       float32 [n, H, W] LOS metres ("npy") or uint8 [n, H, W] ("npy8")
//   shard_00000_reference.npy   same dtype/shape: the deformation x
//   shard_00000_components.npy  only with components: float32 [n, 5, H, W] LOS metres in the order
//                               turbulent, stratified, ramp, residual, dem (dem in metres)
//   index.csv      one row per sample, header:
//                  index,shard,row,seed,weight,snr,scale,offset,incidence_deg,heading_deg,
//                  centre_lon_deg,centre_lat_deg,params_json
//                  (npy8: metres = offset + scale * byte for input and reference; npy: scale 1,
//                  offset 0). params_json is a CSV-quoted JSON object with the ground truth.
// Python: x = np.load("shard_00000_input.npy", mmap_mode="r"); idx = pandas.read_csv("index.csv").
// Sample i lives in shard i / K at row i % K.
//
// Cancel: each shard is written to temporary files and renamed when complete, and index.csv and
// dataset.json are rewritten atomically after every shard. A cancelled run removes the temporary
// files of the shard in progress and leaves the completed shards, all indexed, with
// "complete": false in dataset.json; CancelledError is then rethrown.
#pragma once

#include "common/progress.h"
#include "synthesis/dem_source.h"
#include "synthesis/normalisation.h"
#include "synthesis/sample_generator.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace insar::synthesis {

enum class DatasetFormat { Npy, Npy8 };
std::string datasetFormatName(DatasetFormat f);                     // "npy", "npy8"
std::optional<DatasetFormat> parseDatasetFormat(std::string_view text);

struct DatasetOptions {
    std::size_t samplesPerShard = 1000;
    bool components = false;                  // also store turbulent/stratified/ramp/residual/dem
    std::shared_ptr<const DemSource> dem;     // nullptr: built-in fractal DEM
};

/// Generates `count` samples (seeds deriveSampleSeed(seed, i)) into outDir, which must not exist
/// or be empty. threads <= 0 means defaultThreadCount(). Throws insar::Error / CancelledError.
void writeDataset(const SynthesisConfig& config, std::size_t count, std::uint64_t seed,
                  const std::filesystem::path& outDir, DatasetFormat format, Progress& progress,
                  int threads, const DatasetOptions& options = {});

struct DatasetIndexEntry {
    std::size_t index = 0;
    std::size_t shard = 0;
    std::size_t row = 0;
    std::uint64_t seed = 0;
    double weight = 0.0;
    double snr = 0.0;
    EightBitScaling scaling;                  // identity (offset 0, scale 1) for npy
    double incidenceDeg = 0.0;
    double headingDeg = 0.0;
    double centreLonDeg = 0.0;
    double centreLatDeg = 0.0;
    std::string paramsJson;
};

class DatasetReader {
public:
    /// Reads dataset.json and index.csv; throws insar::Error naming the file on any problem.
    explicit DatasetReader(const std::filesystem::path& dir);

    std::size_t size() const { return m_entries.size(); }
    int sampleSize() const { return m_sampleSize; }
    SynthesisConfig config() const { return m_config; }
    DatasetFormat format() const { return m_format; }
    bool hasComponents() const { return m_components; }
    bool complete() const { return m_complete; }
    std::uint64_t seed() const { return m_seed; }
    const std::filesystem::path& dir() const { return m_dir; }
    const DatasetIndexEntry& entry(std::size_t i) const;

    /// Thread-safe. Values as stored: LOS metres for npy, 0..255 for npy8 (poster's training
    /// scale). Vectors are resized to sampleSize^2.
    void readPair(std::size_t i, std::vector<float>& input, std::vector<float>& reference) const;
    /// Thread-safe. Always LOS metres (npy8 mapped back with the sample's offset/scale).
    void readPairMetres(std::size_t i, std::vector<float>& input, std::vector<float>& reference) const;
    /// Full sample in LOS metres. Components come from the components shard when stored, else
    /// they are regenerated from the seed (only possible for fractal-DEM datasets; throws otherwise).
    Sample readSample(std::size_t i) const;

private:
    void readRaw(std::size_t i, const char* suffix, std::size_t bytesPerSample, std::size_t offsetInSample,
                 std::size_t bytes, void* out) const;

    std::filesystem::path m_dir;
    SynthesisConfig m_config;
    DatasetFormat m_format = DatasetFormat::Npy;
    bool m_components = false;
    bool m_complete = false;
    bool m_fractalDem = true;
    std::uint64_t m_seed = 0;
    int m_sampleSize = 0;
    std::size_t m_samplesPerShard = 0;
    std::vector<std::string> m_shardNames;
    std::vector<std::size_t> m_shardHeaderBytes;   // per shard: .npy header length (input/reference)
    std::vector<std::size_t> m_componentHeaderBytes;
    std::vector<DatasetIndexEntry> m_entries;
};

} // namespace insar::synthesis
