// Denoiser: tiling blends seamlessly, no-data restored, units converted, and the TorchScript
// export reproduces the C++ model.
#include "nn/denoiser.h"
#include "nn/detail/network.h"

#include "common/error.h"
#include "test_support.h"

#include <QtTest>

#include <torch/script.h>

using namespace insar::nn;
namespace nnd = insar::nn::detail;

namespace {

/// A model file for a tiny DnCNN; `constantResidual` (when set) makes R(y) ≡ c by zeroing the last
/// layer's weights and setting its bias.
std::filesystem::path makeModel(const insar::test::TempDir& dir, const std::string& name,
                                NormalisationMode mode, std::optional<float> constantResidual,
                                std::uint64_t seed = 11, std::vector<int> dilations = {})
{
    torch::manual_seed(seed);
    NetworkConfig cfg{"dncnn", 4, 6, 1};
    cfg.dilations = std::move(dilations);
    auto net = nnd::makeNetwork(cfg);
    {
        torch::NoGradGuard g;
        // Non-trivial BN statistics, so eval-mode BN is exercised.
        for (auto& b : net->named_buffers()) {
            if (b.key().find("running_mean") != std::string::npos)
                b.value().uniform_(-0.2, 0.2);
            if (b.key().find("running_var") != std::string::npos)
                b.value().uniform_(0.5, 2.0);
        }
        if (constantResidual) {
            for (auto& p : net->named_parameters()) {
                if (p.key() == "conv3.weight")
                    p.value().zero_();
                if (p.key() == "conv3.bias")
                    p.value().fill_(*constantResidual);
            }
        }
    }
    ModelInfo info;
    info.network = cfg;
    info.normalisation = {mode, 100.0};
    info.trainingSize = 16;
    const auto file = dir.file(name);
    writeModelFile(file, info, nnd::serializeWeights(*net));
    return file;
}

insar::Raster randomRaster(int w, int h, unsigned seed)
{
    insar::Raster r(w, h);
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, 0.01f);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            r.at(y, x) = 0.02f * std::sin(0.1f * x) * std::cos(0.07f * y) + n(rng);
    r.metadata.units = insar::Units::Metres;
    return r;
}

} // namespace

class TstNnDenoiser : public QObject {
    Q_OBJECT
private slots:
    void tilesBlendSeamlessly_data();
    void tilesBlendSeamlessly();
    void noDataRestoredAndUnitsConverted();
    void tiledCloseToWhole();
    void preserveMeanKeepsTheLevel();
    void torchScriptMatchesCpp_data();
    void torchScriptMatchesCpp();
    void rejectsBadOptions();
};

void TstNnDenoiser::tilesBlendSeamlessly_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<float>("c");
    QTest::addRow("float-zero") << int(NormalisationMode::Float) << 0.0f;
    QTest::addRow("float-constant") << int(NormalisationMode::Float) << 0.7f;
    QTest::addRow("poster-zero") << int(NormalisationMode::Poster8Bit) << 0.0f;
}

void TstNnDenoiser::tilesBlendSeamlessly()
{
    // R(y) ≡ c: in float mode every tile gives y − c/floatScale exactly, whatever its offset, so
    // any seam or wrong weight in the blending shows up as a deviation.
    QFETCH(int, mode);
    QFETCH(float, c);
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "c.model", NormalisationMode(mode), c);
    DenoiseOptions opt;
    opt.tileSize = 24;
    opt.overlap = 6;
    opt.batchTiles = 3;
    opt.preserveMean = false; // the constant residual must show in full
    const Denoiser d = Denoiser::load(file, opt);
    const insar::Raster in = randomRaster(61, 50, 1);
    insar::NullProgress progress;
    const insar::Raster out = d.denoise(in, progress);
    QCOMPARE(out.width(), in.width());
    QCOMPARE(out.height(), in.height());
    double maxErr = 0.0;
    for (std::size_t i = 0; i < in.size(); ++i)
        maxErr = std::max(maxErr, std::abs(double(out.data()[i]) - (in.data()[i] - c / 100.0)));
    QVERIFY2(maxErr < 1e-6, qPrintable(QString::number(maxErr)));
}

void TstNnDenoiser::noDataRestoredAndUnitsConverted()
{
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "c.model", NormalisationMode::Float, 0.5f);
    DenoiseOptions opt;
    opt.tileSize = 20;
    opt.overlap = 4;
    opt.preserveMean = false;
    const Denoiser d = Denoiser::load(file, opt);
    insar::Raster in = randomRaster(40, 33, 2);
    for (float& v : in.values())
        v *= 1000.0f; // millimetres
    in.metadata.units = insar::Units::Millimetres;
    for (int y = 5; y < 15; ++y)
        for (int x = 3; x < 9; ++x)
            in.setNoData(y, x);
    insar::NullProgress progress;
    const insar::Raster out = d.denoise(in, progress);
    QVERIFY(out.metadata.units == insar::Units::Millimetres);
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (std::isnan(in.data()[i])) {
            QVERIFY(std::isnan(out.data()[i]));
        } else {
            // R ≡ 0.5 network units = 0.5 / 100 m = 5 mm.
            INSAR_FUZZY_COMPARE(out.data()[i], in.data()[i] - 5.0, 0.0, 1e-3);
        }
    }
    insar::Raster radians = randomRaster(20, 20, 3);
    radians.metadata.units = insar::Units::Radians; // no wavelength: cannot convert
    QVERIFY_THROWS_EXCEPTION(insar::Error, d.denoise(radians, progress));
}

void TstNnDenoiser::preserveMeanKeepsTheLevel()
{
    insar::test::TempDir dir;
    insar::Raster in = randomRaster(45, 38, 4);
    in.setNoData(7, 9);
    insar::NullProgress progress;
    auto meanOf = [](const insar::Raster& r) {
        double s = 0.0;
        int n = 0;
        for (float v : r.values())
            if (!std::isnan(v)) {
                s += v;
                ++n;
            }
        return s / n;
    };
    // R ≡ c removes only a constant: with the level kept, nothing changes.
    const insar::Raster same =
        Denoiser::load(makeModel(dir, "c.model", NormalisationMode::Float, 0.5f)).denoise(in, progress);
    for (std::size_t i = 0; i < in.size(); ++i)
        if (!std::isnan(in.data()[i]))
            INSAR_FUZZY_COMPARE(same.data()[i], in.data()[i], 0.0, 1e-6);
    // A real network changes the map, but not its mean over the valid pixels.
    const insar::Raster out =
        Denoiser::load(makeModel(dir, "r.model", NormalisationMode::Float, std::nullopt))
            .denoise(in, progress);
    INSAR_FUZZY_COMPARE(meanOf(out), meanOf(in), 0.0, 1e-7);
    double change = 0.0;
    for (std::size_t i = 0; i < in.size(); ++i)
        if (!std::isnan(in.data()[i]))
            change = std::max(change, std::abs(double(out.data()[i]) - in.data()[i]));
    QVERIFY(change > 1e-4);
    QVERIFY(std::isnan(out.at(7, 9)));
}

void TstNnDenoiser::tiledCloseToWhole()
{
    // A real (random) network: tiled and whole-map outputs differ only through tile borders and
    // per-tile normalisation; they must stay close and continuous.
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "r.model", NormalisationMode::Float, std::nullopt);
    DenoiseOptions tiled;
    tiled.tileSize = 32;
    tiled.overlap = 12;
    DenoiseOptions whole;
    whole.tileSize = 512;
    // Compare the raw network outputs (a random network's residual is mostly its constant part).
    tiled.preserveMean = whole.preserveMean = false;
    const insar::Raster in = randomRaster(70, 64, 4);
    insar::NullProgress progress;
    const insar::Raster a = Denoiser::load(file, tiled).denoise(in, progress);
    const insar::Raster b = Denoiser::load(file, whole).denoise(in, progress);
    double diff = 0.0, scale = 0.0;
    for (std::size_t i = 0; i < in.size(); ++i) {
        diff += std::pow(a.data()[i] - b.data()[i], 2);
        scale += std::pow(in.data()[i] - b.data()[i], 2);
    }
    QVERIFY(std::isfinite(diff));
    QVERIFY2(diff < 0.25 * scale + 1e-12, qPrintable(QString("%1 vs %2").arg(diff).arg(scale)));
}

void TstNnDenoiser::torchScriptMatchesCpp_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("dilations");
    QTest::addRow("float") << int(NormalisationMode::Float) << "";
    QTest::addRow("poster8bit") << int(NormalisationMode::Poster8Bit) << "";
    QTest::addRow("float-dilated") << int(NormalisationMode::Float) << "1,2,3,1";
}

void TstNnDenoiser::torchScriptMatchesCpp()
{
    QFETCH(int, mode);
    QFETCH(QString, dilations);
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "m.model", NormalisationMode(mode), std::nullopt, 21,
                                parseDilations(dilations.toStdString()));
    exportTorchScript(file, dir.file("m.pt"));
    torch::jit::Module m = torch::jit::load(dir.file("m.pt").string());
    const insar::Raster in = randomRaster(24, 20, 5);
    DenoiseOptions opt;
    opt.tileSize = 64;
    opt.overlap = 8;
    insar::NullProgress progress;
    const insar::Raster expected = Denoiser::load(file, opt).denoise(in, progress);
    std::vector<float> buf(in.values());
    const torch::Tensor x = torch::from_blob(buf.data(), {1, 1, 20, 24}, torch::kFloat32);
    const torch::Tensor y = m.forward({x}).toTensor().contiguous();
    QCOMPARE(y.sizes(), x.sizes());
    double maxErr = 0.0;
    for (std::size_t i = 0; i < in.size(); ++i)
        maxErr = std::max(maxErr, std::abs(double(y.data_ptr<float>()[i]) - expected.data()[i]));
    QVERIFY2(maxErr < 1e-5, qPrintable(QString::number(maxErr)));
    // Differs from the identity: the network is really applied.
    double change = 0.0;
    for (std::size_t i = 0; i < in.size(); ++i)
        change = std::max(change, std::abs(double(expected.data()[i]) - in.data()[i]));
    QVERIFY(change > 1e-4);
}

void TstNnDenoiser::rejectsBadOptions()
{
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "m.model", NormalisationMode::Float, std::nullopt);
    DenoiseOptions bad;
    bad.tileSize = 16;
    bad.overlap = 8;
    QVERIFY_THROWS_EXCEPTION(insar::Error, Denoiser::load(file, bad));
    QVERIFY_THROWS_EXCEPTION(insar::Error, Denoiser::load(dir.file("missing.model")));
}

QTEST_GUILESS_MAIN(TstNnDenoiser)
#include "tst_nn_denoiser.moc"
