// Shape of the denoising network (architecture name, depth, width, input channels); stored in
// training configs and model files. The architecture names are those of network_factory (nn/*.cpp).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace insar::nn {

struct NetworkConfig {
    /// "dncnn" (Zhang et al. 2017, physics.md §8). The factory rejects unknown names.
    std::string architecture = "dncnn";
    int depth = 20;        // total convolution layers (first + middle + last), >= 3
    int channels = 64;     // feature maps of the hidden layers
    int inChannels = 1;    // 1 = phase only (the only input validate() accepts; a DEM channel would make 2)

    bool operator==(const NetworkConfig&) const = default;
};

/// Architectures the network factory knows.
std::vector<std::string> availableArchitectures();

/// Throws insar::Error naming the problem when the config cannot be built.
void validate(const NetworkConfig& config);

void to_json(nlohmann::json& j, const NetworkConfig& config);
/// Missing keys keep their defaults; wrong types throw insar::Error.
void from_json(const nlohmann::json& j, NetworkConfig& config);

} // namespace insar::nn
