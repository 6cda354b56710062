#include "nn/train_config.h"

#include "common/atomic_file.h"
#include "common/error.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace insar::nn {

std::string normalisationName(NormalisationMode mode)
{
    return mode == NormalisationMode::Poster8Bit ? "poster8bit" : "float";
}

NormalisationMode parseNormalisation(const std::string& text)
{
    if (text == "float")
        return NormalisationMode::Float;
    if (text == "poster8bit" || text == "8bit")
        return NormalisationMode::Poster8Bit;
    throw Error("unknown normalisation '" + text + "' (use float or poster8bit)");
}

void validate(const TrainConfig& c)
{
    validate(c.network);
    c.trainData.validate();
    auto positive = [](int v, const char* name) {
        if (v <= 0)
            throw Error(std::string(name) + " must be positive (got " + std::to_string(v) + ")");
    };
    positive(c.epochs, "epochs");
    positive(c.stepsPerEpoch, "stepsPerEpoch");
    positive(c.batchSize, "batchSize");
    positive(c.validationSamples, "validationSamples");
    positive(c.prefetchBatches, "prefetchBatches");
    positive(c.cropsPerSample, "cropsPerSample");
    positive(c.dataThreads, "dataThreads");
    positive(c.maxBadSteps, "maxBadSteps");
    if (!(c.learningRate > 0.0) || !std::isfinite(c.learningRate))
        throw Error("learningRate must be a positive number");
    if (!(c.lrGamma > 0.0) || !std::isfinite(c.lrGamma))
        throw Error("lrGamma must be a positive number");
    for (std::size_t i = 1; i < c.lrMilestones.size(); ++i)
        if (c.lrMilestones[i] <= c.lrMilestones[i - 1])
            throw Error("lrMilestones must be strictly increasing");
    if (c.earlyStoppingPatience < 0)
        throw Error("earlyStoppingPatience must be >= 0");
    if (c.device != "auto" && c.device != "cpu" && c.device != "cuda")
        throw Error("device must be auto, cpu or cuda (got '" + c.device + "')");
    if (c.threads < 0)
        throw Error("threads must be >= 0");
    if (c.galleryCount < 0)
        throw Error("galleryCount must be >= 0");
    if (c.cropSize != 0 && (c.cropSize < 8 || c.cropSize > c.trainData.sampleSize))
        throw Error("cropSize must be 0 (full maps) or between 8 and the sample size " +
                    std::to_string(c.trainData.sampleSize) + " (got " + std::to_string(c.cropSize) + ")");
    if (!(c.floatScale > 0.0) || !std::isfinite(c.floatScale))
        throw Error("floatScale must be a positive number");
}

void to_json(nlohmann::json& j, const TrainConfig& c)
{
    j = nlohmann::json::object();
    j["network"] = c.network;
    j["trainData"] = c.trainData.toJson();
    j["validationPreset"] = synthesis::regionPresetName(c.validationPreset);
    j["epochs"] = c.epochs;
    j["stepsPerEpoch"] = c.stepsPerEpoch;
    j["batchSize"] = c.batchSize;
    j["validationSamples"] = c.validationSamples;
    j["learningRate"] = c.learningRate;
    j["lrMilestones"] = c.lrMilestones;
    j["lrGamma"] = c.lrGamma;
    j["earlyStoppingPatience"] = c.earlyStoppingPatience;
    j["device"] = c.device;
    j["mixedPrecision"] = c.mixedPrecision;
    j["seed"] = c.seed;
    j["datasetDir"] = c.datasetDir.string();
    j["threads"] = c.threads;
    j["prefetchBatches"] = c.prefetchBatches;
    j["galleryCount"] = c.galleryCount;
    j["cropSize"] = c.cropSize;
    j["cropsPerSample"] = c.cropsPerSample;
    j["dataThreads"] = c.dataThreads;
    j["normalisation"] = normalisationName(c.normalisation);
    j["floatScale"] = c.floatScale;
    j["maxBadSteps"] = c.maxBadSteps;
    j["augment"] = c.augment;
}

void from_json(const nlohmann::json& j, TrainConfig& c)
{
    if (!j.is_object())
        throw Error(ErrorKind::Format, "training config must be a JSON object");
    std::string current;
    try {
        for (auto it = j.begin(); it != j.end(); ++it) {
            const std::string& k = it.key();
            current = k;
            const nlohmann::json& v = *it;
            if (k == "network")
                from_json(v, c.network);
            else if (k == "trainData")
                c.trainData = synthesis::SynthesisConfig::fromJson(v);
            else if (k == "validationPreset") {
                const auto p = synthesis::parseRegionPreset(v.get<std::string>());
                if (!p)
                    throw Error("unknown region preset '" + v.get<std::string>() + "'");
                c.validationPreset = *p;
            } else if (k == "epochs")
                c.epochs = v.get<int>();
            else if (k == "stepsPerEpoch")
                c.stepsPerEpoch = v.get<int>();
            else if (k == "batchSize")
                c.batchSize = v.get<int>();
            else if (k == "validationSamples")
                c.validationSamples = v.get<int>();
            else if (k == "learningRate")
                c.learningRate = v.get<double>();
            else if (k == "lrMilestones")
                c.lrMilestones = v.get<std::vector<int>>();
            else if (k == "lrGamma")
                c.lrGamma = v.get<double>();
            else if (k == "earlyStoppingPatience")
                c.earlyStoppingPatience = v.get<int>();
            else if (k == "device")
                c.device = v.get<std::string>();
            else if (k == "mixedPrecision")
                c.mixedPrecision = v.get<bool>();
            else if (k == "seed")
                c.seed = v.get<std::uint64_t>();
            else if (k == "datasetDir")
                c.datasetDir = v.get<std::string>();
            else if (k == "threads")
                c.threads = v.get<int>();
            else if (k == "prefetchBatches")
                c.prefetchBatches = v.get<int>();
            else if (k == "galleryCount")
                c.galleryCount = v.get<int>();
            else if (k == "cropSize")
                c.cropSize = v.get<int>();
            else if (k == "cropsPerSample")
                c.cropsPerSample = v.get<int>();
            else if (k == "dataThreads")
                c.dataThreads = v.get<int>();
            else if (k == "normalisation")
                c.normalisation = parseNormalisation(v.get<std::string>());
            else if (k == "floatScale")
                c.floatScale = v.get<double>();
            else if (k == "maxBadSteps")
                c.maxBadSteps = v.get<int>();
            else if (k == "augment")
                c.augment = v.get<bool>();
            else
                throw Error(ErrorKind::Format, "unknown key '" + k + "'");
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorKind::Format, "key '" + current + "': " + e.what());
    }
}

TrainConfig loadTrainConfig(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        throw Error(ErrorKind::Io, file.string() + ": cannot open training config");
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(in);
    } catch (const nlohmann::json::parse_error& e) {
        throw Error(ErrorKind::Format, file.string() + ": malformed JSON: " + e.what());
    }
    TrainConfig c;
    try {
        from_json(j, c);
        validate(c);
    } catch (const Error& e) {
        throw Error(ErrorKind::Format, file.string() + ": " + e.what());
    }
    return c;
}

void saveTrainConfig(const TrainConfig& config, const std::filesystem::path& file)
{
    nlohmann::json j = config;
    writeFileAtomically(file, j.dump(2) + "\n");
}

} // namespace insar::nn
