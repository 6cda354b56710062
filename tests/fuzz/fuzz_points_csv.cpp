// The points CSV of `forward --points` (header naming east_km,north_km, then numbers). Its
// reader is local to cmd_forward.cpp, so that file is compiled into this target as it is.
#include "fuzz_support.h"

#include "../../app/cli/cmd_forward.cpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto file = insar::fuzz::writeScratch("points.csv", insar::fuzz::asText(data, size));
    insar::fuzz::expectOnlyInsarErrors([&] {
        const auto points = readPoints(file.string());
        if (points.empty())
            std::abort(); // readPoints promises at least one point or an error
    });
    return 0;
}
