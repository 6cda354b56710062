// The multi-scale network: any input size gives an output of that size, the receptive field the
// tiling relies on bounds the real one, tiled inference equals whole-map inference with the
// automatic overlap, the optimised path (batch norm folded, channels-last) equals the module, and
// the TorchScript export reproduces the C++ model (phase-only and DEM).
#include "nn/denoiser.h"
#include "nn/detail/network.h"
#include "nn/detail/unet_network.h"
#include "nn/train_config.h"

#include "test_support.h"

#include <QtTest>

#include <torch/script.h>

#include <fstream>
#include <random>

using namespace insar::nn;
namespace nnd = insar::nn::detail;

namespace {

NetworkConfig unetConfig(int levels, int channels, int inChannels = 1)
{
    NetworkConfig c;
    c.architecture = "unet";
    c.levels = levels;
    c.channels = channels;
    c.inChannels = inChannels;
    return c;
}

/// Non-trivial eval-mode BN statistics, so the exported (and folded) batch norm is exercised; with
/// `affine`, the BN scales and shifts too.
void randomiseBatchNorm(torch::nn::Module& net, bool affine = false)
{
    torch::NoGradGuard g;
    for (auto& b : net.named_buffers()) {
        if (b.key().find("running_mean") != std::string::npos)
            b.value().uniform_(-0.2, 0.2);
        if (b.key().find("running_var") != std::string::npos)
            b.value().uniform_(0.5, 2.0);
    }
    if (!affine)
        return;
    for (auto& p : net.named_parameters()) {
        if (p.key().find("_bn.weight") != std::string::npos)
            p.value().uniform_(0.5, 1.5);
        if (p.key().find("_bn.bias") != std::string::npos)
            p.value().uniform_(-0.1, 0.1);
    }
}

std::filesystem::path makeUnetModel(const insar::test::TempDir& dir, const std::string& name, int levels,
                                    int inChannels = 1, bool affineBatchNorm = false)
{
    torch::manual_seed(7);
    const NetworkConfig cfg = unetConfig(levels, 4, inChannels);
    auto net = nnd::makeNetwork(cfg);
    randomiseBatchNorm(*net, affineBatchNorm);
    ModelInfo info;
    info.network = cfg;
    info.trainingSize = 32;
    const auto file = dir.file(name);
    writeModelFile(file, info, nnd::serializeWeights(*net));
    return file;
}

insar::Raster smoothRaster(int w, int h, unsigned seed, double scale = 0.02)
{
    insar::Raster r(w, h);
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, 0.01f);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            r.at(y, x) = static_cast<float>(scale * std::sin(0.1 * x) * std::cos(0.07 * y)) + n(rng);
    r.metadata.units = insar::Units::Metres;
    return r;
}

double maxAbsDiff(const insar::Raster& a, const insar::Raster& b)
{
    double m = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        m = std::max(m, std::abs(double(a.data()[i]) - double(b.data()[i])));
    return m;
}

} // namespace

class TstNnUnet : public QObject {
    Q_OBJECT
private slots:
    void forwardKeepsAnySize_data();
    void forwardKeepsAnySize();
    void receptiveFieldBoundsTheResponse();
    void tiledEqualsWhole();
    void foldedMatchesModule_data();
    void foldedMatchesModule();
    void exportMatchesDenoiser_data();
    void exportMatchesDenoiser();
    void configRoundTripAndLimits();
};

void TstNnUnet::forwardKeepsAnySize_data()
{
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("inChannels");
    QTest::addRow("37x53") << 37 << 53 << 1;
    QTest::addRow("37x53 with DEM") << 37 << 53 << 2;
    QTest::addRow("5x3 (replicated padding)") << 5 << 3 << 1;
    QTest::addRow("64x64 (no padding)") << 64 << 64 << 1;
}

void TstNnUnet::forwardKeepsAnySize()
{
    QFETCH(int, height);
    QFETCH(int, width);
    QFETCH(int, inChannels);
    torch::manual_seed(3);
    auto net = nnd::makeNetwork(unetConfig(3, 4, inChannels));
    net->eval();
    torch::NoGradGuard g;
    const torch::Tensor x = torch::randn({2, inChannels, height, width});
    const torch::Tensor r = net->forward(x);
    QCOMPARE(r.sizes(), (std::vector<int64_t>{2, 1, height, width}));
    QVERIFY(torch::isfinite(r).all().item<bool>());
    // Training mode (batch statistics) runs on odd sizes too.
    net->train();
    QCOMPARE(net->forward(x).sizes(), r.sizes());
}

void TstNnUnet::receptiveFieldBoundsTheResponse()
{
    // A unit impulse far from the borders changes the output only within the reported radius.
    const NetworkConfig cfg = unetConfig(2, 4);
    const int radius = (receptiveField(cfg) - 1) / 2;
    QCOMPARE(radius, 7 * 4 - 4);
    torch::manual_seed(5);
    auto net = nnd::makeNetwork(cfg);
    randomiseBatchNorm(*net);
    net->eval();
    torch::NoGradGuard g;
    const int n = 128, c = 64;
    torch::Tensor base = torch::randn({1, 1, n, n});
    torch::Tensor hit = base.clone();
    hit[0][0][c][c] += 10.0;
    const torch::Tensor diff = (net->forward(hit) - net->forward(base)).abs()[0][0];
    const auto a = diff.accessor<float, 2>();
    double inside = 0.0, outside = 0.0;
    int farthest = 0;
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x) {
            const int d = std::max(std::abs(y - c), std::abs(x - c));
            if (d > radius)
                outside = std::max(outside, double(a[y][x]));
            else
                inside = std::max(inside, double(a[y][x]));
            if (a[y][x] > 1e-6f * 10.0f)
                farthest = std::max(farthest, d);
        }
    QVERIFY(inside > 1e-3);
    QVERIFY2(outside <= 1e-6 * inside, qPrintable(QString("outside %1 inside %2").arg(outside).arg(inside)));
    // The bound is not vacuous: the coarse levels really reach well beyond a DnCNN-sized window.
    QVERIFY2(farthest > radius / 2, qPrintable(QString::number(farthest)));
}

void TstNnUnet::tiledEqualsWhole()
{
    insar::test::TempDir dir;
    const auto file = makeUnetModel(dir, "u.model", 2);
    const insar::Raster in = smoothRaster(151, 117, 9);
    insar::NullProgress progress;
    DenoiseOptions whole;
    const Denoiser dw = Denoiser::load(file, whole);
    QCOMPARE(dw.overlap(), receptiveField(unetConfig(2, 4)) - 1);
    const insar::Raster a = dw.denoise(in, progress);
    DenoiseOptions tiled;
    tiled.tileSize = 2 * dw.overlap() + 5; // not a multiple of 4: rounded up by the denoiser
    tiled.batchTiles = 3;
    const insar::Raster b = Denoiser::load(file, tiled).denoise(in, progress);
    double scale = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        scale = std::max(scale, std::abs(double(a.data()[i]) - double(in.data()[i])));
    QVERIFY(scale > 1e-4); // the network changes the map
    const double err = maxAbsDiff(a, b);
    QVERIFY2(err < 1e-5 * std::max(1.0, scale) + 1e-6, qPrintable(QString::number(err)));
    // Too small an overlap is visibly different: the tolerance above is not vacuous.
    DenoiseOptions small = tiled;
    small.overlap = 2;
    small.tileSize = 40;
    const insar::Raster c = Denoiser::load(file, small).denoise(in, progress);
    QVERIFY(maxAbsDiff(a, c) > 100 * err + 1e-6);
}

void TstNnUnet::foldedMatchesModule_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<int>("inChannels");
    QTest::addRow("3 levels, phase") << 3 << 1;
    QTest::addRow("2 levels, phase + DEM") << 2 << 2;
}

void TstNnUnet::foldedMatchesModule()
{
    // The optimised path (batch norm folded into the convolutions, channels-last) gives the
    // training module's result, on an odd-sized map that the network pads.
    QFETCH(int, levels);
    QFETCH(int, inChannels);
    insar::test::TempDir dir;
    const auto file = makeUnetModel(dir, "u.model", levels, inChannels, true);
    const insar::Raster in = smoothRaster(93, 70, 4);
    insar::Raster dem = smoothRaster(93, 70, 5, 800.0);
    insar::NullProgress progress;
    DenoiseOptions plain;
    plain.optimised = false;
    plain.preserveMean = false;
    DenoiseOptions fast = plain;
    fast.optimised = true;
    const insar::Raster* demIn = inChannels == 2 ? &dem : nullptr;
    const insar::Raster a = Denoiser::load(file, plain).denoise(in, demIn, progress);
    const insar::Raster b = Denoiser::load(file, fast).denoise(in, demIn, progress);
    double removed = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        removed = std::max(removed, std::abs(double(a.data()[i]) - double(in.data()[i])));
    QVERIFY(removed > 1e-4); // the network changes the map
    const double err = maxAbsDiff(a, b);
    QVERIFY2(err <= 1e-4 * removed, qPrintable(QString("folded - module: %1 of %2").arg(err).arg(removed)));
    // Folding rounds differently from running the BN, so bit-identical maps would mean the
    // optimised path did not run.
    QVERIFY2(err > 0.0, "the optimised path gave exactly the module's result: it did not run");
}

void TstNnUnet::exportMatchesDenoiser_data()
{
    QTest::addColumn<int>("inChannels");
    QTest::addRow("phase") << 1;
    QTest::addRow("phase and DEM") << 2;
}

void TstNnUnet::exportMatchesDenoiser()
{
    QFETCH(int, inChannels);
    insar::test::TempDir dir;
    const auto file = makeUnetModel(dir, "u.model", 3, inChannels);
    exportTorchScript(file, dir.file("u.pt"));
    torch::jit::Module m = torch::jit::load(dir.file("u.pt").string());
    const insar::Raster in = smoothRaster(37, 29, 4);
    insar::Raster dem = smoothRaster(37, 29, 8, 800.0);
    dem.at(3, 4) = NAN;
    insar::NullProgress progress;
    const insar::Raster expected = Denoiser::load(file).denoise(in, &dem, progress);
    std::vector<float> xb(in.values()), db(dem.values());
    const torch::Tensor x = torch::from_blob(xb.data(), {1, 1, 29, 37}, torch::kFloat32);
    const torch::Tensor d = torch::from_blob(db.data(), {1, 1, 29, 37}, torch::kFloat32);
    std::vector<torch::jit::IValue> args{x};
    if (inChannels == 2)
        args.emplace_back(d);
    const torch::Tensor y = m.forward(args).toTensor().contiguous();
    QCOMPARE(y.sizes(), x.sizes());
    double maxErr = 0.0;
    for (std::size_t i = 0; i < in.size(); ++i)
        maxErr = std::max(maxErr, std::abs(double(y.data_ptr<float>()[i]) - expected.data()[i]));
    QVERIFY2(maxErr < 1e-5, qPrintable(QString::number(maxErr)));
}

void TstNnUnet::configRoundTripAndLimits()
{
    NetworkConfig c = unetConfig(4, 8, 2);
    nlohmann::json j = c;
    NetworkConfig back;
    from_json(j, back);
    QVERIFY(back == c);
    QCOMPARE(sizeMultiple(c), 16);
    QVERIFY(needsDem(c));
    for (int bad : {0, 6}) {
        NetworkConfig b = c;
        b.levels = bad;
        QVERIFY_THROWS_EXCEPTION(insar::Error, validate(b));
    }
    NetworkConfig dilated = c;
    dilated.dilations = {1, 2, 1};
    QVERIFY_THROWS_EXCEPTION(insar::Error, validate(dilated));
    NetworkConfig threeInputs = c;
    threeInputs.inChannels = 3;
    QVERIFY_THROWS_EXCEPTION(insar::Error, validate(threeInputs));
    QVERIFY_THROWS_EXCEPTION(insar::Error, from_json(nlohmann::json{{"levelz", 3}}, back));

    // A training config carries them with the same strict rules (round trip, range checks).
    insar::test::TempDir dir;
    TrainConfig t;
    t.network = c;
    saveTrainConfig(t, dir.file("t.json"));
    QVERIFY(loadTrainConfig(dir.file("t.json")).network == c);
    nlohmann::json bad = t;
    bad["network"]["levels"] = 9;
    std::ofstream(dir.file("bad.json")) << bad.dump();
    try {
        (void)loadTrainConfig(dir.file("bad.json"));
        QFAIL("levels 9 accepted");
    } catch (const insar::Error& e) {
        QVERIFY2(std::string(e.what()).find("levels") != std::string::npos, e.what());
    }
}

QTEST_GUILESS_MAIN(TstNnUnet)
#include "tst_nn_unet.moc"
