#include "synthesis/dataset_manifest.h"

#include "common/error.h"
#include "common/json_value.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>

namespace insar::synthesis {

namespace fs = std::filesystem;

std::string datasetFormatName(DatasetFormat f)
{
    return f == DatasetFormat::Npy8 ? "npy8" : "npy";
}

std::optional<DatasetFormat> parseDatasetFormat(std::string_view text)
{
    if (text == "npy" || text == "float" || text == "float32")
        return DatasetFormat::Npy;
    if (text == "npy8" || text == "8bit" || text == "uint8")
        return DatasetFormat::Npy8;
    return std::nullopt;
}

std::string datasetShardName(std::size_t k)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "shard_%05zu", k);
    return buf;
}

std::string DatasetManifest::toJsonText() const
{
    nlohmann::json shardList = nlohmann::json::array();
    for (const DatasetShard& s : shards)
        shardList.push_back({{"name", s.name}, {"count", s.count}});
    nlohmann::json j;
    j["format"] = kDatasetFormatName;
    j["version"] = kDatasetFormatVersion;
    j["complete"] = complete;
    j["count"] = count;
    j["requestedCount"] = requestedCount;
    j["seed"] = seed;
    j["sampleSize"] = sampleSize;
    j["storage"] = datasetFormatName(format);
    j["samplesPerShard"] = samplesPerShard;
    j["components"] = components;
    j["componentOrder"] = {"turbulent", "stratified", "ramp", "residual", "dem"};
    j["dem"] = fractalDem ? "fractal" : "raster";
    j["shards"] = shardList;
    j["config"] = config.toJson();
    return j.dump(2) + "\n";
}

namespace {

/// `j[key]`, read strictly (common/json_value.h): a wrong type, a fraction or a number outside the
/// target type is a Format error naming the file and the key.
template <typename T> T field(const nlohmann::json& j, const char* key, const std::string& file)
{
    if (!j.contains(key))
        throw Error(ErrorKind::Format, file + ": '" + key + "' is missing");
    try {
        const nlohmann::json& v = j.at(key);
        if constexpr (std::is_same_v<T, std::string>)
            return jsonString(v, key);
        else if constexpr (std::is_same_v<T, bool>)
            return jsonBool(v, key);
        else if constexpr (std::is_same_v<T, int>)
            return jsonInt(v, key);
        else {
            static_assert(std::is_same_v<T, std::uint64_t>, "field<T>: unsupported type");
            return jsonUint64(v, key);
        }
    } catch (const Error& e) {
        throw Error(ErrorKind::Format, file + ": " + e.what());
    }
}

} // namespace

DatasetManifest DatasetManifest::parse(std::string_view text, const fs::path& path)
{
    const std::string file = path.string();
    const nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw Error(ErrorKind::Format, file + ": not valid JSON");
    if (!j.contains("format") || !j["format"].is_string() ||
        j["format"].get<std::string>() != kDatasetFormatName)
        throw Error(ErrorKind::Format, file + ": not an insar-denoiser synthetic dataset");
    if (!j.contains("version") || !j["version"].is_number_integer() ||
        j["version"].get<long long>() != kDatasetFormatVersion)
        throw Error(ErrorKind::Format, file + ": unsupported dataset version (this program reads version " +
                                           std::to_string(kDatasetFormatVersion) + ")");
    DatasetManifest m;
    const std::string storage = field<std::string>(j, "storage", file);
    const auto format = parseDatasetFormat(storage);
    if (!format)
        throw Error(ErrorKind::Format, file + ": unknown storage '" + storage + "'");
    m.format = *format;
    m.components = field<bool>(j, "components", file);
    m.complete = field<bool>(j, "complete", file);
    m.seed = field<std::uint64_t>(j, "seed", file);
    m.sampleSize = field<int>(j, "sampleSize", file);
    m.samplesPerShard = field<std::uint64_t>(j, "samplesPerShard", file);
    m.fractalDem = j.value("dem", std::string("fractal")) == "fractal";
    if (m.sampleSize <= 0 || m.samplesPerShard == 0)
        throw Error(ErrorKind::Format, file + ": invalid sample size or shard size");
    const nlohmann::json& shards = j.contains("shards") ? j["shards"] : nlohmann::json();
    if (!shards.is_array())
        throw Error(ErrorKind::Format, file + ": 'shards' must be a list");
    for (const nlohmann::json& s : shards) {
        if (!s.is_object())
            throw Error(ErrorKind::Format, file + ": each entry of 'shards' must be an object");
        DatasetShard shard{field<std::string>(s, "name", file), field<std::uint64_t>(s, "count", file)};
        if (shard.name != datasetShardName(m.shards.size()) || shard.count == 0 ||
            shard.count > m.samplesPerShard)
            throw Error(ErrorKind::Format, file + ": shard '" + shard.name + "' is not the expected " +
                                               datasetShardName(m.shards.size()) + " of 1 to " +
                                               std::to_string(m.samplesPerShard) + " samples");
        m.count += shard.count;
        m.shards.push_back(std::move(shard));
    }
    m.requestedCount =
        j.contains("requestedCount") ? field<std::uint64_t>(j, "requestedCount", file) : m.count;
    if (!j.contains("config"))
        throw Error(ErrorKind::Format, file + ": 'config' is missing");
    try {
        m.config = SynthesisConfig::fromJson(j["config"]);
    } catch (const Error& e) {
        throw Error(ErrorKind::Format, file + ": " + e.what());
    }
    return m;
}

DatasetManifest DatasetManifest::read(const fs::path& dir)
{
    const fs::path path = dir / "dataset.json";
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, path.string() + ": cannot open (not a synthetic dataset folder?)");
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return parse(text, path);
}

} // namespace insar::synthesis
