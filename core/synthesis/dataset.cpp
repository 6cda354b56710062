#include "synthesis/dataset.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/thread_config.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

namespace insar::synthesis {

namespace fs = std::filesystem;

namespace {

constexpr int kFormatVersion = 1;
constexpr const char* kFormatName = "insar-denoiser-synthetic";
constexpr int kComponentCount = 5;   // turbulent, stratified, ramp, residual, dem

std::string shardName(std::size_t k)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "shard_%05zu", k);
    return buf;
}

/// NumPy .npy v1.0 header for a C-order array; total header length is a multiple of 64.
std::string npyHeader(const char* descr, const std::vector<std::size_t>& shape)
{
    std::string dict = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': (";
    for (std::size_t k = 0; k < shape.size(); ++k) {
        dict += std::to_string(shape[k]);
        dict += (shape.size() == 1 || k + 1 < shape.size()) ? ", " : "";
    }
    if (!dict.empty() && dict.back() == ' ' && shape.size() > 1)
        dict.erase(dict.size() - 2);
    dict += "), }";
    const std::size_t unpadded = 10 + dict.size() + 1;
    const std::size_t total = (unpadded + 63) / 64 * 64;
    dict.append(total - unpadded, ' ');
    dict += '\n';
    std::string h("\x93NUMPY\x01\x00", 8);
    const auto len = static_cast<std::uint16_t>(dict.size());
    h += static_cast<char>(len & 0xff);
    h += static_cast<char>(len >> 8);
    return h + dict;
}

struct NpyInfo {
    std::size_t headerBytes = 0;
    std::string descr;
    std::vector<std::size_t> shape;
};

NpyInfo readNpyHeader(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, path.string() + ": cannot open");
    char pre[10];
    in.read(pre, 10);
    if (!in || std::memcmp(pre, "\x93NUMPY", 6) != 0)
        throw Error(ErrorKind::Format, path.string() + ": not a NumPy .npy file");
    std::size_t hlen = 0, pre_len = 10;
    if (pre[6] == 1) {
        hlen = static_cast<unsigned char>(pre[8]) | (static_cast<std::size_t>(static_cast<unsigned char>(pre[9])) << 8);
    } else {
        char more[2];
        in.read(more, 2);
        hlen = static_cast<unsigned char>(pre[8]) | (static_cast<std::size_t>(static_cast<unsigned char>(pre[9])) << 8)
            | (static_cast<std::size_t>(static_cast<unsigned char>(more[0])) << 16)
            | (static_cast<std::size_t>(static_cast<unsigned char>(more[1])) << 24);
        pre_len = 12;
    }
    std::string dict(hlen, '\0');
    in.read(dict.data(), static_cast<std::streamsize>(hlen));
    if (!in)
        throw Error(ErrorKind::Format, path.string() + ": truncated .npy header");
    NpyInfo info;
    info.headerBytes = pre_len + hlen;
    const auto d = dict.find("'descr':");
    const auto q1 = dict.find('\'', d + 8);
    const auto q2 = dict.find('\'', q1 + 1);
    if (d == std::string::npos || q1 == std::string::npos || q2 == std::string::npos)
        throw Error(ErrorKind::Format, path.string() + ": .npy header has no dtype");
    info.descr = dict.substr(q1 + 1, q2 - q1 - 1);
    if (dict.find("'fortran_order': False") == std::string::npos)
        throw Error(ErrorKind::Format, path.string() + ": Fortran-order arrays are not supported");
    const auto s = dict.find("'shape':");
    const auto p1 = dict.find('(', s);
    const auto p2 = dict.find(')', p1);
    if (s == std::string::npos || p1 == std::string::npos || p2 == std::string::npos)
        throw Error(ErrorKind::Format, path.string() + ": .npy header has no shape");
    std::stringstream ss(dict.substr(p1 + 1, p2 - p1 - 1));
    std::string item;
    while (std::getline(ss, item, ',')) {
        item.erase(std::remove_if(item.begin(), item.end(), [](unsigned char c) { return std::isspace(c); }), item.end());
        if (!item.empty())
            info.shape.push_back(static_cast<std::size_t>(std::stoull(item)));
    }
    return info;
}

std::string formatDouble(double v)
{
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    if (std::isnan(v))
        return "nan";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string csvQuote(const std::string& s)
{
    std::string r = "\"";
    for (char c : s) {
        if (c == '"')
            r += '"';
        r += c;
    }
    return r + "\"";
}

const char* kIndexHeader = "index,shard,row,seed,weight,snr,scale,offset,incidence_deg,heading_deg,centre_lon_deg,"
                           "centre_lat_deg,params_json";

std::string indexRow(const DatasetIndexEntry& e)
{
    std::string r = std::to_string(e.index) + ',' + std::to_string(e.shard) + ',' + std::to_string(e.row) + ','
        + std::to_string(e.seed) + ',' + formatDouble(e.weight) + ',' + formatDouble(e.snr) + ','
        + formatDouble(e.scaling.scale) + ',' + formatDouble(e.scaling.offset) + ',' + formatDouble(e.incidenceDeg) + ','
        + formatDouble(e.headingDeg) + ',' + formatDouble(e.centreLonDeg) + ',' + formatDouble(e.centreLatDeg) + ','
        + csvQuote(e.paramsJson);
    return r;
}

/// Splits one CSV record (RFC 4180 quotes) into fields.
std::vector<std::string> splitCsv(const std::string& line)
{
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false;
    for (std::size_t k = 0; k < line.size(); ++k) {
        const char c = line[k];
        if (quoted) {
            if (c == '"') {
                if (k + 1 < line.size() && line[k + 1] == '"') {
                    cur += '"';
                    ++k;
                } else {
                    quoted = false;
                }
            } else {
                cur += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(cur);
            cur.clear();
        } else if (c != '\r') {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

double parseDouble(const std::string& s, const fs::path& file, std::size_t line)
{
    if (s == "inf")
        return INFINITY;
    if (s == "-inf")
        return -INFINITY;
    if (s == "nan")
        return NAN;
    try {
        std::size_t pos = 0;
        const double v = std::stod(s, &pos);
        if (pos != s.size())
            throw std::invalid_argument(s);
        return v;
    } catch (const std::exception&) {
        throw Error(ErrorKind::Format, file.string() + ":" + std::to_string(line) + ": '" + s + "' is not a number");
    }
}

std::uint64_t parseUnsigned(const std::string& s, const fs::path& file, std::size_t line)
{
    try {
        std::size_t pos = 0;
        const unsigned long long v = std::stoull(s, &pos);
        if (pos != s.size() || s.empty() || s[0] == '-')
            throw std::invalid_argument(s);
        return v;
    } catch (const std::exception&) {
        throw Error(ErrorKind::Format, file.string() + ":" + std::to_string(line) + ": '" + s + "' is not an unsigned integer");
    }
}

/// Temporary shard file written by row at fixed offsets (so bytes do not depend on thread order).
class ShardFile {
public:
    ShardFile(fs::path finalPath, const std::string& header, std::size_t rowBytes)
        : m_final(std::move(finalPath)), m_rowBytes(rowBytes), m_headerBytes(header.size())
    {
        m_temp = m_final;
        m_temp += ".partial";
        m_out.open(m_temp, std::ios::binary | std::ios::out | std::ios::trunc);
        if (!m_out)
            throw Error(ErrorKind::Io, m_temp.string() + ": cannot create");
        m_out.write(header.data(), static_cast<std::streamsize>(header.size()));
    }
    void writeRow(std::size_t row, const void* data)
    {
        std::lock_guard lock(m_mutex);
        m_out.seekp(static_cast<std::streamoff>(m_headerBytes + row * m_rowBytes));
        m_out.write(static_cast<const char*>(data), static_cast<std::streamsize>(m_rowBytes));
        if (!m_out)
            throw Error(ErrorKind::Io, m_temp.string() + ": write failed (disk full?)");
    }
    void commit()
    {
        m_out.flush();
        m_out.close();
        if (!m_out)
            throw Error(ErrorKind::Io, m_temp.string() + ": write failed (disk full?)");
        std::error_code ec;
        fs::rename(m_temp, m_final, ec);
        if (ec)
            throw Error(ErrorKind::Io, m_final.string() + ": cannot rename the finished shard: " + ec.message());
        m_committed = true;
    }
    ~ShardFile()
    {
        if (!m_committed) {
            m_out.close();
            std::error_code ec;
            fs::remove(m_temp, ec);
        }
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

} // namespace

std::string datasetFormatName(DatasetFormat f) { return f == DatasetFormat::Npy8 ? "npy8" : "npy"; }

std::optional<DatasetFormat> parseDatasetFormat(std::string_view text)
{
    if (text == "npy" || text == "float" || text == "float32")
        return DatasetFormat::Npy;
    if (text == "npy8" || text == "8bit" || text == "uint8")
        return DatasetFormat::Npy8;
    return std::nullopt;
}

void writeDataset(const SynthesisConfig& configIn, std::size_t count, std::uint64_t seed, const fs::path& outDir,
                  DatasetFormat format, Progress& progress, int threads, const DatasetOptions& options)
{
    if (count == 0)
        throw Error("dataset: count must be at least 1");
    if (options.samplesPerShard == 0)
        throw Error("dataset: samples per shard must be at least 1");
    SynthesisConfig config = configIn;
    config.normalisation = format == DatasetFormat::Npy8 ? Normalisation::EightBit : Normalisation::Float;
    SampleGenerator generator(config);
    generator.setDemSource(options.dem);

    std::error_code ec;
    if (fs::exists(outDir, ec)) {
        if (!fs::is_directory(outDir, ec))
            throw Error(ErrorKind::Io, outDir.string() + ": exists and is not a folder");
        if (!fs::is_empty(outDir, ec))
            throw Error(ErrorKind::Io, outDir.string() + ": folder is not empty (choose a new output folder)");
    } else if (!fs::create_directories(outDir, ec) || ec) {
        throw Error(ErrorKind::Io, outDir.string() + ": cannot create folder: " + ec.message());
    }
    if (threads <= 0)
        threads = defaultThreadCount();
    threads = std::max(1, threads);

    const int n = config.sampleSize;
    const std::size_t pixels = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
    const bool eight = format == DatasetFormat::Npy8;
    const std::size_t bytesPerPixel = eight ? 1 : 4;
    const std::size_t shardCount = (count + options.samplesPerShard - 1) / options.samplesPerShard;
    std::vector<DatasetIndexEntry> entries;
    entries.reserve(count);
    nlohmann::json shardsJson = nlohmann::json::array();
    std::atomic<std::size_t> done{0};

    auto writeIndex = [&](bool complete) {
        std::string csv = std::string(kIndexHeader) + "\n";
        for (const DatasetIndexEntry& e : entries)
            csv += indexRow(e) + "\n";
        writeFileAtomically(outDir / "index.csv", csv);
        nlohmann::json j;
        j["format"] = kFormatName;
        j["version"] = kFormatVersion;
        j["complete"] = complete;
        j["count"] = entries.size();
        j["requestedCount"] = count;
        j["seed"] = seed;
        j["sampleSize"] = n;
        j["storage"] = datasetFormatName(format);
        j["samplesPerShard"] = options.samplesPerShard;
        j["components"] = options.components;
        j["componentOrder"] = {"turbulent", "stratified", "ramp", "residual", "dem"};
        j["dem"] = options.dem ? "raster" : "fractal";
        j["shards"] = shardsJson;
        j["config"] = config.toJson();
        writeFileAtomically(outDir / "dataset.json", j.dump(2) + "\n");
    };

    for (std::size_t shard = 0; shard < shardCount; ++shard) {
        const std::size_t begin = shard * options.samplesPerShard;
        const std::size_t end = std::min(count, begin + options.samplesPerShard);
        const std::size_t rows = end - begin;
        const std::string name = shardName(shard);
        progress.setStage("shard " + std::to_string(shard + 1) + "/" + std::to_string(shardCount));
        const std::vector<std::size_t> shape{rows, static_cast<std::size_t>(n), static_cast<std::size_t>(n)};
        const char* descr = eight ? "|u1" : "<f4";
        ShardFile inputFile(outDir / (name + "_input.npy"), npyHeader(descr, shape), pixels * bytesPerPixel);
        ShardFile referenceFile(outDir / (name + "_reference.npy"), npyHeader(descr, shape), pixels * bytesPerPixel);
        std::unique_ptr<ShardFile> componentFile;
        if (options.components)
            componentFile = std::make_unique<ShardFile>(
                outDir / (name + "_components.npy"),
                npyHeader("<f4", {rows, static_cast<std::size_t>(kComponentCount), static_cast<std::size_t>(n),
                                  static_cast<std::size_t>(n)}),
                pixels * 4 * kComponentCount);

        std::vector<DatasetIndexEntry> shardEntries(rows);
        std::atomic<std::size_t> next{begin};
        std::atomic<bool> stop{false};
        std::exception_ptr failure;
        std::mutex failureMutex;

        auto worker = [&]() {
            std::vector<std::uint8_t> bytes;
            std::vector<float> components;
            try {
                while (!stop.load()) {
                    const std::size_t i = next.fetch_add(1);
                    if (i >= end)
                        break;
                    if (progress.isCancelled()) {
                        stop.store(true);
                        break;
                    }
                    const std::uint64_t sampleSeed = deriveSampleSeed(seed, i);
                    const Sample s = generator.generate(sampleSeed);
                    DatasetIndexEntry& e = shardEntries[i - begin];
                    e.index = i;
                    e.shard = shard;
                    e.row = i - begin;
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
                        bytes.resize(pixels);
                        toEightBit(s.input.data(), pixels, e.scaling, bytes.data());
                        inputFile.writeRow(e.row, bytes.data());
                        toEightBit(s.reference.data(), pixels, e.scaling, bytes.data());
                        referenceFile.writeRow(e.row, bytes.data());
                    } else {
                        e.scaling = {};
                        inputFile.writeRow(e.row, s.input.data());
                        referenceFile.writeRow(e.row, s.reference.data());
                    }
                    if (componentFile) {
                        components.resize(pixels * kComponentCount);
                        const Raster* parts[kComponentCount] = {&s.turbulent, &s.stratified, &s.ramp, &s.residual, &s.dem};
                        for (int c = 0; c < kComponentCount; ++c)
                            std::copy(parts[c]->data(), parts[c]->data() + pixels, components.data() + c * pixels);
                        componentFile->writeRow(e.row, components.data());
                    }
                    const std::size_t d = done.fetch_add(1) + 1;
                    progress.setFraction(double(d) / double(count));
                }
            } catch (...) {
                std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = std::current_exception();
                stop.store(true);
            }
        };
        const int nThreads = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(threads), rows));
        std::vector<std::thread> pool;
        for (int t = 1; t < nThreads; ++t)
            pool.emplace_back(worker);
        worker();
        for (std::thread& t : pool)
            t.join();

        if (failure)
            std::rethrow_exception(failure);   // ShardFile destructors remove the temporaries
        if (stop.load() || progress.isCancelled())
            throw CancelledError();
        inputFile.commit();
        referenceFile.commit();
        if (componentFile)
            componentFile->commit();
        entries.insert(entries.end(), shardEntries.begin(), shardEntries.end());
        shardsJson.push_back({{"name", name}, {"count", rows}});
        writeIndex(shard + 1 == shardCount);
    }
    progress.setFraction(1.0);
}

// ------------------------------------------------------------------------------------------------

DatasetReader::DatasetReader(const fs::path& dir) : m_dir(dir)
{
    const fs::path jsonPath = dir / "dataset.json";
    std::ifstream in(jsonPath);
    if (!in)
        throw Error(ErrorKind::Io, jsonPath.string() + ": cannot open (not a synthetic dataset folder?)");
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(in);
        if (j.value("format", std::string()) != kFormatName)
            throw Error(ErrorKind::Format, jsonPath.string() + ": not an insar-denoiser synthetic dataset");
        if (j.value("version", 0) != kFormatVersion)
            throw Error(ErrorKind::Format, jsonPath.string() + ": unsupported dataset version");
        const auto storage = parseDatasetFormat(j.at("storage").get<std::string>());
        if (!storage)
            throw Error(ErrorKind::Format, jsonPath.string() + ": unknown storage");
        m_format = *storage;
        m_components = j.at("components").get<bool>();
        m_complete = j.at("complete").get<bool>();
        m_seed = j.at("seed").get<std::uint64_t>();
        m_sampleSize = j.at("sampleSize").get<int>();
        m_samplesPerShard = j.at("samplesPerShard").get<std::size_t>();
        m_fractalDem = j.value("dem", std::string("fractal")) == "fractal";
        for (const auto& s : j.at("shards"))
            m_shardNames.push_back(s.at("name").get<std::string>());
        m_config = SynthesisConfig::fromJson(j.at("config"));
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorKind::Format, jsonPath.string() + ": " + e.what());
    }
    if (m_sampleSize <= 0 || m_samplesPerShard == 0)
        throw Error(ErrorKind::Format, jsonPath.string() + ": invalid sample size or shard size");

    const std::size_t n = static_cast<std::size_t>(m_sampleSize);
    for (const std::string& name : m_shardNames) {
        const NpyInfo a = readNpyHeader(dir / (name + "_input.npy"));
        const NpyInfo b = readNpyHeader(dir / (name + "_reference.npy"));
        const std::string want = m_format == DatasetFormat::Npy8 ? "|u1" : "<f4";
        for (const NpyInfo* info : {&a, &b})
            if (info->descr != want || info->shape.size() != 3 || info->shape[1] != n || info->shape[2] != n)
                throw Error(ErrorKind::Format, (dir / name).string() + ": shard dtype or shape does not match dataset.json");
        if (a.headerBytes != b.headerBytes || a.shape[0] != b.shape[0])
            throw Error(ErrorKind::Format, (dir / name).string() + ": input and reference shards differ");
        m_shardHeaderBytes.push_back(a.headerBytes);
        if (m_components) {
            const NpyInfo c = readNpyHeader(dir / (name + "_components.npy"));
            if (c.descr != "<f4" || c.shape.size() != 4 || c.shape[1] != kComponentCount || c.shape[0] != a.shape[0])
                throw Error(ErrorKind::Format, (dir / name).string() + "_components.npy: unexpected dtype or shape");
            m_componentHeaderBytes.push_back(c.headerBytes);
        }
    }

    const fs::path csvPath = dir / "index.csv";
    std::ifstream csv(csvPath);
    if (!csv)
        throw Error(ErrorKind::Io, csvPath.string() + ": cannot open");
    std::string line;
    std::size_t lineNo = 1;
    if (!std::getline(csv, line) || line.rfind("index,shard,row,seed", 0) != 0)
        throw Error(ErrorKind::Format, csvPath.string() + ": missing or wrong header");
    while (std::getline(csv, line)) {
        ++lineNo;
        if (line.empty())
            continue;
        const auto f = splitCsv(line);
        if (f.size() != 13)
            throw Error(ErrorKind::Format, csvPath.string() + ":" + std::to_string(lineNo) + ": expected 13 columns, found "
                                               + std::to_string(f.size()));
        DatasetIndexEntry e;
        e.index = parseUnsigned(f[0], csvPath, lineNo);
        e.shard = parseUnsigned(f[1], csvPath, lineNo);
        e.row = parseUnsigned(f[2], csvPath, lineNo);
        e.seed = parseUnsigned(f[3], csvPath, lineNo);
        e.weight = parseDouble(f[4], csvPath, lineNo);
        e.snr = parseDouble(f[5], csvPath, lineNo);
        e.scaling.scale = parseDouble(f[6], csvPath, lineNo);
        e.scaling.offset = parseDouble(f[7], csvPath, lineNo);
        e.incidenceDeg = parseDouble(f[8], csvPath, lineNo);
        e.headingDeg = parseDouble(f[9], csvPath, lineNo);
        e.centreLonDeg = parseDouble(f[10], csvPath, lineNo);
        e.centreLatDeg = parseDouble(f[11], csvPath, lineNo);
        e.paramsJson = f[12];
        if (e.index != m_entries.size() || e.shard >= m_shardNames.size() || e.row >= m_samplesPerShard)
            throw Error(ErrorKind::Format, csvPath.string() + ":" + std::to_string(lineNo) + ": index, shard or row out of order");
        m_entries.push_back(std::move(e));
    }
}

const DatasetIndexEntry& DatasetReader::entry(std::size_t i) const
{
    if (i >= m_entries.size())
        throw Error("dataset: sample " + std::to_string(i) + " out of range (size " + std::to_string(m_entries.size()) + ")");
    return m_entries[i];
}

void DatasetReader::readRaw(std::size_t i, const char* suffix, std::size_t bytesPerSample, std::size_t offsetInSample,
                            std::size_t bytes, void* out) const
{
    const DatasetIndexEntry& e = entry(i);
    const bool comp = std::strcmp(suffix, "_components.npy") == 0;
    const std::size_t header = comp ? m_componentHeaderBytes.at(e.shard) : m_shardHeaderBytes.at(e.shard);
    const fs::path path = m_dir / (m_shardNames[e.shard] + suffix);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, path.string() + ": cannot open");
    in.seekg(static_cast<std::streamoff>(header + e.row * bytesPerSample + offsetInSample));
    in.read(static_cast<char*>(out), static_cast<std::streamsize>(bytes));
    if (!in)
        throw Error(ErrorKind::Io, path.string() + ": truncated shard (sample " + std::to_string(i) + ")");
}

void DatasetReader::readPair(std::size_t i, std::vector<float>& input, std::vector<float>& reference) const
{
    const std::size_t pixels = static_cast<std::size_t>(m_sampleSize) * static_cast<std::size_t>(m_sampleSize);
    input.resize(pixels);
    reference.resize(pixels);
    if (m_format == DatasetFormat::Npy) {
        readRaw(i, "_input.npy", pixels * 4, 0, pixels * 4, input.data());
        readRaw(i, "_reference.npy", pixels * 4, 0, pixels * 4, reference.data());
        return;
    }
    std::vector<std::uint8_t> bytes(pixels);
    readRaw(i, "_input.npy", pixels, 0, pixels, bytes.data());
    std::transform(bytes.begin(), bytes.end(), input.begin(), [](std::uint8_t b) { return float(b); });
    readRaw(i, "_reference.npy", pixels, 0, pixels, bytes.data());
    std::transform(bytes.begin(), bytes.end(), reference.begin(), [](std::uint8_t b) { return float(b); });
}

void DatasetReader::readPairMetres(std::size_t i, std::vector<float>& input, std::vector<float>& reference) const
{
    if (m_format == DatasetFormat::Npy) {
        readPair(i, input, reference);
        return;
    }
    const std::size_t pixels = static_cast<std::size_t>(m_sampleSize) * static_cast<std::size_t>(m_sampleSize);
    input.resize(pixels);
    reference.resize(pixels);
    const EightBitScaling s = entry(i).scaling;
    std::vector<std::uint8_t> bytes(pixels);
    readRaw(i, "_input.npy", pixels, 0, pixels, bytes.data());
    fromEightBit(bytes.data(), pixels, s, input.data());
    readRaw(i, "_reference.npy", pixels, 0, pixels, bytes.data());
    fromEightBit(bytes.data(), pixels, s, reference.data());
}

Sample DatasetReader::readSample(std::size_t i) const
{
    const DatasetIndexEntry& e = entry(i);
    if (!m_components) {
        if (!m_fractalDem)
            throw Error(m_dir.string() + ": components were not stored and the dataset used real DEM tiles, so sample "
                        + std::to_string(i) + " cannot be rebuilt");
        return SampleGenerator(m_config).generate(e.seed);
    }
    const int n = m_sampleSize;
    const std::size_t pixels = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
    Sample s;
    std::vector<float> input, reference;
    readPairMetres(i, input, reference);
    std::vector<float> comps(pixels * kComponentCount);
    readRaw(i, "_components.npy", pixels * 4 * kComponentCount, 0, comps.size() * 4, comps.data());

    double west = 0.0, north = 0.0, spacing = m_config.pixelSpacingArcsec / 3600.0;
    try {
        const auto p = nlohmann::json::parse(e.paramsJson);
        west = p.at("window").at("west_deg").get<double>();
        north = p.at("window").at("north_deg").get<double>();
        spacing = p.at("window").at("spacing_deg").get<double>();
    } catch (const nlohmann::json::exception& ex) {
        throw Error(ErrorKind::Format, (m_dir / "index.csv").string() + ": params of sample " + std::to_string(i)
                                           + " are not valid: " + ex.what());
    }
    const double lambda = m_config.effectiveWavelengthM();
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
