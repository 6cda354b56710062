// insar-denoiser-cli: the headless front end of the same core the desktop app drives.
#include "cli_progress.h"
#include "command_registry.h"
#include "common/error.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <map>

int main(int argc, char** argv)
{
    CLI::App app{"InSAR Denoiser: remove atmospheric noise from InSAR unwrapped phase with a "
                 "residual CNN trained on synthetic data.",
                 "insar-denoiser-cli"};
    app.set_version_flag("--version", std::string(INSAR_VERSION));
    app.require_subcommand(1);
    app.fallthrough();

    std::map<CLI::App*, insar::cli::Runner> runners;
    for (const auto& command : insar::cli::registeredCommands()) {
        CLI::App* sub = app.add_subcommand(command.name, command.description);
        runners[sub] = command.setup(*sub);
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }

    insar::cli::installInterruptHandler();
    for (auto& [sub, run] : runners) {
        if (!sub->parsed())
            continue;
        try {
            return run();
        } catch (const insar::CancelledError&) {
            std::fprintf(stderr, "%s: cancelled\n", sub->get_name().c_str());
            return 130;
        } catch (const insar::Error& e) {
            std::fprintf(stderr, "%s: error: %s\n", sub->get_name().c_str(), e.what());
            return 1;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s: unexpected error: %s\n", sub->get_name().c_str(), e.what());
            return 2;
        }
    }
    return 1;
}
