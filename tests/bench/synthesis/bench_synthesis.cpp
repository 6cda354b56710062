// Synthesis benchmark: milliseconds per full 300x300 sample (Okada + Mogi + turbulence +
// stratified + ramp, fractal DEM) on one thread, per-component times, and samples/s on all
// cores with the parallel speed-up measured in the same run. Wall and thread-CPU times are both
// printed: on a loaded machine the CPU time is the per-core figure.
//   bench_synthesis [samples-per-thread=40] [threads=all]
#include "common/parallel_for.h"
#include "synthesis/fractal_dem.h"
#include "synthesis/ramp.h"
#include "synthesis/rng.h"
#include "synthesis/sample_generator.h"
#include "synthesis/scenario.h"
#include "synthesis/troposphere.h"
#include "synthesis/turbulence.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <thread>
#include <vector>

using namespace insar::synthesis;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}

double wallMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

template <typename F> void component(const char* name, int reps, F&& f)
{
    f(); // warm-up (FFTW plans, buffers)
    const double c0 = threadCpuMs(), w0 = wallMs();
    for (int k = 0; k < reps; ++k)
        f();
    std::printf("  %-34s %8.3f ms cpu  %8.3f ms wall\n", name, (threadCpuMs() - c0) / reps,
                (wallMs() - w0) / reps);
}

} // namespace

int main(int argc, char** argv)
{
    const int perThread = argc > 1 ? std::max(1, std::atoi(argv[1])) : 40;
    const int hw = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = argc > 2 ? std::max(1, std::atoi(argv[2])) : hw;

    SynthesisConfig config; // defaults: 300 x 300, 5.5 arcsec, training region, 1-3 sources
    const SampleGenerator gen(config);
    const int n = config.sampleSize;
    std::printf("synthesis benchmark: %dx%d samples, %d hardware threads, deformation stride %d\n", n, n, hw,
                config.deformationStride);

    // --- per component, one thread ---
    {
        std::printf("components (one thread):\n");
        Rng rng(1);
        const double dx = 0.145, dy = 0.17;
        std::vector<float> out, dem;
        Scenario fault;
        OkadaFault f;
        f.lengthKm = 15;
        f.widthKm = 8;
        f.topDepthKm = 3;
        f.dipDeg = 45;
        f.rakeDeg = 90;
        fault.faults.push_back(f);
        Scenario mogi;
        mogi.mogis.push_back(MogiSource{});
        component("Okada fault (stride 4, cubic)", 10,
                  [&] { scenarioLos(fault, n, n, dx, dy, 35, -12, 4, out); });
        component("Okada fault (exact every pixel)", 2,
                  [&] { scenarioLos(fault, n, n, dx, dy, 35, -12, 1, out); });
        component("Mogi source", 20, [&] { scenarioLos(mogi, n, n, dx, dy, 35, -12, 1, out); });
        component("turbulence (FFTW c2r)", 20,
                  [&] { synthesiseTurbulence(n, n, dx, dy, TurbulenceSpectrum{}, 0.01, rng, out); });
        component("fractal DEM (FFTW c2r)", 20,
                  [&] { synthesiseFractalDem(n, n, dx, dy, 3.4, 2000, 500, rng, dem); });
        const SurfaceWeather w = unb3mClimatology(30, 100);
        out.resize(dem.size());
        component("stratified (UNB3m + ITD fit + map)", 20, [&] {
            const ItdProfile p1 = fitItdProfile(w, 30, 0, 4000);
            const ItdProfile p2 = fitItdProfile(w, 31, 0, 4000);
            stratifiedLos(dem.data(), dem.size(), p1, p2, 35, out.data());
        });
        component("ramp", 20, [&] {
            const RampCoefficients r = drawRamp(0.03, 20, 20, rng);
            evaluateRamp(r, n, n, dx, dy, out);
        });
    }

    // --- full samples, one thread ---
    (void)gen.generate(12345); // warm-up
    // Best of three rounds (the same samples each round): robust against other load on the machine.
    const int single = perThread;
    double cpuPer = 1e30, wallPer = 1e30;
    for (int round = 0; round < 3; ++round) {
        const double c0 = threadCpuMs(), w0 = wallMs();
        for (int i = 0; i < single; ++i)
            (void)gen.generate(deriveSampleSeed(7, static_cast<std::uint64_t>(i)));
        cpuPer = std::min(cpuPer, (threadCpuMs() - c0) / single);
        wallPer = std::min(wallPer, (wallMs() - w0) / single);
    }
    std::printf("full sample, 1 thread (best of 3 x %d): %.2f ms cpu per sample per core (%.2f ms wall), "
                "%.1f samples/s\n",
                single, cpuPer, wallPer, 1000.0 / wallPer);

    // --- all cores ---
    const int total = perThread * threads;
    std::vector<double> cpu(static_cast<std::size_t>(insar::workerCount(std::size_t(total), threads)), 0.0);
    const double p0 = wallMs();
    insar::parallelFor(std::size_t(total), threads, [&](std::size_t i, int worker) {
        const double tc = threadCpuMs();
        (void)gen.generate(deriveSampleSeed(8, static_cast<std::uint64_t>(i)));
        cpu[static_cast<std::size_t>(worker)] += threadCpuMs() - tc;
    });
    const double parWall = wallMs() - p0;
    double cpuSum = 0.0;
    for (double c : cpu)
        cpuSum += c;
    const double rate = total / (parWall / 1000.0);
    std::printf("full sample, %d threads: %.1f samples/s (%.2f ms cpu per sample per core)\n", threads, rate,
                cpuSum / total);
    std::printf("parallel speed-up: %.2fx over 1 thread (ideal %dx)\n", rate / (1000.0 / wallPer),
                std::min(threads, hw));
    std::printf("target < 10 ms per sample per core: %s\n", cpuPer < 10.0 ? "met" : "NOT met");
    return 0;
}
