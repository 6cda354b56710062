#include "thread_config.h"

#include "error.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <thread>

namespace insar {

int defaultThreadCount()
{
    if (const char* env = std::getenv("INSAR_THREADS")) {
        char* end = nullptr;
        const long n = std::strtol(env, &end, 10);
        if (end != env && *end == '\0' && n > 0 && n <= kMaxThreads)
            return static_cast<int>(n);
    }
    const unsigned hw = std::thread::hardware_concurrency();
    return std::clamp(hw > 0 ? static_cast<int>(hw) : 1, 1, kMaxThreads);
}

int checkedThreadCount(int requested, std::string_view what)
{
    if (requested == 0)
        return defaultThreadCount();
    if (requested < 0 || requested > kMaxThreads)
        throw Error(ErrorKind::InvalidInput, std::string(what) + ": " + std::to_string(requested) +
                                                 " is not a thread count (use 1 to " +
                                                 std::to_string(kMaxThreads) + ", or 0 for all cores)");
    return requested;
}

} // namespace insar
