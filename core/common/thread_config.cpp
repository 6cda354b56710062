#include "thread_config.h"

#include <cstdlib>
#include <thread>

namespace insar {

int defaultThreadCount()
{
    if (const char* env = std::getenv("INSAR_THREADS")) {
        const int n = std::atoi(env);
        if (n > 0)
            return n;
    }
    const unsigned hw = std::thread::hardware_concurrency();
    return hw > 0 ? static_cast<int>(hw) : 1;
}

} // namespace insar
