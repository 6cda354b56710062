// `train`: trains the DnCNN denoiser (core/nn/trainer.h) with a progress line per epoch.
#include "cli_errors.h"
#include "cli_options.h"
#include "cli_progress.h"
#include "command_registry.h"
#include "common/error.h"
#include "common/thread_config.h"
#include "nn/train_config.h"
#include "nn/trainer.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>

namespace {

struct TrainOptions {
    std::string config;
    std::string out;
    std::optional<int> epochs, stepsPerEpoch, batch, depth, channels, crop, cropsPerSample, threads,
        dataThreads, valSamples, sampleSize, patience, levels;
    std::optional<double> lr, lrGamma;
    std::vector<int> milestones;
    std::optional<std::string> device, dataset, normalisation, dilations, architecture;
    std::optional<std::uint64_t> seed;
    bool resume = false;
    bool demInput = false;
    bool overwrite = false;
    bool quiet = false;
};

class EpochPrinter final : public insar::nn::TrainingObserver {
public:
    void onEpoch(const insar::nn::EpochReport& r, const std::vector<insar::nn::GalleryItem>&) override
    {
        std::printf("%s\n", insar::nn::formatEpochLine(r).c_str());
        std::fflush(stdout);
    }
    void onMessage(const std::string& m) override { std::fprintf(stderr, "train: %s\n", m.c_str()); }
};

insar::cli::Runner setupTrain(CLI::App& sub)
{
    auto o = std::make_shared<TrainOptions>();
    sub.add_option("--config", o->config, "Training config JSON (defaults: the poster's settings)");
    sub.add_option("--out", o->out, "Output folder (checkpoint.pt, model.model, last.model, history.csv)")
        ->required();
    sub.add_option("--epochs", o->epochs, "Number of epochs");
    sub.add_option("--steps-per-epoch", o->stepsPerEpoch, "Optimiser steps per epoch");
    sub.add_option("--batch", o->batch, "Batch size (poster: 64)");
    sub.add_option(
           "--architecture", o->architecture,
           "dncnn (the poster's, default) or unet (multi-scale: sees ramps and long-wavelength delay)")
        ->check(CLI::IsMember(insar::nn::availableArchitectures()));
    sub.add_option("--depth", o->depth, "Network depth in conv layers (poster: 20)");
    sub.add_option("--levels", o->levels, "unet: stride-2 downsamplings, 1..5 (default 3)");
    sub.add_flag("--dem-input", o->demInput,
                 "Give the network the DEM as a second input channel (then denoise needs --dem)");
    sub.add_option("--channels", o->channels, "Feature channels (poster: 64)");
    sub.add_option("--dilations", o->dilations,
                   "Dilation per conv layer, comma separated, one per layer (e.g. 1,2,4,8,16,16,8,4,2,1); "
                   "\"none\" = plain DnCNN");
    sub.add_option("--crop", o->crop, "Training crop side in pixels (0 = full samples)");
    sub.add_option("--crops-per-sample", o->cropsPerSample, "Crops taken from each synthesised sample");
    sub.add_option("--lr", o->lr, "Adam learning rate");
    sub.add_option("--milestones", o->milestones,
                   "Epochs at which the learning rate is multiplied by --lr-gamma "
                   "(comma separated; default 30,60,90)")
        ->delimiter(',');
    sub.add_option("--lr-gamma", o->lrGamma, "Learning-rate factor at each milestone (default 0.2)");
    sub.add_option("--device", o->device, "auto | cpu | cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    sub.add_option("--seed", o->seed, "Random seed (network init and data)");
    insar::cli::addThreadsOption(sub, o->threads, "Torch threads (default: all cores / INSAR_THREADS)");
    insar::cli::addThreadsOption(sub, o->dataThreads, "Synthesis worker threads (0: all cores)",
                                 "--data-threads");
    sub.add_option("--dataset", o->dataset,
                   "Train on a dataset written by `synth` instead of on-the-fly synthesis");
    sub.add_option("--val-samples", o->valSamples, "Validation maps (full size, validation preset)");
    sub.add_option("--sample-size", o->sampleSize, "Side of the synthesised samples (poster: 300)");
    sub.add_option("--normalisation", o->normalisation, "float | poster8bit")
        ->check(CLI::IsMember({"float", "poster8bit"}));
    sub.add_option("--patience", o->patience, "Early-stopping patience in epochs (0 = off)");
    auto* resume =
        sub.add_flag("--resume", o->resume,
                     "Continue from <out>/checkpoint.pt (config from <out>/config.json unless --config)");
    sub.add_flag("--overwrite", o->overwrite,
                 "Start a new run in an --out folder that holds a previous one, "
                 "deleting its checkpoint, models and history")
        ->excludes(resume);
    sub.add_flag("--quiet", o->quiet, "No status line (epoch lines are still printed)");
    return [o]() -> int {
        namespace nn = insar::nn;
        nn::TrainConfig c;
        const std::filesystem::path out(o->out);
        if (!o->config.empty())
            c = nn::loadTrainConfig(o->config);
        else if (o->resume && std::filesystem::exists(out / "config.json"))
            c = nn::loadTrainConfig(out / "config.json");
        if (o->epochs)
            c.epochs = *o->epochs;
        if (o->stepsPerEpoch)
            c.stepsPerEpoch = *o->stepsPerEpoch;
        if (o->batch)
            c.batchSize = *o->batch;
        if (o->architecture)
            c.network.architecture = *o->architecture;
        if (o->levels)
            c.network.levels = *o->levels;
        if (o->demInput)
            c.network.inChannels = 2;
        if (o->depth)
            c.network.depth = *o->depth;
        if (o->channels)
            c.network.channels = *o->channels;
        if (o->dilations)
            c.network.dilations =
                *o->dilations == "none" ? std::vector<int>{} : nn::parseDilations(*o->dilations);
        if (o->crop)
            c.cropSize = *o->crop;
        if (o->cropsPerSample)
            c.cropsPerSample = *o->cropsPerSample;
        if (o->lr)
            c.learningRate = *o->lr;
        if (!o->milestones.empty())
            c.lrMilestones = o->milestones;
        if (o->lrGamma)
            c.lrGamma = *o->lrGamma;
        if (o->device)
            c.device = nn::deviceKindFromName(*o->device);
        if (o->seed)
            c.seed = *o->seed;
        if (o->threads)
            c.threads = *o->threads;
        if (o->dataThreads)
            c.dataThreads = insar::checkedThreadCount(*o->dataThreads, "--data-threads");
        if (o->dataset)
            c.datasetDir = *o->dataset;
        if (o->valSamples)
            c.validationSamples = *o->valSamples;
        if (o->sampleSize)
            c.trainData.sampleSize = *o->sampleSize;
        if (o->normalisation)
            c.normalisation = nn::parseNormalisation(*o->normalisation);
        if (o->patience)
            c.earlyStoppingPatience = *o->patience;
        nn::validate(c);
        if (!o->resume) {
            const auto previous = nn::existingRunOutputs(out);
            if (!previous.empty() && !o->overwrite)
                throw insar::Error(out.string() + ": holds a previous run (" +
                                   previous.front().filename().string() +
                                   "); continue it with --resume or replace it with --overwrite");
            for (const auto& file : previous) {
                std::error_code ec;
                if (!std::filesystem::remove(file, ec) && ec)
                    throw insar::Error(insar::ErrorKind::Io,
                                       file.string() + ": cannot delete: " + ec.message());
            }
        }
        nn::configureTorchThreads(c.threads);
        std::fprintf(stderr,
                     "train: %s; network %s %s %d x %d channels, inputs %s, receptive field %d px; batch %d, "
                     "crop %d, %d epochs x %d steps\n",
                     nn::deviceInfo().description.c_str(), c.network.architecture.c_str(),
                     c.network.architecture == "unet" ? "levels" : "depth",
                     c.network.architecture == "unet" ? c.network.levels : c.network.depth,
                     c.network.channels, nn::inputsName(c.network).c_str(), nn::receptiveField(c.network),
                     c.batchSize, c.cropSize, c.epochs, c.stepsPerEpoch);
        insar::cli::TerminalProgress progress("train", o->quiet);
        EpochPrinter printer;
        nn::Trainer trainer(c, out);
        nn::TrainResult r;
        try {
            r = trainer.run(progress, &printer, o->resume);
        } catch (const insar::CancelledError&) {
            // The trainer has written the checkpoint and said so (onMessage).
            progress.finish();
            std::fprintf(stderr, "train: continue with: insar-denoiser-cli train --out %s --resume\n",
                         out.string().c_str());
            return insar::cli::kExitCancelled;
        }
        progress.finish();
        std::printf("best epoch %d (val loss %.4g): %s\nlast epoch: %s\n", r.bestEpoch, r.bestValLoss,
                    r.modelFile.string().c_str(), r.lastModelFile.string().c_str());
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(train, "train", "Train the DnCNN denoiser on synthetic data (CPU or CUDA)", setupTrain)
