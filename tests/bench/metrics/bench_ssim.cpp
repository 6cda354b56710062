// Times windowed SSIM (Wang et al. 2004, 11x11 Gaussian, sigma 1.5) on 300x300 and 2000x2000 maps:
// the separable implementation (one thread and the default thread count) against the direct
// 11x11 window sum, all measured in the same run. Prints figures; asserts nothing about time.
#include "common/thread_config.h"
#include "metrics/image_metrics.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

namespace {

/// Best of `repeats` wall-clock timings, in milliseconds.
double bestMs(int repeats, const std::function<double()>& fn, double& result)
{
    double best = 1e300;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        result = fn();
        const auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return best;
}

void run(int n, int repeats, int directRepeats)
{
    std::mt19937 gen(42);
    std::normal_distribution<float> noise(0.0f, 1.0f);
    std::vector<float> x(std::size_t(n) * std::size_t(n)), y(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) {
        x[i] = 3.0f * noise(gen);
        y[i] = x[i] + noise(gen);
    }
    using namespace insar::metrics;
    WindowedSsimOptions one;
    one.threadCount = 1;
    WindowedSsimOptions all;
    all.threadCount = insar::defaultThreadCount();

    double s1 = 0, sN = 0, sd = 0;
    const double t1 = bestMs(
        repeats, [&] { return ssimWindowed(x.data(), y.data(), n, n, 20.0, one); }, s1);
    const double tN = bestMs(
        repeats, [&] { return ssimWindowed(x.data(), y.data(), n, n, 20.0, all); }, sN);
    const double td = bestMs(
        directRepeats, [&] { return ssimWindowedDirect(x.data(), y.data(), n, n, 20.0, one); }, sd);
    std::printf("%4dx%-4d separable 1 thread %9.2f ms | %d threads %9.2f ms | direct 11x11 %10.2f ms"
                " | direct/separable(1 thread) = %.1fx | MSSIM %.6f (direct %.6f)\n",
                n, n, t1, all.threadCount, tN, td, td / t1, s1, sd);
}

} // namespace

int main()
{
    std::printf("windowed SSIM, 11x11 Gaussian (sigma 1.5), best of several runs\n");
    // Timings on a shared machine mean little without its load; ratios are measured in one run.
    if (std::FILE* f = std::fopen("/proc/loadavg", "r")) {
        char line[128] = {};
        if (std::fgets(line, sizeof line, f))
            std::printf("load average at start: %s", line);
        std::fclose(f);
    }
    run(300, 10, 3);
    run(2000, 3, 1);
    return 0;
}
