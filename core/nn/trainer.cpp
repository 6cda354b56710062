#include "nn/trainer.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/thread_config.h"
#include "metrics/image_metrics.h"
#include "nn/detail/data_pipeline.h"
#include "nn/detail/device.h"
#include "nn/detail/network.h"
#include "nn/detail/normaliser.h"
#include "nn/detail/training_step.h"
#include "nn/model_file.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <limits>
#include <sstream>

namespace insar::nn {

TrainingObserver::~TrainingObserver() = default;

void TrainingControl::requestPause()
{
    m_paused.store(true);
}

void TrainingControl::resume()
{
    {
        std::lock_guard lock(m_mutex);
        m_paused.store(false);
    }
    m_cv.notify_all();
}

bool TrainingControl::isPauseRequested() const
{
    return m_paused.load();
}

void TrainingControl::waitWhilePaused(const Progress& progress) const
{
    std::unique_lock lock(m_mutex);
    while (m_paused.load() && !progress.isCancelled())
        m_cv.wait_for(lock, std::chrono::milliseconds(100));
}

namespace {

using Clock = std::chrono::steady_clock;

std::string isoNowUtc()
{
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::ostringstream s;
    s << std::put_time(&tm, "%Y-%m-%dT%H:%M:%SZ");
    return s.str();
}

nlohmann::json epochJson(const EpochReport& r)
{
    return {{"epoch", r.epoch},
            {"epochs", r.epochs},
            {"trainLoss", r.trainLoss},
            {"valLoss", r.valLoss},
            {"ssimPoster", r.ssimPoster},
            {"ssimWindowed", r.ssimWindowed},
            {"snr", r.snr},
            {"snrDb", r.snrDb},
            {"rmseM", r.rmseM},
            {"inputSsimPoster", r.inputSsimPoster},
            {"inputSsimWindowed", r.inputSsimWindowed},
            {"inputSnrDb", r.inputSnrDb},
            {"inputRmseM", r.inputRmseM},
            {"seconds", r.seconds},
            {"samplesPerSec", r.samplesPerSec},
            {"etaSeconds", r.etaSeconds},
            {"best", r.best},
            {"learningRate", r.learningRate}};
}

EpochReport epochFromJson(const nlohmann::json& j)
{
    EpochReport r;
    r.epoch = j.at("epoch").get<int>();
    r.epochs = j.at("epochs").get<int>();
    r.trainLoss = j.at("trainLoss").get<double>();
    r.valLoss = j.at("valLoss").get<double>();
    r.ssimPoster = j.at("ssimPoster").get<double>();
    r.ssimWindowed = j.at("ssimWindowed").get<double>();
    r.snr = j.at("snr").get<double>();
    r.snrDb = j.at("snrDb").get<double>();
    r.rmseM = j.at("rmseM").get<double>();
    r.inputSsimPoster = j.at("inputSsimPoster").get<double>();
    r.inputSsimWindowed = j.at("inputSsimWindowed").get<double>();
    r.inputSnrDb = j.at("inputSnrDb").get<double>();
    r.inputRmseM = j.at("inputRmseM").get<double>();
    r.seconds = j.at("seconds").get<double>();
    r.samplesPerSec = j.at("samplesPerSec").get<double>();
    r.etaSeconds = j.at("etaSeconds").get<double>();
    r.best = j.at("best").get<bool>();
    r.learningRate = j.at("learningRate").get<double>();
    return r;
}

/// Everything besides weights and optimizer state that a checkpoint must restore.
struct RunState {
    int epoch = 0;               // 0-based epoch in progress
    int stepInEpoch = 0;         // steps of that epoch already done
    long long globalStep = 0;    // batches consumed (= next batch index)
    double epochLossSum = 0.0;
    long long epochLossCount = 0;
    int badSteps = 0;            // consecutive rejected steps
    double bestValLoss = std::numeric_limits<double>::infinity();
    int bestEpoch = 0;
    int sinceBest = 0;
    double elapsedSeconds = 0.0;
    double lossScale = 65536.0;
    std::vector<EpochReport> history;
};

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

torch::Tensor jsonTensor(const nlohmann::json& j)
{
    const std::string s = j.dump();
    return torch::from_blob(const_cast<char*>(s.data()), {static_cast<long>(s.size())}, torch::kUInt8).clone();
}

nlohmann::json tensorJson(const torch::Tensor& t)
{
    const torch::Tensor c = t.contiguous().to(torch::kCPU);
    return nlohmann::json::parse(std::string(reinterpret_cast<const char*>(c.data_ptr<std::uint8_t>()),
                                             static_cast<std::size_t>(c.numel())));
}

struct Validation {
    double loss = 0.0;
    metrics::QualityMetrics mean;          // prediction (means of each field over maps)
    metrics::QualityMetrics inputMean;     // uncorrected input
    std::vector<GalleryItem> gallery;
};

/// Field-by-field mean over the maps where the field is finite (an exact estimate gives an infinite
/// SNR, which would otherwise drag a 1/n-weighted sum down); 0 when no map has a finite value (the
/// history JSON and CSV hold finite numbers only).
metrics::QualityMetrics finiteMean(const std::vector<metrics::QualityMetrics>& all)
{
    metrics::QualityMetrics mean;
    for (const auto& f : metrics::QualityMetrics::fields()) {
        double sum = 0.0;
        int count = 0;
        for (const auto& m : all)
            if (const double v = m.*(f.member); std::isfinite(v)) {
                sum += v;
                ++count;
            }
        mean.*(f.member) = count > 0 ? sum / count : 0.0;
    }
    return mean;
}

} // namespace

struct Trainer::Impl {
    TrainConfig config;
    std::filesystem::path outDir;

    Normalisation normalisation() const
    {
        return {config.normalisation, config.floatScale};
    }

    ModelInfo modelInfo(const nlohmann::json& finalMetrics) const
    {
        ModelInfo info;
        info.network = config.network;
        info.normalisation = normalisation();
        info.units = Units::Metres;
        info.trainingSize = config.cropSize > 0 ? config.cropSize : config.trainData.sampleSize;
        info.trainConfig = config;
        info.seed = config.seed;
        if (config.datasetDir.empty())
            info.datasets = {{"train", {{"source", "on-the-fly synthesis"},
                                        {"preset", synthesis::regionPresetName(config.trainData.regionPreset)}}},
                             {"validation", {{"source", "on-the-fly synthesis"},
                                             {"preset", synthesis::regionPresetName(config.validationPreset)},
                                             {"count", config.validationSamples}}}};
        else
            info.datasets = {{"train", {{"source", "dataset"}, {"dir", config.datasetDir.string()}}},
                             {"validation", {{"source", "on-the-fly synthesis"},
                                             {"preset", synthesis::regionPresetName(config.validationPreset)},
                                             {"count", config.validationSamples}}}};
        info.finalMetrics = finalMetrics;
        info.projectVersion = INSAR_VERSION;
        info.created = isoNowUtc();
        return info;
    }

    void saveModel(detail::ResidualNetwork& net, const std::filesystem::path& file, const nlohmann::json& metrics) const
    {
        if (!detail::allFinite(net))
            throw Error(ErrorKind::Numerical, "refusing to save " + file.string() + ": the weights contain NaN or Inf");
        writeModelFile(file, modelInfo(metrics), detail::serializeWeights(net));
    }

    void saveCheckpoint(detail::ResidualNetwork& net, torch::optim::Adam& opt, const RunState& st) const
    {
        if (!detail::allFinite(net))
            throw Error(ErrorKind::Numerical, "refusing to write a checkpoint: the weights contain NaN or Inf");
        torch::serialize::OutputArchive archive;
        torch::serialize::OutputArchive modelArchive;
        net.save(modelArchive);
        archive.write("model", modelArchive);
        torch::serialize::OutputArchive optArchive;
        opt.save(optArchive);
        archive.write("optimizer", optArchive);
        archive.write("state", torch::tensor(std::vector<std::int64_t>{st.epoch, st.stepInEpoch, st.globalStep,
                                                                       st.epochLossCount, st.badSteps, st.bestEpoch,
                                                                       st.sinceBest}));
        archive.write("stateF", torch::tensor(std::vector<double>{st.epochLossSum, st.bestValLoss, st.elapsedSeconds,
                                                                  st.lossScale},
                                              torch::kFloat64));
        archive.write("rng", at::detail::getDefaultCPUGenerator().get_state());
        nlohmann::json meta;
        meta["config"] = config;
        meta["history"] = nlohmann::json::array();
        for (const auto& r : st.history)
            meta["history"].push_back(epochJson(r));
        archive.write("meta", jsonTensor(meta));
        writeAtomically(outDir / "checkpoint.pt", [&](const std::filesystem::path& tmp) { archive.save_to(tmp.string()); });
    }

    void loadCheckpoint(detail::ResidualNetwork& net, torch::optim::Adam& opt, RunState& st, torch::Device device) const
    {
        const auto file = outDir / "checkpoint.pt";
        if (!std::filesystem::exists(file))
            throw Error(ErrorKind::Io, file.string() + ": no checkpoint to resume from");
        try {
            torch::serialize::InputArchive archive;
            archive.load_from(file.string(), device);
            torch::serialize::InputArchive modelArchive;
            archive.read("model", modelArchive);
            net.load(modelArchive);
            torch::serialize::InputArchive optArchive;
            archive.read("optimizer", optArchive);
            opt.load(optArchive);
            torch::Tensor state, stateF, rng, meta;
            archive.read("state", state);
            archive.read("stateF", stateF);
            archive.read("rng", rng);
            archive.read("meta", meta);
            state = state.to(torch::kCPU);
            stateF = stateF.to(torch::kCPU);
            auto s = state.accessor<std::int64_t, 1>();
            st.epoch = static_cast<int>(s[0]);
            st.stepInEpoch = static_cast<int>(s[1]);
            st.globalStep = s[2];
            st.epochLossCount = s[3];
            st.badSteps = static_cast<int>(s[4]);
            st.bestEpoch = static_cast<int>(s[5]);
            st.sinceBest = static_cast<int>(s[6]);
            auto f = stateF.accessor<double, 1>();
            st.epochLossSum = f[0];
            st.bestValLoss = f[1];
            st.elapsedSeconds = f[2];
            st.lossScale = f[3];
            at::Generator gen = at::detail::getDefaultCPUGenerator();
            gen.set_state(rng.to(torch::kCPU));
            const nlohmann::json j = tensorJson(meta);
            TrainConfig saved;
            from_json(j.at("config"), saved);
            if (!(saved.network == config.network) || saved.normalisation != config.normalisation ||
                saved.floatScale != config.floatScale || saved.batchSize != config.batchSize ||
                saved.cropSize != config.cropSize || saved.seed != config.seed)
                throw Error(file.string() + ": the checkpoint was made with a different network, normalisation, "
                                            "batch size, crop size or seed than the current config");
            st.history.clear();
            for (const auto& r : j.at("history"))
                st.history.push_back(epochFromJson(r));
        } catch (const c10::Error& e) {
            throw Error(ErrorKind::Format, file.string() + ": unreadable checkpoint: " + e.what_without_backtrace());
        } catch (const nlohmann::json::exception& e) {
            throw Error(ErrorKind::Format, file.string() + ": malformed checkpoint metadata: " + e.what());
        }
    }

    Validation validate(detail::ResidualNetwork& net, const detail::ValidationSet& set, torch::Device device,
                        bool amp, bool wantGallery, Progress& progress) const
    {
        Validation v;
        net.eval();
        torch::NoGradGuard noGrad;
        const Normalisation norm = normalisation();
        const std::size_t n = set.inputs.size();
        double lossSum = 0.0;
        std::vector<metrics::QualityMetrics> after, before;
        for (std::size_t i = 0; i < n; ++i) {
            progress.throwIfCancelled();
            const Raster& y = set.inputs[i];
            const Raster& x = set.references[i];
            const detail::MapScaling s = detail::scalingFor(y.data(), y.size(), norm);
            std::vector<float> yn(y.size()), target(y.size());
            for (std::size_t k = 0; k < y.size(); ++k) {
                yn[k] = static_cast<float>((y.data()[k] - s.offset) / s.unit);
                target[k] = static_cast<float>((y.data()[k] - x.data()[k]) / s.unit);
            }
            const torch::Tensor in =
                torch::from_blob(yn.data(), {1, 1, y.height(), y.width()}, torch::kFloat32).to(device);
            const torch::Tensor r = detail::forwardMaybeAmp(net, in, amp).to(torch::kCPU).contiguous();
            const torch::Tensor t = torch::from_blob(target.data(), {1, 1, y.height(), y.width()}, torch::kFloat32);
            lossSum += detail::posterLoss(r, t).item<double>();
            Raster pred = y;
            const float* rp = r.data_ptr<float>();
            for (std::size_t k = 0; k < y.size(); ++k)
                pred.data()[k] = static_cast<float>(s.offset + s.unit * (yn[k] - rp[k]));
            detail::preserveMean(y.data(), pred.data(), pred.size());   // as the denoiser does
            after.push_back(metrics::computeQualityMetrics(x, pred));
            before.push_back(metrics::computeQualityMetrics(x, y));
            if (wantGallery && static_cast<int>(i) < config.galleryCount)
                v.gallery.push_back({y, pred, x});
        }
        v.loss = lossSum / static_cast<double>(n);
        v.mean = finiteMean(after);
        v.inputMean = finiteMean(before);
        return v;
    }
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

TrainResult Trainer::run(Progress& progress, TrainingObserver* observer, TrainingControl* control, bool resume)
{
    Impl& d = *m_impl;
    const TrainConfig& c = d.config;
    validate(c);
    configureTorchThreads(c.threads);
    const torch::Device device = detail::selectDevice(c.device);
    const bool amp = c.mixedPrecision && device.is_cuda();
    auto message = [&](const std::string& m) {
        if (observer)
            observer->onMessage(m);
    };
    std::error_code ec;
    std::filesystem::create_directories(d.outDir, ec);
    if (ec)
        throw Error(ErrorKind::Io, d.outDir.string() + ": cannot create the output folder: " + ec.message());

    torch::manual_seed(c.seed);
    auto net = detail::makeNetwork(c.network);
    net->to(device);
    torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(c.learningRate));
    RunState st;
    if (resume) {
        d.loadCheckpoint(*net, opt, st, device);
        message("resumed from " + (d.outDir / "checkpoint.pt").string() + " at epoch " + std::to_string(st.epoch + 1) +
                ", step " + std::to_string(st.globalStep));
    }
    saveTrainConfig(c, d.outDir / "config.json");
    message("device: " + std::string(device.is_cuda() ? "CUDA" : "CPU") + (amp ? " (mixed precision)" : "") +
            ", torch threads " + std::to_string(at::get_num_threads()) + ", data threads " +
            std::to_string(c.dataThreads));

    TrainResult result;
    result.modelFile = d.outDir / "model.model";
    result.lastModelFile = d.outDir / "last.model";
    result.checkpointFile = d.outDir / "checkpoint.pt";

    progress.setStage("preparing validation data");
    detail::ValidationSet valSet;
    {
        SubProgress sub(progress, 0.0, 0.0);
        try {
            valSet = detail::makeValidationSet(c, std::max(1, c.threads > 0 ? c.threads : defaultThreadCount()), sub);
        } catch (const CancelledError&) {
            result.stopped = true;
            result.history = st.history;
            return result;
        }
    }

    detail::StepRunner runner(*net, opt, device, amp);
    runner.setLossScale(st.lossScale);
    detail::BatchQueue queue(c, d.normalisation(), st.globalStep);
    const long long totalSteps = static_cast<long long>(c.epochs) * c.stepsPerEpoch;
    const auto runStart = Clock::now();
    const double elapsedBefore = st.elapsedSeconds;

    auto finish = [&] {
        result.epochsDone = static_cast<int>(st.history.size());
        result.steps = st.globalStep;
        result.bestValLoss = st.bestValLoss;
        result.bestEpoch = st.bestEpoch;
        result.history = st.history;
        result.seconds = st.elapsedSeconds;
        return result;
    };
    auto stopNow = [&] {
        st.elapsedSeconds = elapsedBefore + std::chrono::duration<double>(Clock::now() - runStart).count();
        st.lossScale = runner.lossScale();
        d.saveCheckpoint(*net, opt, st);
        message("stopped: checkpoint written to " + result.checkpointFile.string());
        result.stopped = true;
        return finish();
    };

    while (st.epoch < c.epochs) {
        const double lr = learningRateFor(c, st.epoch);
        setLearningRate(opt, lr);
        progress.setStage("epoch " + std::to_string(st.epoch + 1) + "/" + std::to_string(c.epochs));
        const auto epochStart = Clock::now();
        const int firstStep = st.stepInEpoch;
        double waitFree = 0.0;
        while (st.stepInEpoch < c.stepsPerEpoch) {
            if (control)
                control->waitWhilePaused(progress);
            if (progress.isCancelled())
                return stopNow();
            detail::Batch batch;
            try {
                batch = queue.next(progress);
            } catch (const CancelledError&) {
                return stopNow();
            }
            const auto stepStart = Clock::now();
            const torch::Tensor in =
                torch::from_blob(batch.input.data(), {batch.count, 1, batch.side, batch.side}, torch::kFloat32);
            const torch::Tensor tg =
                torch::from_blob(batch.target.data(), {batch.count, 1, batch.side, batch.side}, torch::kFloat32);
            const detail::StepOutcome out = runner.step(in, tg);
            ++st.globalStep;
            ++st.stepInEpoch;
            if (out.ok) {
                st.badSteps = 0;
                st.epochLossSum += out.loss;
                ++st.epochLossCount;
            } else if (out.overflow) {
                message("mixed precision: " + out.problem + "; step skipped, loss scale halved");
            } else {
                ++st.badSteps;
                message("step " + std::to_string(st.globalStep) + " rejected: " + out.problem +
                        "; weights and optimizer state rolled back (" + std::to_string(st.badSteps) + "/" +
                        std::to_string(c.maxBadSteps) + " consecutive)");
                if (st.badSteps >= c.maxBadSteps) {
                    st.elapsedSeconds = elapsedBefore + std::chrono::duration<double>(Clock::now() - runStart).count();
                    d.saveCheckpoint(*net, opt, st);
                    throw Error(ErrorKind::Numerical,
                                "training aborted after " + std::to_string(st.badSteps) +
                                    " consecutive NaN/Inf steps (last: " + out.problem +
                                    "); the checkpoint holds the last good weights. Try a lower learning rate.");
                }
            }
            waitFree += std::chrono::duration<double>(Clock::now() - stepStart).count();
            const double sec = std::chrono::duration<double>(Clock::now() - epochStart).count();
            const double sps = sec > 0 ? (st.stepInEpoch - firstStep) * static_cast<double>(c.batchSize) / sec : 0.0;
            if (observer)
                observer->onStep({st.epoch + 1, st.globalStep, out.loss, sps});
            progress.setFraction(static_cast<double>(st.globalStep) / static_cast<double>(totalSteps));
        }
        (void)waitFree;

        // End of epoch: validation, best model, checkpoint.
        progress.setStage("validating epoch " + std::to_string(st.epoch + 1));
        Validation v;
        try {
            v = d.validate(*net, valSet, device, amp, observer != nullptr, progress);
        } catch (const CancelledError&) {
            // The epoch's steps are done; resume validates it again from the checkpoint.
            st.stepInEpoch = c.stepsPerEpoch;
            return stopNow();
        }
        const double epochSec = std::chrono::duration<double>(Clock::now() - epochStart).count();
        EpochReport r;
        r.epoch = st.epoch + 1;
        r.epochs = c.epochs;
        r.trainLoss = st.epochLossCount > 0 ? st.epochLossSum / static_cast<double>(st.epochLossCount)
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
        r.samplesPerSec = (c.stepsPerEpoch - firstStep) * static_cast<double>(c.batchSize) / epochSec;
        r.learningRate = lr;
        st.elapsedSeconds = elapsedBefore + std::chrono::duration<double>(Clock::now() - runStart).count();
        r.etaSeconds = epochSec * (c.epochs - st.epoch - 1);
        r.best = std::isfinite(v.loss) && v.loss < st.bestValLoss;
        const nlohmann::json metricsJson = epochJson(r);
        if (r.best) {
            st.bestValLoss = v.loss;
            st.bestEpoch = r.epoch;
            st.sinceBest = 0;
            d.saveModel(*net, result.modelFile, metricsJson);
        } else {
            ++st.sinceBest;
        }
        d.saveModel(*net, result.lastModelFile, metricsJson);
        st.history.push_back(r);
        ++st.epoch;
        st.stepInEpoch = 0;
        st.epochLossSum = 0.0;
        st.epochLossCount = 0;
        st.lossScale = runner.lossScale();
        d.saveCheckpoint(*net, opt, st);
        {
            std::ostringstream csv;
            csv << "epoch,train_loss,val_loss,ssim_poster,ssim_windowed,snr_db,rmse_m,input_ssim_poster,"
                   "input_ssim_windowed,input_snr_db,input_rmse_m,seconds,samples_per_sec,learning_rate,best\n";
            csv << std::setprecision(9);
            for (const auto& h : st.history)
                csv << h.epoch << ',' << h.trainLoss << ',' << h.valLoss << ',' << h.ssimPoster << ',' << h.ssimWindowed
                    << ',' << h.snrDb << ',' << h.rmseM << ',' << h.inputSsimPoster << ',' << h.inputSsimWindowed << ','
                    << h.inputSnrDb << ',' << h.inputRmseM << ',' << h.seconds << ',' << h.samplesPerSec << ','
                    << h.learningRate << ',' << (h.best ? 1 : 0) << '\n';
            writeFileAtomically(d.outDir / "history.csv", csv.str());
        }
        if (observer)
            observer->onEpoch(r, v.gallery);
        if (c.earlyStoppingPatience > 0 && st.sinceBest >= c.earlyStoppingPatience && st.epoch < c.epochs) {
            message("early stopping: no validation improvement for " + std::to_string(st.sinceBest) + " epochs");
            result.earlyStopped = true;
            break;
        }
    }
    return finish();
}

} // namespace insar::nn
