// PRIVATE: one optimiser step with the NaN/Inf guard and (CUDA only) mixed precision.
// A bad step (non-finite loss or gradient) leaves the weights, the BN running statistics and the
// optimizer state exactly as before the step.
#pragma once

#include "nn/detail/network.h"

#include <string>

namespace insar::nn::detail {

struct StepOutcome {
    bool ok = false;
    bool overflow = false; // mixed precision: gradients overflowed at this loss scale (not an error)
    double loss = 0.0;     // the poster's l(θ) (NaN/Inf when the step was rejected)
    std::string problem;   // why the step was rejected
};

class StepRunner {
public:
    /// mixedPrecision is honoured only on CUDA (autocast to fp16 + dynamic loss scaling).
    StepRunner(ResidualNetwork& net, torch::optim::Optimizer& optimizer, torch::Device device,
               bool mixedPrecision);

    /// input/target: [B, C, H, W] network values on any device (moved to the runner's device).
    StepOutcome step(const torch::Tensor& input, const torch::Tensor& target);

    double lossScale() const { return m_lossScale; }
    void setLossScale(double scale) { m_lossScale = scale; }
    bool mixedPrecision() const { return m_amp; }

private:
    ResidualNetwork& m_net;
    torch::optim::Optimizer& m_optimizer;
    torch::Device m_device;
    bool m_amp;
    double m_lossScale = 65536.0;
    int m_goodSinceGrowth = 0;
};

/// Forward pass under autocast when `amp` (CUDA), plain otherwise; returns float32.
torch::Tensor forwardMaybeAmp(ResidualNetwork& net, const torch::Tensor& input, bool amp);

} // namespace insar::nn::detail
