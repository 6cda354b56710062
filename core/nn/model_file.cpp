#include "nn/model_file.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/json_value.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <unistd.h>

namespace insar::nn {

namespace {

constexpr char kMagic[8] = {'I', 'N', 'S', 'A', 'R', 'D', 'N', 'N'};

std::uint32_t crc32(const char* data, std::size_t n)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < n; ++i)
        crc = table[(crc ^ static_cast<unsigned char>(data[i])) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

template <typename T> void appendLe(std::string& out, T value)
{
    for (std::size_t i = 0; i < sizeof(T); ++i)
        out.push_back(static_cast<char>((static_cast<std::uint64_t>(value) >> (8 * i)) & 0xFFu));
}

template <typename T> T readLe(const std::string& in, std::size_t pos)
{
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[pos + i])) << (8 * i);
    return static_cast<T>(v);
}

[[noreturn]] void fail(const std::filesystem::path& file, const std::string& what)
{
    throw Error(ErrorKind::Format, file.string() + ": " + what);
}

} // namespace

void to_json(nlohmann::json& j, const ModelInfo& m)
{
    j = nlohmann::json::object();
    j["formatVersion"] = m.formatVersion;
    j["network"] = m.network;
    j["inputs"] =
        needsDem(m.network) ? std::vector<std::string>{"phase", "dem"} : std::vector<std::string>{"phase"};
    j["normalisation"] = {{"mode", normalisationName(m.normalisation.mode)},
                          {"floatScale", m.normalisation.floatScale},
                          {"float", "net = (v - mean(v)) * floatScale per map"},
                          {"poster8bit", "net = (v - min(v)) / (max(v) - min(v)) per map"}};
    j["units"] = unitsName(m.units);
    j["trainingSize"] = m.trainingSize;
    j["trainConfig"] = m.trainConfig;
    j["seed"] = m.seed;
    j["datasets"] = m.datasets;
    j["finalMetrics"] = m.finalMetrics;
    j["projectVersion"] = m.projectVersion;
    j["created"] = m.created;
}

void from_json(const nlohmann::json& j, ModelInfo& m)
{
    if (!j.is_object())
        throw Error(ErrorKind::Format, "model metadata must be a JSON object");
    m.formatVersion = jsonInt(jsonMember(j, "formatVersion"), "formatVersion");
    from_json(jsonMember(j, "network"), m.network);
    // The inputs the model needs; files written before DEM-aware networks lack the key: phase only.
    std::vector<std::string> inputs{"phase"};
    if (j.contains("inputs")) {
        const nlohmann::json& in = j.at("inputs");
        if (!in.is_array() || !std::all_of(in.begin(), in.end(), [](const auto& v) { return v.is_string(); }))
            throw Error(ErrorKind::Format, R"(key 'inputs' must be an array of names ("phase", "dem"))");
        inputs = in.get<std::vector<std::string>>();
    }
    const bool dem = inputs == std::vector<std::string>{"phase", "dem"};
    if (!dem && inputs != std::vector<std::string>{"phase"})
        throw Error(ErrorKind::Format, R"(key 'inputs' must be ["phase"] or ["phase", "dem"])");
    if (dem != needsDem(m.network))
        throw Error(ErrorKind::Format, "key 'inputs' (" + std::string(dem ? "phase and DEM" : "phase only") +
                                           ") disagrees with the network's " +
                                           std::to_string(m.network.inChannels) + " input channel(s)");
    const nlohmann::json& n = jsonMember(j, "normalisation");
    m.normalisation.mode =
        parseNormalisation(jsonString(jsonMember(n, "mode", "normalisation"), "normalisation.mode"));
    m.normalisation.floatScale =
        jsonNumber(jsonMember(n, "floatScale", "normalisation"), "normalisation.floatScale");
    const std::string unitsText = jsonString(jsonMember(j, "units"), "units");
    const auto units = parseUnits(unitsText);
    if (!units || *units == Units::Unknown)
        throw Error(ErrorKind::Format, "key 'units': unknown units '" + unitsText + "'");
    m.units = *units;
    m.trainingSize = j.contains("trainingSize") ? jsonInt(j.at("trainingSize"), "trainingSize") : 64;
    m.trainConfig = j.value("trainConfig", nlohmann::json::object());
    m.seed = j.contains("seed") ? jsonUint64(j.at("seed"), "seed") : 0;
    m.datasets = j.value("datasets", nlohmann::json::object());
    m.finalMetrics = j.value("finalMetrics", nlohmann::json::object());
    m.projectVersion =
        j.contains("projectVersion") ? jsonString(j.at("projectVersion"), "projectVersion") : "";
    m.created = j.contains("created") ? jsonString(j.at("created"), "created") : "";
}

ModelFileContents readModelFile(const std::filesystem::path& file)
{
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
        throw Error(ErrorKind::Io, file.string() + ": is a folder, not a model file");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, file.string() + ": cannot open model file");
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < sizeof(kMagic) || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
        fail(file, "not an InSAR Denoiser model file (bad magic)");
    constexpr std::size_t kFixed = sizeof(kMagic) + 4 + 8;
    if (bytes.size() < kFixed)
        fail(file, "model file is truncated (header)");
    const auto version = readLe<std::uint32_t>(bytes, 8);
    if (version != static_cast<std::uint32_t>(kModelFormatVersion))
        fail(file, "unknown model format version " + std::to_string(version) +
                       " (this program reads version " + std::to_string(kModelFormatVersion) + ")");
    const auto jsonBytes = readLe<std::uint64_t>(bytes, 12);
    if (jsonBytes > bytes.size() - kFixed || bytes.size() - kFixed - jsonBytes < 8 + 4)
        fail(file, "model file is truncated (metadata)");
    const std::size_t weightsPos = kFixed + jsonBytes + 8;
    const auto weightBytes = readLe<std::uint64_t>(bytes, kFixed + jsonBytes);
    // The weights and the 4-byte checksum after them must all be there.
    if (const std::size_t present = bytes.size() - weightsPos;
        weightBytes > present || present - weightBytes < 4) {
        // weightBytes + 4 - present, without overflowing on a corrupt length.
        const std::uint64_t missing =
            weightBytes >= present ? weightBytes - present + 4 : 4 - (present - weightBytes);
        fail(file, "model file is truncated: " + std::to_string(weightBytes) +
                       " bytes of weights and a 4-byte checksum announced after the metadata, " +
                       std::to_string(present) + " bytes present (" + std::to_string(missing) + " missing)");
    }
    const std::size_t crcPos = weightsPos + weightBytes;
    if (bytes.size() != crcPos + 4)
        fail(file,
             "model file has " + std::to_string(bytes.size() - crcPos - 4) + " unexpected trailing bytes");
    if (crc32(bytes.data(), crcPos) != readLe<std::uint32_t>(bytes, crcPos))
        fail(file, "model file is corrupt (checksum mismatch)");
    ModelFileContents out;
    try {
        from_json(nlohmann::json::parse(bytes.substr(kFixed, jsonBytes)), out.info);
        validate(out.info.network);
    } catch (const nlohmann::json::exception& e) {
        fail(file, std::string("malformed metadata: ") + e.what());
    } catch (const Error& e) {
        fail(file, e.what());
    }
    if (out.info.formatVersion != kModelFormatVersion)
        fail(file, "metadata format version " + std::to_string(out.info.formatVersion) +
                       " does not match the header");
    out.weights = bytes.substr(weightsPos, weightBytes);
    return out;
}

ModelInfo readModelInfo(const std::filesystem::path& file)
{
    return readModelFile(file).info;
}

void writeModelFile(const std::filesystem::path& file, const ModelInfo& info, const std::string& weights)
{
    const std::string json = nlohmann::json(info).dump();
    std::string out(kMagic, sizeof(kMagic));
    appendLe<std::uint32_t>(out, static_cast<std::uint32_t>(info.formatVersion));
    appendLe<std::uint64_t>(out, json.size());
    out += json;
    appendLe<std::uint64_t>(out, weights.size());
    out += weights;
    appendLe<std::uint32_t>(out, crc32(out.data(), out.size()));
    writeFileAtomically(file, out);
}

std::filesystem::path defaultModelPath()
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (const char* env = std::getenv("INSAR_MODEL"); env && *env)
        return fs::path(env); // an explicit choice: a missing file is then reported when loading
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed =
            exe.parent_path() / ".." / "share" / "insar-denoiser" / "models" / "insar-dncnn.model";
        if (fs::exists(installed, ec))
            return installed.lexically_normal();
    }
#ifdef INSAR_SOURCE_MODEL_PATH
    if (fs::exists(INSAR_SOURCE_MODEL_PATH, ec))
        return fs::path(INSAR_SOURCE_MODEL_PATH);
#endif
    return {};
}

} // namespace insar::nn
