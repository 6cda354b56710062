// Atomic file output: write to a temporary file beside the target, then rename over it, so a
// crash, a full disk or a cancel never leaves a half-written output.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

namespace insar {

/// Calls write(tempPath) and renames tempPath onto target when it returns; on any exception the
/// temporary file is removed and the exception is rethrown (target untouched).
void writeAtomically(const std::filesystem::path& target,
                     const std::function<void(const std::filesystem::path& tempPath)>& write);

/// Convenience: atomically writes bytes/text to target.
void writeFileAtomically(const std::filesystem::path& target, const std::string& contents);

} // namespace insar
