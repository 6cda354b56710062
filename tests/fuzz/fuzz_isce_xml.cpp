// ISCE .unw.xml sidecars: a raw .unw with a fuzzed XML beside it, probed and read through
// io::probeRaster / io::readRaster (GDAL's ISCE driver, then our layout and metadata mapping).
#include "fuzz_support.h"
#include "io/gdal_setup.h"
#include "io/raster_reader.h"

#include <cstdlib>

namespace {
std::filesystem::path s_data;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    ::setenv("GDAL_PAM_ENABLED", "NO", 1); // no .aux.xml files beside the inputs
    insar::io::configureGdal(1);
    // 16 x 16 two-band float32 (amplitude, phase per line), as ISCE writes unwrapped files.
    s_data = insar::fuzz::writeScratch("image.unw", std::string(16 * 16 * 2 * 4, '\x01'));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    insar::fuzz::writeScratch("image.unw.xml", insar::fuzz::asText(data, size));
    insar::fuzz::expectOnlyInsarErrors([&] { insar::io::probeRaster(s_data); });
    insar::fuzz::expectOnlyInsarErrors([&] {
        insar::io::ReadOptions options;
        options.allowAllNoData = true;
        insar::io::readRaster(s_data, options);
    });
    return 0;
}
