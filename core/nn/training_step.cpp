#include "nn/detail/training_step.h"

#include <ATen/autocast_mode.h>

#include <cmath>

namespace insar::nn::detail {

torch::Tensor forwardMaybeAmp(ResidualNetwork& net, const torch::Tensor& input, bool amp)
{
    if (!amp)
        return net.forward(input);
    // CUDA autocast (LibTorch's C++ equivalent of torch.autocast): convolutions run in fp16,
    // batch norm and the loss stay in fp32.
    at::autocast::set_enabled(true);
    torch::Tensor out;
    try {
        out = net.forward(input).to(torch::kFloat32);
    } catch (...) {
        at::autocast::set_enabled(false);
        at::autocast::clear_cache();
        throw;
    }
    at::autocast::set_enabled(false);
    at::autocast::clear_cache();
    return out;
}

StepRunner::StepRunner(ResidualNetwork& net, torch::optim::Optimizer& optimizer, torch::Device device,
                       bool mixedPrecision)
    : m_net(net), m_optimizer(optimizer), m_device(device), m_amp(mixedPrecision && device.is_cuda())
{
}

StepOutcome StepRunner::step(const torch::Tensor& inputAny, const torch::Tensor& targetAny)
{
    const torch::Tensor input = inputAny.to(m_device);
    const torch::Tensor target = targetAny.to(m_device);
    m_net.train();
    // BN running statistics change in the forward pass: keep a copy to undo a bad step.
    std::vector<torch::Tensor> savedBuffers;
    {
        torch::NoGradGuard noGrad;
        for (const auto& b : m_net.buffers())
            savedBuffers.push_back(b.clone());
    }
    auto restoreBuffers = [&] {
        torch::NoGradGuard noGrad;
        auto buffers = m_net.buffers();
        for (std::size_t i = 0; i < buffers.size(); ++i)
            buffers[i].copy_(savedBuffers[i]);
    };

    m_optimizer.zero_grad();
    const torch::Tensor residual = forwardMaybeAmp(m_net, input, m_amp);
    const torch::Tensor loss = posterLoss(residual, target);
    StepOutcome out;
    out.loss = loss.item<double>();
    if (!std::isfinite(out.loss)) {
        restoreBuffers();
        m_optimizer.zero_grad();
        out.problem = "the loss is " + std::string(std::isnan(out.loss) ? "NaN" : "infinite");
        return out;
    }
    if (m_amp)
        (loss * m_lossScale).backward();
    else
        loss.backward();

    // Gradient check (and unscaling under mixed precision).
    double gradSq = 0.0;
    {
        torch::NoGradGuard noGrad;
        torch::Tensor acc = torch::zeros({}, torch::TensorOptions().dtype(torch::kFloat64).device(m_device));
        for (auto& p : m_net.parameters()) {
            if (!p.grad().defined())
                continue;
            if (m_amp)
                p.mutable_grad().div_(m_lossScale);
            acc += p.grad().to(torch::kFloat64).pow(2).sum();
        }
        gradSq = acc.item<double>();
    }
    if (!std::isfinite(gradSq)) {
        restoreBuffers();
        m_optimizer.zero_grad();
        if (m_amp && m_lossScale > 1.0) {
            m_lossScale /= 2.0;
            m_goodSinceGrowth = 0;
            out.overflow = true;
            out.problem = "gradient overflow at loss scale " + std::to_string(m_lossScale * 2.0);
            return out;
        }
        out.problem = "a gradient is NaN or infinite";
        return out;
    }
    m_optimizer.step();
    if (m_amp && ++m_goodSinceGrowth >= 2000) {
        m_lossScale *= 2.0;
        m_goodSinceGrowth = 0;
    }
    out.ok = true;
    return out;
}

} // namespace insar::nn::detail
