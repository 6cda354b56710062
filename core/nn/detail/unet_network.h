// PRIVATE (torch): the multi-scale network, a residual U-Net (Ronneberger et al. 2015, "U-Net:
// Convolutional Networks for Biomedical Image Segmentation", MICCAI, with batch norm and the
// DnCNN residual output of docs/physics.md §8). Only core/nn/*.cpp and the nn tests include it.
#pragma once

#include "nn/detail/network.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace insar::nn::detail {

/// levels L, width c. Level l holds c·2^l feature maps at 1/2^l of the resolution:
///   encoder 0:  conv3×3 (in -> c) + BN + ReLU, conv3×3 + BN + ReLU
///   encoder l:  conv3×3 stride 2 + BN + ReLU, conv3×3 + BN + ReLU              (l = 1..L)
///   decoder l:  bilinear ×2 of level l+1, concatenated with encoder l, two conv3×3 + BN + ReLU
///   output:     conv3×3 (c -> 1, with bias): the residual R(y)
/// So ramps and long-wavelength delay are within the field (radius 7·2^L - 4 px, receptiveField())
/// at the cost of about 1/(1 - 1/4) of one level-0 block per level instead of dilated layers'
/// slower convolutions. Inputs of any size: padded at the bottom and right to a multiple of 2^L
/// (reflection, replication where the map is too small to reflect), the output cropped back.
class UNet final : public ResidualNetwork {
public:
    explicit UNet(const NetworkConfig& config);
    torch::Tensor forward(torch::Tensor y) override;
    std::string torchScriptResidual() const override;
    const NetworkConfig& config() const override { return m_config; }

    static constexpr double kBnEps = 1e-4;
    static constexpr double kBnMomentum = 0.05;

private:
    struct Block {
        std::string name;
        torch::nn::Conv2d conv{nullptr};
        torch::nn::BatchNorm2d bn{nullptr};
        int stride = 1;
    };
    Block makeBlock(const std::string& name, int in, int out, int stride);
    static torch::Tensor run(Block& b, const torch::Tensor& x);

    NetworkConfig m_config;
    std::vector<std::vector<Block>> m_encoder; // [level][2]
    std::vector<std::vector<Block>> m_decoder; // [level][2], levels 0..L-1
    torch::nn::Conv2d m_out{nullptr};
};

/// Pads x [N, C, H, W] at the bottom and right to multiples of `multiple`: reflection along an axis
/// whose padding is shorter than it, replication otherwise (the TorchScript export and the
/// denoiser's tile reader use the same rule).
torch::Tensor padToMultiple(const torch::Tensor& x, int multiple);

} // namespace insar::nn::detail
