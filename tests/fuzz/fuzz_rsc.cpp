// ROI_PAC .rsc sidecars ("KEY value" per line), read by io::parseRsc. GACOS tropospheric delay
// maps (.ztd.rsc) use the same format and the same parser.
#include "fuzz_support.h"
#include "io/insar_layouts.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto file = insar::fuzz::writeScratch("input.unw.rsc", insar::fuzz::asText(data, size));
    insar::fuzz::expectOnlyInsarErrors([&] {
        const insar::io::RscHeader h = insar::io::parseRsc(file);
        if (h.width <= 0 || h.fileLength <= 0)
            std::abort(); // parseRsc promises positive sizes or an error
    });
    return 0;
}
