// The one check every command that writes a user-named file makes first: never over one of its
// own inputs (also through a symbolic or hard link), never over an existing file unless the user
// said --overwrite.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

namespace insar::cli {

/// True when a and b name the same file: the same inode when both exist (symbolic links followed,
/// hard links included), else the same normalised absolute path.
bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b);

/// Throws insar::Error naming `output` when it is one of `inputs`, when it is a folder, or when
/// it exists and `overwrite` is false (the message names `overwriteOption`).
void checkOutputPath(const std::filesystem::path& output, const std::vector<std::filesystem::path>& inputs,
                     bool overwrite, std::string_view overwriteOption = "--overwrite");

} // namespace insar::cli
