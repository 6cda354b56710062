// dataset.json of a synthetic dataset (synthesis::DatasetManifest::parse).
#include "fuzz_support.h"
#include "synthesis/dataset_manifest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    insar::fuzz::expectOnlyInsarErrors(
        [&] { insar::synthesis::DatasetManifest::parse(insar::fuzz::asText(data, size), "dataset.json"); });
    return 0;
}
