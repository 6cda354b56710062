// bench_denoise: whole-map denoising throughput (Mpixel/s) of the plain fp32 path (the training
// module, DenoiseOptions::optimised = false) and the optimised path on the same map in the same
// run, the RMS difference between them, the time per network layer variant on one tile (training
// module, batch norm folded, channels-last, bf16 middle layers where the CPU has AVX-512 BF16) and the
// fraction of the machine's matrix-multiply peak (a large torch::mm timed in the same run, as bench_nn).
// FLOPs: a 3×3 conv of cin→cout channels on H×W pixels costs 2·9·cin·cout·H·W.
// With --stream N it instead streams an N × N map (rows generated on the fly, clean rows checked
// and dropped) through Denoiser::denoiseRows and prints the wall time and the peak RSS, which must
// not grow with N.
// Usage: bench_denoise [--model FILE] [--size N] [--threads T] [--reps R] [--tiles] [--stream N]
// (prints one line per figure; never asserts on time)
#include "nn/denoiser.h"
#include "nn/detail/inference_net.h"
#include "nn/detail/network.h"
#include "nn/trainer.h"

#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>

using namespace insar::nn;
namespace nnd = insar::nn::detail;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a)
{
    return std::chrono::duration<double>(Clock::now() - a).count();
}

double flopsPerPixel(const NetworkConfig& c)
{
    return 2.0 * 9 * c.inChannels * c.channels + (c.depth - 2) * 2.0 * 9 * c.channels * c.channels +
           2.0 * 9 * c.channels * c.inChannels;
}

double matmulPeakGflops()
{
    const int n = 2048;
    const torch::Tensor a = torch::randn({n, n});
    const torch::Tensor b = torch::randn({n, n});
    torch::mm(a, b);
    double best = 0.0;
    for (int i = 0; i < 5; ++i) {
        const auto t = Clock::now();
        const torch::Tensor c = torch::mm(a, b);
        (void)c.sum().item<float>();
        best = std::max(best, 2.0 * n * n * n / seconds(t) / 1e9);
    }
    return best;
}

/// A smooth field plus turbulence-like noise, in metres.
insar::Raster makeMap(int n)
{
    insar::Raster r(n, n);
    std::mt19937 rng(7);
    std::normal_distribution<float> noise(0.0f, 0.003f);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            r.at(y, x) = 0.02f * std::sin(0.01f * x) * std::cos(0.013f * y) + noise(rng);
    r.metadata.units = insar::Units::Metres;
    return r;
}

struct Run {
    double bestS = 1e300;
    double faultsPerRun = 0.0;
    double sysPerRun = 0.0;
    insar::Raster out;
};

Run timeDenoise(const Denoiser& d, const insar::Raster& map, int reps)
{
    insar::NullProgress p;
    Run run;
    run.out = d.denoise(map, p); // warm-up (first-touch of the weights, oneDNN primitives)
    rusage r0{}, r1{};
    getrusage(RUSAGE_SELF, &r0);
    for (int i = 0; i < reps; ++i) {
        const auto t = Clock::now();
        run.out = d.denoise(map, p);
        run.bestS = std::min(run.bestS, seconds(t));
    }
    getrusage(RUSAGE_SELF, &r1);
    run.faultsPerRun = double(r1.ru_minflt - r0.ru_minflt) / reps;
    run.sysPerRun = (double(r1.ru_stime.tv_sec - r0.ru_stime.tv_sec) +
                     1e-6 * double(r1.ru_stime.tv_usec - r0.ru_stime.tv_usec)) /
                    reps;
    return run;
}

double rmsOf(const insar::Raster& a, const insar::Raster* b)
{
    double s = 0.0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double v = b ? double(a.data()[i]) - double(b->data()[i]) : double(a.data()[i]);
        if (std::isnan(v))
            continue;
        s += v * v;
        ++n;
    }
    return std::sqrt(s / static_cast<double>(std::max<std::size_t>(n, 1)));
}

/// Times the network alone on one tile for each inference variant; returns nothing, prints.
void benchVariants(const std::filesystem::path& modelFile, int side, double peak)
{
    const ModelFileContents contents = readModelFile(modelFile);
    auto net = nnd::makeNetwork(contents.info.network);
    nnd::deserializeWeights(*net, contents.weights);
    net->eval();
    torch::NoGradGuard g;
    torch::manual_seed(3);
    const torch::Tensor x = 3.0 * torch::randn({1, 1, side, side});
    const double flops = flopsPerPixel(contents.info.network) * side * side;
    struct Variant {
        const char* name;
        nnd::InferenceOptions o;
    };
    std::vector<Variant> variants{{"training module (plain fp32)", {false, false, false}},
                                  {"BN folded, NCHW fp32", {true, false, false}},
                                  {"BN folded, channels-last fp32", {true, true, false}}};
    const bool bf16 = nnd::cpuHasAvx512Bf16();
    if (bf16)
        variants.push_back({"BN folded, channels-last bf16", {true, true, true}});
    else
        std::printf("bf16: skipped, this CPU has no AVX-512 BF16\n");
    torch::Tensor reference;
    for (const Variant& v : variants) {
        const nnd::InferenceNet in(net, torch::kCPU, v.o);
        torch::Tensor r = in.residual(x);
        double best = 1e300;
        for (int i = 0; i < 2; ++i) {
            const auto t = Clock::now();
            r = in.residual(x);
            best = std::min(best, seconds(t));
        }
        if (!reference.defined())
            reference = r;
        const double rel =
            ((r - reference).pow(2).mean().sqrt() / reference.pow(2).mean().sqrt()).item<double>();
        std::printf(
            "layer  %-32s %dx%d tile: %8.1f ms  %6.1f GFLOP/s = %5.1f%% of mm peak, residual RMS diff "
            "%.2e of RMS\n",
            v.name, side, side, best * 1e3, flops / best / 1e9, 100.0 * flops / best / 1e9 / peak, rel);
    }
}

/// Streams an n × n generated map through denoiseRows; prints time and peak RSS.
void benchStream(const std::filesystem::path& model, int n)
{
    const Denoiser d = Denoiser::load(model, {});
    RowStream s;
    s.width = s.height = n;
    s.units = insar::Units::Metres;
    s.read = [n](int row0, int rows, float* out) {
        for (int r = 0; r < rows; ++r)
            for (int x = 0; x < n; ++x) {
                const int y = row0 + r;
                // Deterministic pseudo-noise (a hash), so re-read rows are identical.
                const std::uint32_t h = (static_cast<std::uint32_t>(y) * 2654435761u) ^
                                        (static_cast<std::uint32_t>(x) * 2246822519u);
                out[static_cast<std::size_t>(r) * n + x] =
                    0.02f * std::sin(0.001f * x) * std::cos(0.0013f * y) +
                    0.003f * (float((h >> 8) & 0xffff) / 65535.0f - 0.5f);
            }
    };
    std::size_t finite = 0;
    int next = 0;
    insar::NullProgress p;
    const auto t = Clock::now();
    const StreamSummary sum = d.denoiseRows(
        s,
        [&](int row0, int rows, const float* clean) {
            if (row0 != next)
                std::fprintf(stderr, "rows out of order at %d\n", row0);
            next = row0 + rows;
            for (std::size_t i = 0; i < static_cast<std::size_t>(rows) * n; ++i)
                finite += std::isfinite(clean[i]) ? 1 : 0;
        },
        p);
    const double wall = seconds(t);
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf(
        "stream %dx%d through denoiseRows: %.1f s  %.3f Mpixel/s  peak RSS %.0f MiB  (tile %d, overlap %d, "
        "%zu finite of %zu)\n",
        n, n, wall, double(n) * n / wall / 1e6, ru.ru_maxrss / 1024.0, sum.tileSize, sum.overlap, finite,
        static_cast<std::size_t>(n) * n);
}

} // namespace

int main(int argc, char** argv)
{
    int threads = 0, size = 1500, reps = 2, stream = 0;
    bool tiles = false;
    std::filesystem::path model = defaultModelPath();
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--size") && i + 1 < argc)
            size = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--reps") && i + 1 < argc)
            reps = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--model") && i + 1 < argc)
            model = argv[++i];
        else if (!std::strcmp(argv[i], "--tiles"))
            tiles = true;
        else if (!std::strcmp(argv[i], "--stream") && i + 1 < argc)
            stream = std::atoi(argv[++i]);
    }
    if (model.empty()) {
        std::fprintf(stderr, "bench_denoise: no model (pass --model FILE or set INSAR_MODEL)\n");
        return 2;
    }
    configureTorchThreads(threads);
    std::printf("device: %s, torch threads %d, model %s\n", deviceInfo().description.c_str(),
                at::get_num_threads(), model.string().c_str());
    if (stream > 0) {
        benchStream(model, stream);
        return 0;
    }
    const double peak = matmulPeakGflops();
    std::printf("matrix-multiply peak (2048^2 mm, best of 5): %.1f GFLOP/s\n", peak);

    const insar::Raster map = makeMap(size);
    DenoiseOptions plainOpt;
    plainOpt.optimised = false;
    const Denoiser plain = Denoiser::load(model, plainOpt);
    const Denoiser fast = Denoiser::load(model, {});
    const NetworkConfig& cfg = fast.info().network;
    const double mpx = static_cast<double>(map.size()) / 1e6;
    const double usefulFlops = flopsPerPixel(cfg) * static_cast<double>(map.size());

    // Plain first: the optimised path's allocator setting is process-wide once made.
    const Run a = timeDenoise(plain, map, reps);
    const Run b = timeDenoise(fast, map, reps);
    auto line = [&](const char* name, const Run& r) {
        std::printf(
            "denoise %-10s %dx%d: %7.2f s  %6.3f Mpixel/s  %6.1f useful GFLOP/s = %5.1f%% of mm peak  "
            "(%.0f minor faults, %.2f s system time per run)\n",
            name, size, size, r.bestS, mpx / r.bestS, usefulFlops / r.bestS / 1e9,
            100.0 * usefulFlops / r.bestS / 1e9 / peak, r.faultsPerRun, r.sysPerRun);
    };
    line("plain", a);
    line("optimised", b);
    std::printf("ratio  optimised / plain throughput, same run: %.2f\n", a.bestS / b.bestS);
    const double diff = rmsOf(b.out, &a.out);
    insar::Raster removed = map;
    for (std::size_t i = 0; i < removed.size(); ++i)
        removed.data()[i] -= a.out.data()[i];
    std::printf(
        "accuracy  RMS(optimised - plain) = %.3e m = %.4f%% of RMS(plain output), %.4f%% of RMS(removed "
        "residual)\n",
        diff, 100.0 * diff / rmsOf(a.out, nullptr), 100.0 * diff / rmsOf(removed, nullptr));

    if (nnd::cpuHasAvx512Bf16()) {
        DenoiseOptions o;
        o.bf16 = true;
        const Run c = timeDenoise(Denoiser::load(model, o), map, reps);
        line("bf16", c);
        std::printf("ratio  bf16 / optimised fp32 throughput, same run: %.2f (bf16 / plain: %.2f)\n",
                    b.bestS / c.bestS, a.bestS / c.bestS);
        // The bound DenoiseOptions::bf16 promises (0.5 % of the output's RMS; tst_nn_denoiser
        // checks it): middle layers bf16, first and last fp32 (detail/inference_net.h).
        const double e = rmsOf(c.out, &a.out);
        std::printf("accuracy  bf16: RMS(bf16 - plain) = %.3e m = %.4f%% of RMS(plain output) (bound 0.5%%), "
                    "%.4f%% of "
                    "RMS(removed residual)\n",
                    e, 100.0 * e / rmsOf(a.out, nullptr), 100.0 * e / rmsOf(removed, nullptr));
    } else {
        std::printf("bf16: not measured, this CPU has no AVX-512 BF16\n");
    }

    benchVariants(model, std::min(size, 768), peak);

    if (tiles) {
        for (int t : {512, 768, 1024, 1500}) {
            if (t > size)
                break;
            DenoiseOptions o;
            o.tileSize = t;
            const Run r = timeDenoise(Denoiser::load(model, o), map, 1);
            std::printf("tile %4d: %7.2f s  %6.3f Mpixel/s (%.0f faults)\n", t, r.bestS, mpx / r.bestS,
                        r.faultsPerRun);
        }
    }
    return 0;
}
