// .npy headers of dataset shards (synthesis::parseNpyHeader): magic, version, header length and
// the Python-dict header text.
#include "fuzz_support.h"
#include "synthesis/npy_format.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = insar::fuzz::asText(data, size);
    insar::fuzz::expectOnlyInsarErrors([&] {
        const auto h = insar::synthesis::parseNpyHeader(bytes, "input.npy");
        if (h.headerBytes > bytes.size() || h.descr.empty())
            std::abort(); // the array must start inside what was given, with a dtype
    });
    return 0;
}
