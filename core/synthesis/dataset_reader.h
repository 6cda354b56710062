// Reads a synthetic dataset folder (dataset.h shows the layout): the index, sample pairs as stored
// or in metres, and whole samples with their noise components.
#pragma once

#include "synthesis/dataset_index.h"
#include "synthesis/dataset_manifest.h"
#include "synthesis/sample_generator.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace insar::synthesis {

class DatasetReader {
public:
    /// Reads dataset.json, every shard's .npy header and index.csv; throws insar::Error naming the
    /// file on any problem.
    explicit DatasetReader(const std::filesystem::path& dir);

    std::size_t size() const { return m_entries.size(); }
    int sampleSize() const { return m_manifest.sampleSize; }
    SynthesisConfig config() const { return m_manifest.config; }
    DatasetFormat format() const { return m_manifest.format; }
    bool hasComponents() const { return m_manifest.components; }
    /// True when readSample() can give each sample's DEM: stored with the components, or
    /// regenerated from the seed for fractal-DEM datasets.
    bool hasDem() const { return m_manifest.components || m_manifest.fractalDem; }
    /// False for a dataset an interrupted run left (fewer samples than requested).
    bool complete() const { return m_manifest.complete; }
    /// The sample count the dataset was written for (size() when complete).
    std::size_t requestedCount() const { return m_manifest.requestedCount; }
    std::uint64_t seed() const { return m_manifest.seed; }
    const std::filesystem::path& dir() const { return m_dir; }
    const DatasetIndexEntry& entry(std::size_t i) const;

    /// Thread-safe. Values as stored: LOS metres for npy, 0..255 for npy8 (the paper's training
    /// scale). Vectors are resized to sampleSize^2.
    void readPair(std::size_t i, std::vector<float>& input, std::vector<float>& reference) const;
    /// Thread-safe. Always LOS metres (npy8 mapped back with the sample's offset/scale).
    void readPairMetres(std::size_t i, std::vector<float>& input, std::vector<float>& reference) const;
    /// Full sample in LOS metres. Components come from the components shard when stored, else
    /// they are regenerated from the seed (only possible for fractal-DEM datasets; throws otherwise).
    Sample readSample(std::size_t i) const;

private:
    void readRaw(std::size_t i, const char* suffix, std::size_t bytesPerSample, std::size_t bytes,
                 void* out) const;

    std::filesystem::path m_dir;
    DatasetManifest m_manifest;
    std::vector<std::size_t> m_shardHeaderBytes; // per shard: .npy header length (input/reference)
    std::vector<std::size_t> m_componentHeaderBytes;
    std::vector<DatasetIndexEntry> m_entries;
};

} // namespace insar::synthesis
