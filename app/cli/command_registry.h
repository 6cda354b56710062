// Subcommands register themselves here (one .cpp per subcommand), so main.cpp never changes
// when a command is added: INSAR_REGISTER_COMMAND(name, "description", setupFunction).
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace insar::cli {

/// Declares the options on `sub` and returns the function that runs the command and gives the
/// exit status. Errors may also be thrown as insar::Error; main turns them into one line on
/// stderr and exit status 1.
using Runner = std::function<int()>;
using Setup = std::function<Runner(CLI::App& sub)>;

struct Command {
    std::string name;
    std::string description;
    Setup setup;
};

bool registerCommand(Command command);
const std::vector<Command>& registeredCommands();

} // namespace insar::cli

#define INSAR_REGISTER_COMMAND(ident, name, description, setup)                                              \
    namespace {                                                                                              \
    const bool s_registered_##ident = ::insar::cli::registerCommand({name, description, setup});             \
    }
