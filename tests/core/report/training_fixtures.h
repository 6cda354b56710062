// Tiny `train` and `evaluate` outputs for report tests: a real two-epoch run of a 3-layer,
// 4-channel DnCNN on 32-pixel maps (nn::Trainer, about a second), an `evaluate` folder written by
// the metrics writers from hand-made records (samples.csv, snr_bins.csv, summary.csv,
// summary.json as app/cli/cmd_evaluate.cpp writes them), and the methods.csv of the classical
// baselines (method,bin,snr_low,snr_high,count,rmse_mm,ssim_windowed,ssim_poster,snr_db).
#pragma once

#include "common/atomic_file.h"
#include "common/progress.h"
#include "metrics/snr_binning.h"
#include "nn/trainer.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

namespace insar::test {

inline nn::TrainConfig tinyTrainConfig()
{
    nn::TrainConfig c;
    c.network = {"dncnn", 3, 4, 1};
    c.trainData.sampleSize = 32;
    c.cropSize = 16;
    c.cropsPerSample = 2;
    c.batchSize = 4;
    c.stepsPerEpoch = 3;
    c.epochs = 2;
    c.validationSamples = 2;
    c.threads = 1;
    c.dataThreads = 1;
    c.prefetchBatches = 2;
    c.galleryCount = 1;
    c.seed = 42;
    c.device = nn::DeviceKind::Cpu;
    return c;
}

/// A real training run: config.json, history.csv, model.model, last.model, checkpoint.pt.
inline nn::TrainResult writeTrainingRun(const std::filesystem::path& dir)
{
    NullProgress progress;
    return nn::Trainer(tinyTrainConfig(), dir).run(progress);
}

/// 12 samples spread over the poster's decade bins; the "after" metrics are better than "before".
inline void writeEvaluationFolder(const std::filesystem::path& dir, const std::string& model)
{
    std::filesystem::create_directories(dir);
    std::vector<metrics::EvaluationRecord> records;
    for (int i = 0; i < 12; ++i) {
        metrics::EvaluationRecord r;
        r.sampleId = "sample-" + std::to_string(i);
        r.inputSnr = std::pow(10.0, 2.5 - 0.4 * i); // 10^2.5 .. 10^-1.9
        const double noise = 0.001 * (1 + i);       // metres
        r.before.rmse = noise;
        r.after.rmse = noise / 3.0;
        r.before.ssimPoster = 0.9 - 0.05 * i;
        r.after.ssimPoster = 0.95 - 0.02 * i;
        r.before.ssimWindowed = 0.8 - 0.05 * i;
        r.after.ssimWindowed = 0.9 - 0.03 * i;
        r.before.snrDb = 10.0 * std::log10(r.inputSnr);
        r.after.snrDb = r.before.snrDb + 9.5;
        r.before.snrRatio = r.inputSnr;
        r.after.snrRatio = std::pow(10.0, r.after.snrDb / 10.0);
        records.push_back(r);
    }
    const auto bins = metrics::SnrBinning::posterDecades().aggregate(records);
    metrics::writeSamplesCsv((dir / "samples.csv").string(), records);
    metrics::writeBinnedCsv((dir / "snr_bins.csv").string(), bins);
    metrics::writeBinnedCsv((dir / "summary.csv").string(), {metrics::summarize(records)});
    nlohmann::json summary;
    summary["model"] = model;
    summary["source"] = "synthetic preset test, seed 7";
    summary["count"] = records.size();
    summary["plot"] = "snr_plot.png";
    writeFileAtomically(dir / "summary.json", summary.dump(2) + "\n");
}

/// methods.csv of two classical baselines and the CNN, with summary.json naming the best one.
inline void addMethodsCsv(const std::filesystem::path& dir)
{
    std::string csv = "method,bin,snr_low,snr_high,count,rmse_mm,ssim_windowed,ssim_poster,snr_db\n";
    const char* bins[][3] = {{">= 1e2", "100", ""},
                             {"[1e1, 1e2)", "10", "100"},
                             {"[1e0, 1e1)", "1", "10"},
                             {"[1e-1, 1e0)", "0.1", "1"},
                             {"< 1e-2", "0", "0.01"}};
    const std::pair<const char*, double> methods[] = {{"deramp", 4.0}, {"gacos", 3.0}, {"cnn", 1.5}};
    for (const auto& [method, rmse] : methods) {
        for (int b = 0; b < 5; ++b)
            csv += std::string(method) + ",\"" + bins[b][0] + "\"," + bins[b][1] + "," + bins[b][2] + ",2," +
                   std::to_string(rmse * (1 + b)) + ",0.7,0.8," + (b == 4 ? "" : "12.5") + "\n";
        csv += std::string(method) + ",all,,,12," + std::to_string(rmse * 3) + ",0.6,0.7,10.25\n";
    }
    writeFileAtomically(dir / "methods.csv", csv);
    std::ifstream in(dir / "summary.json");
    nlohmann::json summary = nlohmann::json::parse(in);
    summary["best_classical"] = "gacos";
    summary["cnn_rmse_ratio_to_best_classical"] = 0.5;
    writeFileAtomically(dir / "summary.json", summary.dump(2) + "\n");
}

} // namespace insar::test
