// `evaluate`: scores, on synthetic test samples (or a `synth` dataset) with known truth, the
// uncorrected input, the classical corrections (deramp, phase-elevation, each also with the
// deforming area masked), the CNN and chains, per sample, per input-SNR bin (the poster's
// SNR-binned evaluation) and overall, as CSV, JSON, a text table and a PNG plot. The work is in
// core/pipeline/evaluation.h; the headless build (no corrections library) scores the input and the
// CNN only.
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
#ifndef INSAR_EVALUATE_CNN_ONLY
#include "pipeline/cnn_correction.h"
#include "pipeline/evaluation.h"
#include "pipeline/evaluation_writer.h"
#endif

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

namespace nn = insar::nn;
namespace syn = insar::synthesis;
namespace met = insar::metrics;

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
    std::vector<std::string> methods;
    bool noBaselines = false;
};

nlohmann::json finiteOrNull(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

nlohmann::json binJson(const met::SnrBinSummary& b)
{
    nlohmann::json j;
    j["label"] = b.label;
    j["lowerSnr"] = finiteOrNull(b.lowerSnr);
    j["upperSnr"] = finiteOrNull(b.upperSnr);
    j["count"] = b.count;
    const auto& fields = met::QualityMetrics::fields();
    for (std::size_t i = 0; i < fields.size() && i < b.metrics.size(); ++i)
        j["metrics"][fields[i].name] = {{"before", finiteOrNull(b.metrics[i].meanBefore)},
                                        {"after", finiteOrNull(b.metrics[i].meanAfter)}};
    return j;
}

/// The synthetic test set: the model's training synthesis config (when a model is known) with
/// the region preset and sample size applied.
syn::SynthesisConfig testConfig(const EvaluateOptions& o, const nlohmann::json& trainConfig,
                                std::string& description)
{
    const auto preset = syn::parseRegionPreset(o.preset);
    if (!preset)
        throw insar::Error("unknown preset '" + o.preset + "' (use test, val or train)");
    syn::SynthesisConfig cfg;
    if (trainConfig.is_object() && trainConfig.contains("trainData"))
        cfg = syn::SynthesisConfig::fromJson(trainConfig.at("trainData"));
    cfg.applyPreset(*preset);
    if (o.sampleSize)
        cfg.sampleSize = *o.sampleSize;
    description = "synthetic preset " + syn::regionPresetName(*preset) + ", seed " + std::to_string(o.seed);
    return cfg;
}

std::filesystem::path makeOutputFolder(const std::string& dir)
{
    const std::filesystem::path out(dir);
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec)
        throw insar::Error(insar::ErrorKind::Io,
                           out.string() + ": cannot create the output folder: " + ec.message());
    return out;
}

/// samples.csv, snr_bins.csv, summary.csv and the plot, input (before) against `records`' after.
/// Returns the plot entry of summary.json.
nlohmann::json writeInputVsMethod(const std::filesystem::path& out,
                                  const std::vector<met::EvaluationRecord>& records,
                                  std::vector<met::SnrBinSummary>& bins, met::SnrBinSummary& all)
{
    bins = met::SnrBinning::posterDecades().aggregate(records);
    all = met::summarize(records);
    met::writeSamplesCsv((out / "samples.csv").string(), records);
    met::writeBinnedCsv((out / "snr_bins.csv").string(), bins);
    met::writeBinnedCsv((out / "summary.csv").string(), {all});
    std::string note;
    const bool png = insar::cli::writeSnrPlotPng(out / "snr_plot.png", records, bins, note);
    if (!png)
        std::fprintf(stderr, "evaluate: %s\n", note.c_str());
    return png ? nlohmann::json("snr_plot.png") : nlohmann::json(note);
}

void printInputVsMethod(const std::string& name, const std::vector<met::SnrBinSummary>& bins,
                        const met::SnrBinSummary& all)
{
    using QM = met::QualityMetrics;
    const auto& fields = QM::fields();
    auto indexOf = [&](double QM::*member) {
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (fields[i].member == member)
                return i;
        throw insar::Error(insar::ErrorKind::Internal, "metric missing from QualityMetrics::fields()");
    };
    auto mean = [&](double QM::*member, bool after) {
        const std::size_t i = indexOf(member);
        return after ? all.metrics[i].meanAfter : all.metrics[i].meanBefore;
    };
    std::printf("%-14s %12s %12s\n", "metric", "input", name.c_str());
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
                    insar::metresToMm(b.metrics[iR].meanBefore), insar::metresToMm(b.metrics[iR].meanAfter));
}

#ifndef INSAR_EVALUATE_CNN_ONLY

int runEvaluate(const EvaluateOptions& o)
{
    namespace pl = insar::pipeline;
    std::vector<std::string> specs;
    if (o.noBaselines) {
        if (!o.methods.empty())
            throw insar::Error("--methods and --no-baselines exclude each other");
        specs = {"none", "cnn"};
    } else if (o.methods.empty()) {
        specs = pl::defaultEvaluationMethods();
    } else {
        for (const auto& item : o.methods)
            for (auto& s : pl::splitMethodList(item))
                specs.push_back(std::move(s));
    }
    std::filesystem::path modelPath =
        o.model.empty() ? nn::defaultModelPath() : std::filesystem::path(o.model);
    const bool anyCnn = [&] {
        for (const auto& s : specs)
            if (s.find("cnn") != std::string::npos)
                return true;
        return false;
    }();
    if (modelPath.empty() && anyCnn)
        throw insar::Error("no --model given and no pretrained model installed (set INSAR_MODEL)");
    nn::configureTorchThreads(o.threads);
    nlohmann::json trainConfig;
    if (!modelPath.empty()) {
        pl::CnnDefaults defaults;
        defaults.modelFile = modelPath;
        defaults.options.device = nn::deviceKindFromName(o.device);
        defaults.options.preserveMean = !o.freeMean;
        pl::registerCnnCorrection(defaults);
        trainConfig = nn::readModelInfo(modelPath).trainConfig; // a bad model file fails here, naming it
    }
    // Every method is built (models loaded, specs checked) before any sample is drawn.
    const std::vector<pl::EvaluationMethod> methods = pl::makeEvaluationMethods(specs, o.freeMean);
    const std::filesystem::path out = makeOutputFolder(o.out);

    pl::EvaluationSource source;
    if (!o.dataset.empty()) {
        source = pl::datasetEvaluationSource(o.dataset, static_cast<std::size_t>(o.count));
    } else {
        std::string description;
        const syn::SynthesisConfig cfg = testConfig(o, trainConfig, description);
        source = pl::syntheticEvaluationSource(cfg, o.seed, static_cast<std::size_t>(o.count), description);
    }
    std::fprintf(stderr, "evaluate: %zu methods on %zu samples from %s%s%s\n", methods.size(), source.count,
                 source.description.c_str(), modelPath.empty() ? "" : ", model ", modelPath.string().c_str());

    insar::cli::TerminalProgress progress("evaluate", o.quiet);
    const pl::EvaluationResult result = pl::evaluateMethods(source, methods, progress);
    progress.finish();

    // The old per-sample and binned files compare the input with the CNN (or the first method).
    const std::size_t primary = result.cnn ? *result.cnn : (methods.size() > 1 ? 1 : 0);
    std::vector<met::SnrBinSummary> bins;
    met::SnrBinSummary all;
    const nlohmann::json plot = writeInputVsMethod(out, result.records(primary), bins, all);
    pl::writeMethodsCsv(out / "methods.csv", result);
    pl::writeMethodSamplesCsv(out / "methods_samples.csv", result);

    nlohmann::json summary = pl::methodsSummaryJson(result);
    summary["model"] = modelPath.empty() ? nlohmann::json(nullptr) : nlohmann::json(modelPath.string());
    summary["source"] = source.description;
    summary["seed"] = o.dataset.empty() ? nlohmann::json(o.seed) : nlohmann::json(nullptr);
    summary["preset"] = o.dataset.empty() ? nlohmann::json(o.preset) : nlohmann::json(nullptr);
    summary["dataset"] = o.dataset.empty() ? nlohmann::json(nullptr) : nlohmann::json(o.dataset);
    summary["count"] = source.count;
    summary["primary_method"] = methods[primary].spec;
    summary["all"] = binJson(all);
    summary["bins"] = nlohmann::json::array();
    for (const auto& b : bins)
        summary["bins"].push_back(binJson(b));
    summary["plot"] = plot;
    insar::writeFileAtomically(out / "summary.json", summary.dump(2) + "\n");

    std::printf("%zu samples (%s)\n", source.count, source.description.c_str());
    printInputVsMethod(methods[primary].spec, bins, all);
    std::printf("\n%s", pl::formatMethodsTable(result).c_str());
    if (result.methods.size() > 1)
        std::printf("%s\n", pl::deformationMaskRule().c_str());
    for (const auto& m : result.messages)
        std::fprintf(stderr, "evaluate: %s\n", m.c_str());
    std::printf("written: %s\n", out.string().c_str());
    return 0;
}

#else // headless: the input against the CNN, run through the denoiser directly

int runEvaluate(const EvaluateOptions& o)
{
    std::filesystem::path modelPath =
        o.model.empty() ? nn::defaultModelPath() : std::filesystem::path(o.model);
    if (modelPath.empty())
        throw insar::Error("no --model given and no pretrained model installed (set INSAR_MODEL)");
    nn::configureTorchThreads(o.threads);
    nn::DenoiseOptions dopt;
    dopt.device = nn::deviceKindFromName(o.device);
    dopt.preserveMean = !o.freeMean;
    const nn::Denoiser denoiser = nn::Denoiser::load(modelPath, dopt);
    const std::filesystem::path out = makeOutputFolder(o.out);

    std::unique_ptr<syn::DatasetReader> dataset;
    std::unique_ptr<syn::SampleGenerator> generator;
    std::size_t count = static_cast<std::size_t>(o.count);
    std::string source;
    if (!o.dataset.empty()) {
        dataset = std::make_unique<syn::DatasetReader>(o.dataset);
        count = std::min(count, dataset->size());
        source = "dataset " + o.dataset;
    } else {
        generator =
            std::make_unique<syn::SampleGenerator>(testConfig(o, denoiser.info().trainConfig, source));
    }
    std::fprintf(stderr, "evaluate: model %s, %zu samples from %s\n", modelPath.string().c_str(), count,
                 source.c_str());
    insar::cli::TerminalProgress progress("evaluate", o.quiet);
    std::vector<met::EvaluationRecord> records;
    for (std::size_t i = 0; i < count; ++i) {
        progress.throwIfCancelled();
        insar::Raster y, x, dem;
        std::string id;
        if (dataset && denoiser.needsDem()) {
            syn::Sample s = dataset->readSample(i); // the DEM-aware model gets each sample's DEM
            y = std::move(s.input);
            x = std::move(s.reference);
            dem = std::move(s.dem);
            id = "dataset-" + std::to_string(i);
        } else if (dataset) {
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
            const std::uint64_t seed = syn::deriveSampleSeed(o.seed, i);
            syn::Sample s = generator->generate(seed);
            y = std::move(s.input);
            x = std::move(s.reference);
            dem = std::move(s.dem);
            id = "sample-" + std::to_string(i) + "-seed-" + std::to_string(seed);
        }
        insar::SubProgress sub(progress, double(i) / double(count), double(i + 1) / double(count));
        const insar::Raster pred = denoiser.denoise(y, denoiser.needsDem() ? &dem : nullptr, sub);
        met::EvaluationRecord r;
        r.sampleId = id;
        r.inputSnr = met::snrRatio(x, y);
        r.before = met::computeQualityMetrics(x, y);
        r.after = met::computeQualityMetrics(x, pred);
        records.push_back(std::move(r));
    }
    progress.finish();
    std::vector<met::SnrBinSummary> bins;
    met::SnrBinSummary all;
    nlohmann::json summary;
    summary["plot"] = writeInputVsMethod(out, records, bins, all);
    summary["model"] = modelPath.string();
    summary["source"] = source;
    summary["count"] = count;
    summary["all"] = binJson(all);
    summary["bins"] = nlohmann::json::array();
    for (const auto& b : bins)
        summary["bins"].push_back(binJson(b));
    insar::writeFileAtomically(out / "summary.json", summary.dump(2) + "\n");
    std::printf("%zu samples (%s)\n", count, source.c_str());
    printInputVsMethod("denoised", bins, all);
    std::printf("written: %s\n", out.string().c_str());
    return 0;
}

#endif

insar::cli::Runner setupEvaluate(CLI::App& sub)
{
    auto o = std::make_shared<EvaluateOptions>();
    sub.add_option("--model", o->model, "Model file (default: the shipped pretrained model)");
    sub.add_option("--preset", o->preset, "Region preset of the synthetic test samples: test | val | train");
    sub.add_option("--count", o->count, "Number of samples")->check(CLI::PositiveNumber);
    sub.add_option("--dataset", o->dataset, "Evaluate on a dataset written by `synth` instead");
    sub.add_option("--seed", o->seed, "Seed of the synthetic test samples");
    sub.add_option("--out", o->out,
                   "Output folder (samples.csv, snr_bins.csv, summary.json/.csv, methods.csv, "
                   "methods_samples.csv, snr_plot.png)")
        ->required();
    sub.add_option("--device", o->device, "auto | cpu | cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    insar::cli::addThreadsOption(sub, o->threads, "Torch threads (default: all cores / INSAR_THREADS)");
    sub.add_option("--sample-size", o->sampleSize,
                   "Side of synthetic samples (default: the model's training data)");
    sub.add_flag("--free-mean", o->freeMean,
                 "Let the network change each map's mean level (default: kept, "
                 "as `denoise` does)");
#ifndef INSAR_EVALUATE_CNN_ONLY
    sub.add_option("--methods", o->methods,
                   "Methods to score, separated by ';' or spaces (a chain such as deramp,cnn keeps its "
                   "commas; a -masked suffix excludes the known deforming area from the fits). "
                   "Default: none, deramp, deramp:bilinear, linear:1+plane, linear:1+plane,deramp "
                   "(each also -masked), cnn, deramp,cnn, linear:1+plane,cnn");
    sub.add_flag("--no-baselines", o->noBaselines, "Score only the input and the CNN (the methods none;cnn)");
#endif
    sub.add_flag("--quiet", o->quiet, "No status line");
    return [o]() -> int { return runEvaluate(*o); };
}

} // namespace

INSAR_REGISTER_COMMAND(evaluate, "evaluate",
                       "Score the input, classical corrections and the CNN on synthetic test data "
                       "(SSIM/SNR/RMSE, SNR bins)",
                       setupEvaluate)
