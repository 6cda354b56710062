// How the command-line tool reports a failure: exactly one line `CMD: error: MESSAGE` on stderr
// (CMD is the subcommand, or insar-denoiser-cli before one is known) and an exit status that
// tells a usage error from a failure at run time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class ParseError;
} // namespace CLI

namespace insar::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;     ///< the command ran and failed (file, data, resources)
inline constexpr int kExitUsage = 2;       ///< the arguments are wrong; nothing was run
inline constexpr int kExitCancelled = 130; ///< Ctrl-C, as a shell reports SIGINT

inline constexpr std::string_view kProgramName = "insar-denoiser-cli";

/// `message` on one line: lines joined with "; ", runs of blanks collapsed, and anything from a
/// LibTorch backtrace ("Exception raised from ...") on dropped.
std::string oneLine(std::string_view message);

/// Prints `command: error: message` (made one line) to stderr.
void printError(std::string_view command, std::string_view message);

/// Reports an argument-parser outcome. --help and --version print to stdout and give 0; any other
/// parse error prints one line naming the subcommand being parsed (or the unknown one) and gives
/// kExitUsage. `args` are the arguments after the program name.
int reportParseError(const CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args);

} // namespace insar::cli
