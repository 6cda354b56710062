#include "nn/detail/network.h"

#include "common/error.h"
#include "nn/detail/unet_network.h"

#include <sstream>

namespace insar::nn::detail {

namespace {
/// Buffers share the archive with parameters; a prefix keeps the names apart.
std::string bufferKey(const std::string& key)
{
    return "buffer." + key;
}
} // namespace

DnCnn::DnCnn(const NetworkConfig& config) : m_config(config)
{
    validate(config);
    const int c = config.channels;
    const int depth = config.depth;
    for (int i = 0; i < depth; ++i) {
        const int in = i == 0 ? config.inChannels : c;
        const int out = i == depth - 1 ? 1 : c; // one output: the phase residual
        const bool bias = i == 0 || i == depth - 1;
        const int dil = dilationOf(config, i);
        auto conv = register_module(
            "conv" + std::to_string(i),
            torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(dil).dilation(dil).bias(bias)));
        m_convs.push_back(conv);
        if (i > 0 && i < depth - 1) {
            auto bn = register_module(
                "bn" + std::to_string(i),
                torch::nn::BatchNorm2d(torch::nn::BatchNormOptions(c).eps(kBnEps).momentum(kBnMomentum)));
            m_bns.push_back(bn);
        }
    }
    torch::NoGradGuard noGrad;
    for (auto& conv : m_convs) {
        torch::nn::init::orthogonal_(conv->weight);
        if (conv->options.bias())
            torch::nn::init::zeros_(conv->bias);
    }
    for (auto& bn : m_bns) {
        torch::nn::init::ones_(bn->weight);
        torch::nn::init::zeros_(bn->bias);
    }
}

torch::Tensor DnCnn::forward(torch::Tensor y)
{
    const int depth = m_config.depth;
    torch::Tensor h = torch::relu(m_convs[0]->forward(y));
    for (int i = 1; i < depth - 1; ++i)
        h = torch::relu(m_bns[static_cast<std::size_t>(i - 1)]->forward(
            m_convs[static_cast<std::size_t>(i)]->forward(h)));
    return m_convs[static_cast<std::size_t>(depth - 1)]->forward(h);
}

std::string DnCnn::torchScriptResidual() const
{
    std::ostringstream s;
    s << "def residual(self, x):\n";
    // torch.conv2d(input, weight, bias, stride, padding, dilation): padding = dilation keeps the size.
    auto pd = [&](int layer) {
        const std::string d = std::to_string(dilationOf(m_config, layer));
        return "[1, 1], [" + d + ", " + d + "], [" + d + ", " + d + "]";
    };
    s << "    h = torch.relu(torch.conv2d(x, self.conv0_weight, self.conv0_bias, " << pd(0) << "))\n";
    for (int i = 1; i < m_config.depth - 1; ++i) {
        s << "    h = torch.conv2d(h, self.conv" << i << "_weight, None, " << pd(i) << ")\n";
        s << "    h = torch.relu(torch.batch_norm(h, self.bn" << i << "_weight, self.bn" << i
          << "_bias, self.bn" << i << "_running_mean, self.bn" << i << "_running_var, False, 0.0, " << kBnEps
          << ", False))\n";
    }
    const int last = m_config.depth - 1;
    s << "    return torch.conv2d(h, self.conv" << last << "_weight, self.conv" << last << "_bias, "
      << pd(last) << ")\n";
    return s.str();
}

std::shared_ptr<ResidualNetwork> makeNetwork(const NetworkConfig& config)
{
    validate(config);
    if (config.architecture == "dncnn")
        return std::make_shared<DnCnn>(config);
    if (config.architecture == "unet")
        return std::make_shared<UNet>(config);
    throw Error(ErrorKind::Unsupported, "unknown network architecture '" + config.architecture + "'");
}

torch::Tensor posterLoss(const torch::Tensor& predictedResidual, const torch::Tensor& targetResidual)
{
    const auto n = predictedResidual.size(0);
    return (predictedResidual - targetResidual).pow(2).sum() / (2.0 * static_cast<double>(n));
}

std::string serializeWeights(torch::nn::Module& module)
{
    torch::NoGradGuard noGrad;
    torch::serialize::OutputArchive archive;
    for (const auto& p : module.named_parameters())
        archive.write(p.key(), p.value().detach().to(torch::kCPU).contiguous());
    for (const auto& b : module.named_buffers())
        archive.write(bufferKey(b.key()), b.value().to(torch::kCPU).contiguous(), /*is_buffer=*/true);
    std::ostringstream out(std::ios::binary);
    archive.save_to(out);
    return out.str();
}

void deserializeWeights(torch::nn::Module& module, const std::string& bytes)
{
    torch::NoGradGuard noGrad;
    torch::serialize::InputArchive archive;
    try {
        std::istringstream in(bytes, std::ios::binary);
        archive.load_from(in, torch::Device(torch::kCPU));
    } catch (const c10::Error& e) {
        throw Error(ErrorKind::Format,
                    std::string("weights archive is unreadable: ") + e.what_without_backtrace());
    }
    auto restore = [&](const std::string& key, torch::Tensor& target, bool isBuffer) {
        torch::Tensor t;
        try {
            archive.read(isBuffer ? bufferKey(key) : key, t, isBuffer);
        } catch (const c10::Error&) {
            throw Error(ErrorKind::Format, "weights archive lacks tensor '" + key + "'");
        }
        if (t.sizes() != target.sizes())
            throw Error(ErrorKind::Format, "tensor '" + key + "' has the wrong shape for this network");
        target.copy_(t);
    };
    for (auto& p : module.named_parameters())
        restore(p.key(), p.value(), false);
    for (auto& b : module.named_buffers())
        restore(b.key(), b.value(), true);
}

bool allFinite(torch::nn::Module& module)
{
    torch::NoGradGuard noGrad;
    for (const auto& p : module.parameters())
        if (!torch::isfinite(p).all().item<bool>())
            return false;
    for (const auto& b : module.buffers())
        if (b.is_floating_point() && !torch::isfinite(b).all().item<bool>())
            return false;
    return true;
}

} // namespace insar::nn::detail
