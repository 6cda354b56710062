// PRIVATE (torch): the denoising networks behind one interface, and the poster's loss.
// Only core/nn/*.cpp and the nn tests include this file.
#pragma once

#include "nn/network_config.h"

#include <torch/torch.h>

#include <memory>
#include <string>

namespace insar::nn::detail {

/// Every architecture predicts the residual R(y) of the phase channel: input [N, inChannels, H, W]
/// (channel 0 the phase, channel 1 the DEM channel of DEM-aware networks), output [N, 1, H, W];
/// the clean map is y - R(y).
/// The training loop, the denoiser and the exporter use only this interface.
class ResidualNetwork : public torch::nn::Module {
public:
    virtual torch::Tensor forward(torch::Tensor y) = 0;
    /// TorchScript source of `def residual(self, x)` using the registered parameter/buffer names
    /// (eval mode), for torchscript_export.cpp.
    virtual std::string torchScriptResidual() const = 0;
    virtual const NetworkConfig& config() const = 0;
};

/// DnCNN (Zhang et al. 2017; docs/physics.md §8): Conv3×3+ReLU, (depth-2)×[Conv3×3 (no bias) + BN +
/// ReLU], Conv3×3. BN eps = 1e-4. BN momentum: the official PyTorch code passes momentum = 0.95
/// with the comment "a large momentum is preferred", i.e. the Keras/MatConvNet meaning (weight of
/// the old running value). In PyTorch's convention momentum is the weight of the *new* batch, so
/// we use 0.05 (running = 0.95·running + 0.05·batch), which is that intent.
/// Init: orthogonal conv weights, zero biases, BN γ = 1, β = 0 (official code).
class DnCnn final : public ResidualNetwork {
public:
    explicit DnCnn(const NetworkConfig& config);
    torch::Tensor forward(torch::Tensor y) override;
    std::string torchScriptResidual() const override;
    const NetworkConfig& config() const override { return m_config; }

    static constexpr double kBnEps = 1e-4;
    static constexpr double kBnMomentum = 0.05;

private:
    NetworkConfig m_config;
    std::vector<torch::nn::Conv2d> m_convs;
    std::vector<torch::nn::BatchNorm2d> m_bns; // m_bns[i] follows m_convs[i + 1]
};

/// The factory: validates the config and builds the named architecture (weights initialised
/// from torch's global generator: seed it first for reproducible runs).
std::shared_ptr<ResidualNetwork> makeNetwork(const NetworkConfig& config);

/// The poster's loss l(θ) = 1/(2n) Σ_i ‖R(y_i) − (y_i − x_i)‖², n = batch size, the squared
/// Frobenius norm over every pixel (and channel) of map i. `targetResidual` = y − x.
torch::Tensor posterLoss(const torch::Tensor& predictedResidual, const torch::Tensor& targetResidual);

/// Weights + buffers (as CPU tensors, flat names "conv0.weight") to/from the opaque bytes stored
/// in model files; loading copies into the module's tensors (any device) and throws
/// insar::Error (Format) on a missing tensor or a shape mismatch.
std::string serializeWeights(torch::nn::Module& module);
void deserializeWeights(torch::nn::Module& module, const std::string& bytes);

/// True when every parameter and buffer is finite.
bool allFinite(torch::nn::Module& module);

} // namespace insar::nn::detail
