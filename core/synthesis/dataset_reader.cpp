#include "synthesis/dataset_reader.h"

#include "common/error.h"
#include "synthesis/npy_format.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <fstream>

namespace insar::synthesis {

namespace fs = std::filesystem;

DatasetReader::DatasetReader(const fs::path& dir) : m_dir(dir), m_manifest(DatasetManifest::read(dir))
{
    const std::size_t n = static_cast<std::size_t>(m_manifest.sampleSize);
    const std::string want = m_manifest.format == DatasetFormat::Npy8 ? "|u1" : "<f4";
    for (const DatasetShard& shard : m_manifest.shards) {
        const NpyHeader a = readNpyHeader(dir / (shard.name + "_input.npy"));
        const NpyHeader b = readNpyHeader(dir / (shard.name + "_reference.npy"));
        for (const NpyHeader* h : {&a, &b})
            if (h->descr != want || h->shape.size() != 3 || h->shape[0] != shard.count || h->shape[1] != n ||
                h->shape[2] != n)
                throw Error(ErrorKind::Format, (dir / shard.name).string() +
                                                   ": shard dtype or shape does not match dataset.json");
        if (a.headerBytes != b.headerBytes)
            throw Error(ErrorKind::Format,
                        (dir / shard.name).string() + ": input and reference shards differ");
        m_shardHeaderBytes.push_back(a.headerBytes);
        if (m_manifest.components) {
            const NpyHeader c = readNpyHeader(dir / (shard.name + "_components.npy"));
            if (c.descr != "<f4" || c.shape.size() != 4 || c.shape[0] != shard.count ||
                c.shape[1] != kDatasetComponentCount || c.shape[2] != n || c.shape[3] != n)
                throw Error(ErrorKind::Format,
                            (dir / shard.name).string() + "_components.npy: unexpected dtype or shape");
            m_componentHeaderBytes.push_back(c.headerBytes);
        }
    }

    const fs::path csvPath = dir / "index.csv";
    std::ifstream csv(csvPath, std::ios::binary);
    if (!csv)
        throw Error(ErrorKind::Io, csvPath.string() + ": cannot open");
    m_entries = parseDatasetIndex(csv, csvPath);
    for (const DatasetIndexEntry& e : m_entries)
        if (e.shard >= m_manifest.shards.size() || e.row >= m_manifest.shards[e.shard].count ||
            e.index != e.shard * m_manifest.samplesPerShard + e.row)
            throw Error(ErrorKind::Format, csvPath.string() + ": sample " + std::to_string(e.index) +
                                               " has shard or row out of range");
    if (m_entries.size() != m_manifest.count)
        throw Error(ErrorKind::Format, csvPath.string() + ": lists " + std::to_string(m_entries.size()) +
                                           " samples, dataset.json " + std::to_string(m_manifest.count));
}

const DatasetIndexEntry& DatasetReader::entry(std::size_t i) const
{
    if (i >= m_entries.size())
        throw Error("dataset: sample " + std::to_string(i) + " out of range (size " +
                    std::to_string(m_entries.size()) + ")");
    return m_entries[i];
}

void DatasetReader::readRaw(std::size_t i, const char* suffix, std::size_t bytesPerSample, std::size_t bytes,
                            void* out) const
{
    const DatasetIndexEntry& e = entry(i);
    const bool comp = std::strcmp(suffix, "_components.npy") == 0;
    const std::size_t header = comp ? m_componentHeaderBytes.at(e.shard) : m_shardHeaderBytes.at(e.shard);
    const fs::path path = m_dir / (m_manifest.shards[e.shard].name + suffix);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, path.string() + ": cannot open");
    in.seekg(static_cast<std::streamoff>(header + e.row * bytesPerSample));
    in.read(static_cast<char*>(out), static_cast<std::streamsize>(bytes));
    if (!in)
        throw Error(ErrorKind::Io, path.string() + ": truncated shard (sample " + std::to_string(i) + ")");
}

void DatasetReader::readPair(std::size_t i, std::vector<float>& input, std::vector<float>& reference) const
{
    const std::size_t side = static_cast<std::size_t>(m_manifest.sampleSize);
    const std::size_t pixels = side * side;
    input.resize(pixels);
    reference.resize(pixels);
    if (m_manifest.format == DatasetFormat::Npy) {
        readRaw(i, "_input.npy", pixels * 4, pixels * 4, input.data());
        readRaw(i, "_reference.npy", pixels * 4, pixels * 4, reference.data());
        return;
    }
    std::vector<std::uint8_t> bytes(pixels);
    readRaw(i, "_input.npy", pixels, pixels, bytes.data());
    std::transform(bytes.begin(), bytes.end(), input.begin(), [](std::uint8_t b) { return float(b); });
    readRaw(i, "_reference.npy", pixels, pixels, bytes.data());
    std::transform(bytes.begin(), bytes.end(), reference.begin(), [](std::uint8_t b) { return float(b); });
}

void DatasetReader::readPairMetres(std::size_t i, std::vector<float>& input,
                                   std::vector<float>& reference) const
{
    if (m_manifest.format == DatasetFormat::Npy) {
        readPair(i, input, reference);
        return;
    }
    const std::size_t side = static_cast<std::size_t>(m_manifest.sampleSize);
    const std::size_t pixels = side * side;
    input.resize(pixels);
    reference.resize(pixels);
    const EightBitScaling s = entry(i).scaling;
    std::vector<std::uint8_t> bytes(pixels);
    readRaw(i, "_input.npy", pixels, pixels, bytes.data());
    fromEightBit(bytes.data(), pixels, s, input.data());
    readRaw(i, "_reference.npy", pixels, pixels, bytes.data());
    fromEightBit(bytes.data(), pixels, s, reference.data());
}

Sample DatasetReader::readSample(std::size_t i) const
{
    const DatasetIndexEntry& e = entry(i);
    if (!m_manifest.components) {
        if (!m_manifest.fractalDem)
            throw Error(m_dir.string() +
                        ": components were not stored and the dataset used real DEM tiles, so " + "sample " +
                        std::to_string(i) + " cannot be rebuilt");
        return SampleGenerator(m_manifest.config).generate(e.seed);
    }
    const int n = m_manifest.sampleSize;
    const std::size_t pixels = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
    std::vector<float> input, reference;
    readPairMetres(i, input, reference);
    std::vector<float> comps(pixels * kDatasetComponentCount);
    readRaw(i, "_components.npy", pixels * 4 * kDatasetComponentCount, comps.size() * 4, comps.data());

    double west = 0.0, north = 0.0, spacing = m_manifest.config.pixelSpacingArcsec / 3600.0;
    try {
        const auto p = nlohmann::json::parse(e.paramsJson);
        west = p.at("window").at("west_deg").get<double>();
        north = p.at("window").at("north_deg").get<double>();
        spacing = p.at("window").at("spacing_deg").get<double>();
    } catch (const nlohmann::json::exception&) {
        throw Error(ErrorKind::Format, (m_dir / "index.csv").string() + ": the params of sample " +
                                           std::to_string(i) +
                                           " have no valid window (west_deg, north_deg, spacing_deg)");
    }
    const double lambda = m_manifest.config.effectiveWavelengthM();
    auto make = [&](const float* v, const char* description, bool los) {
        Raster r(n, n);
        std::copy(v, v + pixels, r.data());
        r.geoTransform.c = {west, spacing, 0.0, north, 0.0, -spacing};
        r.geoTransform.valid = true;
        r.crsWkt = wgs84Wkt();
        r.metadata.units = Units::Metres;
        r.metadata.description = description;
        if (los) {
            r.metadata.wavelengthM = lambda;
            r.metadata.incidenceDeg = e.incidenceDeg;
            r.metadata.headingDeg = e.headingDeg;
        }
        return r;
    };
    Sample s;
    s.input = make(input.data(), "input y = x + w e (LOS)", true);
    s.reference = make(reference.data(), "reference deformation (LOS)", true);
    s.turbulent = make(comps.data(), "turbulent delay (LOS)", true);
    s.stratified = make(comps.data() + pixels, "stratified delay (LOS)", true);
    s.ramp = make(comps.data() + 2 * pixels, "orbital ramp (LOS)", true);
    s.residual = make(comps.data() + 3 * pixels, "residual e (LOS)", true);
    s.dem = make(comps.data() + 4 * pixels, "DEM height", false);
    s.weight = e.weight;
    s.snr = e.snr;
    s.seed = e.seed;
    s.incidenceDeg = e.incidenceDeg;
    s.headingDeg = e.headingDeg;
    s.centreLonDeg = e.centreLonDeg;
    s.centreLatDeg = e.centreLatDeg;
    s.paramsJson = e.paramsJson;
    return s;
}

} // namespace insar::synthesis
