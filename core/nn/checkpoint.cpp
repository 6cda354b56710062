#include "nn/detail/checkpoint.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/json_value.h"
#include "nn/training_history.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace insar::nn::detail {

namespace {

constexpr const char* kFormat = "insar-denoiser-checkpoint";

torch::Tensor jsonTensor(const nlohmann::json& j)
{
    const std::string s = j.dump();
    return torch::from_blob(const_cast<char*>(s.data()), {static_cast<long>(s.size())}, torch::kUInt8)
        .clone();
}

nlohmann::json tensorJson(const torch::Tensor& t)
{
    const torch::Tensor c = t.contiguous().to(torch::kCPU);
    return nlohmann::json::parse(std::string(reinterpret_cast<const char*>(c.data_ptr<std::uint8_t>()),
                                             static_cast<std::size_t>(c.numel())));
}

nlohmann::json stateJson(const TrainingState& s)
{
    return {{"epoch", s.epoch},
            {"stepInEpoch", s.stepInEpoch},
            {"globalStep", s.globalStep},
            {"epochLossSum", s.epochLossSum},
            {"epochLossCount", s.epochLossCount},
            {"badSteps", s.badSteps},
            {"bestValLoss", std::isfinite(s.bestValLoss) ? nlohmann::json(s.bestValLoss) : nlohmann::json()},
            {"bestEpoch", s.bestEpoch},
            {"sinceBest", s.sinceBest},
            {"elapsedSeconds", s.elapsedSeconds},
            {"lossScale", s.lossScale}};
}

void readState(const nlohmann::json& j, TrainingState& s)
{
    s.epoch = jsonInt(jsonMember(j, "epoch"), "epoch");
    s.stepInEpoch = jsonInt(jsonMember(j, "stepInEpoch"), "stepInEpoch");
    s.globalStep = jsonInt64(jsonMember(j, "globalStep"), "globalStep");
    s.epochLossSum = jsonNumber(jsonMember(j, "epochLossSum"), "epochLossSum");
    s.epochLossCount = jsonInt64(jsonMember(j, "epochLossCount"), "epochLossCount");
    s.badSteps = jsonInt(jsonMember(j, "badSteps"), "badSteps");
    // No best epoch yet: +infinity, stored as null (JSON has no infinity).
    s.bestValLoss = j.at("bestValLoss").is_null() ? std::numeric_limits<double>::infinity()
                                                  : jsonNumber(jsonMember(j, "bestValLoss"), "bestValLoss");
    s.bestEpoch = jsonInt(jsonMember(j, "bestEpoch"), "bestEpoch");
    s.sinceBest = jsonInt(jsonMember(j, "sinceBest"), "sinceBest");
    s.elapsedSeconds = jsonNumber(jsonMember(j, "elapsedSeconds"), "elapsedSeconds");
    s.lossScale = jsonNumber(jsonMember(j, "lossScale"), "lossScale");
}

std::string describe(const NetworkConfig& n)
{
    return n.architecture + ", depth " + std::to_string(n.depth) + ", " + std::to_string(n.channels) +
           " channels, " + std::to_string(n.inChannels) + " input channel(s), dilations " +
           (n.dilations.empty() ? std::string("none") : formatDilations(n.dilations));
}

/// The first setting that makes the checkpoint unusable with `config`, or "".
std::string incompatibility(const TrainConfig& saved, const TrainConfig& config)
{
    if (!(saved.network == config.network))
        return "the checkpoint's network (" + describe(saved.network) + ") differs from the config's (" +
               describe(config.network) + ")";
    if (saved.normalisation != config.normalisation || saved.floatScale != config.floatScale)
        return "the checkpoint's normalisation (" + normalisationName(saved.normalisation) + ", scale " +
               std::to_string(saved.floatScale) + ") differs from the config's (" +
               normalisationName(config.normalisation) + ", scale " + std::to_string(config.floatScale) + ")";
    if (saved.batchSize != config.batchSize)
        return "the checkpoint's batch size " + std::to_string(saved.batchSize) +
               " differs from the config's " + std::to_string(config.batchSize);
    if (saved.cropSize != config.cropSize)
        return "the checkpoint's crop size " + std::to_string(saved.cropSize) +
               " differs from the config's " + std::to_string(config.cropSize);
    if (saved.seed != config.seed)
        return "the checkpoint's seed " + std::to_string(saved.seed) + " differs from the config's " +
               std::to_string(config.seed);
    return {};
}

} // namespace

void writeCheckpoint(const std::filesystem::path& file, ResidualNetwork& net,
                     torch::optim::Optimizer& optimizer, const TrainingState& state,
                     const TrainConfig& config)
{
    if (!allFinite(net))
        throw Error(ErrorKind::Numerical, "refusing to write a checkpoint: the weights contain NaN or Inf");
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive modelArchive;
    net.save(modelArchive);
    archive.write("model", modelArchive);
    torch::serialize::OutputArchive optArchive;
    optimizer.save(optArchive);
    archive.write("optimizer", optArchive);
    archive.write("rng", at::detail::getDefaultCPUGenerator().get_state());
    nlohmann::json meta;
    meta["format"] = kFormat;
    meta["version"] = kCheckpointVersion;
    meta["state"] = stateJson(state);
    meta["config"] = config;
    meta["history"] = historyToJson(state.history);
    archive.write("meta", jsonTensor(meta));
    writeAtomically(file, [&](const std::filesystem::path& tmp) { archive.save_to(tmp.string()); });
}

void readCheckpoint(const std::filesystem::path& file, ResidualNetwork& net,
                    torch::optim::Optimizer& optimizer, TrainingState& state, const TrainConfig& config,
                    torch::Device device)
{
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        throw Error(ErrorKind::Io, file.string() + ": no checkpoint to resume from");
    if (std::filesystem::is_directory(file, ec))
        throw Error(ErrorKind::Io, file.string() + ": is a folder, not a checkpoint");
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(file.string(), device);
        torch::Tensor metaTensor;
        archive.read("meta", metaTensor);
        const nlohmann::json meta = tensorJson(metaTensor);
        if (!meta.contains("state") || !meta.contains("version"))
            throw Error(ErrorKind::Format,
                        file.string() + ": checkpoint from an older version of InSAR Denoiser (positional "
                                        "state); resume it with that version or start a new run");
        if (jsonInt(jsonMember(meta, "version"), "version") != kCheckpointVersion)
            throw Error(ErrorKind::Format,
                        file.string() + ": checkpoint version " +
                            std::to_string(jsonInt(jsonMember(meta, "version"), "version")) +
                            " (this program reads version " + std::to_string(kCheckpointVersion) + ")");
        TrainConfig saved;
        from_json(meta.at("config"), saved);
        if (const std::string why = incompatibility(saved, config); !why.empty())
            throw Error(file.string() + ": cannot resume: " + why);
        TrainingState s;
        readState(meta.at("state"), s);
        s.history = historyFromJson(meta.at("history"));

        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        net.load(modelArchive);
        torch::serialize::InputArchive optArchive;
        archive.read("optimizer", optArchive);
        optimizer.load(optArchive);
        torch::Tensor rng;
        archive.read("rng", rng);
        at::Generator gen = at::detail::getDefaultCPUGenerator();
        gen.set_state(rng.to(torch::kCPU));
        state = std::move(s);
    } catch (const c10::Error& e) {
        throw Error(ErrorKind::Format,
                    file.string() + ": unreadable checkpoint: " + e.what_without_backtrace());
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorKind::Format, file.string() + ": malformed checkpoint metadata: " + e.what());
    } catch (const Error& e) {
        if (std::string(e.what()).rfind(file.string(), 0) == 0)
            throw;
        throw Error(e.kind(), file.string() + ": " + e.what());
    }
}

} // namespace insar::nn::detail
