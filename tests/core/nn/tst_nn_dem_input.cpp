// DEM-aware networks end to end on tiny networks: train a few steps with the DEM channel, save,
// load, export TorchScript (forward(x, dem)), denoise with a DEM, the clear error without one, the
// DEM really changes the output, phase-only models ignore a DEM, older model files (no "inputs"
// key) load as phase-only, and a dataset without DEMs is refused for a DEM model.
#include "nn/denoiser.h"
#include "nn/detail/network.h"
#include "nn/trainer.h"
#include "synthesis/dataset_writer.h"
#include "synthesis/dataset_reader.h"

#include "common/error.h"
#include "common/progress.h"
#include "test_support.h"

#include <QtTest>

#include <torch/script.h>

#include <fstream>
#include <random>

using namespace insar::nn;
namespace nnd = insar::nn::detail;

namespace {

TrainConfig tinyDemConfig(const std::string& architecture)
{
    TrainConfig c;
    c.network.architecture = architecture;
    c.network.depth = 3;
    c.network.channels = 4;
    c.network.levels = 2;
    c.network.inChannels = 2;
    c.trainData.sampleSize = 32;
    c.cropSize = 16;
    c.cropsPerSample = 2;
    c.batchSize = 4;
    c.stepsPerEpoch = 2;
    c.epochs = 1;
    c.validationSamples = 2;
    c.threads = 1;
    c.dataThreads = 1;
    c.prefetchBatches = 2;
    c.galleryCount = 0;
    c.seed = 5;
    c.device = DeviceKind::Cpu;
    return c;
}

std::filesystem::path makeModel(const insar::test::TempDir& dir, const std::string& name, int inChannels)
{
    torch::manual_seed(17);
    const NetworkConfig cfg{"dncnn", 4, 6, inChannels};
    auto net = nnd::makeNetwork(cfg);
    ModelInfo info;
    info.network = cfg;
    info.trainingSize = 16;
    const auto file = dir.file(name);
    writeModelFile(file, info, nnd::serializeWeights(*net));
    return file;
}

insar::Raster field(int w, int h, unsigned seed, double scale)
{
    insar::Raster r(w, h);
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.0f, 0.05f);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            r.at(y, x) =
                static_cast<float>(scale * (std::sin(0.13 * x + seed) * std::cos(0.09 * y) + n(rng)));
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

std::uint32_t crc32(const std::string& bytes)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char ch : bytes) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1u) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

template <typename T> void appendLe(std::string& out, T v)
{
    for (std::size_t i = 0; i < sizeof(T); ++i)
        out.push_back(static_cast<char>((static_cast<std::uint64_t>(v) >> (8 * i)) & 0xFFu));
}

} // namespace

class TstNnDemInput : public QObject {
    Q_OBJECT
private slots:
    void trainSaveLoadExportDenoise_data();
    void trainSaveLoadExportDenoise();
    void demChangesTheOutput();
    void phaseOnlyModelIgnoresDem();
    void demOnAnotherGridIsRefused();
    void olderModelFileIsPhaseOnly();
    void inconsistentInputsKeyIsRefused();
    void datasetWithoutDemIsRefused();
};

void TstNnDemInput::trainSaveLoadExportDenoise_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addRow("dncnn") << "dncnn";
    QTest::addRow("unet") << "unet";
}

void TstNnDemInput::trainSaveLoadExportDenoise()
{
    QFETCH(QString, architecture);
    insar::test::TempDir dir;
    const TrainConfig c = tinyDemConfig(architecture.toStdString());
    insar::NullProgress go;
    const TrainResult r = Trainer(c, dir.file("run")).run(go);
    QCOMPARE(r.steps, 2LL);
    QVERIFY(std::isfinite(r.bestValLoss));

    // The model file says what it needs.
    const std::filesystem::path model = dir.file("run/model.model");
    const ModelInfo info = readModelInfo(model);
    QCOMPARE(info.network.inChannels, 2);
    QCOMPARE(info.network.architecture, architecture.toStdString());
    const nlohmann::json meta = info;
    QCOMPARE(meta.at("inputs"), (nlohmann::json{"phase", "dem"}));

    const insar::Raster in = field(29, 23, 3, 0.02);
    insar::Raster dem = field(29, 23, 4, 900.0);
    dem.at(2, 2) = NAN;
    const Denoiser d = Denoiser::load(model);
    QVERIFY(d.needsDem());
    const insar::Raster out = d.denoise(in, &dem, go);
    QCOMPARE(out.width(), in.width());
    QVERIFY(maxAbsDiff(out, in) > 0.0);

    // Without a DEM: a clear error naming the model and what to do.
    try {
        (void)d.denoise(in, go);
        QFAIL("a DEM-aware model ran without a DEM");
    } catch (const insar::Error& e) {
        const std::string what = e.what();
        QVERIFY2(what.find("model.model") != std::string::npos, e.what());
        QVERIFY2(what.find("needs a DEM") != std::string::npos, e.what());
        QVERIFY2(what.find("--dem") != std::string::npos, e.what());
    }

    // TorchScript: forward(x, dem) reproduces the denoiser.
    exportTorchScript(model, dir.file("m.pt"));
    torch::jit::Module m = torch::jit::load(dir.file("m.pt").string());
    std::vector<float> xb(in.values()), db(dem.values());
    const torch::Tensor x = torch::from_blob(xb.data(), {1, 1, 23, 29}, torch::kFloat32);
    const torch::Tensor h = torch::from_blob(db.data(), {1, 1, 23, 29}, torch::kFloat32);
    const torch::Tensor y = m.forward({x, h}).toTensor().contiguous();
    double err = 0.0;
    for (std::size_t i = 0; i < in.size(); ++i)
        err = std::max(err, std::abs(double(y.data_ptr<float>()[i]) - out.data()[i]));
    QVERIFY2(err < 1e-5, qPrintable(QString::number(err)));
}

void TstNnDemInput::demChangesTheOutput()
{
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "d.model", 2);
    const insar::Raster in = field(40, 30, 1, 0.02);
    const insar::Raster demA = field(40, 30, 2, 1000.0);
    const insar::Raster demB = field(40, 30, 6, 1000.0);
    insar::NullProgress p;
    for (const bool optimised : {true, false}) {
        DenoiseOptions o;
        o.optimised = optimised;
        const Denoiser d = Denoiser::load(file, o);
        const insar::Raster a = d.denoise(in, &demA, p);
        const insar::Raster b = d.denoise(in, &demB, p);
        QVERIFY2(maxAbsDiff(a, b) > 1e-5, qPrintable(QString::number(maxAbsDiff(a, b))));
        // A DEM shifted by a constant is the same DEM channel (heights relative to the map's mean).
        insar::Raster shifted = demA;
        for (float& v : shifted.values())
            v += 2500.0f;
        QVERIFY(maxAbsDiff(a, d.denoise(in, &shifted, p)) < 1e-6);
    }
    // The folded (optimised) path equals the plain module for two input channels.
    DenoiseOptions plain;
    plain.optimised = false;
    const insar::Raster a = Denoiser::load(file).denoise(in, &demA, p);
    const insar::Raster b = Denoiser::load(file, plain).denoise(in, &demA, p);
    QVERIFY2(maxAbsDiff(a, b) < 1e-6, qPrintable(QString::number(maxAbsDiff(a, b))));
}

void TstNnDemInput::phaseOnlyModelIgnoresDem()
{
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "p.model", 1);
    const insar::Raster in = field(24, 20, 1, 0.02);
    const insar::Raster dem = field(24, 20, 2, 1000.0);
    insar::NullProgress p;
    const Denoiser d = Denoiser::load(file);
    QVERIFY(!d.needsDem());
    QCOMPARE(d.denoise(in, &dem, p).values(), d.denoise(in, p).values());
}

void TstNnDemInput::demOnAnotherGridIsRefused()
{
    insar::test::TempDir dir;
    const auto file = makeModel(dir, "d.model", 2);
    const insar::Raster in = field(24, 20, 1, 0.02);
    const insar::Raster dem = field(20, 24, 2, 1000.0);
    insar::NullProgress p;
    QVERIFY_THROWS_EXCEPTION(insar::Error, Denoiser::load(file).denoise(in, &dem, p));
}

void TstNnDemInput::olderModelFileIsPhaseOnly()
{
    // A file as written before DEM-aware networks: the same layout without the "inputs" key.
    insar::test::TempDir dir;
    const auto current = makeModel(dir, "new.model", 1);
    const ModelFileContents contents = readModelFile(current);
    nlohmann::json meta = contents.info;
    QVERIFY(meta.contains("inputs"));
    meta.erase("inputs");
    meta["network"].erase("levels");
    const std::string json = meta.dump();
    std::string bytes = "INSARDNN";
    appendLe<std::uint32_t>(bytes, kModelFormatVersion);
    appendLe<std::uint64_t>(bytes, json.size());
    bytes += json;
    appendLe<std::uint64_t>(bytes, contents.weights.size());
    bytes += contents.weights;
    appendLe<std::uint32_t>(bytes, crc32(bytes));
    const auto old = dir.file("old.model");
    std::ofstream(old, std::ios::binary) << bytes;
    const ModelInfo info = readModelInfo(old);
    QCOMPARE(info.network.inChannels, 1);
    const Denoiser d = Denoiser::load(old);
    QVERIFY(!d.needsDem());
    insar::NullProgress p;
    const insar::Raster in = field(24, 20, 1, 0.02);
    QCOMPARE(d.denoise(in, p).values(), Denoiser::load(current).denoise(in, p).values());
}

void TstNnDemInput::inconsistentInputsKeyIsRefused()
{
    ModelInfo info;
    info.network.inChannels = 2;
    nlohmann::json j = info;
    j["inputs"] = {"phase"};
    ModelInfo back;
    QVERIFY_THROWS_EXCEPTION(insar::Error, from_json(j, back));
    j["inputs"] = {"phase", "gacos"};
    QVERIFY_THROWS_EXCEPTION(insar::Error, from_json(j, back));
    j["inputs"] = {"phase", "dem"};
    from_json(j, back);
    QCOMPARE(back.network.inChannels, 2);
}

void TstNnDemInput::datasetWithoutDemIsRefused()
{
    insar::test::TempDir dir;
    TrainConfig c = tinyDemConfig("dncnn");
    insar::NullProgress go;
    insar::synthesis::writeDataset(c.trainData, 2, 9, dir.file("ds"), insar::synthesis::DatasetFormat::Npy,
                                   go, 1);
    c.datasetDir = dir.file("ds");
    // A fractal-DEM dataset regenerates each sample's DEM from its seed: training works.
    QVERIFY(insar::synthesis::DatasetReader(c.datasetDir).hasDem());
    const TrainResult r = Trainer(c, dir.file("run")).run(go);
    QCOMPARE(r.steps, 2LL);
    // The same dataset marked as cut from real DEM tiles (no components stored): refused, clearly.
    const auto manifest = dir.file("ds/dataset.json");
    std::ifstream in(manifest);
    nlohmann::json m = nlohmann::json::parse(in);
    in.close();
    m["dem"] = "raster";
    std::ofstream(manifest) << m.dump();
    QVERIFY(!insar::synthesis::DatasetReader(c.datasetDir).hasDem());
    try {
        Trainer(c, dir.file("run2")).run(go);
        QFAIL("a DEM-aware network trained on a dataset without DEMs");
    } catch (const insar::Error& e) {
        QVERIFY2(std::string(e.what()).find("DEM") != std::string::npos, e.what());
        QVERIFY2(std::string(e.what()).find("ds") != std::string::npos, e.what());
    }
}

QTEST_GUILESS_MAIN(TstNnDemInput)
#include "tst_nn_dem_input.moc"
