// Trainer: config JSON, exact resume, stop with checkpoint, outputs.
#include "nn/detail/data_pipeline.h"
#include "nn/detail/network.h"
#include "nn/model_file.h"
#include "nn/trainer.h"

#include "common/error.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>
#include <nlohmann/json.hpp>

using namespace insar::nn;
namespace nnd = insar::nn::detail;

namespace {

TrainConfig tinyConfig()
{
    TrainConfig c;
    c.network = {"dncnn", 3, 4, 1};
    c.trainData.sampleSize = 32;
    c.cropSize = 16;
    c.cropsPerSample = 2;
    c.batchSize = 4;
    c.stepsPerEpoch = 3;
    c.epochs = 2;
    c.validationSamples = 2;
    c.threads = 1;
    c.dataThreads = 2;
    c.prefetchBatches = 2;
    c.galleryCount = 1;
    c.seed = 42;
    c.device = "cpu";
    return c;
}

std::vector<torch::Tensor> weightsOf(const std::filesystem::path& modelFile)
{
    const ModelFileContents m = readModelFile(modelFile);
    auto net = nnd::makeNetwork(m.info.network);
    nnd::deserializeWeights(*net, m.weights);
    std::vector<torch::Tensor> out;
    for (const auto& p : net->parameters())
        out.push_back(p.detach().clone());
    for (const auto& b : net->buffers())
        out.push_back(b.clone());
    return out;
}

class StopAfterSteps final : public TrainingObserver {
public:
    StopAfterSteps(insar::CallbackProgress& p, long long n) : m_progress(p), m_n(n) {}
    void onStep(const StepReport& r) override
    {
        ++steps;
        if (r.step >= m_n)
            m_progress.cancel();
    }
    void onEpoch(const EpochReport& r, const std::vector<GalleryItem>& g) override
    {
        epochs.push_back(r);
        galleries += static_cast<int>(g.size());
    }
    int steps = 0;
    int galleries = 0;
    std::vector<EpochReport> epochs;

private:
    insar::CallbackProgress& m_progress;
    long long m_n;
};

} // namespace

class TestNnTrainer : public QObject {
    Q_OBJECT
private slots:
    void configJsonRoundTrip();
    void configErrors_data();
    void configErrors();
    void resumeIsBitIdentical();
    void stopWritesCheckpointAndResumes();
    void cudaRequestedWithoutCuda();
    void cropsKeepTheirMapLevel();
};

void TestNnTrainer::configJsonRoundTrip()
{
    insar::test::TempDir dir;
    TrainConfig c = tinyConfig();
    c.lrMilestones = {5, 9};
    c.network.dilations = {1, 2, 1};
    c.normalisation = NormalisationMode::Poster8Bit;
    c.validationPreset = insar::synthesis::RegionPreset::Test;
    saveTrainConfig(c, dir.file("c.json"));
    const TrainConfig r = loadTrainConfig(dir.file("c.json"));
    QCOMPARE(nlohmann::json(r).dump(), nlohmann::json(c).dump());
    QVERIFY(r.validationPreset == insar::synthesis::RegionPreset::Test);
    QCOMPARE(r.lrMilestones, (std::vector<int>{5, 9}));
    QCOMPARE(r.network.dilations, (std::vector<int>{1, 2, 1}));
}

void TestNnTrainer::configErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("malformed") << "{\"epochs\": 3," << "malformed JSON";
    QTest::addRow("unknown-key") << "{\"epochz\": 3}" << "unknown key 'epochz'";
    QTest::addRow("wrong-type") << "{\"epochs\": \"many\"}" << "epochs";
    QTest::addRow("bad-value") << "{\"batchSize\": 0}" << "batchSize must be positive";
    QTest::addRow("bad-device") << "{\"device\": \"tpu\"}" << "device must be";
    QTest::addRow("bad-arch") << "{\"network\": {\"architecture\": \"vgg\"}}" << "unknown network architecture";
}

void TestNnTrainer::configErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    insar::test::TempDir dir;
    std::ofstream(dir.file("bad.json")) << text.toStdString();
    QString err;
    try {
        loadTrainConfig(dir.file("bad.json"));
    } catch (const insar::Error& e) {
        err = e.what();
    }
    QVERIFY2(err.contains(expected) && err.contains("bad.json"), qPrintable(err));
}

void TestNnTrainer::resumeIsBitIdentical()
{
    insar::test::TempDir a, b;
    insar::NullProgress progress;
    const TrainConfig c = tinyConfig();
    const TrainResult straight = Trainer(c, a.path()).run(progress);
    QCOMPARE(straight.epochsDone, 2);
    QVERIFY(!straight.stopped);
    QVERIFY(std::filesystem::exists(a.file("model.model")));
    QVERIFY(std::filesystem::exists(a.file("history.csv")));

    TrainConfig first = c;
    first.epochs = 1;
    first.dataThreads = 1;   // thread count must not change the data
    QCOMPARE(Trainer(first, b.path()).run(progress).epochsDone, 1);
    const TrainResult resumed = Trainer(c, b.path()).run(progress, nullptr, nullptr, /*resume=*/true);
    QCOMPARE(resumed.epochsDone, 2);
    QCOMPARE(resumed.steps, straight.steps);

    const auto wa = weightsOf(a.file("last.model"));
    const auto wb = weightsOf(b.file("last.model"));
    QCOMPARE(wa.size(), wb.size());
    for (std::size_t i = 0; i < wa.size(); ++i)
        QVERIFY2(torch::equal(wa[i], wb[i]), qPrintable(QString("tensor %1 differs").arg(i)));
    QCOMPARE(resumed.history.back().valLoss, straight.history.back().valLoss);
    QCOMPARE(resumed.history.back().trainLoss, straight.history.back().trainLoss);
}

void TestNnTrainer::stopWritesCheckpointAndResumes()
{
    insar::test::TempDir dir;
    TrainConfig c = tinyConfig();
    insar::CallbackProgress progress;
    StopAfterSteps observer(progress, 2);
    const TrainResult r = Trainer(c, dir.path()).run(progress, &observer);
    QVERIFY(r.stopped);
    QCOMPARE(r.steps, 2LL);
    QVERIFY(std::filesystem::exists(dir.file("checkpoint.pt")));
    insar::NullProgress go;
    StopAfterSteps watcher(progress, 1000);
    const TrainResult done = Trainer(c, dir.path()).run(go, &watcher, nullptr, true);
    QVERIFY(!done.stopped);
    QCOMPARE(done.steps, 6LL);
    QCOMPARE(watcher.steps, 4);
    QCOMPARE(int(watcher.epochs.size()), 2);
    QCOMPARE(watcher.galleries, 2);
    QVERIFY(watcher.epochs.front().best);
    QVERIFY(std::isfinite(watcher.epochs.back().ssimWindowed));
    QVERIFY(watcher.epochs.back().inputRmseM > 0);
    const ModelInfo info = readModelInfo(dir.file("model.model"));
    QCOMPARE(info.network, c.network);
    QCOMPARE(info.seed, std::uint64_t{42});
    QVERIFY(info.finalMetrics.contains("valLoss"));
    // Resuming where no checkpoint exists is a clear error.
    insar::test::TempDir empty;
    QVERIFY_THROWS_EXCEPTION(insar::Error, Trainer(c, empty.path()).run(go, nullptr, nullptr, true));
}

void TestNnTrainer::cudaRequestedWithoutCuda()
{
    if (deviceInfo().cudaAvailable)
        QSKIP("CUDA is available here");
    insar::test::TempDir dir;
    TrainConfig c = tinyConfig();
    c.device = "cuda";
    insar::NullProgress progress;
    QString err;
    try {
        Trainer(c, dir.path()).run(progress);
    } catch (const insar::Error& e) {
        err = e.what();
    }
    QVERIFY2(err.contains("CUDA is not available"), qPrintable(err));
}

void TestNnTrainer::cropsKeepTheirMapLevel()
{
    // Float mode: a crop is scaled with its whole map's mean, like a denoiser tile, so crop values
    // × unit + map mean must be a window of the synthesised map (and the target its y − x).
    TrainConfig c = tinyConfig();
    c.augment = false;
    const Normalisation norm{NormalisationMode::Float, c.floatScale};
    const nnd::SampleSource source(c);
    const nnd::Batch b = nnd::makeBatch(c, norm, source, 1);
    const int side = source.side(), p = b.side;
    QCOMPARE(p, c.cropSize);
    double maxCropMean = 0.0;
    for (int k = 0; k < b.count; ++k) {
        std::vector<float> y, x;
        source.read((1LL * c.batchSize + k) / c.cropsPerSample, y, x);
        double mean = 0.0;
        for (float v : y)
            mean += v;
        mean /= double(y.size());
        const float* in = b.input.data() + std::size_t(k) * p * p;
        const float* tg = b.target.data() + std::size_t(k) * p * p;
        double cropMean = 0.0;
        for (int i = 0; i < p * p; ++i)
            cropMean += in[i];
        maxCropMean = std::max(maxCropMean, std::abs(cropMean / (p * p)));
        bool found = false;
        for (int r0 = 0; r0 + p <= side && !found; ++r0)
            for (int c0 = 0; c0 + p <= side && !found; ++c0) {
                bool same = true;
                for (int r = 0; r < p && same; ++r)
                    for (int q = 0; q < p && same; ++q) {
                        const std::size_t o = std::size_t(r0 + r) * side + c0 + q;
                        const int i = r * p + q;
                        same = std::abs(in[i] / c.floatScale + mean - y[o]) < 1e-6 &&
                               std::abs(tg[i] / c.floatScale - (y[o] - x[o])) < 1e-6;
                    }
                found = same;
            }
        QVERIFY2(found, qPrintable(QString("crop %1 is not a window of its map at the map's level").arg(k)));
    }
    // The level is kept: crops are not each re-centred on zero.
    QVERIFY(maxCropMean > 1e-3);
}

QTEST_GUILESS_MAIN(TestNnTrainer)
#include "tst_nn_trainer.moc"
