#include "nn/trainer.h"

#include "common/error.h"
#include "common/thread_config.h"
#include "nn/detail/checkpoint.h"
#include "nn/detail/data_pipeline.h"
#include "nn/detail/device.h"
#include "nn/detail/network.h"
#include "nn/detail/training_step.h"
#include "nn/detail/validation.h"
#include "nn/model_file.h"
#include "nn/training_history.h"
#include "synthesis/dataset.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <ctime>
#include <iomanip>
#include <limits>
#include <optional>
#include <sstream>

namespace insar::nn {

TrainingObserver::~TrainingObserver() = default;

namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kCheckpointName = "checkpoint.pt";
constexpr const char* kBestModelName = "model.model";
constexpr const char* kLastModelName = "last.model";
constexpr const char* kHistoryName = "history.csv";
constexpr const char* kConfigName = "config.json";

std::string isoNowUtc()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::ostringstream s;
    s << std::put_time(&tm, "%Y-%m-%dT%H:%M:%SZ");
    return s.str();
}

/// MultiStepLR: the base rate times gamma for every milestone reached.
double learningRateFor(const TrainConfig& c, int epoch0)
{
    double lr = c.learningRate;
    for (int m : c.lrMilestones)
        if (epoch0 >= m)
            lr *= c.lrGamma;
    return lr;
}

void setLearningRate(torch::optim::Adam& opt, double lr)
{
    for (auto& group : opt.param_groups())
        static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
}

/// The run's work on one 0..1 scale, in training-step equivalents: validation-set preparation
/// first, then each epoch's steps followed by its validation. Preparation synthesises one map per
/// validation sample, where a step synthesises batchSize / cropsPerSample maps; validation runs
/// the network forward on the full validation maps, about a third of a training step (forward and
/// backward) per batch of crops of the same area.
class RunFraction {
public:
    explicit RunFraction(const TrainConfig& c) : m_steps(c.stepsPerEpoch)
    {
        const double mapsPerStep = std::max(1.0, static_cast<double>(c.batchSize) / c.cropsPerSample);
        m_prep = c.validationSamples / mapsPerStep;
        const double crop = c.cropSize > 0 ? c.cropSize : c.trainData.sampleSize;
        const double mapArea = static_cast<double>(c.trainData.sampleSize) * c.trainData.sampleSize;
        m_validation = c.validationSamples * mapArea / (3.0 * c.batchSize * crop * crop);
        m_total = m_prep + c.epochs * (m_steps + m_validation);
    }
    double preparation(double done) const { return m_prep * done / m_total; }
    double training(int epoch, int stepInEpoch, double validationDone = 0.0) const
    {
        return std::min(
            1.0, (m_prep + epoch * (m_steps + m_validation) + stepInEpoch + validationDone * m_validation) /
                     m_total);
    }

private:
    double m_steps;
    double m_prep = 0.0;
    double m_validation = 0.0;
    double m_total = 1.0;
};

/// One call of Trainer::run: the network, optimiser, data and state of a run, and its named steps.
class TrainingRun {
public:
    TrainingRun(const TrainConfig& config, const std::filesystem::path& outDir, Progress& progress,
                TrainingObserver* observer)
        : m_c(config), m_outDir(outDir), m_progress(progress), m_observer(observer), m_fraction(config)
    {
        m_result.modelFile = outDir / kBestModelName;
        m_result.lastModelFile = outDir / kLastModelName;
        m_result.checkpointFile = outDir / kCheckpointName;
    }

    /// Device, network, optimiser and (with resume) the checkpoint's state.
    void start(bool resume)
    {
        validate(m_c);
        configureTorchThreads(m_c.threads);
        m_device = detail::selectDevice(m_c.device);
        m_amp = m_c.mixedPrecision && m_device.is_cuda();
        std::error_code ec;
        std::filesystem::create_directories(m_outDir, ec);
        if (ec)
            throw Error(ErrorKind::Io,
                        m_outDir.string() + ": cannot create the output folder: " + ec.message());
        warnIfDatasetIncomplete();

        torch::manual_seed(m_c.seed);
        m_net = detail::makeNetwork(m_c.network);
        m_net->to(m_device);
        m_opt = std::make_unique<torch::optim::Adam>(m_net->parameters(),
                                                     torch::optim::AdamOptions(m_c.learningRate));
        if (resume) {
            detail::readCheckpoint(m_result.checkpointFile, *m_net, *m_opt, m_st, m_c, m_device);
            message("resumed from " + m_result.checkpointFile.string() + " at epoch " +
                    std::to_string(m_st.epoch + 1) + ", step " + std::to_string(m_st.globalStep));
        }
        m_elapsedBefore = m_st.elapsedSeconds;
        m_runStart = Clock::now();
        saveTrainConfig(m_c, m_outDir / kConfigName);
        message("device: " + std::string(m_device.is_cuda() ? "CUDA" : "CPU") +
                (m_amp ? " (mixed precision)" : "") + ", torch threads " +
                std::to_string(at::get_num_threads()) + ", data threads " + std::to_string(m_c.dataThreads));
    }

    /// The fixed validation maps (their share of the bar), then the batch queue and step runner.
    void prepareData()
    {
        m_progress.setStage("preparing validation data");
        {
            PreparationProgress sub(*this);
            try {
                m_valSet =
                    detail::makeValidationSet(m_c, m_c.threads > 0 ? m_c.threads : defaultThreadCount(), sub);
            } catch (const CancelledError&) {
                stop();
            }
        }
        m_progress.setFraction(m_fraction.training(m_st.epoch, m_st.stepInEpoch));
        m_runner.emplace(*m_net, *m_opt, m_device, m_amp);
        m_runner->setLossScale(m_st.lossScale);
        m_queue.emplace(m_c, normalisation(), m_st.globalStep);
    }

    bool finished() const { return m_st.epoch >= m_c.epochs || m_result.earlyStopped; }

    /// The remaining optimiser steps of the current epoch.
    void trainSteps()
    {
        m_lr = learningRateFor(m_c, m_st.epoch);
        setLearningRate(*m_opt, m_lr);
        m_progress.setStage("epoch " + std::to_string(m_st.epoch + 1) + "/" + std::to_string(m_c.epochs));
        m_epochStart = Clock::now();
        m_firstStep = m_st.stepInEpoch;
        while (m_st.stepInEpoch < m_c.stepsPerEpoch) {
            if (m_progress.isCancelled())
                stop();
            detail::Batch batch;
            try {
                batch = m_queue->next(m_progress);
            } catch (const CancelledError&) {
                stop();
            }
            const double loss = step(batch);
            const double sec = std::chrono::duration<double>(Clock::now() - m_epochStart).count();
            const double sps =
                sec > 0 ? (m_st.stepInEpoch - m_firstStep) * static_cast<double>(m_c.batchSize) / sec : 0.0;
            if (m_observer)
                m_observer->onStep({m_st.epoch + 1, m_st.globalStep, loss, sps});
            m_progress.setFraction(m_fraction.training(m_st.epoch, m_st.stepInEpoch));
        }
    }

    /// Validation, report, best/last model, checkpoint, history.csv and early stopping.
    void endEpoch()
    {
        m_progress.setStage("validating epoch " + std::to_string(m_st.epoch + 1));
        detail::ValidationResult v;
        {
            ValidationProgress sub(*this);
            try {
                v = detail::validateNetwork(*m_net, m_valSet, m_device, m_amp, normalisation(),
                                            m_observer ? m_c.galleryCount : 0, sub);
            } catch (const CancelledError&) {
                // The epoch's steps are done; resume validates it again from the checkpoint.
                stop();
            }
        }
        const EpochReport r = report(v);
        const nlohmann::json metrics = epochReportToJson(r);
        if (r.best) {
            m_st.bestValLoss = v.loss;
            m_st.bestEpoch = r.epoch;
            m_st.sinceBest = 0;
            saveModel(m_result.modelFile, metrics);
        } else {
            ++m_st.sinceBest;
        }
        saveModel(m_result.lastModelFile, metrics);
        m_st.history.push_back(r);
        ++m_st.epoch;
        m_st.stepInEpoch = 0;
        m_st.epochLossSum = 0.0;
        m_st.epochLossCount = 0;
        writeCheckpoint();
        writeHistoryCsv(m_outDir / kHistoryName, m_st.history);
        if (m_observer)
            m_observer->onEpoch(r, v.gallery);
        if (m_c.earlyStoppingPatience > 0 && m_st.sinceBest >= m_c.earlyStoppingPatience &&
            m_st.epoch < m_c.epochs) {
            message("early stopping: no validation improvement for " + std::to_string(m_st.sinceBest) +
                    " epochs");
            m_result.earlyStopped = true;
        }
    }

    TrainResult result()
    {
        m_result.epochsDone = static_cast<int>(m_st.history.size());
        m_result.steps = m_st.globalStep;
        m_result.bestValLoss = m_st.bestValLoss;
        m_result.bestEpoch = m_st.bestEpoch;
        m_result.history = m_st.history;
        m_result.seconds = m_st.elapsedSeconds;
        return m_result;
    }

private:
    /// Validation-set preparation: the first share of the bar.
    class PreparationProgress final : public Progress {
    public:
        explicit PreparationProgress(const TrainingRun& run) : m_run(run) {}
        void setFraction(double f) override { m_run.m_progress.setFraction(m_run.m_fraction.preparation(f)); }
        bool isCancelled() const override { return m_run.m_progress.isCancelled(); }

    private:
        const TrainingRun& m_run;
    };
    /// End-of-epoch validation: the share after the epoch's last step.
    class ValidationProgress final : public Progress {
    public:
        explicit ValidationProgress(const TrainingRun& run) : m_run(run) {}
        void setFraction(double f) override
        {
            m_run.m_progress.setFraction(
                m_run.m_fraction.training(m_run.m_st.epoch, m_run.m_c.stepsPerEpoch, f));
        }
        bool isCancelled() const override { return m_run.m_progress.isCancelled(); }

    private:
        const TrainingRun& m_run;
    };

    void message(const std::string& m) const
    {
        if (m_observer)
            m_observer->onMessage(m);
    }

    void warnIfDatasetIncomplete() const
    {
        if (m_c.datasetDir.empty())
            return;
        const synthesis::DatasetReader dataset(m_c.datasetDir);
        if (!dataset.complete())
            message("warning: dataset " + m_c.datasetDir.string() + " is incomplete (" +
                    std::to_string(dataset.size()) + " of " + std::to_string(dataset.requestedCount()) +
                    " samples; the run that wrote it was interrupted): training uses only these; "
                    "`synth --resume` completes it");
    }

    Normalisation normalisation() const { return {m_c.normalisation, m_c.floatScale}; }

    /// One optimiser step with the NaN/Inf guard; returns the batch loss (NaN when rejected).
    double step(detail::Batch& batch)
    {
        const torch::Tensor in = torch::from_blob(
            batch.input.data(), {batch.count, batch.channels, batch.side, batch.side}, torch::kFloat32);
        const torch::Tensor tg =
            torch::from_blob(batch.target.data(), {batch.count, 1, batch.side, batch.side}, torch::kFloat32);
        const detail::StepOutcome out = m_runner->step(in, tg);
        ++m_st.globalStep;
        ++m_st.stepInEpoch;
        if (out.ok) {
            m_st.badSteps = 0;
            m_st.epochLossSum += out.loss;
            ++m_st.epochLossCount;
        } else if (out.overflow) {
            message("mixed precision: " + out.problem + "; step skipped, loss scale halved");
        } else {
            ++m_st.badSteps;
            message("step " + std::to_string(m_st.globalStep) + " rejected: " + out.problem +
                    "; weights and optimizer state rolled back (" + std::to_string(m_st.badSteps) + "/" +
                    std::to_string(m_c.maxBadSteps) + " consecutive)");
            if (m_st.badSteps >= m_c.maxBadSteps) {
                writeCheckpoint();
                throw Error(ErrorKind::Numerical,
                            "training aborted after " + std::to_string(m_st.badSteps) +
                                " consecutive NaN/Inf steps (last: " + out.problem +
                                "); the checkpoint holds the last good weights. Try a lower "
                                "learning rate.");
            }
        }
        return out.loss;
    }

    EpochReport report(const detail::ValidationResult& v)
    {
        const double epochSec = std::chrono::duration<double>(Clock::now() - m_epochStart).count();
        EpochReport r;
        r.epoch = m_st.epoch + 1;
        r.epochs = m_c.epochs;
        r.trainLoss = m_st.epochLossCount > 0 ? m_st.epochLossSum / static_cast<double>(m_st.epochLossCount)
                                              : std::numeric_limits<double>::quiet_NaN();
        r.valLoss = v.loss;
        r.ssimPoster = v.mean.ssimPoster;
        r.ssimWindowed = v.mean.ssimWindowed;
        r.snr = v.mean.snrRatio;
        r.snrDb = v.mean.snrDb;
        r.rmseM = v.mean.rmse;
        r.inputSsimPoster = v.inputMean.ssimPoster;
        r.inputSsimWindowed = v.inputMean.ssimWindowed;
        r.inputSnrDb = v.inputMean.snrDb;
        r.inputRmseM = v.inputMean.rmse;
        r.seconds = epochSec;
        r.samplesPerSec = (m_c.stepsPerEpoch - m_firstStep) * static_cast<double>(m_c.batchSize) / epochSec;
        r.learningRate = m_lr;
        r.etaSeconds = epochSec * (m_c.epochs - m_st.epoch - 1);
        r.best = std::isfinite(v.loss) && v.loss < m_st.bestValLoss;
        return r;
    }

    ModelInfo modelInfo(const nlohmann::json& finalMetrics) const
    {
        ModelInfo info;
        info.network = m_c.network;
        info.normalisation = normalisation();
        info.units = Units::Metres;
        info.trainingSize = m_c.cropSize > 0 ? m_c.cropSize : m_c.trainData.sampleSize;
        info.trainConfig = m_c;
        info.seed = m_c.seed;
        const nlohmann::json validation = {{"source", "on-the-fly synthesis"},
                                           {"preset", synthesis::regionPresetName(m_c.validationPreset)},
                                           {"count", m_c.validationSamples}};
        if (m_c.datasetDir.empty())
            info.datasets = {{"train",
                              {{"source", "on-the-fly synthesis"},
                               {"preset", synthesis::regionPresetName(m_c.trainData.regionPreset)}}},
                             {"validation", validation}};
        else
            info.datasets = {{"train", {{"source", "dataset"}, {"dir", m_c.datasetDir.string()}}},
                             {"validation", validation}};
        info.finalMetrics = finalMetrics;
        info.projectVersion = INSAR_VERSION;
        info.created = isoNowUtc();
        return info;
    }

    void saveModel(const std::filesystem::path& file, const nlohmann::json& metrics) const
    {
        if (!detail::allFinite(*m_net))
            throw Error(ErrorKind::Numerical,
                        "refusing to save " + file.string() + ": the weights contain NaN or Inf");
        writeModelFile(file, modelInfo(metrics), detail::serializeWeights(*m_net));
    }

    void writeCheckpoint()
    {
        m_st.elapsedSeconds =
            m_elapsedBefore + std::chrono::duration<double>(Clock::now() - m_runStart).count();
        if (m_runner)
            m_st.lossScale = m_runner->lossScale();
        detail::writeCheckpoint(m_result.checkpointFile, *m_net, *m_opt, m_st, m_c);
    }

    /// Cancelled: checkpoint at this step boundary, then CancelledError.
    [[noreturn]] void stop()
    {
        writeCheckpoint();
        message("stopped: checkpoint written to " + m_result.checkpointFile.string());
        throw CancelledError();
    }

    const TrainConfig& m_c;
    std::filesystem::path m_outDir;
    Progress& m_progress;
    TrainingObserver* m_observer;
    RunFraction m_fraction;
    torch::Device m_device{torch::kCPU};
    bool m_amp = false;
    std::shared_ptr<detail::ResidualNetwork> m_net;
    std::unique_ptr<torch::optim::Adam> m_opt;
    detail::TrainingState m_st;
    detail::ValidationSet m_valSet;
    std::optional<detail::StepRunner> m_runner;
    std::optional<detail::BatchQueue> m_queue;
    TrainResult m_result;
    Clock::time_point m_runStart;
    double m_elapsedBefore = 0.0;
    Clock::time_point m_epochStart;
    int m_firstStep = 0;
    double m_lr = 0.0;
};

} // namespace

struct Trainer::Impl {
    TrainConfig config;
    std::filesystem::path outDir;
};

Trainer::Trainer(TrainConfig config, std::filesystem::path outDir) : m_impl(std::make_unique<Impl>())
{
    m_impl->config = std::move(config);
    m_impl->outDir = std::move(outDir);
}

Trainer::~Trainer() = default;

const TrainConfig& Trainer::config() const
{
    return m_impl->config;
}

TrainResult Trainer::run(Progress& progress, TrainingObserver* observer, bool resume)
{
    TrainingRun run(m_impl->config, m_impl->outDir, progress, observer);
    run.start(resume);
    run.prepareData();
    while (!run.finished()) {
        run.trainSteps();
        run.endEpoch();
    }
    return run.result();
}

std::vector<std::filesystem::path> existingRunOutputs(const std::filesystem::path& outDir)
{
    std::vector<std::filesystem::path> found;
    std::error_code ec;
    for (const char* name : {kCheckpointName, kBestModelName, kLastModelName, kHistoryName})
        if (std::filesystem::exists(outDir / name, ec))
            found.push_back(outDir / name);
    return found;
}

} // namespace insar::nn
