// bench_nn: training samples/s and inference ms per 300×300 map for DnCNN (plain and dilated) and
// the multi-scale U-Net, with the fraction of
// the machine's matrix-multiply peak (a large torch::mm timed in the same run) that the
// convolutions reach. FLOPs: a 3×3 conv of cin→cout channels on an H×W map costs 2·9·cin·cout·H·W;
// a training step is counted as 3× the forward pass (forward + two backward convolutions).
// Usage: bench_nn [--threads T] [--quick]   (prints one line per figure; never asserts on time)
#include "nn/detail/data_pipeline.h"
#include "nn/detail/device.h"
#include "nn/detail/network.h"
#include "nn/detail/training_step.h"
#include "nn/trainer.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

using namespace insar::nn;
namespace nnd = insar::nn::detail;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point a)
{
    return std::chrono::duration<double>(Clock::now() - a).count();
}

/// U-Net (unet_network.h): per level l at 1/2^l of the padded size, the encoder's two convolutions
/// (level 0: in -> c, c -> c; level l: stride 2 from c_{l-1}, then c_l -> c_l), the decoder's two
/// ((c_{l+1} + c_l) -> c_l, c_l -> c_l), and the output convolution c -> 1.
double unetFlops(const NetworkConfig& c, int h, int w)
{
    const int m = 1 << c.levels;
    const double padded = static_cast<double>((h + m - 1) / m * m) * ((w + m - 1) / m * m);
    auto conv = [](double px, double cin, double cout) { return 2.0 * 9 * cin * cout * px; };
    double f = 0.0;
    for (int l = 0; l <= c.levels; ++l) {
        const double px = padded / double(1 << (2 * l));
        const double cl = double(c.channels << l);
        f += conv(px, l == 0 ? c.inChannels : cl / 2, cl) + conv(px, cl, cl);
        if (l < c.levels)
            f += conv(px, 3 * cl, cl) + conv(px, cl, cl);
    }
    return f + conv(padded, c.channels, 1);
}

double forwardFlops(const NetworkConfig& c, int h, int w)
{
    if (c.architecture == "unet")
        return unetFlops(c, h, w);
    const double px = static_cast<double>(h) * w;
    double f = 2.0 * 9 * c.inChannels * c.channels * px;         // first
    f += (c.depth - 2) * 2.0 * 9 * c.channels * c.channels * px; // middle
    f += 2.0 * 9 * c.channels * 1 * px;                          // last (one output: the residual)
    return f;
}

double matmulPeakGflops(torch::Device dev)
{
    const int n = 2048;
    const torch::Tensor a = torch::randn({n, n}, torch::TensorOptions().device(dev));
    const torch::Tensor b = torch::randn({n, n}, torch::TensorOptions().device(dev));
    torch::mm(a, b);
    double best = 0.0;
    for (int i = 0; i < 5; ++i) {
        const auto t = Clock::now();
        torch::Tensor c = torch::mm(a, b);
        (void)c.sum().item<float>();
        best = std::max(best, 2.0 * n * n * n / seconds(t) / 1e9);
    }
    return best;
}

double benchTraining(const char* label, const NetworkConfig& cfg, int side, int batch, int steps, double peak,
                     torch::Device dev)
{
    torch::manual_seed(1);
    auto net = nnd::makeNetwork(cfg);
    net->to(dev);
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(1e-4));
    nnd::StepRunner runner(*net, opt, dev, dev.is_cuda());
    const torch::Tensor y = torch::randn({batch, cfg.inChannels, side, side});
    const torch::Tensor t = 0.1 * y.narrow(1, 0, 1);
    runner.step(y, t); // warm-up
    const auto start = Clock::now();
    for (int i = 0; i < steps; ++i)
        runner.step(y, t);
    const double s = seconds(start);
    const double sps = steps * batch / s;
    const double gflops = 3.0 * forwardFlops(cfg, side, side) * sps / 1e9;
    std::printf("train  %-34s %4dx%-4d batch %3d: %9.2f samples/s  %7.1f GFLOP/s  = %5.1f%% of mm peak\n",
                label, side, side, batch, sps, gflops, 100.0 * gflops / peak);
    return sps;
}

double benchInference(const char* label, const NetworkConfig& cfg, double peak, torch::Device dev)
{
    torch::manual_seed(1);
    auto net = nnd::makeNetwork(cfg);
    net->to(dev);
    net->eval();
    torch::NoGradGuard g;
    const torch::Tensor y = torch::randn({1, cfg.inChannels, 300, 300}, torch::TensorOptions().device(dev));
    (void)net->forward(y).sum().item<float>();
    const int reps = 3;
    const auto start = Clock::now();
    for (int i = 0; i < reps; ++i)
        (void)net->forward(y).sum().item<float>();
    const double ms = seconds(start) / reps * 1e3;
    const double gflops = forwardFlops(cfg, 300, 300) / (ms / 1e3) / 1e9;
    std::printf("infer  %-34s 300x300          : %9.1f ms/map     %7.1f GFLOP/s  = %5.1f%% of mm peak\n",
                label, ms, gflops, 100.0 * gflops / peak);
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    int threads = 0;
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--quick"))
            quick = true;
    }
    configureTorchThreads(threads);
    const torch::Device dev = nnd::selectDevice(insar::nn::DeviceKind::Auto);
    std::printf("device: %s, torch threads %d\n", deviceInfo().description.c_str(), at::get_num_threads());
    const double peak = matmulPeakGflops(dev);
    std::printf("matrix-multiply peak (2048^2 mm, best of 5): %.1f GFLOP/s\n", peak);

    const NetworkConfig poster{"dncnn", 20, 64, 1};
    const NetworkConfig plain{"dncnn", 10, 32, 1};
    NetworkConfig dilated = plain; // the shipped model's network (receptive field 125 px)
    dilated.dilations = {1, 2, 4, 8, 16, 16, 8, 4, 2, 1};
    benchTraining("DnCNN 20x64 (poster)", poster, 64, 16, quick ? 1 : 3, peak, dev);
    const double plainRate = benchTraining("DnCNN 10x32 plain", plain, 128, 16, quick ? 1 : 3, peak, dev);
    const double dilatedRate =
        benchTraining("DnCNN 10x32 dilated (shipped)", dilated, 128, 16, quick ? 1 : 3, peak, dev);
    std::printf("ratio  dilated / plain training speed, same FLOPs, same run: %.2f\n",
                dilatedRate / plainRate);
    NetworkConfig unet; // multi-scale: receptive field 7·2^3 - 4 = 52 px radius
    unet.architecture = "unet";
    unet.levels = 3;
    unet.channels = 16;
    const double unetRate = benchTraining("U-Net 3 levels x 16", unet, 128, 16, quick ? 1 : 3, peak, dev);
    std::printf("ratio  U-Net / plain DnCNN 10x32 training speed, same run: %.2f\n", unetRate / plainRate);
    if (!quick)
        benchTraining("DnCNN 20x64 (poster)", poster, 300, 1, 1, peak, dev);
    benchInference("DnCNN 20x64 (poster)", poster, peak, dev);
    const double plainMs = benchInference("DnCNN 10x32 plain", plain, peak, dev);
    const double dilatedMs = benchInference("DnCNN 10x32 dilated (shipped)", dilated, peak, dev);
    std::printf("ratio  dilated / plain inference time, same run: %.2f\n", dilatedMs / plainMs);
    NetworkConfig demUnet = unet;
    demUnet.inChannels = 2;
    const double unetMs = benchInference("U-Net 3 levels x 16", unet, peak, dev);
    (void)benchInference("U-Net 3 levels x 16, DEM input", demUnet, peak, dev);
    std::printf(
        "ratio  U-Net / plain DnCNN 10x32 inference time, same run: %.2f (receptive field %d vs %d px)\n",
        unetMs / plainMs, receptiveField(unet), receptiveField(plain));
    std::printf(
        "ratio  U-Net / dilated DnCNN 10x32 inference time, same run: %.2f (receptive field %d vs %d px)\n",
        unetMs / dilatedMs, receptiveField(unet), receptiveField(dilated));

    // Data side: how many training crops per second one synthesis thread delivers.
    TrainConfig c;
    c.cropSize = 48;
    c.cropsPerSample = 8;
    c.batchSize = 32;
    const nnd::SampleSource source(c);
    const Normalisation norm{c.normalisation, c.floatScale};
    const auto start = Clock::now();
    const int batches = quick ? 1 : 2;
    for (int b = 0; b < batches; ++b)
        (void)nnd::makeBatch(c, norm, source, b);
    const double s = seconds(start);
    std::printf(
        "data   synthesis 300x300, 8 crops of 48 per sample, 1 thread: %.1f crops/s (%.2f s per sample)\n",
        batches * c.batchSize / s, s / (batches * c.batchSize / c.cropsPerSample));
    return 0;
}
