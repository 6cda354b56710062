// PRIVATE: picks the torch device for "auto" | "cpu" | "cuda".
#pragma once

#include "nn/device_kind.h"

#include <torch/torch.h>

#include <string>

namespace insar::nn::detail {

/// "auto": CUDA when torch::cuda::is_available(), else CPU. "cuda" when unavailable: insar::Error.
torch::Device selectDevice(DeviceKind kind);

} // namespace insar::nn::detail
