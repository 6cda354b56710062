#include "nn/detail/device.h"

#include "common/error.h"
#include "common/thread_config.h"
#include "nn/detail/inference_net.h"
#include "nn/trainer.h"

#include <mutex>

namespace insar::nn {

namespace detail {

torch::Device selectDevice(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Cpu:
        return torch::Device(torch::kCPU);
    case DeviceKind::Cuda:
        if (!torch::cuda::is_available())
            throw Error(
                ErrorKind::Unsupported,
                "device 'cuda' was requested but CUDA is not available (this LibTorch build has no CUDA "
                "support or no GPU is visible); use --device cpu or auto");
        return torch::Device(torch::kCUDA);
    case DeviceKind::Auto:
        break;
    }
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

} // namespace detail

DeviceInfo deviceInfo()
{
    DeviceInfo info;
    info.cudaAvailable = torch::cuda::is_available();
    info.cpuBf16 = detail::cpuHasAvx512Bf16();
    if (info.cudaAvailable)
        info.description = "CUDA (" + std::to_string(torch::cuda::device_count()) + " device(s))";
    else
        info.description =
            "CPU (" + std::to_string(at::get_num_threads()) + " threads; no CUDA in this LibTorch)";
    return info;
}

void configureTorchThreads(int threads)
{
    const int n = threads > 0 ? threads : defaultThreadCount();
    static std::once_flag interopOnce;
    std::call_once(interopOnce, [] {
        // Inter-op threads can be set only once per process, before any inter-op work.
        try {
            at::set_num_interop_threads(1);
        } catch (const c10::Error&) {
        }
    });
    if (at::get_num_threads() != n)
        at::set_num_threads(n);
}

} // namespace insar::nn
