// Shape of the denoising network (architecture name, depth, width, input channels); stored in
// training configs and model files. The architecture names are those of network_factory (nn/*.cpp).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace insar::nn {

struct NetworkConfig {
    /// "dncnn" (Zhang et al. 2017, docs/physics.md §8) or "unet" (Ronneberger et al. 2015, residual
    /// output as DnCNN). The factory rejects unknown names.
    std::string architecture = "dncnn";
    int depth = 20;    // DnCNN: total convolution layers (first + middle + last), >= 3; unused by unet
    int channels = 64; // feature maps of the hidden layers (unet: of the finest level, doubled per level)
    /// 1 = phase only; 2 = phase and DEM (second channel: normalised heights, denoiser.h demChannel).
    int inChannels = 1;
    /// unet: stride-2 downsamplings (1..5); the map is padded to a multiple of 2^levels.
    int levels = 3;
    /// Dilation of each 3×3 convolution, first to last (empty = 1 everywhere, the poster's plain
    /// DnCNN). Dilated convolutions (Zhang et al. 2017b, IRCNN) widen the receptive field with the
    /// same weights and FLOPs (CPU LibTorch runs them ~2× slower, bench_nn), which long-wavelength
    /// atmosphere (ramps, turbulence) needs: 10 layers with
    /// 1,2,4,8,16,16,8,4,2,1 see 125 pixels instead of 21. Size must equal depth; each 1..64.
    std::vector<int> dilations;

    bool operator==(const NetworkConfig&) const = default;
};

/// Dilation of layer i (1 when `dilations` is empty).
int dilationOf(const NetworkConfig& config, int layer);
/// Side in pixels of the square input window that one output pixel depends on: DnCNN 1 + 2·Σ
/// dilation; unet the bound of unet_network.h (unetReceptiveRadius).
int receptiveField(const NetworkConfig& config);
/// Parses "1,2,4" (spaces allowed; empty text = no dilations); throws insar::Error on bad text.
std::vector<int> parseDilations(const std::string& text);
/// "1,2,4" (empty for none).
std::string formatDilations(const std::vector<int>& dilations);

/// True when the network takes the DEM as its second input channel.
bool needsDem(const NetworkConfig& config);
/// 2^levels for unet (tiles start and measure multiples of it, so tiled inference samples the
/// map on the same coarse grids as whole-map inference); 1 for DnCNN.
int sizeMultiple(const NetworkConfig& config);
/// "phase" or "phase+dem".
std::string inputsName(const NetworkConfig& config);

/// Architectures the network factory knows.
std::vector<std::string> availableArchitectures();

/// Throws insar::Error naming the problem when the config cannot be built.
void validate(const NetworkConfig& config);

void to_json(nlohmann::json& j, const NetworkConfig& config);
/// Missing keys keep their defaults; wrong types throw insar::Error.
void from_json(const nlohmann::json& j, NetworkConfig& config);

} // namespace insar::nn
