// Trainer: config JSON, exact resume, stop with checkpoint, outputs.
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
};

void TestNnTrainer::configJsonRoundTrip()
{
    insar::test::TempDir dir;
    TrainConfig c = tinyConfig();
    c.lrMilestones = {5, 9};
    c.normalisation = NormalisationMode::Poster8Bit;
    c.validationPreset = insar::synthesis::RegionPreset::Test;
    saveTrainConfig(c, dir.file("c.json"));
    const TrainConfig r = loadTrainConfig(dir.file("c.json"));
    QCOMPARE(nlohmann::json(r).dump(), nlohmann::json(c).dump());
    QVERIFY(r.validationPreset == insar::synthesis::RegionPreset::Test);
    QCOMPARE(r.lrMilestones, (std::vector<int>{5, 9}));
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

QTEST_GUILESS_MAIN(TestNnTrainer)
#include "tst_nn_trainer.moc"
