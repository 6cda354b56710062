// GACOS zenith-delay headers (YYYYMMDD.ztd.rsc): the ROI_PAC .rsc format (io::parseRsc, also
// fuzzed alone by fuzz_rsc) plus the grid checks of io::readGacosZtd against a small .ztd file.
#include "fuzz_support.h"
#include "io/gacos_reader.h"
#include "io/gdal_setup.h"

#include <cstdlib>

namespace {
std::filesystem::path s_data;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    ::setenv("GDAL_PAM_ENABLED", "NO", 1);
    insar::io::configureGdal(1);
    // 16 x 16 float32 delays: what a small header may describe; other sizes must be refused.
    s_data = insar::fuzz::writeScratch("20180101.ztd", std::string(16 * 16 * 4, '\x01'));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    insar::fuzz::writeScratch("20180101.ztd.rsc", insar::fuzz::asText(data, size));
    insar::fuzz::expectOnlyInsarErrors([&] { insar::io::readGacosZtd(s_data); });
    return 0;
}
