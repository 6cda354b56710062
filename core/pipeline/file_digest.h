// SHA-256 digests (FIPS 180-4) for provenance: the model file a CNN correction used is named by
// its digest, so a corrected map can be traced to the exact weights whatever the file is called.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace insar::pipeline {

/// Lower-case hexadecimal SHA-256 of `bytes` (64 characters).
std::string sha256Hex(std::string_view bytes);

/// Lower-case hexadecimal SHA-256 of the file's contents, read in blocks. Throws insar::Error
/// (ErrorKind::Io) naming the file when it cannot be opened or read.
std::string sha256OfFile(const std::filesystem::path& file);

} // namespace insar::pipeline
