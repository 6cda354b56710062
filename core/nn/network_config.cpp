#include "nn/network_config.h"

#include "common/error.h"
#include "common/json_value.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>
#include <sstream>

namespace insar::nn {

std::vector<std::string> availableArchitectures()
{
    return {"dncnn", "unet"};
}

bool needsDem(const NetworkConfig& config)
{
    return config.inChannels == 2;
}

int sizeMultiple(const NetworkConfig& config)
{
    return config.architecture == "unet" ? 1 << config.levels : 1;
}

std::string inputsName(const NetworkConfig& config)
{
    return needsDem(config) ? "phase+dem" : "phase";
}

void validate(const NetworkConfig& config)
{
    const auto archs = availableArchitectures();
    if (std::find(archs.begin(), archs.end(), config.architecture) == archs.end())
        throw Error(ErrorKind::Unsupported,
                    "unknown network architecture '" + config.architecture + "' (known: dncnn, unet)");
    if (config.depth < 3 || config.depth > 200)
        throw Error("network depth must be between 3 and 200 (got " + std::to_string(config.depth) + ")");
    if (config.channels < 1 || config.channels > 1024)
        throw Error("network channels must be between 1 and 1024 (got " + std::to_string(config.channels) +
                    ")");
    if (config.inChannels != 1 && config.inChannels != 2)
        throw Error(ErrorKind::Unsupported,
                    "network inChannels must be 1 (phase) or 2 (phase and DEM), got " +
                        std::to_string(config.inChannels));
    if (config.architecture == "unet") {
        if (config.levels < 1 || config.levels > 5)
            throw Error("unet levels must be between 1 and 5 (got " + std::to_string(config.levels) + ")");
        if (!config.dilations.empty())
            throw Error("network dilations apply to dncnn only (unet widens its field by downsampling)");
        if (config.channels > 256)
            throw Error("unet channels must be at most 256 (doubled at each level; got " +
                        std::to_string(config.channels) + ")");
    }
    if (!config.dilations.empty()) {
        if (static_cast<int>(config.dilations.size()) != config.depth)
            throw Error("network dilations: " + std::to_string(config.dilations.size()) +
                        " values given for a depth of " + std::to_string(config.depth) + " (one per layer)");
        for (int d : config.dilations)
            if (d < 1 || d > 64)
                throw Error("network dilations must be between 1 and 64 (got " + std::to_string(d) + ")");
    }
}

int dilationOf(const NetworkConfig& config, int layer)
{
    return config.dilations.empty() ? 1 : config.dilations.at(static_cast<std::size_t>(layer));
}

int receptiveField(const NetworkConfig& config)
{
    if (config.architecture == "unet") {
        // Deepest path of unet_network.cpp, in full-resolution pixels: two 3×3 convolutions at
        // level 0 (2), per level l = 1..L a stride-2 convolution on level l-1 and one on level l
        // (3·2^(l-1)), per decoder level l = L-1..0 the bilinear upsampling from level l+1 (2^(l+1))
        // and two convolutions (2·2^l), and the output convolution (1): radius 7·2^L - 4.
        const int radius = 7 * (1 << config.levels) - 4;
        return 1 + 2 * radius;
    }
    int sum = 0;
    for (int i = 0; i < config.depth; ++i)
        sum += config.dilations.empty() ? 1 : config.dilations[static_cast<std::size_t>(i)];
    return 1 + 2 * sum;
}

std::vector<int> parseDilations(const std::string& text)
{
    std::vector<int> out;
    std::string item;
    std::istringstream in(text);
    while (std::getline(in, item, ',')) {
        const auto first = item.find_first_not_of(" \t");
        if (first == std::string::npos) {
            if (text.find_first_not_of(" \t,") == std::string::npos)
                return {};
            throw Error("dilations: empty item in '" + text + "'");
        }
        const auto last = item.find_last_not_of(" \t");
        const std::string t = item.substr(first, last - first + 1);
        std::size_t used = 0;
        int v = 0;
        try {
            v = std::stoi(t, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != t.size())
            throw Error("dilations: '" + t + "' is not a whole number (expected e.g. 1,2,4,2,1)");
        out.push_back(v);
    }
    return out;
}

std::string formatDilations(const std::vector<int>& dilations)
{
    std::string s;
    for (std::size_t i = 0; i < dilations.size(); ++i)
        s += (i ? "," : "") + std::to_string(dilations[i]);
    return s;
}

void to_json(nlohmann::json& j, const NetworkConfig& c)
{
    j = nlohmann::json{{"architecture", c.architecture},
                       {"depth", c.depth},
                       {"channels", c.channels},
                       {"inChannels", c.inChannels}};
    if (c.architecture == "unet")
        j["levels"] = c.levels;
    if (!c.dilations.empty())
        j["dilations"] = c.dilations;
}

void from_json(const nlohmann::json& j, NetworkConfig& c)
{
    if (!j.is_object())
        throw Error(ErrorKind::Format, "network config must be a JSON object");
    for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        const std::string name = "network." + key;
        if (key == "architecture")
            c.architecture = jsonString(*it, name);
        else if (key == "depth")
            c.depth = jsonInt(*it, name);
        else if (key == "channels")
            c.channels = jsonInt(*it, name);
        else if (key == "inChannels")
            c.inChannels = jsonInt(*it, name);
        else if (key == "dilations")
            c.dilations = jsonIntArray(*it, name);
        else if (key == "levels")
            c.levels = jsonInt(*it, name);
        else
            throw Error(ErrorKind::Format, "unknown key '" + name + "'");
    }
}

} // namespace insar::nn
