#include "pipeline/file_digest.h"

#include "common/error.h"

#include <nettle/sha2.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <vector>

namespace insar::pipeline {

namespace {

std::string hexDigest(sha256_ctx& ctx)
{
    std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
    sha256_digest(&ctx, digest.size(), digest.data());
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * digest.size());
    for (const std::uint8_t b : digest) {
        out += kHex[b >> 4];
        out += kHex[b & 0x0f];
    }
    return out;
}

} // namespace

std::string sha256Hex(std::string_view bytes)
{
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
    return hexDigest(ctx);
}

std::string sha256OfFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io,
                    file.string() + ": cannot open to compute its SHA-256: " + std::strerror(errno));
    sha256_ctx ctx;
    sha256_init(&ctx);
    std::vector<char> block(std::size_t(1) << 20);
    while (in) {
        in.read(block.data(), std::streamsize(block.size()));
        const std::streamsize n = in.gcount();
        if (n > 0)
            sha256_update(&ctx, std::size_t(n), reinterpret_cast<const std::uint8_t*>(block.data()));
    }
    if (in.bad())
        throw Error(ErrorKind::Io, file.string() + ": read error while computing its SHA-256");
    return hexDigest(ctx);
}

} // namespace insar::pipeline
