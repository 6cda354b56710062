#include "synthesis/dataset_writer.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/parallel_for.h"
#include "synthesis/dataset_index.h"
#include "synthesis/dataset_reader.h"
#include "synthesis/npy_format.h"
#include "synthesis/sample_generator.h"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <vector>

namespace insar::synthesis {

namespace fs = std::filesystem;

namespace {

/// A shard file written row by row at fixed offsets (so its bytes do not depend on thread order)
/// under a temporary name (common/atomic_file.h), renamed when complete, removed when not.
class ShardFile {
public:
    ShardFile(fs::path finalPath, const std::string& header, std::size_t rowBytes)
        : m_final(std::move(finalPath)), m_temp(temporaryPathFor(m_final)), m_rowBytes(rowBytes),
          m_headerBytes(header.size())
    {
        m_out.open(m_temp, std::ios::binary | std::ios::out | std::ios::trunc);
        if (!m_out)
            throw Error(ErrorKind::Io, m_temp.string() + ": cannot create");
        m_out.write(header.data(), static_cast<std::streamsize>(header.size()));
    }
    ShardFile(const ShardFile&) = delete;
    ShardFile& operator=(const ShardFile&) = delete;
    ~ShardFile()
    {
        if (!m_committed) {
            m_out.close();
            std::error_code ec;
            fs::remove(m_temp, ec);
        }
    }
    void writeRow(std::size_t row, const void* data)
    {
        std::lock_guard lock(m_mutex);
        m_out.seekp(static_cast<std::streamoff>(m_headerBytes + row * m_rowBytes));
        m_out.write(static_cast<const char*>(data), static_cast<std::streamsize>(m_rowBytes));
        if (!m_out)
            throw Error(ErrorKind::Io, m_final.string() + ": write failed (disk full?)");
    }
    void commit()
    {
        m_out.flush();
        m_out.close();
        if (!m_out)
            throw Error(ErrorKind::Io, m_final.string() + ": write failed (disk full?)");
        std::error_code ec;
        fs::rename(m_temp, m_final, ec);
        if (ec)
            throw Error(ErrorKind::Io,
                        m_final.string() + ": cannot rename the finished shard: " + ec.message());
        m_committed = true;
    }

private:
    fs::path m_final;
    fs::path m_temp;
    std::size_t m_rowBytes;
    std::size_t m_headerBytes;
    std::ofstream m_out;
    std::mutex m_mutex;
    bool m_committed = false;
};

/// The keys of two config JSON objects whose values differ.
std::string differingKeys(const nlohmann::json& a, const nlohmann::json& b)
{
    std::string keys;
    for (const auto& [key, value] : a.items())
        if (!b.contains(key) || b.at(key) != value)
            keys += (keys.empty() ? "" : ", ") + key;
    return keys;
}

/// Throws unless the dataset described by `m` is the one this run asks for.
void requireSameDataset(const DatasetManifest& m, const DatasetManifest& want, const fs::path& dir)
{
    const std::string prefix = "cannot resume " + dir.string() + ": its dataset.json has ";
    auto differ = [&](const std::string& what, const std::string& found, const std::string& asked) {
        throw Error(prefix + what + " " + found + ", this run asks for " + asked);
    };
    if (m.format != want.format)
        differ("storage", datasetFormatName(m.format), datasetFormatName(want.format));
    if (m.seed != want.seed)
        differ("seed", std::to_string(m.seed), std::to_string(want.seed));
    if (m.requestedCount != want.requestedCount)
        differ("count", std::to_string(m.requestedCount), std::to_string(want.requestedCount));
    if (m.samplesPerShard != want.samplesPerShard)
        differ("shard size", std::to_string(m.samplesPerShard), std::to_string(want.samplesPerShard));
    if (m.components != want.components)
        differ("components", m.components ? "on" : "off", want.components ? "on" : "off");
    if (m.fractalDem != want.fractalDem)
        differ("DEM", m.fractalDem ? "fractal" : "raster tiles",
               want.fractalDem ? "fractal" : "raster tiles");
    const nlohmann::json found = m.config.toJson();
    const nlohmann::json asked = want.config.toJson();
    if (found != asked)
        throw Error(prefix + "a different generator config (" + differingKeys(asked, found) + ")");
}

/// Prepares outDir and returns the shards already complete there (resume), else none.
std::vector<DatasetIndexEntry> prepareFolder(const fs::path& outDir, const DatasetManifest& want, bool resume,
                                             DatasetManifest& onDisk)
{
    std::error_code ec;
    if (!fs::exists(outDir, ec)) {
        if (!fs::create_directories(outDir, ec) || ec)
            throw Error(ErrorKind::Io, outDir.string() + ": cannot create folder: " + ec.message());
        return {};
    }
    if (!fs::is_directory(outDir, ec))
        throw Error(ErrorKind::Io, outDir.string() + ": exists and is not a folder");
    removeStaleTemporaries(outDir);
    if (fs::is_empty(outDir, ec))
        return {};
    if (!fs::exists(outDir / "dataset.json", ec))
        throw Error(ErrorKind::Io, outDir.string() + ": folder is not empty (choose a new output folder)");
    onDisk = DatasetManifest::read(outDir);
    if (!resume) {
        if (onDisk.complete)
            throw Error(ErrorKind::Io, outDir.string() + ": folder is not empty: it holds a complete dataset "
                                                         "(choose a new output folder)");
        throw Error(ErrorKind::Io,
                    outDir.string() + ": folder is not empty: it holds an incomplete dataset (" +
                        std::to_string(onDisk.count) + " of " + std::to_string(onDisk.requestedCount) +
                        " samples, left by an interrupted run); resume it with the same "
                        "settings (synth --resume) or choose a new output folder");
    }
    requireSameDataset(onDisk, want, outDir);
    const DatasetReader reader(outDir); // checks every shard header and the index
    for (std::size_t k = 0; k < onDisk.shards.size(); ++k) {
        const std::size_t full =
            std::min(want.samplesPerShard, want.requestedCount - k * want.samplesPerShard);
        if (onDisk.shards[k].count != full)
            throw Error(ErrorKind::Format, "cannot resume " + outDir.string() + ": " + onDisk.shards[k].name +
                                               " holds " + std::to_string(onDisk.shards[k].count) +
                                               " samples, expected " + std::to_string(full));
    }
    if (reader.size() != onDisk.count)
        throw Error(ErrorKind::Format, "cannot resume " + outDir.string() + ": index.csv lists " +
                                           std::to_string(reader.size()) + " samples, dataset.json " +
                                           std::to_string(onDisk.count));
    std::vector<DatasetIndexEntry> entries;
    entries.reserve(want.requestedCount);
    for (std::size_t i = 0; i < reader.size(); ++i)
        entries.push_back(reader.entry(i));
    return entries;
}

/// Per-worker buffers, reused from sample to sample.
struct Scratch {
    std::vector<std::uint8_t> bytes;
    std::vector<float> components;
};

} // namespace

DatasetWriteReport writeDataset(const SynthesisConfig& configIn, std::size_t count, std::uint64_t seed,
                                const fs::path& outDir, DatasetFormat format, Progress& progress, int threads,
                                const DatasetOptions& options)
{
    if (count == 0)
        throw Error("dataset: the sample count must be at least 1");
    if (options.samplesPerShard == 0)
        throw Error("dataset: samples per shard must be at least 1");
    DatasetManifest manifest;
    manifest.config = configIn;
    manifest.config.normalisation =
        format == DatasetFormat::Npy8 ? Normalisation::EightBit : Normalisation::Float;
    manifest.requestedCount = count;
    manifest.seed = seed;
    manifest.sampleSize = manifest.config.sampleSize;
    manifest.format = format;
    manifest.samplesPerShard = options.samplesPerShard;
    manifest.components = options.components;
    manifest.fractalDem = !options.dem;
    SampleGenerator generator(manifest.config);
    generator.setDemSource(options.dem);

    DatasetManifest onDisk;
    std::vector<DatasetIndexEntry> entries = prepareFolder(outDir, manifest, options.resume, onDisk);
    manifest.shards = onDisk.shards;
    DatasetWriteReport report;
    report.samplesKept = entries.size();

    const int n = manifest.sampleSize;
    const std::size_t pixels = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
    const bool eight = format == DatasetFormat::Npy8;
    const std::size_t bytesPerPixel = eight ? 1 : 4;
    const std::size_t shardCount = (count + options.samplesPerShard - 1) / options.samplesPerShard;
    const std::size_t side = static_cast<std::size_t>(n);

    auto writeIndex = [&](bool complete) {
        writeFileAtomically(outDir / "index.csv", datasetIndexCsv(entries));
        manifest.complete = complete;
        manifest.count = entries.size();
        writeFileAtomically(outDir / "dataset.json", manifest.toJsonText());
    };

    for (std::size_t shard = manifest.shards.size(); shard < shardCount; ++shard) {
        const std::size_t begin = shard * options.samplesPerShard;
        const std::size_t end = std::min(count, begin + options.samplesPerShard);
        const std::size_t rows = end - begin;
        const std::string name = datasetShardName(shard);
        progress.setStage("shard " + std::to_string(shard + 1) + "/" + std::to_string(shardCount));
        const char* descr = eight ? "|u1" : "<f4";
        const std::string header = npyHeader(descr, {rows, side, side});
        ShardFile inputFile(outDir / (name + "_input.npy"), header, pixels * bytesPerPixel);
        ShardFile referenceFile(outDir / (name + "_reference.npy"), header, pixels * bytesPerPixel);
        std::unique_ptr<ShardFile> componentFile;
        if (options.components)
            componentFile =
                std::make_unique<ShardFile>(outDir / (name + "_components.npy"),
                                            npyHeader("<f4", {rows, kDatasetComponentCount, side, side}),
                                            pixels * 4 * kDatasetComponentCount);

        std::vector<DatasetIndexEntry> shardEntries(rows);
        std::vector<Scratch> scratch(static_cast<std::size_t>(workerCount(rows, threads)));
        SubProgress shardProgress(progress, double(begin) / double(count), double(end) / double(count));
        // A failure or cancel throws here; the ShardFile destructors remove the temporaries.
        parallelFor(rows, threads, shardProgress, [&](std::size_t row, int worker) {
            Scratch& buf = scratch[static_cast<std::size_t>(worker)];
            const std::size_t i = begin + row;
            const std::uint64_t sampleSeed = deriveSampleSeed(seed, i);
            const Sample s = generator.generate(sampleSeed);
            DatasetIndexEntry& e = shardEntries[row];
            e.index = i;
            e.shard = shard;
            e.row = row;
            e.seed = sampleSeed;
            e.weight = s.weight;
            e.snr = s.snr;
            e.incidenceDeg = s.incidenceDeg;
            e.headingDeg = s.headingDeg;
            e.centreLonDeg = s.centreLonDeg;
            e.centreLatDeg = s.centreLatDeg;
            e.paramsJson = s.paramsJson;
            if (eight) {
                e.scaling = eightBitScalingFor(s.input.data(), pixels, s.reference.data(), pixels);
                buf.bytes.resize(pixels);
                toEightBit(s.input.data(), pixels, e.scaling, buf.bytes.data());
                inputFile.writeRow(row, buf.bytes.data());
                toEightBit(s.reference.data(), pixels, e.scaling, buf.bytes.data());
                referenceFile.writeRow(row, buf.bytes.data());
            } else {
                e.scaling = {};
                inputFile.writeRow(row, s.input.data());
                referenceFile.writeRow(row, s.reference.data());
            }
            if (componentFile) {
                buf.components.resize(pixels * kDatasetComponentCount);
                const Raster* parts[kDatasetComponentCount] = {&s.turbulent, &s.stratified, &s.ramp,
                                                               &s.residual, &s.dem};
                for (std::size_t c = 0; c < kDatasetComponentCount; ++c)
                    std::copy(parts[c]->data(), parts[c]->data() + pixels,
                              buf.components.data() + c * pixels);
                componentFile->writeRow(row, buf.components.data());
            }
        });
        inputFile.commit();
        referenceFile.commit();
        if (componentFile)
            componentFile->commit();
        entries.insert(entries.end(), shardEntries.begin(), shardEntries.end());
        manifest.shards.push_back({name, rows});
        report.samplesWritten += rows;
        writeIndex(shard + 1 == shardCount);
    }
    if (report.samplesWritten == 0 && !onDisk.complete)
        writeIndex(true); // every shard was on disk, only the final index was missing
    progress.setFraction(1.0);
    return report;
}

} // namespace insar::synthesis
