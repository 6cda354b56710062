// Training config JSON (`train --config`, config.json of a run): from_json(TrainConfig) followed
// by validate().
#include "fuzz_support.h"
#include "nn/train_config.h"

#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const nlohmann::json j = nlohmann::json::parse(data, data + size, nullptr, false);
    if (j.is_discarded())
        return 0;
    insar::fuzz::expectOnlyInsarErrors([&] {
        insar::nn::TrainConfig config;
        insar::nn::from_json(j, config);
        insar::nn::validate(config);
    });
    return 0;
}
