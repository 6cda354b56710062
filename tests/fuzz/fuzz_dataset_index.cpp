// index.csv of a synthetic dataset (synthesis::parseDatasetIndex).
#include "fuzz_support.h"
#include "synthesis/dataset_index.h"

#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in{std::string(insar::fuzz::asText(data, size))};
    insar::fuzz::expectOnlyInsarErrors([&] { insar::synthesis::parseDatasetIndex(in, "index.csv"); });
    return 0;
}
