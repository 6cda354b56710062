#include "nn/network_config.h"

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace insar::nn {

std::vector<std::string> availableArchitectures()
{
    return {"dncnn"};
}

void validate(const NetworkConfig& config)
{
    const auto archs = availableArchitectures();
    if (std::find(archs.begin(), archs.end(), config.architecture) == archs.end())
        throw Error(ErrorKind::Unsupported, "unknown network architecture '" + config.architecture +
                                                "' (known: dncnn)");
    if (config.depth < 3 || config.depth > 200)
        throw Error("network depth must be between 3 and 200 (got " + std::to_string(config.depth) + ")");
    if (config.channels < 1 || config.channels > 1024)
        throw Error("network channels must be between 1 and 1024 (got " +
                    std::to_string(config.channels) + ")");
    if (config.inChannels != 1)
        throw Error(ErrorKind::Unsupported, "only single-channel (phase-only) networks are implemented "
                                            "(inChannels = " + std::to_string(config.inChannels) + ")");
}

void to_json(nlohmann::json& j, const NetworkConfig& c)
{
    j = nlohmann::json{{"architecture", c.architecture},
                       {"depth", c.depth},
                       {"channels", c.channels},
                       {"inChannels", c.inChannels}};
}

void from_json(const nlohmann::json& j, NetworkConfig& c)
{
    if (!j.is_object())
        throw Error(ErrorKind::Format, "network config must be a JSON object");
    try {
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& key = it.key();
            if (key == "architecture")
                c.architecture = it->get<std::string>();
            else if (key == "depth")
                c.depth = it->get<int>();
            else if (key == "channels")
                c.channels = it->get<int>();
            else if (key == "inChannels")
                c.inChannels = it->get<int>();
            else
                throw Error(ErrorKind::Format, "unknown key 'network." + key + "'");
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorKind::Format, std::string("network config: ") + e.what());
    }
}

} // namespace insar::nn
