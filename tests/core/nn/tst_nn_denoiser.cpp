// Denoiser: tiled inference equals whole-map inference (no seams), the streamed rows equal the
// in-memory result bit for bit, no-data is restored, units are converted (unknown ones refused),
// the optimised network matches the training module (and its bf16 variant the fp32 one within
// 0.5 % RMS), cancel stops it, and the TorchScript export reproduces the C++ model.
#include "nn/denoiser.h"
#include "nn/detail/cpu_block_pool.h"
#include "nn/detail/inference_net.h"
#include "nn/detail/network.h"

#include "common/error.h"
#include "test_support.h"

#include <QtTest>

#include <torch/script.h>

#include <cstring>
#include <random>

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

double rms(const insar::Raster& a, const insar::Raster* b = nullptr)
{
    double s = 0.0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double v = b ? double(a.data()[i]) - double(b->data()[i]) : double(a.data()[i]);
        if (!std::isnan(v)) {
            s += v * v;
            ++n;
        }
    }
    return std::sqrt(s / double(std::max<std::size_t>(n, 1)));
}

/// Cancels at the n-th question.
class CancelAfter final : public insar::Progress {
public:
    explicit CancelAfter(int n) : m_left(n) {}
    void setFraction(double) override {}
    bool isCancelled() const override { return --m_left < 0; }

private:
    mutable int m_left;
};

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
    void tiledEqualsWhole_data();
    void tiledEqualsWhole();
    void rowsEqualDenoiseBitForBit();
    void noSeamsAcrossTileBorders();
    void noDataPreservedExactly();
    void unitsRadiansThroughMetres();
    void refusesUnknownUnitsAndEmptyMaps();
    void optimisedMatchesPlain();
    void bf16WithinHalfPercentOfFp32();
    void optimisedCpuReusesPooledBlocks();
    void cancelStops();
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
    // A real (random) network with an overlap below the receptive field: the borders are
    // approximate, but the outputs must stay close and continuous.
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

void TstNnDenoiser::tiledEqualsWhole_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("optimised");
    QTest::addRow("float") << int(NormalisationMode::Float) << true;
    QTest::addRow("float-plain") << int(NormalisationMode::Float) << false;
    QTest::addRow("poster8bit") << int(NormalisationMode::Poster8Bit) << true;
}

void TstNnDenoiser::tiledEqualsWhole()
{
    // Dilations 1,2,3,1: receptive field 15 px, automatic overlap 14. With it every kept pixel saw
    // its whole neighbourhood and the map's statistics scale every tile, so small tiles give the
    // whole-map result up to float rounding.
    QFETCH(int, mode);
    QFETCH(bool, optimised);
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "d.model", NormalisationMode(mode), std::nullopt, 5, {1, 2, 3, 1});
    DenoiseOptions tiled;
    tiled.tileSize = 29;
    tiled.batchTiles = 3;
    tiled.optimised = optimised;
    DenoiseOptions whole = tiled;
    whole.tileSize = 512;
    tiled.preserveMean = whole.preserveMean = false;
    // No no-data here: its fill comes from the tile's own pixels, so near tile borders it may
    // differ from the whole-map fill (noDataPreservedExactly covers no-data).
    const insar::Raster in = randomRaster(83, 71, 8);
    insar::NullProgress progress;
    const Denoiser dt = Denoiser::load(file, tiled);
    const insar::Raster a = dt.denoise(in, progress);
    const insar::Raster b = Denoiser::load(file, whole).denoise(in, progress);
    // The residual is what tiling could corrupt: compare the difference to it.
    insar::Raster residual = in;
    for (std::size_t i = 0; i < in.size(); ++i)
        residual.data()[i] -= b.data()[i];
    const double rel = rms(a, &b) / rms(residual);
    QVERIFY2(rel < 1e-4, qPrintable(QString::number(rel)));
    QVERIFY(rms(residual) > 1e-4); // the network really changes the map
    // And with no overlap at all the same tiles do differ (the comparison can fail).
    DenoiseOptions bare = tiled;
    bare.overlap = 0;
    const insar::Raster c = Denoiser::load(file, bare).denoise(in, progress);
    QVERIFY(rms(c, &b) / rms(residual) > 1e-3);
}

void TstNnDenoiser::rowsEqualDenoiseBitForBit()
{
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "d.model", NormalisationMode::Float, std::nullopt, 6, {1, 2, 2, 1});
    DenoiseOptions opt;
    opt.tileSize = 25;
    insar::Raster in = randomRaster(57, 66, 9);
    for (int y = 10; y < 20; ++y)
        in.setNoData(y, 30);
    in.metadata.units = insar::Units::Millimetres;
    for (float& v : in.values())
        v *= 1000.0f;
    insar::NullProgress progress;
    const Denoiser d = Denoiser::load(file, opt);
    RowStream s;
    s.width = in.width();
    s.height = in.height();
    s.units = in.metadata.units;
    int reads = 0;
    s.read = [&](int row0, int rows, float* out) {
        QVERIFY(row0 >= 0 && rows > 0 && row0 + rows <= in.height());
        std::copy_n(in.data() + std::size_t(row0) * in.width(), std::size_t(rows) * in.width(), out);
        ++reads;
    };
    std::vector<float> rows(in.size(), -12345.0f);
    int next = 0;
    const StreamSummary sum = d.denoiseRows(
        s,
        [&](int row0, int n, const float* clean) {
            QCOMPARE(row0, next); // top to bottom, each row once
            next = row0 + n;
            std::copy_n(clean, std::size_t(n) * in.width(), rows.data() + std::size_t(row0) * in.width());
        },
        progress);
    QCOMPARE(next, in.height());
    QVERIFY(reads >= 2); // statistics, then bands
    QCOMPARE(sum.validCount, in.validCount());
    QCOMPARE(sum.tileSize, 25);
    QCOMPARE(sum.overlap, 12); // the receptive field (1 + 2·(1+2+2+1) = 13 px) - 1
    const insar::Raster whole = d.denoise(in, progress);
    double removed = 0.0;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (std::isnan(in.data()[i])) {
            QVERIFY(std::isnan(rows[i]) && std::isnan(whole.data()[i]));
            continue;
        }
        // denoise() = rows + the mean removed (preserveMean), computed identically.
        const float expected = rows[i] + static_cast<float>(sum.meanRemoved);
        QCOMPARE(std::memcmp(&expected, whole.data() + i, sizeof(float)), 0);
        removed += double(in.data()[i]) - double(rows[i]);
    }
    INSAR_FUZZY_COMPARE(sum.meanRemoved, removed / double(sum.validCount), 1e-6, 1e-9);
    QVERIFY(whole.metadata.units == insar::Units::Millimetres);
}

void TstNnDenoiser::noSeamsAcrossTileBorders()
{
    // A smooth input: neighbouring output pixels that came from different tiles differ no more
    // than neighbours inside a tile.
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "d.model", NormalisationMode::Float, std::nullopt, 7, {1, 3, 2, 1});
    DenoiseOptions opt;
    opt.tileSize = 30; // overlap 14, halo 7: kept ranges [0,23), [23,39), [39,55), ...
    const Denoiser d = Denoiser::load(file, opt);
    insar::Raster in(96, 90);
    for (int y = 0; y < in.height(); ++y)
        for (int x = 0; x < in.width(); ++x)
            in.at(y, x) = 0.01f * std::sin(0.05f * x + 0.03f * y) + 0.0002f * x;
    in.metadata.units = insar::Units::Metres;
    insar::NullProgress progress;
    const insar::Raster out = d.denoise(in, progress);
    auto borders = [](int n) {
        std::vector<bool> b(std::size_t(n), false); // b[x]: x-1 and x lie in different tiles
        for (int k = 30 - 7; k < n; k += 30 - 14)
            b[std::size_t(k)] = true;
        return b;
    };
    const auto bx = borders(in.width()), by = borders(in.height());
    double across = 0.0, inside = 0.0;
    int acrossCount = 0;
    for (int y = 0; y < in.height(); ++y)
        for (int x = 1; x < in.width(); ++x) {
            const double j = std::abs(double(out.at(y, x)) - out.at(y, x - 1));
            (bx[std::size_t(x)] ? across : inside) = std::max(bx[std::size_t(x)] ? across : inside, j);
            acrossCount += bx[std::size_t(x)] ? 1 : 0;
        }
    for (int y = 1; y < in.height(); ++y)
        for (int x = 0; x < in.width(); ++x) {
            const double j = std::abs(double(out.at(y, x)) - out.at(y - 1, x));
            (by[std::size_t(y)] ? across : inside) = std::max(by[std::size_t(y)] ? across : inside, j);
        }
    QVERIFY(acrossCount > 0);
    QVERIFY2(across <= inside, qPrintable(QString("%1 > %2").arg(across).arg(inside)));
}

void TstNnDenoiser::noDataPreservedExactly()
{
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "d.model", NormalisationMode::Float, std::nullopt, 8, {1, 2, 1, 1});
    DenoiseOptions opt;
    opt.tileSize = 24;
    insar::Raster in = randomRaster(64, 58, 10);
    for (int y = 0; y < 30; ++y) // a block larger than a tile: some tiles hold no valid pixel
        for (int x = 20; x < 50; ++x)
            in.setNoData(y, x);
    std::mt19937 rng(3);
    for (int k = 0; k < 150; ++k)
        in.setNoData(int(rng() % 58), int(rng() % 64));
    insar::NullProgress progress;
    const insar::Raster out = Denoiser::load(file, opt).denoise(in, progress);
    for (std::size_t i = 0; i < in.size(); ++i)
        QCOMPARE(std::isnan(out.data()[i]), std::isnan(in.data()[i]));
    for (float v : out.values())
        QVERIFY(std::isnan(v) || std::isfinite(v));
}

void TstNnDenoiser::unitsRadiansThroughMetres()
{
    // R ≡ 0.5 network units = 0.5 / 100 m in the model's metres; a radian input of wavelength λ
    // loses that much LOS displacement expressed in radians, and comes back in radians.
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "c.model", NormalisationMode::Float, 0.5f);
    DenoiseOptions opt;
    opt.preserveMean = false;
    const Denoiser d = Denoiser::load(file, opt);
    insar::Raster in = randomRaster(30, 26, 11);
    const double lambda = 0.0555;
    for (float& v : in.values())
        v = static_cast<float>(v * insar::losMetresToPhase(1.0, lambda));
    in.metadata.units = insar::Units::Radians;
    in.metadata.wavelengthM = lambda;
    insar::NullProgress progress;
    const insar::Raster out = d.denoise(in, progress);
    QVERIFY(out.metadata.units == insar::Units::Radians);
    const double shiftRad = insar::losMetresToPhase(0.005, lambda); // about -1.13 rad
    for (std::size_t i = 0; i < in.size(); ++i)
        INSAR_FUZZY_COMPARE(out.data()[i], in.data()[i] - shiftRad, 0.0, 1e-4);
}

void TstNnDenoiser::refusesUnknownUnitsAndEmptyMaps()
{
    insar::test::TempDir dir;
    const Denoiser d = Denoiser::load(makeModel(dir, "m.model", NormalisationMode::Float, std::nullopt));
    insar::NullProgress progress;
    insar::Raster unknown = randomRaster(20, 20, 12);
    unknown.metadata.units = insar::Units::Unknown;
    unknown.sourcePath = "scene.unw.tif";
    try {
        (void)d.denoise(unknown, progress);
        QFAIL("unknown units accepted");
    } catch (const insar::Error& e) {
        QVERIFY(e.kind() == insar::ErrorKind::InvalidInput);
        QVERIFY2(std::string(e.what()).find("scene.unw.tif: the units of the values are unknown") == 0,
                 e.what());
    }
    insar::Raster empty = randomRaster(20, 20, 12);
    for (float& v : empty.values())
        v = NAN;
    try {
        (void)d.denoise(empty, progress);
        QFAIL("an all-NaN map accepted");
    } catch (const insar::Error& e) {
        QVERIFY2(std::string(e.what()).find("holds no valid pixel") != std::string::npos, e.what());
    }
}

void TstNnDenoiser::optimisedMatchesPlain()
{
    // Batch norm folded into the convolutions (with non-trivial running statistics) and the
    // channels-last layout give the training module's result within 0.5 % RMS (in fact ~1e-6).
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "d.model", NormalisationMode::Float, std::nullopt, 13, {1, 2, 4, 1});
    DenoiseOptions plain;
    plain.optimised = false;
    plain.preserveMean = false;
    DenoiseOptions fast = plain;
    fast.optimised = true;
    const insar::Raster in = randomRaster(77, 61, 14);
    insar::NullProgress progress;
    const insar::Raster a = Denoiser::load(file, plain).denoise(in, progress);
    const insar::Raster b = Denoiser::load(file, fast).denoise(in, progress);
    insar::Raster residual = in;
    for (std::size_t i = 0; i < in.size(); ++i)
        residual.data()[i] -= a.data()[i];
    QVERIFY(rms(residual) > 1e-4);
    QVERIFY2(rms(a, &b) <= 0.005 * rms(a), qPrintable(QString::number(rms(a, &b) / rms(a))));
    QVERIFY2(rms(a, &b) <= 1e-4 * rms(residual), qPrintable(QString::number(rms(a, &b) / rms(residual))));
}

void TstNnDenoiser::optimisedCpuReusesPooledBlocks()
{
    // The optimised CPU path installs the block pool (detail/cpu_block_pool.h): a tile's layer
    // activations (6 channels x 256² x 4 B = 1.5 MiB each) come from pooled blocks and reuse them,
    // and a second file reuses the first one's blocks instead of mapping new ones.
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "p.model", NormalisationMode::Float, std::nullopt, 13, {1, 2, 4, 1});
    const Denoiser d = Denoiser::load(file);
    const insar::Raster in = randomRaster(256, 256, 15);
    insar::NullProgress progress;
    const insar::Raster first = d.denoise(in, progress);
    const nnd::CpuBlockPoolStats afterFirst = nnd::cpuBlockPoolStats();
    QVERIFY(afterFirst.mappings > 0);
    QVERIFY(afterFirst.reuses > 0);
    const insar::Raster second = d.denoise(in, progress);
    const nnd::CpuBlockPoolStats afterSecond = nnd::cpuBlockPoolStats();
    QCOMPARE(afterSecond.mappings, afterFirst.mappings);
    QVERIFY(afterSecond.reuses > afterFirst.reuses);
    QCOMPARE(std::memcmp(first.data(), second.data(), first.size() * sizeof(float)), 0);
    // bf16 runs only where asked for, optimised, and the CPU has AVX-512 BF16.
    DenoiseOptions bf16;
    bf16.bf16 = true;
    QCOMPARE(Denoiser::load(file, bf16).usesBf16(), nnd::cpuHasAvx512Bf16());
    QVERIFY(!d.usesBf16());
    bf16.optimised = false;
    QVERIFY(!Denoiser::load(file, bf16).usesBf16());
}

void TstNnDenoiser::bf16WithinHalfPercentOfFp32()
{
    // DenoiseOptions::bf16 promises the clean map within 0.5 % RMS of fp32 (issue 9), on the shipped
    // model and a realistic map: a smooth signal of a few cm plus mm-level noise, as
    // tests/bench/nn/bench_denoise (which prints the figure on a larger map, ~0.23 %).
    if (!nnd::cpuHasAvx512Bf16())
        QSKIP("this CPU has no AVX-512 BF16, so DenoiseOptions::bf16 runs fp32 here (nothing to check)");
    const std::filesystem::path shipped = defaultModelPath();
    if (shipped.empty())
        QSKIP("no shipped model (packaging/models/insar-dncnn.model) found");
    const int n = 400;
    insar::Raster in(n, n);
    std::mt19937 rng(21);
    std::normal_distribution<float> noise(0.0f, 0.003f);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            in.at(y, x) = 0.02f * std::sin(0.01f * x) * std::cos(0.013f * y) + noise(rng);
    in.metadata.units = insar::Units::Metres;
    DenoiseOptions fp32;
    DenoiseOptions bf16;
    bf16.bf16 = true;
    insar::NullProgress progress;
    const insar::Raster a = Denoiser::load(shipped, fp32).denoise(in, progress);
    const insar::Raster b = Denoiser::load(shipped, bf16).denoise(in, progress);
    insar::Raster removed = in;
    for (std::size_t i = 0; i < in.size(); ++i)
        removed.data()[i] -= a.data()[i];
    QVERIFY(rms(removed) > 0.1 * rms(in)); // the network really changes the map
    QVERIFY2(rms(a, &b) > 0.0, "bf16 gave exactly the fp32 result: the bf16 path did not run");
    const double rel = rms(a, &b) / rms(a);
    qInfo("bf16 - fp32: %.4f %% of the output's RMS, %.4f %% of the removed residual's", 100.0 * rel,
          100.0 * rms(a, &b) / rms(removed));
    QVERIFY2(rel <= 0.005, qPrintable(QString("bf16 differs from fp32 by %1 % RMS").arg(100.0 * rel)));
}

void TstNnDenoiser::cancelStops()
{
    insar::test::TempDir dir;
    DenoiseOptions opt;
    opt.tileSize = 20;
    const Denoiser d = Denoiser::load(makeModel(dir, "m.model", NormalisationMode::Float, std::nullopt), opt);
    const insar::Raster in = randomRaster(60, 60, 15);
    for (int after : {0, 3}) { // during the statistics, then between tiles
        CancelAfter progress(after);
        QVERIFY_THROWS_EXCEPTION(insar::CancelledError, d.denoise(in, progress));
    }
}

QTEST_GUILESS_MAIN(TstNnDenoiser)
#include "tst_nn_denoiser.moc"
