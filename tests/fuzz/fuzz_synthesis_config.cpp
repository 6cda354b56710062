// Synthesis config JSON (`synth --config`, the "config" of dataset.json):
// SynthesisConfig::fromJson followed by validate().
#include "fuzz_support.h"
#include "synthesis/synthesis_config.h"

#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Malformed JSON text is nlohmann's to reject (callers report its parse_error); the fuzzed
    // code is what reads the parsed document.
    const nlohmann::json j = nlohmann::json::parse(data, data + size, nullptr, false);
    if (j.is_discarded())
        return 0;
    insar::fuzz::expectOnlyInsarErrors([&] {
        const auto config = insar::synthesis::SynthesisConfig::fromJson(j);
        config.validate();
    });
    return 0;
}
