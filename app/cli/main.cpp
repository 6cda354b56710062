// insar-denoiser-cli: the headless front end of the same core the desktop app drives.
// Every failure ends in one line `CMD: error: MESSAGE` on stderr (cli_errors.h) and exit status
// 1 (run-time failure), 2 (usage error) or 130 (cancelled with Ctrl-C).
#include "cli_errors.h"
#include "cli_progress.h"
#include "command_registry.h"
#include "common/error.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>
#include <new>
#include <string>
#include <vector>

namespace {

int runCommand(const std::string& name, const insar::cli::Runner& run)
{
    using namespace insar::cli;
    try {
        return run();
    } catch (const insar::CancelledError&) {
        std::fprintf(stderr, "%s: cancelled\n", name.c_str());
        return kExitCancelled;
    } catch (const insar::Error& e) {
        printError(name, e.what());
    } catch (const CLI::ParseError& e) {
        // A command that parses a value further (a list, a box) may throw CLI11's own errors.
        printError(name, e.what());
        return kExitUsage;
    } catch (const std::bad_alloc&) {
        printError(name, "out of memory");
    } catch (const std::exception& e) {
        printError(name, std::string("internal error: ") + e.what());
    } catch (...) {
        printError(name, "internal error of an unknown kind");
    }
    return kExitFailure;
}

} // namespace

int main(int argc, char** argv)
{
    using namespace insar::cli;
    CLI::App app{"InSAR Denoiser: remove atmospheric noise from InSAR unwrapped phase with a "
                 "residual CNN trained on synthetic data.",
                 std::string(kProgramName)};
    app.set_version_flag("--version", std::string(INSAR_VERSION));
    app.require_subcommand(1);
    app.fallthrough();

    std::map<CLI::App*, Runner> runners;
    for (const auto& command : registeredCommands()) {
        CLI::App* sub = app.add_subcommand(command.name, command.description);
        runners[sub] = command.setup(*sub);
    }

    const std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return reportParseError(app, e, args);
    }

    installInterruptHandler();
    for (auto& [sub, run] : runners) {
        if (sub->parsed())
            return runCommand(sub->get_name(), run);
    }
    printError(kProgramName, "no command given (see insar-denoiser-cli --help)");
    return kExitUsage;
}
