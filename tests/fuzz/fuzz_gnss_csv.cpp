// The GNSS stations CSV and the GNSS-InSAR comparison table (core/gnss): both readers over the
// same bytes; each promises at least one station or an insar::Error.
#include "fuzz_support.h"
#include "gnss/gnss_comparison.h"
#include "gnss/gnss_stations.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto file = insar::fuzz::writeScratch("gnss.csv", insar::fuzz::asText(data, size));
    insar::fuzz::expectOnlyInsarErrors([&] {
        if (insar::gnss::readStations(file).empty())
            std::abort();
    });
    insar::fuzz::expectOnlyInsarErrors([&] {
        const auto table = insar::gnss::readComparisonTable(file);
        if (table.stations.empty() || table.versions.empty())
            std::abort();
        insar::gnss::compare(table, table.stations.front());
    });
    return 0;
}
