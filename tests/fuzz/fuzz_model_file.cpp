// The trained-model file (nn::readModelFile): magic, version, lengths, CRC-32 and the JSON
// metadata. The first input byte picks how the rest is used, so that mutations also reach the
// metadata behind the checksum:
//   0: the file as it is;
//   1: the file with a correct CRC-32 appended;
//   2: the bytes as the metadata JSON of a well-formed file with empty weights.
#include "fuzz_support.h"
#include "nn/model_file.h"

#include <array>
#include <cstring>

namespace {

// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as the model file stores it.
std::uint32_t crc32(std::string_view bytes)
{
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char ch : bytes)
        crc = table[(crc ^ static_cast<unsigned char>(ch)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLe(std::string& out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xFFu));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const int mode = data[0] % 3;
    const std::string_view rest = insar::fuzz::asText(data + 1, size - 1);
    std::string file;
    if (mode == 0) {
        file = rest;
    } else if (mode == 1) {
        file = rest;
        appendLe(file, crc32(file), 4);
    } else {
        file = "INSARDNN";
        appendLe(file, insar::nn::kModelFormatVersion, 4);
        appendLe(file, rest.size(), 8);
        file += rest;
        appendLe(file, 0, 8);
        appendLe(file, crc32(file), 4);
    }
    const auto path = insar::fuzz::writeScratch("input.model", file);
    insar::fuzz::expectOnlyInsarErrors([&] { insar::nn::readModelFile(path); });
    return 0;
}
