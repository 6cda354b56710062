#include "nn/detail/unet_network.h"

#include <sstream>

namespace insar::nn::detail {

namespace {

int widthOf(const NetworkConfig& config, int level)
{
    return config.channels << level;
}

} // namespace

torch::Tensor padToMultiple(const torch::Tensor& x, int multiple)
{
    const int64_t h = x.size(2), w = x.size(3);
    const int64_t ph = (multiple - h % multiple) % multiple;
    const int64_t pw = (multiple - w % multiple) % multiple;
    torch::Tensor out = x;
    if (pw > 0)
        out = pw < w ? torch::reflection_pad2d(out, {0, pw, 0, 0})
                     : torch::replication_pad2d(out, {0, pw, 0, 0});
    if (ph > 0)
        out = ph < h ? torch::reflection_pad2d(out, {0, 0, 0, ph})
                     : torch::replication_pad2d(out, {0, 0, 0, ph});
    return out;
}

UNet::Block UNet::makeBlock(const std::string& name, int in, int out, int stride)
{
    Block b;
    b.name = name;
    b.stride = stride;
    b.conv = register_module(
        name + "_conv",
        torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(false)));
    b.bn = register_module(
        name + "_bn",
        torch::nn::BatchNorm2d(torch::nn::BatchNormOptions(out).eps(kBnEps).momentum(kBnMomentum)));
    return b;
}

UNet::UNet(const NetworkConfig& config) : m_config(config)
{
    validate(config);
    const int levels = config.levels;
    for (int l = 0; l <= levels; ++l) {
        const std::string p = "enc" + std::to_string(l);
        const int in = l == 0 ? config.inChannels : widthOf(config, l - 1);
        const int w = widthOf(config, l);
        m_encoder.push_back({makeBlock(p + "_0", in, w, l == 0 ? 1 : 2), makeBlock(p + "_1", w, w, 1)});
    }
    m_decoder.resize(static_cast<std::size_t>(levels));
    for (int l = levels - 1; l >= 0; --l) {
        const std::string p = "dec" + std::to_string(l);
        const int w = widthOf(config, l);
        m_decoder[static_cast<std::size_t>(l)] = {makeBlock(p + "_0", widthOf(config, l + 1) + w, w, 1),
                                                  makeBlock(p + "_1", w, w, 1)};
    }
    m_out = register_module("out",
                            torch::nn::Conv2d(torch::nn::Conv2dOptions(widthOf(config, 0), 1, 3).padding(1)));
    torch::NoGradGuard noGrad;
    // As DnCNN's official code: orthogonal convolution weights, zero biases, BN γ = 1, β = 0.
    for (auto* blocks : {&m_encoder, &m_decoder})
        for (auto& level : *blocks)
            for (auto& b : level) {
                torch::nn::init::orthogonal_(b.conv->weight);
                torch::nn::init::ones_(b.bn->weight);
                torch::nn::init::zeros_(b.bn->bias);
            }
    torch::nn::init::orthogonal_(m_out->weight);
    torch::nn::init::zeros_(m_out->bias);
}

torch::Tensor UNet::run(Block& b, const torch::Tensor& x)
{
    return torch::relu(b.bn->forward(b.conv->forward(x)));
}

torch::Tensor UNet::forward(torch::Tensor y)
{
    const int64_t h = y.size(2), w = y.size(3);
    torch::Tensor x = padToMultiple(y, 1 << m_config.levels);
    std::vector<torch::Tensor> skips;
    for (auto& level : m_encoder) {
        x = run(level[1], run(level[0], x));
        skips.push_back(x);
    }
    for (int l = m_config.levels - 1; l >= 0; --l) {
        const torch::Tensor& skip = skips[static_cast<std::size_t>(l)];
        const torch::Tensor up = torch::upsample_bilinear2d(x, {skip.size(2), skip.size(3)}, false);
        auto& level = m_decoder[static_cast<std::size_t>(l)];
        x = run(level[1], run(level[0], torch::cat({up, skip}, 1)));
    }
    return m_out->forward(x).slice(2, 0, h).slice(3, 0, w);
}

std::string UNet::torchScriptResidual() const
{
    std::ostringstream s;
    const int multiple = 1 << m_config.levels;
    auto block = [&](const std::string& name, const std::string& in, int stride) {
        s << "    h = torch.conv2d(" << in << ", self." << name << "_conv_weight, None, [" << stride << ", "
          << stride << "], [1, 1], [1, 1])\n";
        s << "    h = torch.relu(torch.batch_norm(h, self." << name << "_bn_weight, self." << name
          << "_bn_bias, self." << name << "_bn_running_mean, self." << name << "_bn_running_var, False, 0.0, "
          << kBnEps << ", False))\n";
    };
    s << "def residual(self, x):\n";
    s << "    h0 = x.size(2)\n    w0 = x.size(3)\n";
    s << "    ph = (" << multiple << " - h0 % " << multiple << ") % " << multiple << "\n";
    s << "    pw = (" << multiple << " - w0 % " << multiple << ") % " << multiple << "\n";
    s << "    if pw > 0:\n        if pw < w0:\n            x = torch.reflection_pad2d(x, [0, pw, 0, 0])\n"
         "        else:\n            x = torch.replication_pad2d(x, [0, pw, 0, 0])\n";
    s << "    if ph > 0:\n        if ph < h0:\n            x = torch.reflection_pad2d(x, [0, 0, 0, ph])\n"
         "        else:\n            x = torch.replication_pad2d(x, [0, 0, 0, ph])\n";
    s << "    h = x\n";
    for (int l = 0; l <= m_config.levels; ++l) {
        block("enc" + std::to_string(l) + "_0", "h", l == 0 ? 1 : 2);
        block("enc" + std::to_string(l) + "_1", "h", 1);
        s << "    e" << l << " = h\n";
    }
    for (int l = m_config.levels - 1; l >= 0; --l) {
        const std::string e = "e" + std::to_string(l);
        s << "    u = torch.upsample_bilinear2d(h, [" << e << ".size(2), " << e
          << ".size(3)], False, None, None)\n";
        block("dec" + std::to_string(l) + "_0", "torch.cat([u, " + e + "], 1)", 1);
        block("dec" + std::to_string(l) + "_1", "h", 1);
    }
    s << "    r = torch.conv2d(h, self.out_weight, self.out_bias, [1, 1], [1, 1], [1, 1])\n";
    s << "    return r[:, :, :h0, :w0]\n";
    return s.str();
}

} // namespace insar::nn::detail
