// Where the network runs: the device choice of training configs, denoiser options and the
// --device options, with the names JSON files and the command line use ("auto", "cpu", "cuda").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace insar::nn {

/// Auto: CUDA when LibTorch sees a GPU, else the CPU.
enum class DeviceKind { Auto, Cpu, Cuda };

std::string deviceKindName(DeviceKind kind);                      // "auto", "cpu", "cuda"
std::optional<DeviceKind> parseDeviceKind(std::string_view text); // nullopt for anything else
/// parseDeviceKind() that throws insar::Error naming the text ("device must be auto, cpu or cuda").
DeviceKind deviceKindFromName(std::string_view text);

} // namespace insar::nn
