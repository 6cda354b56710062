// Trainer: config JSON, exact resume, stop with checkpoint, honest progress, outputs.
#include "nn/detail/checkpoint.h"
#include "nn/detail/data_pipeline.h"
#include "nn/detail/network.h"
#include "nn/model_file.h"
#include "nn/trainer.h"
#include "nn/training_history.h"

#include "common/error.h"
#include "synthesis/dataset.h"
#include "test_support.h"

#include <QtTest>

#include <fstream>
#include <mutex>
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
    c.device = DeviceKind::Cpu;
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

class MessageLog final : public TrainingObserver {
public:
    void onMessage(const std::string& m) override { messages.push_back(m); }
    std::vector<std::string> messages;
};

QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const insar::Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TstNnTrainer : public QObject {
    Q_OBJECT
private slots:
    void configJsonRoundTrip();
    void configErrors_data();
    void configErrors();
    void resumeIsBitIdentical();
    void stopWritesCheckpointAndResumes();
    void cudaRequestedWithoutCuda();
    void cropsKeepTheirMapLevel();
    void progressIsHonest();
    void cancelWhilePreparingValidation();
    void resumeWithOtherNetwork();
    void oldCheckpointLayout();
    void incompleteDatasetWarns();
    void existingRunOutputsListed();
};

void TstNnTrainer::configJsonRoundTrip()
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

void TstNnTrainer::configErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("malformed") << "{\"epochs\": 3,"
                               << "malformed JSON";
    QTest::addRow("unknown-key") << "{\"epochz\": 3}"
                                 << "unknown key 'epochz'";
    QTest::addRow("wrong-type") << "{\"epochs\": \"many\"}"
                                << "epochs";
    QTest::addRow("bad-value") << "{\"batchSize\": 0}"
                               << "batchSize must be between 1 and 4096 (got 0)";
    QTest::addRow("huge-batch") << "{\"batchSize\": 1e10}"
                                << "key 'batchSize': expected a whole number";
    QTest::addRow("large-batch") << "{\"batchSize\": 100000}"
                                 << "batchSize must be between 1 and 4096 (got 100000)";
    QTest::addRow("fractional-epochs") << "{\"epochs\": 1.5}"
                                       << "key 'epochs': expected a whole number between";
    QTest::addRow("huge-lr") << "{\"learningRate\": 1e300}"
                             << "learningRate must be a number above 0 and at most 1 (got 1e+300)";
    QTest::addRow("many-threads") << "{\"threads\": 100000}"
                                  << "threads must be between 0 and 256 (got 100000)";
    QTest::addRow("negative-threads") << "{\"dataThreads\": -4}"
                                      << "dataThreads must be between 1 and 256 (got -4)";
    QTest::addRow("device-type") << "{\"device\": 3}"
                                 << "key 'device': expected a string, got 3";
    QTest::addRow("seed-type") << "{\"seed\": -1}"
                               << "key 'seed': expected a whole number";
    QTest::addRow("depth-type") << "{\"network\": {\"depth\": \"deep\"}}"
                                << "key 'network.depth': expected a whole number";
    QTest::addRow("bad-device") << "{\"device\": \"tpu\"}"
                                << "device must be";
    QTest::addRow("bad-arch") << "{\"network\": {\"architecture\": \"vgg\"}}"
                              << "unknown network architecture";
}

void TstNnTrainer::configErrors()
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
    QVERIFY2(!err.contains("type_error") && !err.contains("json.exception"), qPrintable(err));
}

void TstNnTrainer::resumeIsBitIdentical()
{
    insar::test::TempDir a, b;
    insar::NullProgress progress;
    const TrainConfig c = tinyConfig();
    const TrainResult straight = Trainer(c, a.path()).run(progress);
    QCOMPARE(straight.epochsDone, 2);
    QVERIFY(std::filesystem::exists(a.file("model.model")));
    QVERIFY(std::filesystem::exists(a.file("history.csv")));

    TrainConfig first = c;
    first.epochs = 1;
    first.dataThreads = 1; // thread count must not change the data
    QCOMPARE(Trainer(first, b.path()).run(progress).epochsDone, 1);
    const TrainResult resumed = Trainer(c, b.path()).run(progress, nullptr, /*resume=*/true);
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

void TstNnTrainer::stopWritesCheckpointAndResumes()
{
    insar::test::TempDir dir;
    TrainConfig c = tinyConfig();
    insar::CallbackProgress progress;
    StopAfterSteps observer(progress, 2);
    QVERIFY_THROWS_EXCEPTION(insar::CancelledError, Trainer(c, dir.path()).run(progress, &observer));
    QCOMPARE(observer.steps, 2);
    QVERIFY(std::filesystem::exists(dir.file("checkpoint.pt")));
    insar::NullProgress go;
    StopAfterSteps watcher(progress, 1000);
    const TrainResult done = Trainer(c, dir.path()).run(go, &watcher, true);
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
    QVERIFY_THROWS_EXCEPTION(insar::Error, Trainer(c, empty.path()).run(go, nullptr, true));
}

void TstNnTrainer::cudaRequestedWithoutCuda()
{
    if (deviceInfo().cudaAvailable)
        QSKIP("CUDA is available here");
    insar::test::TempDir dir;
    TrainConfig c = tinyConfig();
    c.device = DeviceKind::Cuda;
    insar::NullProgress progress;
    QString err;
    try {
        Trainer(c, dir.path()).run(progress);
    } catch (const insar::Error& e) {
        err = e.what();
    }
    QVERIFY2(err.contains("CUDA is not available"), qPrintable(err));
}

void TstNnTrainer::cropsKeepTheirMapLevel()
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
        std::vector<float> y, x, dem;
        source.read((1LL * c.batchSize + k) / c.cropsPerSample, y, x, dem);
        QVERIFY(dem.empty()); // a phase-only network reads no DEM
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

void TstNnTrainer::progressIsHonest()
{
    // The bar only moves forward, validation-set preparation moves it, and it ends full.
    insar::test::TempDir dir;
    TrainConfig c = tinyConfig();
    c.validationSamples = 3;
    std::mutex mutex;
    std::string stage;
    std::vector<std::pair<std::string, double>> reports;
    insar::CallbackProgress progress(
        [&](double f) {
            std::lock_guard lock(mutex);
            reports.emplace_back(stage, f);
        },
        [&](const std::string& s) {
            std::lock_guard lock(mutex);
            stage = s;
        });
    Trainer(c, dir.path()).run(progress);
    QVERIFY(!reports.empty());
    int preparation = 0;
    double last = 0.0;
    for (const auto& [s, f] : reports) {
        QVERIFY2(f >= last - 1e-12, qPrintable(QString("fraction went back from %1 to %2 in '%3'")
                                                   .arg(last)
                                                   .arg(f)
                                                   .arg(QString::fromStdString(s))));
        last = f;
        if (s == "preparing validation data" && f > 0.0)
            ++preparation;
    }
    QVERIFY2(preparation >= 3, qPrintable(QString::number(preparation))); // one report per validation map
    QVERIFY2(std::abs(last - 1.0) < 1e-9, qPrintable(QString::number(last, 'g', 17)));
}

void TstNnTrainer::cancelWhilePreparingValidation()
{
    insar::test::TempDir dir;
    const TrainConfig c = tinyConfig();
    insar::CallbackProgress* self = nullptr;
    insar::CallbackProgress progress({}, [&](const std::string& s) {
        if (s == "preparing validation data")
            self->cancel();
    });
    self = &progress;
    QVERIFY_THROWS_EXCEPTION(insar::CancelledError, Trainer(c, dir.path()).run(progress));
    QVERIFY(std::filesystem::exists(dir.file("checkpoint.pt")));
    insar::NullProgress go;
    const TrainResult done = Trainer(c, dir.path()).run(go, nullptr, true);
    QCOMPARE(done.steps, 6LL);
    QCOMPARE(done.epochsDone, 2);
}

void TstNnTrainer::resumeWithOtherNetwork()
{
    insar::test::TempDir dir;
    TrainConfig c = tinyConfig();
    insar::CallbackProgress progress;
    StopAfterSteps observer(progress, 1);
    QVERIFY_THROWS_EXCEPTION(insar::CancelledError, Trainer(c, dir.path()).run(progress, &observer));
    TrainConfig deeper = c;
    deeper.network.depth = 4;
    insar::NullProgress go;
    const QString err = errorOf([&] { Trainer(deeper, dir.path()).run(go, nullptr, true); });
    QVERIFY2(err.contains("checkpoint.pt") && err.contains("the checkpoint's network (dncnn, depth 3") &&
                 err.contains("differs from the config's (dncnn, depth 4"),
             qPrintable(err));
    TrainConfig otherBatch = c;
    otherBatch.batchSize = 8;
    const QString err2 = errorOf([&] { Trainer(otherBatch, dir.path()).run(go, nullptr, true); });
    QVERIFY2(err2.contains("batch size 4 differs from the config's 8"), qPrintable(err2));
}

void TstNnTrainer::oldCheckpointLayout()
{
    // Version 1 kept the scalars in positional tensors and had no "state" in its metadata.
    insar::test::TempDir dir;
    const TrainConfig c = tinyConfig();
    torch::serialize::OutputArchive archive;
    archive.write("state", torch::tensor(std::vector<std::int64_t>{1, 0, 3, 0, 0, 1, 0}));
    const std::string meta = nlohmann::json{{"config", c}, {"history", nlohmann::json::array()}}.dump();
    archive.write("meta", torch::from_blob(const_cast<char*>(meta.data()), {static_cast<long>(meta.size())},
                                           torch::kUInt8)
                              .clone());
    archive.save_to(dir.file("checkpoint.pt").string());
    insar::NullProgress go;
    const QString err = errorOf([&] { Trainer(c, dir.path()).run(go, nullptr, true); });
    QVERIFY2(err.contains("checkpoint.pt") && err.contains("older version"), qPrintable(err));
}

void TstNnTrainer::incompleteDatasetWarns()
{
    insar::test::TempDir dir;
    TrainConfig c = tinyConfig();
    insar::synthesis::SynthesisConfig data = c.trainData;
    insar::synthesis::DatasetOptions options;
    options.samplesPerShard = 1;
    insar::CallbackProgress* self = nullptr;
    insar::CallbackProgress interrupt([&](double f) {
        if (f >= 0.5)
            self->cancel();
    });
    self = &interrupt;
    try {
        insar::synthesis::writeDataset(data, 4, 9, dir.file("ds"), insar::synthesis::DatasetFormat::Npy,
                                       interrupt, 1, options);
    } catch (const insar::CancelledError&) {
    }
    const insar::synthesis::DatasetReader reader(dir.file("ds"));
    QVERIFY(!reader.complete());
    QVERIFY(reader.size() > 0 && reader.size() < 4);
    c.datasetDir = dir.file("ds");
    c.epochs = 1;
    c.stepsPerEpoch = 1;
    MessageLog log;
    insar::NullProgress go;
    Trainer(c, dir.file("run")).run(go, &log);
    int warnings = 0;
    for (const auto& m : log.messages)
        if (m.find("incomplete") != std::string::npos) {
            ++warnings;
            QVERIFY2(m.find(std::to_string(reader.size()) + " of 4 samples") != std::string::npos, m.c_str());
            QVERIFY2(m.find('\n') == std::string::npos, m.c_str());
        }
    QCOMPARE(warnings, 1);
}

void TstNnTrainer::existingRunOutputsListed()
{
    insar::test::TempDir dir;
    QVERIFY(existingRunOutputs(dir.path()).empty());
    QVERIFY(existingRunOutputs(dir.file("missing")).empty());
    TrainConfig c = tinyConfig();
    c.epochs = 1;
    c.stepsPerEpoch = 1;
    insar::NullProgress go;
    Trainer(c, dir.path()).run(go);
    const auto files = existingRunOutputs(dir.path());
    QCOMPARE(files.size(), std::size_t{4});
    for (const char* name : {"checkpoint.pt", "model.model", "last.model", "history.csv"})
        QVERIFY(std::find(files.begin(), files.end(), dir.file(name)) != files.end());
    // history.csv follows the epoch-field table.
    std::ifstream in(dir.file("history.csv"));
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto history = parseHistoryCsv(text);
    QCOMPARE(history.size(), std::size_t{1});
    QCOMPARE(history[0].epoch, 1);
}

QTEST_GUILESS_MAIN(TstNnTrainer)
#include "tst_nn_trainer.moc"
