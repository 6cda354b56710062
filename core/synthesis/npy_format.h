// The NumPy .npy file header (format versions 1.0-3.0): written for dataset shards, parsed when a
// dataset is opened. Only C-order arrays with a plain dtype string are used or accepted.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace insar::synthesis {

struct NpyHeader {
    std::size_t headerBytes = 0; // offset of the first array byte in the file
    std::string descr;           // dtype, e.g. "<f4", "|u1"
    std::vector<std::size_t> shape;
};

/// The .npy v1.0 header of a C-order array of `descr` with `shape`; its length is a multiple of 64.
std::string npyHeader(std::string_view descr, const std::vector<std::size_t>& shape);

/// The longest header accepted when parsing (NumPy itself writes a few hundred bytes).
inline constexpr std::size_t kMaxNpyHeaderBytes = 1 << 16;

/// Parses the start of a .npy file (`bytes` may hold more than the header, or less: a truncated
/// header is an error). Throws insar::Error naming `name` and the problem.
NpyHeader parseNpyHeader(std::string_view bytes, const std::string& name);

/// Reads and parses the header of the .npy file at `path`.
NpyHeader readNpyHeader(const std::filesystem::path& path);

} // namespace insar::synthesis
