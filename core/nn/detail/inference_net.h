// PRIVATE (torch): the network as the denoiser runs it. Plain: the training module as is (eval
// mode). Optimised: batch norm folded into the preceding convolution at load time and the layers
// run as bare torch::conv2d + in-place ReLU in fp32 (DnCNN as a layer list, the U-Net as its
// encoder/decoder blocks with the same upsampling and skip concatenations), optionally in
// channels-last (NHWC) layout,
// which LibTorch hands to oneDNN without a layout reorder per layer (tests/bench/nn/bench_denoise
// measures both). Opt-in bf16: the middle layers in bfloat16 with exact biases, the first and
// last in fp32 (see InferenceOptions::bf16). Only core/nn/*.cpp, the nn tests and the nn
// benchmarks include this file.
#pragma once

#include "nn/detail/network.h"

#include <torch/torch.h>

#include <memory>
#include <vector>

namespace insar::nn::detail {

struct InferenceOptions {
    /// Fold eval-mode batch norm into the convolutions (DnCNN and U-Net); false runs the module
    /// itself.
    bool foldBatchNorm = true;
    /// Run the convolutions on NHWC tensors (oneDNN's native layout).
    bool channelsLast = true;
    /// Weights and activations of the middle (channels -> channels) layers in bfloat16, the
    /// first and last convolutions and the input/output in fp32 (only where the CPU has AVX-512
    /// BF16; see cpuHasAvx512Bf16()). Costs some accuracy (the clean map stays within 0.5 % RMS
    /// of fp32; tests/core/nn/tst_nn_denoiser checks it); off by default. DnCNN only: a U-Net
    /// runs folded in fp32 whatever this says.
    bool bf16 = false;
};

/// True when /proc/cpuinfo lists avx512_bf16 (the bf16 dot-product instructions).
bool cpuHasAvx512Bf16();

class InferenceNet {
public:
    /// `net` must already be on `device` and in eval mode. A two-channel network folds like a
    /// one-channel one.
    InferenceNet(std::shared_ptr<ResidualNetwork> net, torch::Device device, const InferenceOptions& options);

    /// R(x) for x of shape [N, inChannels, H, W] (float32, on the device), returned as a contiguous
    /// float32 [N, 1, H, W] tensor on the device. Call under torch::NoGradGuard.
    torch::Tensor residual(const torch::Tensor& x) const;

    bool folded() const { return !m_layers.empty() || !m_unet.empty(); }

private:
    struct Layer {
        torch::Tensor weight;
        torch::Tensor bias; // same dtype as the weight (bf16 layers: exactly representable)
        int dilation = 1;
        bool relu = true;
        int stride = 1;
    };
    void foldDnCnn(torch::Device device);
    void foldUNet(torch::Device device);
    torch::Tensor unetResidual(const torch::Tensor& x) const;

    std::shared_ptr<ResidualNetwork> m_net;
    InferenceOptions m_options;
    std::vector<Layer> m_layers; // DnCNN folded; empty: run m_net
    /// U-Net folded: encoder levels 0..L (two blocks each), then decoder levels L-1..0 (two
    /// blocks each), then the output convolution (no ReLU). Empty: not a folded U-Net.
    std::vector<Layer> m_unet;
    int m_levels = 0;
};

} // namespace insar::nn::detail
