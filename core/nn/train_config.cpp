#include "nn/train_config.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/thread_config.h"
#include "common/json_value.h"
#include "nn/device_kind.h"

#include <nlohmann/json.hpp>

#include <cmath>
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
    // Upper bounds keep a typo from asking for terabytes or a run of centuries.
    auto inRange = [](long long v, const char* name, long long lo, long long hi) {
        if (v < lo || v > hi)
            throw Error(std::string(name) + " must be between " + std::to_string(lo) + " and " +
                        std::to_string(hi) + " (got " + std::to_string(v) + ")");
    };
    inRange(c.epochs, "epochs", 1, kMaxEpochs);
    inRange(c.stepsPerEpoch, "stepsPerEpoch", 1, kMaxStepsPerEpoch);
    inRange(c.batchSize, "batchSize", 1, kMaxBatchSize);
    inRange(c.validationSamples, "validationSamples", 1, kMaxValidationSamples);
    inRange(c.prefetchBatches, "prefetchBatches", 1, kMaxPrefetchBatches);
    inRange(c.cropsPerSample, "cropsPerSample", 1, kMaxCropsPerSample);
    inRange(c.dataThreads, "dataThreads", 1, kMaxThreads);
    inRange(c.threads, "threads", 0, kMaxThreads);
    inRange(c.maxBadSteps, "maxBadSteps", 1, kMaxBadStepsLimit);
    inRange(c.earlyStoppingPatience, "earlyStoppingPatience", 0, kMaxEpochs);
    inRange(c.galleryCount, "galleryCount", 0, kMaxGalleryCount);
    auto number = [](double v, const char* name, double lo, double hi) {
        if (!(v > lo && v <= hi)) {
            std::ostringstream s;
            s << name << " must be a number above " << lo << " and at most " << hi << " (got " << v << ")";
            throw Error(s.str());
        }
    };
    number(c.learningRate, "learningRate", 0.0, kMaxLearningRate);
    number(c.lrGamma, "lrGamma", 0.0, kMaxLrGamma);
    number(c.floatScale, "floatScale", 0.0, kMaxFloatScale);
    for (std::size_t i = 0; i < c.lrMilestones.size(); ++i) {
        inRange(c.lrMilestones[i], "lrMilestones", 1, kMaxEpochs);
        if (i > 0 && c.lrMilestones[i] <= c.lrMilestones[i - 1])
            throw Error("lrMilestones must be strictly increasing");
    }
    if (c.cropSize != 0 && (c.cropSize < 8 || c.cropSize > c.trainData.sampleSize))
        throw Error("cropSize must be 0 (full maps) or between 8 and the sample size " +
                    std::to_string(c.trainData.sampleSize) + " (got " + std::to_string(c.cropSize) + ")");
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
    j["device"] = deviceKindName(c.device);
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
                const std::string name = jsonString(v, k);
                const auto p = synthesis::parseRegionPreset(name);
                if (!p)
                    throw Error(ErrorKind::Format,
                                "key 'validationPreset': unknown region preset '" + name + "'");
                c.validationPreset = *p;
            } else if (k == "epochs")
                c.epochs = jsonInt(v, k);
            else if (k == "stepsPerEpoch")
                c.stepsPerEpoch = jsonInt(v, k);
            else if (k == "batchSize")
                c.batchSize = jsonInt(v, k);
            else if (k == "validationSamples")
                c.validationSamples = jsonInt(v, k);
            else if (k == "learningRate")
                c.learningRate = jsonNumber(v, k);
            else if (k == "lrMilestones")
                c.lrMilestones = jsonIntArray(v, k);
            else if (k == "lrGamma")
                c.lrGamma = jsonNumber(v, k);
            else if (k == "earlyStoppingPatience")
                c.earlyStoppingPatience = jsonInt(v, k);
            else if (k == "device")
                c.device = deviceKindFromName(jsonString(v, k));
            else if (k == "mixedPrecision")
                c.mixedPrecision = jsonBool(v, k);
            else if (k == "seed")
                c.seed = jsonUint64(v, k);
            else if (k == "datasetDir")
                c.datasetDir = jsonString(v, k);
            else if (k == "threads")
                c.threads = jsonInt(v, k);
            else if (k == "prefetchBatches")
                c.prefetchBatches = jsonInt(v, k);
            else if (k == "galleryCount")
                c.galleryCount = jsonInt(v, k);
            else if (k == "cropSize")
                c.cropSize = jsonInt(v, k);
            else if (k == "cropsPerSample")
                c.cropsPerSample = jsonInt(v, k);
            else if (k == "dataThreads")
                c.dataThreads = jsonInt(v, k);
            else if (k == "normalisation")
                c.normalisation = parseNormalisation(jsonString(v, k));
            else if (k == "floatScale")
                c.floatScale = jsonNumber(v, k);
            else if (k == "maxBadSteps")
                c.maxBadSteps = jsonInt(v, k);
            else if (k == "augment")
                c.augment = jsonBool(v, k);
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
        // what() starts with the library's "[json.exception.parse_error.101] " tag: drop it.
        std::string why = e.what();
        if (const auto tag = why.find("] "); why.rfind("[json.exception", 0) == 0 && tag != std::string::npos)
            why.erase(0, tag + 2);
        throw Error(ErrorKind::Format, file.string() + ": malformed JSON: " + why);
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
