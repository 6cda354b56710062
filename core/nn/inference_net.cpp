#include "nn/detail/inference_net.h"

#include <malloc.h>

#include <fstream>
#include <map>
#include <mutex>
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

void keepFreedMemoryForReuse()
{
    static std::once_flag once;
    std::call_once(once, [] {
#if defined(__GLIBC__)
        // Without mmap for large blocks, a freed activation goes back to the heap and the next
        // layer's output reuses those pages; trimming only beyond 512 MiB of free heap top keeps
        // them between tiles. (Measured: ~2,000 minor faults per Mpixel-layer otherwise.)
        mallopt(M_MMAP_MAX, 0);
        mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
#endif
    });
}

InferenceNet::InferenceNet(std::shared_ptr<ResidualNetwork> net, torch::Device device,
                           const InferenceOptions& options)
    : m_net(std::move(net)), m_options(options)
{
    const NetworkConfig& cfg = m_net->config();
    if (!options.foldBatchNorm || cfg.architecture != "dncnn")
        return;
    torch::NoGradGuard noGrad;
    std::map<std::string, torch::Tensor> p;
    for (const auto& t : m_net->named_parameters())
        p[t.key()] = t.value().detach();
    for (const auto& t : m_net->named_buffers())
        p[t.key()] = t.value();
    const auto dtype = options.bf16 ? torch::kBFloat16 : torch::kFloat32;
    for (int i = 0; i < cfg.depth; ++i) {
        const std::string conv = "conv" + std::to_string(i);
        Layer layer;
        layer.dilation = dilationOf(cfg, i);
        layer.relu = i < cfg.depth - 1;
        torch::Tensor w = p.at(conv + ".weight").to(torch::kFloat64);
        torch::Tensor b = p.count(conv + ".bias") ? p.at(conv + ".bias").to(torch::kFloat64)
                                                  : torch::zeros({w.size(0)}, torch::kFloat64).to(device);
        if (i > 0 && i < cfg.depth - 1) {
            // Eval-mode BN: γ (h − μ) / √(σ² + ε) + β = s·h + (β − s·μ), s = γ / √(σ² + ε); folded
            // into the convolution: W' = s·W (per output channel), b' = s·b + β − s·μ.
            const std::string bn = "bn" + std::to_string(i);
            const torch::Tensor s =
                p.at(bn + ".weight").to(torch::kFloat64) /
                torch::sqrt(p.at(bn + ".running_var").to(torch::kFloat64) + DnCnn::kBnEps);
            w = w * s.view({-1, 1, 1, 1});
            b = s * b + p.at(bn + ".bias").to(torch::kFloat64) -
                s * p.at(bn + ".running_mean").to(torch::kFloat64);
        }
        layer.weight = w.to(dtype).contiguous();
        if (options.channelsLast)
            layer.weight = layer.weight.contiguous(torch::MemoryFormat::ChannelsLast);
        layer.bias = b.to(dtype).contiguous();
        m_layers.push_back(std::move(layer));
    }
}

torch::Tensor InferenceNet::residual(const torch::Tensor& x) const
{
    if (m_layers.empty())
        return m_net->forward(x).contiguous();
    torch::Tensor h = m_options.bf16 ? x.to(torch::kBFloat16) : x;
    if (m_options.channelsLast)
        h = h.contiguous(torch::MemoryFormat::ChannelsLast);
    for (const Layer& l : m_layers) {
        h = torch::conv2d(h, l.weight, l.bias, 1, l.dilation, l.dilation);
        if (l.relu)
            h.relu_();
    }
    // One output channel: NHWC and NCHW hold the same bytes, contiguous() only relabels.
    return h.to(torch::kFloat32).contiguous();
}

} // namespace insar::nn::detail
