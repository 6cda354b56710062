#include "cli_options.h"

#include "common/error.h"
#include "common/thread_config.h"

#include <CLI/CLI.hpp>

#include <charconv>

namespace insar::cli {
namespace {

CLI::Validator threadCountValidator(const std::string& name)
{
    return CLI::Validator(
        [name](std::string& text) -> std::string {
            int value = 0;
            const char* end = text.data() + text.size();
            const auto [ptr, ec] = std::from_chars(text.data(), end, value);
            if (ec == std::errc::result_out_of_range)
                return text + " is not a thread count (use 1 to " + std::to_string(kMaxThreads) +
                       ", or 0 for all cores)";
            if (ec != std::errc() || ptr != end)
                return {}; // not an integer: the conversion reports it, naming the option
            try {
                checkedThreadCount(value, name);
            } catch (const Error& e) {
                // checkedThreadCount names the option; CLI11 prefixes it again.
                std::string message = e.what();
                const std::string prefix = name + ": ";
                if (message.rfind(prefix, 0) == 0)
                    message.erase(0, prefix.size());
                return message;
            }
            return {};
        },
        "0.." + std::to_string(kMaxThreads), "thread count");
}

} // namespace

CLI::Option* addThreadsOption(CLI::App& sub, int& threads, const std::string& description,
                              const std::string& name)
{
    return sub.add_option(name, threads, description)->check(threadCountValidator(name));
}

CLI::Option* addThreadsOption(CLI::App& sub, std::optional<int>& threads, const std::string& description,
                              const std::string& name)
{
    return sub.add_option(name, threads, description)->check(threadCountValidator(name));
}

void addCnnInferenceOptions(CLI::App& sub, std::string& device, bool& bf16)
{
    sub.add_option("--device", device, "auto | cpu | cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    sub.add_flag("--bf16", bf16,
                 "bfloat16 inference on CPUs with AVX-512 BF16 (ignored elsewhere); output within 0.5 % RMS "
                 "of fp32");
}

} // namespace insar::cli
