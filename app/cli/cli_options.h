// Options several subcommands share, declared once so that every command checks them the same
// way while the arguments are parsed (a bad value is a usage error: one line, exit status 2).
#pragma once

#include <optional>
#include <string>

namespace CLI {
class App;
class Option;
} // namespace CLI

namespace insar::cli {

/// Adds `name` (default "--threads") taking a thread count: 0 means all cores (INSAR_THREADS),
/// 1 .. insar::kMaxThreads is taken as it is, anything else is refused by
/// insar::checkedThreadCount() before the command runs. The value stored is the one the user
/// gave; pass it through insar::checkedThreadCount() again to resolve 0.
CLI::Option* addThreadsOption(CLI::App& sub, int& threads, const std::string& description,
                              const std::string& name = "--threads");
CLI::Option* addThreadsOption(CLI::App& sub, std::optional<int>& threads, const std::string& description,
                              const std::string& name = "--threads");

/// The CNN's --device (auto | cpu | cuda) and --bf16 flag, with the same help in every command
/// that runs the CNN (denoise, velocity, casestudy).
void addCnnInferenceOptions(CLI::App& sub, std::string& device, bool& bf16);

} // namespace insar::cli
