// Atomic file output: write to a temporary file beside the target, then rename over it, so a
// crash, a full disk or a cancel never leaves a half-written output. Temporaries have one
// recognisable name, ".<target name>.insar-tmp-<pid>-<n>", so the ones a killed process left
// behind can be found and removed by the next write into the same folder.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace insar {

/// Calls write(tempPath) and renames tempPath onto target when it returns; on any exception the
/// temporary file is removed and the exception is rethrown (target untouched). The first write of
/// this process into a folder also removes the stale temporaries there (removeStaleTemporaries).
void writeAtomically(const std::filesystem::path& target,
                     const std::function<void(const std::filesystem::path& tempPath)>& write);

/// Convenience: atomically writes bytes/text to target.
void writeFileAtomically(const std::filesystem::path& target, const std::string& contents);

/// A new temporary path beside `target`: ".<name>.insar-tmp-<pid>-<n>", unique in this process.
std::filesystem::path temporaryPathFor(const std::filesystem::path& target);

/// The process id recorded in a file name of temporaryPathFor's form; nullopt for other names.
std::optional<long> temporaryOwnerPid(std::string_view fileName);

/// Removes the temporaries of our naming in `dir` that no live write can own: those whose process
/// no longer runs, those of this process id older than this process (a reused id), and those of
/// another live process id untouched for a day (a reused id too). Temporaries of running writes
/// are kept. Returns the number removed; never throws (what cannot be removed stays).
std::size_t removeStaleTemporaries(const std::filesystem::path& dir);

} // namespace insar
