#include "nn/detail/data_pipeline.h"

#include "common/error.h"
#include "common/parallel_for.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>

namespace insar::nn::detail {

synthesis::SynthesisConfig configForPreset(const synthesis::SynthesisConfig& base,
                                           synthesis::RegionPreset preset)
{
    synthesis::SynthesisConfig c = base;
    c.applyPreset(preset);
    return c;
}

SampleSource::SampleSource(const TrainConfig& config)
    : m_seed(config.seed), m_needsDem(nn::needsDem(config.network))
{
    if (!config.datasetDir.empty()) {
        m_dataset = std::make_unique<synthesis::DatasetReader>(config.datasetDir);
        if (m_dataset->size() == 0)
            throw Error(config.datasetDir.string() + ": the dataset holds no samples");
        if (m_needsDem && !m_dataset->hasDem())
            throw Error(ErrorKind::InvalidInput,
                        config.datasetDir.string() +
                            ": the network takes a DEM input, but this dataset has no DEMs (written without "
                            "components from real DEM tiles); write it with `synth --components` or use a "
                            "fractal-DEM dataset");
        m_side = m_dataset->sampleSize();
    } else {
        m_generator = std::make_unique<synthesis::SampleGenerator>(config.trainData);
        m_side = config.trainData.sampleSize;
    }
}

void SampleSource::read(long long sampleIndex, std::vector<float>& input, std::vector<float>& reference,
                        std::vector<float>& dem) const
{
    const std::uint64_t seed = synthesis::deriveSampleSeed(m_seed, static_cast<std::uint64_t>(sampleIndex));
    if (m_dataset) {
        const auto i = static_cast<std::size_t>(seed % m_dataset->size());
        m_dataset->readPairMetres(i, input, reference);
        if (m_needsDem)
            dem = std::move(m_dataset->readSample(i).dem.values());
        return;
    }
    synthesis::Sample s = m_generator->generate(seed);
    input = std::move(s.input.values());
    reference = std::move(s.reference.values());
    if (m_needsDem)
        dem = std::move(s.dem.values());
}

namespace {

/// Dihedral transform d (0..7) of a P×P crop: optional transpose, then row and/or column flip.
void copyCrop(const std::vector<float>& src, int side, int r0, int c0, int p, int mode, float* dst)
{
    const bool transpose = (mode & 4) != 0;
    const bool flipR = (mode & 1) != 0;
    const bool flipC = (mode & 2) != 0;
    for (int r = 0; r < p; ++r)
        for (int c = 0; c < p; ++c) {
            int sr = transpose ? c : r;
            int sc = transpose ? r : c;
            if (flipR)
                sr = p - 1 - sr;
            if (flipC)
                sc = p - 1 - sc;
            dst[static_cast<std::size_t>(r) * p + c] =
                src[static_cast<std::size_t>(r0 + sr) * side + (c0 + sc)];
        }
}

} // namespace

Batch makeBatch(const TrainConfig& config, const Normalisation& norm, const SampleSource& source,
                long long batchIndex)
{
    const int side = source.side();
    const int p = config.cropSize > 0 ? std::min(config.cropSize, side) : side;
    Batch b;
    b.index = batchIndex;
    b.count = config.batchSize;
    b.side = p;
    b.channels = source.needsDem() ? 2 : 1;
    const std::size_t mapSize = static_cast<std::size_t>(p) * p;
    b.input.resize(mapSize * b.count * b.channels);
    b.target.resize(mapSize * b.count);
    std::vector<float> y, x, dem, cy(mapSize), cx(mapSize), cd(mapSize);
    long long cached = -1;
    MapScaling s;
    double demLevel = 0.0;
    for (int k = 0; k < b.count; ++k) {
        const long long crop = batchIndex * config.batchSize + k;
        const long long sample = crop / config.cropsPerSample;
        if (sample != cached) {
            source.read(sample, y, x, dem);
            cached = sample;
            if (source.needsDem()) {
                if (dem.size() != y.size())
                    throw Error(ErrorKind::Internal,
                                "sample " + std::to_string(sample) + " has no DEM of its size");
                // Whole-map mean, as the denoiser computes it (a crop keeps its relative height).
                demLevel = demMean(dem.data(), dem.size());
            }
            // One scaling per whole map, shared by its crops: the denoiser scales whole maps (or
            // large tiles), so a crop must keep the local level it has inside its map; a per-crop
            // mean would show the network only zero-mean inputs it never meets in use.
            s = scalingFor(y.data(), y.size(), norm);
        }
        std::mt19937_64 rng(
            synthesis::deriveSampleSeed(config.seed ^ kCropSalt, static_cast<std::uint64_t>(crop)));
        const int r0 = static_cast<int>(rng() % static_cast<std::uint64_t>(side - p + 1));
        const int c0 = static_cast<int>(rng() % static_cast<std::uint64_t>(side - p + 1));
        const int mode = config.augment ? static_cast<int>(rng() % 8) : 0;
        copyCrop(y, side, r0, c0, p, mode, cy.data());
        copyCrop(x, side, r0, c0, p, mode, cx.data());
        float* in = b.input.data() + mapSize * b.channels * k;
        float* tg = b.target.data() + mapSize * k;
        if (source.needsDem()) {
            copyCrop(dem, side, r0, c0, p, mode, cd.data());
            demChannel(cd.data(), mapSize, demLevel, in + mapSize);
        }
        for (std::size_t i = 0; i < mapSize; ++i) {
            const double yi = cy[i], xi = cx[i];
            in[i] = std::isnan(yi) ? 0.0f : static_cast<float>((yi - s.offset) / s.unit);
            tg[i] = (std::isnan(yi) || std::isnan(xi)) ? 0.0f : static_cast<float>((yi - xi) / s.unit);
        }
    }
    return b;
}

BatchQueue::BatchQueue(const TrainConfig& config, const Normalisation& norm, long long firstBatch)
    : m_config(config), m_norm(norm), m_source(config), m_nextClaim(firstBatch), m_nextTake(firstBatch)
{
    for (int i = 0; i < config.dataThreads; ++i)
        m_workers.emplace_back([this] { work(); });
}

BatchQueue::~BatchQueue()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    for (auto& t : m_workers)
        t.join();
}

void BatchQueue::work()
{
    for (;;) {
        long long index = 0;
        {
            std::unique_lock lock(m_mutex);
            m_cv.wait(lock, [&] {
                return m_stop || m_error || m_nextClaim < m_nextTake + m_config.prefetchBatches;
            });
            if (m_stop || m_error)
                return;
            index = m_nextClaim++;
        }
        try {
            Batch b = makeBatch(m_config, m_norm, m_source, index);
            {
                std::lock_guard lock(m_mutex);
                m_ready.emplace(index, std::move(b));
            }
        } catch (...) {
            std::lock_guard lock(m_mutex);
            if (!m_error)
                m_error = std::current_exception();
        }
        m_cv.notify_all();
    }
}

Batch BatchQueue::next(const Progress& progress)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (auto it = m_ready.find(m_nextTake); it != m_ready.end()) {
            Batch b = std::move(it->second);
            m_ready.erase(it);
            ++m_nextTake;
            lock.unlock();
            m_cv.notify_all();
            return b;
        }
        if (m_error)
            std::rethrow_exception(m_error);
        if (progress.isCancelled())
            throw CancelledError();
        m_cv.wait_for(lock, std::chrono::milliseconds(100));
    }
}

ValidationSet makeValidationSet(const TrainConfig& config, int threads, Progress& progress)
{
    const synthesis::SampleGenerator generator(configForPreset(config.trainData, config.validationPreset));
    const auto n = static_cast<std::size_t>(config.validationSamples);
    ValidationSet set;
    set.inputs.resize(n);
    set.references.resize(n);
    if (needsDem(config.network))
        set.dems.resize(n);
    parallelFor(n, threads, progress, [&](std::size_t i, int) {
        synthesis::Sample s = generator.generate(
            synthesis::deriveSampleSeed(config.seed ^ kValidationSalt, static_cast<std::uint64_t>(i)));
        set.inputs[i] = std::move(s.input);
        set.references[i] = std::move(s.reference);
        if (needsDem(config.network))
            set.dems[i] = std::move(s.dem);
    });
    return set;
}

} // namespace insar::nn::detail
