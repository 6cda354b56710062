// PRIVATE: training batches produced on background threads in a bounded, ordered prefetch queue.
// Batch b holds crops b·B … b·B+B−1; crop k comes from sample k / cropsPerSample, whose seed is
// deriveSampleSeed(seed, sampleIndex) (or a dataset index drawn from it), and its position and
// dihedral augmentation are drawn from deriveSampleSeed(seed ^ kCropSalt, k). Batches therefore
// depend only on the config and b, never on thread count or timing.
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "nn/detail/normaliser.h"
#include "nn/train_config.h"
#include "synthesis/dataset.h"
#include "synthesis/sample_generator.h"

#include <condition_variable>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace insar::nn::detail {

struct Batch {
    long long index = 0;
    int count = 0;             // maps in the batch
    int side = 0;              // square maps side × side
    int channels = 1;          // input channels: y, and the DEM channel for DEM-aware networks
    std::vector<float> input;  // count·channels·side² network values of y (then the DEM channel)
    std::vector<float> target; // count·side² network values of y − x (the residual to predict)
};

/// One (input, reference) pair in metres, full size, for sample `sampleIndex` of a run, and the
/// sample's DEM (metres) when the network takes one.
class SampleSource {
public:
    /// A DEM-aware network with a dataset that cannot give DEMs is an insar::Error naming it.
    explicit SampleSource(const TrainConfig& config);
    /// Thread-safe. `dem` is filled only when needsDem() (else left untouched).
    void read(long long sampleIndex, std::vector<float>& input, std::vector<float>& reference,
              std::vector<float>& dem) const;
    int side() const { return m_side; }
    bool needsDem() const { return m_needsDem; }

private:
    std::uint64_t m_seed;
    bool m_needsDem = false;
    std::unique_ptr<synthesis::SampleGenerator> m_generator;
    std::unique_ptr<synthesis::DatasetReader> m_dataset;
    int m_side = 0;
};

/// Fills one batch (deterministic, thread-safe given a thread-safe source).
Batch makeBatch(const TrainConfig& config, const Normalisation& norm, const SampleSource& source,
                long long batchIndex);

class BatchQueue {
public:
    /// Starts config.dataThreads workers producing batches firstBatch, firstBatch+1, ...
    BatchQueue(const TrainConfig& config, const Normalisation& norm, long long firstBatch);
    ~BatchQueue();
    BatchQueue(const BatchQueue&) = delete;
    BatchQueue& operator=(const BatchQueue&) = delete;

    /// Next batch in order; blocks while it is being made; rethrows a worker's error;
    /// throws CancelledError when `progress` is cancelled while waiting.
    Batch next(const Progress& progress);

private:
    void work();

    TrainConfig m_config;
    Normalisation m_norm;
    SampleSource m_source;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::map<long long, Batch> m_ready;
    long long m_nextClaim;
    long long m_nextTake;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::vector<std::thread> m_workers;
};

/// Full-size validation maps (metres) from the validation preset, fixed seeds
/// deriveSampleSeed(seed ^ kValidationSalt, i); generated on `threads` threads.
struct ValidationSet {
    std::vector<Raster> inputs;
    std::vector<Raster> references;
    std::vector<Raster> dems; // heights (m), only for DEM-aware networks
};
ValidationSet makeValidationSet(const TrainConfig& config, int threads, Progress& progress);

/// Synthesis config for a preset, keeping the physics knobs of `base`.
synthesis::SynthesisConfig configForPreset(const synthesis::SynthesisConfig& base,
                                           synthesis::RegionPreset preset);

constexpr std::uint64_t kCropSalt = 0xC0FFEE1234567ULL;
constexpr std::uint64_t kValidationSalt = 0x5A17DA7AULL;

} // namespace insar::nn::detail
