#include "cli_errors.h"

#include <CLI/CLI.hpp>

#include <cctype>
#include <cstdio>

namespace insar::cli {
namespace {

/// The subcommands of `app`, comma-separated, for "one of ..." hints.
std::string subcommandList(const CLI::App& app)
{
    std::string list;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        if (!list.empty())
            list += ", ";
        list += sub->get_name();
    }
    return list;
}

/// The innermost subcommand the parser had entered when it failed (nullptr: none).
const CLI::App* innermostParsed(const CLI::App& app)
{
    const CLI::App* current = nullptr;
    const CLI::App* parent = &app;
    while (true) {
        const auto parsed = parent->get_subcommands([](const CLI::App* sub) { return sub->parsed(); });
        if (parsed.empty())
            return current;
        current = parent = parsed.front();
    }
}

/// "forward okada" for a nested subcommand, "" for none.
std::string commandPath(const CLI::App* sub)
{
    std::string path;
    for (; sub != nullptr && sub->get_parent() != nullptr; sub = sub->get_parent())
        path = path.empty() ? sub->get_name() : sub->get_name() + " " + path;
    return path;
}

/// CLI11 messages start with a capital ("The following argument was not expected"); ours do not.
std::string lowerFirst(std::string text)
{
    if (text.size() > 1 && std::isupper(static_cast<unsigned char>(text[0])) != 0 &&
        std::islower(static_cast<unsigned char>(text[1])) != 0)
        text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
    return text;
}

bool isBacktraceLine(std::string_view line)
{
    return line.rfind("Exception raised from", 0) == 0 || line.rfind("frame #", 0) == 0;
}

} // namespace

std::string oneLine(std::string_view message)
{
    std::string out;
    std::size_t start = 0;
    while (start <= message.size()) {
        std::size_t end = message.find('\n', start);
        if (end == std::string_view::npos)
            end = message.size();
        std::string_view line = message.substr(start, end - start);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())) != 0)
            line.remove_prefix(1);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())) != 0)
            line.remove_suffix(1);
        if (isBacktraceLine(line))
            break;
        if (!line.empty()) {
            if (!out.empty())
                out += "; ";
            for (const char c : line) {
                const bool blank = std::isspace(static_cast<unsigned char>(c)) != 0 ||
                                   std::iscntrl(static_cast<unsigned char>(c)) != 0;
                if (!blank)
                    out += c;
                else if (!out.empty() && out.back() != ' ')
                    out += ' ';
            }
        }
        start = end + 1;
    }
    return out.empty() ? std::string("unknown failure") : out;
}

void printError(std::string_view command, std::string_view message)
{
    const std::string line = oneLine(message);
    std::fprintf(stderr, "%.*s: error: %s\n", static_cast<int>(command.size()), command.data(), line.c_str());
    std::fflush(stderr);
}

int reportParseError(const CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args)
{
    const std::string kind = error.get_name();
    if (kind == "CallForHelp" || kind == "CallForAllHelp" || kind == "CallForVersion")
        return app.exit(error); // help or version on stdout, status 0

    const CLI::App* failing = innermostParsed(app);
    const CLI::App& scope = failing != nullptr ? *failing : app;
    // The prefix names the top-level command, as run-time errors do; the hint the nested one.
    const std::string path = commandPath(failing);
    const std::string command =
        failing != nullptr ? path.substr(0, path.find(' ')) : std::string(kProgramName);
    const std::string helpHint =
        " (see " + std::string(kProgramName) + (failing != nullptr ? " " + path : std::string()) + " --help)";

    const bool missingSubcommand =
        kind == "RequiredError" && scope.get_require_subcommand_min() > 0 &&
        scope.get_subcommands([](const CLI::App* sub) { return sub->parsed(); }).empty();
    if (missingSubcommand && failing == nullptr) {
        // The first word that is not an option is the command the user meant.
        for (const std::string& arg : args) {
            if (!arg.empty() && arg.front() != '-') {
                printError(command, "unknown command '" + arg + "'; the commands are " + subcommandList(app) +
                                        helpHint);
                return kExitUsage;
            }
        }
        printError(command, "no command given; the commands are " + subcommandList(app) + helpHint);
        return kExitUsage;
    }
    if (missingSubcommand) {
        printError(command, "a subcommand is required: one of " + subcommandList(scope) + helpHint);
        return kExitUsage;
    }
    printError(command, lowerFirst(error.what()) + helpHint);
    return kExitUsage;
}

} // namespace insar::cli
