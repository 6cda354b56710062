#include "nn/device_kind.h"

#include "common/error.h"

namespace insar::nn {

std::string deviceKindName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Cpu:
        return "cpu";
    case DeviceKind::Cuda:
        return "cuda";
    case DeviceKind::Auto:
        break;
    }
    return "auto";
}

std::optional<DeviceKind> parseDeviceKind(std::string_view text)
{
    for (DeviceKind k : {DeviceKind::Auto, DeviceKind::Cpu, DeviceKind::Cuda})
        if (text == deviceKindName(k))
            return k;
    return std::nullopt;
}

DeviceKind deviceKindFromName(std::string_view text)
{
    if (const auto k = parseDeviceKind(text))
        return *k;
    throw Error("device must be auto, cpu or cuda (got '" + std::string(text) + "')");
}

} // namespace insar::nn
