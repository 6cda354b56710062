// `evaluate`: denoises synthetic test samples (or a `synth` dataset) with a trained model and
// reports SSIM/SNR/RMSE before and after, overall and per input-SNR bin (the poster's SNR-binned evaluation),
// as CSV, JSON and a PNG plot.
#include "cli_options.h"
#include "cli_progress.h"
#include "command_registry.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/units.h"
#include "metrics/snr_binning.h"
#include "nn/denoiser.h"
#include "nn/model_file.h"
#include "nn/trainer.h"
#include "plot_png.h"
#include "synthesis/dataset.h"
#include "synthesis/sample_generator.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

struct EvaluateOptions {
    std::string model;
    std::string preset = "test";
    int count = 200;
    std::string dataset;
    std::uint64_t seed = 20240601;
    std::string out;
    std::string device = "cpu";
    int threads = 0;
    std::optional<int> sampleSize;
    bool quiet = false;
    bool freeMean = false;
};

nlohmann::json finiteOrNull(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

nlohmann::json binJson(const insar::metrics::SnrBinSummary& b)
{
    nlohmann::json j;
    j["label"] = b.label;
    j["lowerSnr"] = finiteOrNull(b.lowerSnr);
    j["upperSnr"] = finiteOrNull(b.upperSnr);
    j["count"] = b.count;
    const auto& fields = insar::metrics::QualityMetrics::fields();
    for (std::size_t i = 0; i < fields.size() && i < b.metrics.size(); ++i)
        j["metrics"][fields[i].name] = {{"before", finiteOrNull(b.metrics[i].meanBefore)},
                                        {"after", finiteOrNull(b.metrics[i].meanAfter)}};
    return j;
}

insar::cli::Runner setupEvaluate(CLI::App& sub)
{
    auto o = std::make_shared<EvaluateOptions>();
    sub.add_option("--model", o->model, "Model file (default: the shipped pretrained model)");
    sub.add_option("--preset", o->preset, "Region preset of the synthetic test samples: test | val | train");
    sub.add_option("--count", o->count, "Number of samples")->check(CLI::PositiveNumber);
    sub.add_option("--dataset", o->dataset, "Evaluate on a dataset written by `synth` instead");
    sub.add_option("--seed", o->seed, "Seed of the synthetic test samples");
    sub.add_option("--out", o->out,
                   "Output folder (samples.csv, snr_bins.csv, summary.json/.csv, snr_plot.png)")
        ->required();
    sub.add_option("--device", o->device, "auto | cpu | cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    insar::cli::addThreadsOption(sub, o->threads, "Torch threads (default: all cores / INSAR_THREADS)");
    sub.add_option("--sample-size", o->sampleSize,
                   "Side of synthetic samples (default: the model's training data)");
    sub.add_flag("--free-mean", o->freeMean,
                 "Let the network change each map's mean level (default: kept, "
                 "as `denoise` does)");
    sub.add_flag("--quiet", o->quiet, "No status line");
    return [o]() -> int {
        namespace nn = insar::nn;
        namespace syn = insar::synthesis;
        namespace met = insar::metrics;
        std::filesystem::path modelPath =
            o->model.empty() ? nn::defaultModelPath() : std::filesystem::path(o->model);
        if (modelPath.empty())
            throw insar::Error("no --model given and no pretrained model installed (set INSAR_MODEL)");
        nn::configureTorchThreads(o->threads);
        nn::DenoiseOptions dopt;
        dopt.device = nn::deviceKindFromName(o->device);
        dopt.preserveMean = !o->freeMean;
        const nn::Denoiser denoiser = nn::Denoiser::load(modelPath, dopt);
        const std::filesystem::path out(o->out);
        std::error_code ec;
        std::filesystem::create_directories(out, ec);
        if (ec)
            throw insar::Error(insar::ErrorKind::Io,
                               out.string() + ": cannot create the output folder: " + ec.message());

        std::unique_ptr<syn::DatasetReader> dataset;
        std::unique_ptr<syn::SampleGenerator> generator;
        std::size_t count = static_cast<std::size_t>(o->count);
        std::string source;
        if (!o->dataset.empty()) {
            dataset = std::make_unique<syn::DatasetReader>(o->dataset);
            count = std::min(count, dataset->size());
            source = "dataset " + o->dataset;
        } else {
            const auto preset = syn::parseRegionPreset(o->preset);
            if (!preset)
                throw insar::Error("unknown preset '" + o->preset + "' (use test, val or train)");
            syn::SynthesisConfig cfg;
            const auto& tc = denoiser.info().trainConfig;
            if (tc.is_object() && tc.contains("trainData"))
                cfg = syn::SynthesisConfig::fromJson(tc.at("trainData"));
            cfg.applyPreset(*preset);
            if (o->sampleSize)
                cfg.sampleSize = *o->sampleSize;
            generator = std::make_unique<syn::SampleGenerator>(cfg);
            source =
                "synthetic preset " + syn::regionPresetName(*preset) + ", seed " + std::to_string(o->seed);
        }
        std::fprintf(stderr, "evaluate: model %s, %zu samples from %s\n", modelPath.string().c_str(), count,
                     source.c_str());

        insar::cli::TerminalProgress progress("evaluate", o->quiet);
        std::vector<met::EvaluationRecord> records;
        for (std::size_t i = 0; i < count; ++i) {
            progress.throwIfCancelled();
            insar::Raster y, x;
            std::string id;
            if (dataset) {
                std::vector<float> yi, xi;
                dataset->readPairMetres(i, yi, xi);
                const int n = dataset->sampleSize();
                y = insar::Raster(n, n);
                x = insar::Raster(n, n);
                y.values() = std::move(yi);
                x.values() = std::move(xi);
                y.metadata.units = x.metadata.units = insar::Units::Metres;
                id = "dataset-" + std::to_string(i);
            } else {
                const std::uint64_t seed = syn::deriveSampleSeed(o->seed, i);
                syn::Sample s = generator->generate(seed);
                y = std::move(s.input);
                x = std::move(s.reference);
                id = "sample-" + std::to_string(i) + "-seed-" + std::to_string(seed);
            }
            insar::SubProgress sub(progress, static_cast<double>(i) / count,
                                   static_cast<double>(i + 1) / count);
            const insar::Raster pred = denoiser.denoise(y, sub);
            met::EvaluationRecord r;
            r.sampleId = id;
            r.inputSnr = met::snrRatio(x, y);
            r.before = met::computeQualityMetrics(x, y);
            r.after = met::computeQualityMetrics(x, pred);
            records.push_back(std::move(r));
        }
        progress.finish();

        const met::SnrBinning binning = met::SnrBinning::posterDecades();
        const auto bins = binning.aggregate(records);
        const met::SnrBinSummary all = met::summarize(records);
        met::writeSamplesCsv((out / "samples.csv").string(), records);
        met::writeBinnedCsv((out / "snr_bins.csv").string(), bins);
        met::writeBinnedCsv((out / "summary.csv").string(), {all});
        nlohmann::json summary;
        summary["model"] = modelPath.string();
        summary["source"] = source;
        summary["count"] = count;
        summary["all"] = binJson(all);
        summary["bins"] = nlohmann::json::array();
        for (const auto& b : bins)
            summary["bins"].push_back(binJson(b));
        std::string note;
        const bool png = insar::cli::writeSnrPlotPng(out / "snr_plot.png", records, bins, note);
        summary["plot"] = png ? nlohmann::json("snr_plot.png") : nlohmann::json(note);
        insar::writeFileAtomically(out / "summary.json", summary.dump(2) + "\n");

        const auto& fields = met::QualityMetrics::fields();
        auto indexOf = [&](double met::QualityMetrics::*member) {
            for (std::size_t i = 0; i < fields.size(); ++i)
                if (fields[i].member == member)
                    return i;
            throw insar::Error(insar::ErrorKind::Internal, "metric missing from QualityMetrics::fields()");
        };
        auto mean = [&](double met::QualityMetrics::*member, bool after) -> double {
            const std::size_t i = indexOf(member);
            return after ? all.metrics[i].meanAfter : all.metrics[i].meanBefore;
        };
        using QM = met::QualityMetrics;
        std::printf("%zu samples (%s)\n", count, source.c_str());
        std::printf("%-14s %12s %12s\n", "metric", "input", "denoised");
        std::printf("%-14s %12.4f %12.4f\n", "SSIM poster", mean(&QM::ssimPoster, false),
                    mean(&QM::ssimPoster, true));
        std::printf("%-14s %12.4f %12.4f\n", "SSIM windowed", mean(&QM::ssimWindowed, false),
                    mean(&QM::ssimWindowed, true));
        std::printf("%-14s %12.3f %12.3f\n", "SNR dB", mean(&QM::snrDb, false), mean(&QM::snrDb, true));
        std::printf("%-14s %12.3f %12.3f\n", "RMSE mm", insar::metresToMm(mean(&QM::rmse, false)),
                    insar::metresToMm(mean(&QM::rmse, true)));
        std::printf("per input-SNR bin (count, windowed SSIM before -> after, RMSE mm before -> after):\n");
        const std::size_t iS = indexOf(&QM::ssimWindowed), iR = indexOf(&QM::rmse);
        for (const auto& b : bins)
            std::printf("  %-14s %5zu  %7.4f -> %7.4f   %8.3f -> %8.3f\n", b.label.c_str(), b.count,
                        b.metrics[iS].meanBefore, b.metrics[iS].meanAfter,
                        insar::metresToMm(b.metrics[iR].meanBefore),
                        insar::metresToMm(b.metrics[iR].meanAfter));
        if (!png)
            std::fprintf(stderr, "evaluate: %s\n", note.c_str());
        std::printf("written: %s\n", out.string().c_str());
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(evaluate, "evaluate",
                       "Evaluate a trained model on synthetic test data (SSIM/SNR/RMSE, SNR bins)",
                       setupEvaluate)
