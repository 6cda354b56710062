#include "nn/detail/inference_net.h"

#include "nn/detail/unet_network.h"

#include <fstream>
#include <map>
#include <string>

namespace insar::nn::detail {

bool cpuHasAvx512Bf16()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("flags", 0) == 0)
            return line.find(" avx512_bf16") != std::string::npos;
    return false;
}

namespace {

/// Rounds float64 weights [cout, cin, kh, kw] to bfloat16 carrying each rounding error into the
/// next tap of the same kernel (error diffusion, as Floyd & Steinberg 1976 for halftoning), so
/// every cout × cin kernel keeps its sum to within half a bf16 ulp. The middle layers' inputs are
/// ReLU outputs with large per-channel means, which weight errors multiply: with plain rounding
/// the kernel sums carry most of the weights' error.
torch::Tensor toBf16KeepingKernelSums(const torch::Tensor& w)
{
    const torch::Tensor src = w.to(torch::kFloat64).contiguous().view({w.size(0) * w.size(1), -1});
    torch::Tensor out = torch::empty(src.sizes(), torch::kFloat32);
    const auto a = src.accessor<double, 2>();
    auto o = out.accessor<float, 2>();
    for (int64_t k = 0; k < src.size(0); ++k) {
        double carry = 0.0;
        for (int64_t t = 0; t < src.size(1); ++t) {
            const double target = a[k][t] + carry;
            o[k][t] = static_cast<float>(c10::BFloat16(static_cast<float>(target))); // exact in bf16
            carry = target - o[k][t];
        }
    }
    return out.view(w.sizes()).to(torch::kBFloat16);
}

/// The module's parameters and buffers by name, in float64 on the CPU (folding is done there).
std::map<std::string, torch::Tensor> float64Tensors(torch::nn::Module& net)
{
    std::map<std::string, torch::Tensor> p;
    for (const auto& t : net.named_parameters())
        p[t.key()] = t.value().detach().to(torch::kCPU, torch::kFloat64);
    for (const auto& t : net.named_buffers())
        p[t.key()] = t.value().to(torch::kCPU, torch::kFloat64);
    return p;
}

} // namespace

InferenceNet::InferenceNet(std::shared_ptr<ResidualNetwork> net, torch::Device device,
                           const InferenceOptions& options)
    : m_net(std::move(net)), m_options(options)
{
    if (!options.foldBatchNorm)
        return;
    if (m_net->config().architecture == "dncnn")
        foldDnCnn(device);
    else if (m_net->config().architecture == "unet")
        foldUNet(device);
}

void InferenceNet::foldDnCnn(torch::Device device)
{
    const NetworkConfig& cfg = m_net->config();
    const InferenceOptions& options = m_options;
    torch::NoGradGuard noGrad;
    // Folded in float64 on the CPU, then moved to the device.
    const std::map<std::string, torch::Tensor> p = float64Tensors(*m_net);
    std::vector<torch::Tensor> ws, bs; // folded, float64
    for (int i = 0; i < cfg.depth; ++i) {
        const std::string conv = "conv" + std::to_string(i);
        torch::Tensor w = p.at(conv + ".weight");
        torch::Tensor b =
            p.count(conv + ".bias") ? p.at(conv + ".bias") : torch::zeros({w.size(0)}, torch::kFloat64);
        if (i > 0 && i < cfg.depth - 1) {
            // Eval-mode BN: γ (h − μ) / √(σ² + ε) + β = s·h + (β − s·μ), s = γ / √(σ² + ε); folded
            // into the convolution: W' = s·W (per output channel), b' = s·b + β − s·μ.
            const std::string bn = "bn" + std::to_string(i);
            const torch::Tensor s =
                p.at(bn + ".weight") / torch::sqrt(p.at(bn + ".running_var") + DnCnn::kBnEps);
            w = w * s.view({-1, 1, 1, 1});
            b = s * b + p.at(bn + ".bias") - s * p.at(bn + ".running_mean");
        }
        ws.push_back(w);
        bs.push_back(b);
    }
    // bf16 only for the channels -> channels middle layers (nearly all of the work). The first
    // (1 -> channels) and last (channels -> 1) convolutions stay fp32: they cost 2 × 9 × 32 FLOPs
    // per pixel each against 2 × 9 × 32² per middle layer, and rounding the network's input or its
    // output residual to bf16's 8-bit mantissa would add its error straight to the clean map.
    const auto inBf16 = [&](int i) { return options.bf16 && i > 0 && i < cfg.depth - 1; };
    if (options.bf16) {
        // Exact biases. The folded biases (~1) are large against the kernel sums, and their bf16
        // rounding error is the same at every pixel, so it does not average out like the rounding
        // of activations. ReLU(a·z) = a·ReLU(z) for a > 0, so output channel c of a bf16 layer is
        // scaled by a_c = bf16(b_c) / b_c (within 2^-8 of 1), which makes its bias exactly bf16,
        // and the next layer's weights for input channel c by 1 / a_c: the network computes the
        // same function, and oneDNN adds the exact bias in its fp32 accumulator before rounding
        // the output. Measured by tests/bench/nn/bench_denoise (1500² map, shipped model), RMS of
        // bf16 - fp32 over RMS of the clean map: all layers bf16 0.90 %; middle layers only
        // 0.61 %; with exact biases and error-diffused weights (toBf16KeepingKernelSums) 0.23 %.
        torch::Tensor prev; // scale of the previous layer's output channels; undefined = 1
        for (int i = 0; i < cfg.depth; ++i) {
            if (prev.defined())
                ws[i] = ws[i] / prev.view({1, -1, 1, 1});
            prev = torch::Tensor();
            if (inBf16(i)) {
                const torch::Tensor rounded = bs[i].to(torch::kBFloat16).to(torch::kFloat64);
                prev = torch::where(bs[i] != 0, rounded / bs[i], torch::ones_like(bs[i]));
                ws[i] = ws[i] * prev.view({-1, 1, 1, 1});
                bs[i] = rounded;
            }
        }
    }
    for (int i = 0; i < cfg.depth; ++i) {
        Layer layer;
        layer.dilation = dilationOf(cfg, i);
        layer.relu = i < cfg.depth - 1;
        const auto dtype = inBf16(i) ? torch::kBFloat16 : torch::kFloat32;
        layer.weight = inBf16(i) ? toBf16KeepingKernelSums(ws[i]) : ws[i].to(torch::kFloat32);
        layer.weight = layer.weight.to(device).contiguous(
            options.channelsLast ? torch::MemoryFormat::ChannelsLast : torch::MemoryFormat::Contiguous);
        layer.bias = bs[i].to(device, dtype).contiguous();
        m_layers.push_back(std::move(layer));
    }
}

void InferenceNet::foldUNet(torch::Device device)
{
    const NetworkConfig& cfg = m_net->config();
    torch::NoGradGuard noGrad;
    const std::map<std::string, torch::Tensor> p = float64Tensors(*m_net);
    m_levels = cfg.levels;
    const auto block = [&](const std::string& name, int stride) {
        // Eval-mode BN after a bias-free convolution: W' = s·W, b' = β − s·μ, s = γ / √(σ² + ε).
        const torch::Tensor s =
            p.at(name + "_bn.weight") / torch::sqrt(p.at(name + "_bn.running_var") + UNet::kBnEps);
        Layer layer;
        layer.stride = stride;
        layer.weight = (p.at(name + "_conv.weight") * s.view({-1, 1, 1, 1})).to(torch::kFloat32);
        layer.bias = (p.at(name + "_bn.bias") - s * p.at(name + "_bn.running_mean")).to(torch::kFloat32);
        return layer;
    };
    for (int l = 0; l <= m_levels; ++l) {
        const std::string e = "enc" + std::to_string(l);
        m_unet.push_back(block(e + "_0", l == 0 ? 1 : 2));
        m_unet.push_back(block(e + "_1", 1));
    }
    for (int l = m_levels - 1; l >= 0; --l) {
        const std::string d = "dec" + std::to_string(l);
        m_unet.push_back(block(d + "_0", 1));
        m_unet.push_back(block(d + "_1", 1));
    }
    Layer out;
    out.relu = false;
    out.weight = p.at("out.weight").to(torch::kFloat32);
    out.bias = p.at("out.bias").to(torch::kFloat32);
    m_unet.push_back(std::move(out));
    for (Layer& l : m_unet) {
        l.weight = l.weight.to(device).contiguous(m_options.channelsLast ? torch::MemoryFormat::ChannelsLast
                                                                         : torch::MemoryFormat::Contiguous);
        l.bias = l.bias.to(device).contiguous();
    }
}

torch::Tensor InferenceNet::unetResidual(const torch::Tensor& x) const
{
    // UNet::forward with the folded blocks (unet_network.cpp): pad to a multiple of 2^L, encode,
    // decode with bilinear upsampling and skip concatenation, crop back.
    const int64_t h0 = x.size(2), w0 = x.size(3);
    torch::Tensor h = padToMultiple(x, 1 << m_levels);
    if (m_options.channelsLast)
        h = h.contiguous(torch::MemoryFormat::ChannelsLast);
    const auto run = [](const Layer& l, const torch::Tensor& in) {
        torch::Tensor out = torch::conv2d(in, l.weight, l.bias, l.stride, 1);
        return l.relu ? out.relu_() : out;
    };
    std::size_t k = 0;
    std::vector<torch::Tensor> skips;
    for (int l = 0; l <= m_levels; ++l) {
        h = run(m_unet[k + 1], run(m_unet[k], h));
        k += 2;
        skips.push_back(h);
    }
    for (int l = m_levels - 1; l >= 0; --l) {
        const torch::Tensor& skip = skips[static_cast<std::size_t>(l)];
        torch::Tensor up = torch::upsample_bilinear2d(h, {skip.size(2), skip.size(3)}, false);
        h = run(m_unet[k + 1], run(m_unet[k], torch::cat({up, skip}, 1)));
        k += 2;
    }
    // One output channel: NHWC and NCHW hold the same bytes once contiguous.
    return run(m_unet[k], h).slice(2, 0, h0).slice(3, 0, w0).contiguous();
}

torch::Tensor InferenceNet::residual(const torch::Tensor& x) const
{
    if (!m_unet.empty())
        return unetResidual(x);
    if (m_layers.empty())
        return m_net->forward(x).contiguous();
    torch::Tensor h = x;
    if (m_options.channelsLast)
        h = h.contiguous(torch::MemoryFormat::ChannelsLast);
    for (const Layer& l : m_layers) {
        // Activations change precision only at the fp32/bf16 boundaries (after the first layer
        // and before the last); to() keeps the NHWC layout.
        if (h.scalar_type() != l.weight.scalar_type())
            h = h.to(l.weight.scalar_type());
        h = torch::conv2d(h, l.weight, l.bias, 1, l.dilation, l.dilation);
        if (l.relu)
            h.relu_();
    }
    // The last layer is fp32. One output channel: NHWC and NCHW hold the same bytes,
    // contiguous() only relabels.
    return h.contiguous();
}

} // namespace insar::nn::detail
