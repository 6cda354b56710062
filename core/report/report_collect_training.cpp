// Collectors of `train` run folders (what nn::Trainer writes: config.json, history.csv with the
// columns of nn::epochFields(), model.model, last.model, checkpoint.pt) and of model files alone
// (their model card: SHA-256, architecture, training configuration, final validation metrics).
// docs/reports.md.
#include "report/report_detail.h"

#include "common/error.h"
#include "common/units.h"
#include "nn/epoch_report.h"
#include "nn/model_file.h"
#include "nn/network_config.h"
#include "nn/train_config.h"
#include "nn/training_history.h"
#include "pipeline/file_digest.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace insar::report::detail {

namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, "cannot read " + path.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string scalarText(const nlohmann::json& v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_null())
        return "—";
    if (v.is_number_float())
        return significant(v.get<double>());
    return v.dump();
}

/// Nested keys as "a.b.c"; arrays of scalars as one comma-separated value.
void flatten(const nlohmann::json& v, const std::string& prefix, std::vector<std::vector<std::string>>& rows)
{
    if (v.is_object()) {
        for (auto it = v.begin(); it != v.end(); ++it)
            flatten(it.value(), prefix.empty() ? it.key() : prefix + "." + it.key(), rows);
        return;
    }
    if (v.is_array()) {
        const bool scalars =
            std::none_of(v.begin(), v.end(), [](const auto& e) { return e.is_structured(); });
        if (scalars) {
            std::string joined;
            for (const auto& e : v)
                joined += (joined.empty() ? "" : ", ") + scalarText(e);
            rows.push_back({prefix, joined.empty() ? "(none)" : joined});
            return;
        }
        for (std::size_t i = 0; i < v.size(); ++i)
            flatten(v[i], prefix + "[" + std::to_string(i) + "]", rows);
        return;
    }
    rows.push_back({prefix, scalarText(v)});
}

nlohmann::json readJson(const fs::path& path)
{
    try {
        return nlohmann::json::parse(readText(path));
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorKind::Format, path.string() + " is not valid JSON: " + e.what());
    }
}

std::vector<nn::EpochReport> readHistory(const fs::path& path)
{
    try {
        return nn::parseHistoryCsv(readText(path));
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::Io)
            throw;
        throw Error(ErrorKind::Format, path.string() + ": " + e.what());
    }
}

std::string duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0.0)
        return "—";
    const long long s = std::llround(seconds);
    char buf[64];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%lld h %02lld min %02lld s", s / 3600, (s / 60) % 60, s % 60);
    else if (s >= 60)
        std::snprintf(buf, sizeof buf, "%lld min %02lld s", s / 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%.1f s", seconds);
    return buf;
}

LineSeries curve(const std::string& name, const std::vector<nn::EpochReport>& history,
                 double nn::EpochReport::*member, double scale = 1.0,
                 LineSeries::Style style = LineSeries::Style::Solid, int colour = -1)
{
    LineSeries s;
    s.name = name;
    s.style = style;
    s.colour = colour;
    s.markers = history.size() <= 60;
    for (const auto& e : history) {
        s.x.push_back(e.epoch);
        s.y.push_back(e.*member * scale);
    }
    return s;
}

Figure epochFigure(const std::string& caption, const std::string& yLabel)
{
    Figure f;
    f.kind = FigureKind::Lines;
    f.caption = caption;
    f.xLabel = "epoch";
    f.yLabel = yLabel;
    return f;
}

/// The best epoch: the last one that improved the validation loss (nn::EpochReport::best), else
/// the lowest finite validation loss.
const nn::EpochReport* bestEpoch(const std::vector<nn::EpochReport>& history)
{
    const nn::EpochReport* best = nullptr;
    for (const auto& e : history)
        if (e.best)
            best = &e;
    if (best != nullptr)
        return best;
    for (const auto& e : history)
        if (std::isfinite(e.valLoss) && (best == nullptr || e.valLoss < best->valLoss))
            best = &e;
    return best;
}

Table metricsTable(const nn::EpochReport* best, const nn::EpochReport& last)
{
    Table t;
    t.caption = "Validation metrics at the best and the last epoch, and of the uncorrected input";
    t.header = {"metric", best ? "best epoch " + std::to_string(best->epoch) : "best epoch",
                "last epoch " + std::to_string(last.epoch), "uncorrected input"};
    auto row = [&](const std::string& name, double nn::EpochReport::*m, double nn::EpochReport::*input,
                   double scale, int digits) {
        t.rows.push_back({name, best ? fixed(best->*m * scale, digits) : "—", fixed(last.*m * scale, digits),
                          input ? fixed(last.*input * scale, digits) : "—"});
    };
    row("validation loss", &nn::EpochReport::valLoss, nullptr, 1.0, 5);
    row("training loss", &nn::EpochReport::trainLoss, nullptr, 1.0, 5);
    row("SSIM (poster)", &nn::EpochReport::ssimPoster, &nn::EpochReport::inputSsimPoster, 1.0, 3);
    row("SSIM (windowed 11×11)", &nn::EpochReport::ssimWindowed, &nn::EpochReport::inputSsimWindowed, 1.0, 3);
    row("SNR (dB)", &nn::EpochReport::snrDb, &nn::EpochReport::inputSnrDb, 1.0, 2);
    row("RMSE (mm)", &nn::EpochReport::rmseM, &nn::EpochReport::inputRmseM, kMmPerM, 2);
    row("learning rate", &nn::EpochReport::learningRate, nullptr, 1.0, 6);
    return t;
}

void addHistoryFigures(Section& s, const std::vector<nn::EpochReport>& history)
{
    using R = nn::EpochReport;
    Figure loss =
        epochFigure("Training and validation loss l(θ) per epoch (normalised units, log scale).", "loss");
    loss.lines = {curve("training (epoch mean)", history, &R::trainLoss),
                  curve("validation", history, &R::valLoss)};
    loss.logY = std::all_of(history.begin(), history.end(),
                            [](const R& e) { return !(e.trainLoss <= 0.0) && !(e.valLoss <= 0.0); });
    if (!loss.logY)
        loss.caption = "Training and validation loss l(θ) per epoch (normalised units).";
    s.figures.push_back(std::move(loss));

    Figure ssim = epochFigure("Validation SSIM per epoch; dashed: the uncorrected input.", "SSIM");
    // Dashed curves take the colour of the prediction's curve they compare with.
    ssim.lines = {
        curve("SSIM (poster)", history, &R::ssimPoster, 1.0, LineSeries::Style::Solid, 0),
        curve("SSIM (windowed)", history, &R::ssimWindowed, 1.0, LineSeries::Style::Solid, 1),
        curve("input SSIM (poster)", history, &R::inputSsimPoster, 1.0, LineSeries::Style::Dashed, 0),
        curve("input SSIM (windowed)", history, &R::inputSsimWindowed, 1.0, LineSeries::Style::Dashed, 1)};
    s.figures.push_back(std::move(ssim));

    Figure snr = epochFigure("Validation SNR (dB) per epoch; dashed: the uncorrected input.", "SNR (dB)");
    snr.lines = {curve("SNR", history, &R::snrDb, 1.0, LineSeries::Style::Solid, 0),
                 curve("input SNR", history, &R::inputSnrDb, 1.0, LineSeries::Style::Dashed, 0)};
    s.figures.push_back(std::move(snr));

    Figure rmse = epochFigure("Validation RMSE (mm) per epoch; dashed: the uncorrected input.", "RMSE (mm)");
    rmse.lines = {curve("RMSE", history, &R::rmseM, kMmPerM, LineSeries::Style::Solid, 0),
                  curve("input RMSE", history, &R::inputRmseM, kMmPerM, LineSeries::Style::Dashed, 0)};
    s.figures.push_back(std::move(rmse));
}

void fileRow(Table& files, const fs::path& path, const std::string& role)
{
    std::error_code ec;
    const auto bytes = fs::file_size(path, ec);
    files.rows.push_back(
        {path.filename().string(), role, ec ? "—" : std::to_string(bytes), pipeline::sha256OfFile(path)});
}

} // namespace

bool isTrainingRun(const fs::path& dir)
{
    std::error_code ec;
    return fs::is_regular_file(dir / "history.csv", ec) && fs::is_regular_file(dir / "config.json", ec);
}

bool isModelFile(const fs::path& file)
{
    std::error_code ec;
    return fs::is_regular_file(file, ec) && lower(file.extension().string()) == ".model";
}

void collectModelFile(Report& report, const fs::path& file)
{
    const nn::ModelInfo info = nn::readModelInfo(file);
    Section s;
    s.heading = "Model card: " + file.filename().string();
    s.facts.push_back({"File", file.string()});
    s.facts.push_back({"SHA-256", pipeline::sha256OfFile(file)});
    std::error_code ec;
    if (const auto bytes = fs::file_size(file, ec); !ec)
        s.facts.push_back({"Size (bytes)", std::to_string(bytes)});
    s.facts.push_back({"Architecture", info.network.architecture});
    s.facts.push_back({"Depth (layers)", std::to_string(info.network.depth)});
    s.facts.push_back({"Width (channels)", std::to_string(info.network.channels)});
    s.facts.push_back({"Dilations", info.network.dilations.empty()
                                        ? "none (1 everywhere)"
                                        : nn::formatDilations(info.network.dilations)});
    try {
        const int rf = nn::receptiveField(info.network);
        s.facts.push_back({"Receptive field (pixels)", std::to_string(rf) + " × " + std::to_string(rf)});
    } catch (const Error&) {
        // An architecture this build cannot size: the card shows what the file says.
    }
    s.facts.push_back(
        {"Normalisation", nn::normalisationName(info.normalisation.mode) +
                              (info.normalisation.mode == nn::NormalisationMode::Float
                                   ? " (scale " + significant(info.normalisation.floatScale) + ")"
                                   : std::string())});
    s.facts.push_back({"Units", unitsName(info.units)});
    s.facts.push_back({"Training crop size (pixels)", std::to_string(info.trainingSize)});
    s.facts.push_back({"Seed", std::to_string(info.seed)});
    if (!info.created.empty())
        s.facts.push_back({"Created", info.created});
    if (!info.projectVersion.empty())
        s.facts.push_back({"Written by", "insar-denoiser " + info.projectVersion});
    std::vector<std::vector<std::string>> rows;
    if (!info.datasets.is_null())
        flatten(info.datasets, "", rows);
    for (auto& r : rows)
        s.facts.push_back({"Data: " + r[0], r[1]});
    if (info.finalMetrics.is_object() && !info.finalMetrics.empty()) {
        Table metrics;
        metrics.caption = "Validation metrics of the saved weights (model file metadata)";
        metrics.header = {"metric", "value"};
        flatten(info.finalMetrics, "", metrics.rows);
        s.tables.push_back(std::move(metrics));
    }
    if (info.trainConfig.is_object() && !info.trainConfig.empty()) {
        Table config;
        config.caption = "Training configuration (model file metadata)";
        config.header = {"key", "value"};
        flatten(info.trainConfig, "", config.rows);
        s.tables.push_back(std::move(config));
    }
    report.sections.push_back(std::move(s));
}

void collectTrainingRun(Report& report, const fs::path& dir)
{
    const std::vector<nn::EpochReport> history = readHistory(dir / "history.csv");
    const nlohmann::json config = readJson(dir / "config.json");
    if (!config.is_object())
        throw Error(ErrorKind::Format, (dir / "config.json").string() + " is not a training configuration");

    Section s;
    s.heading = "Training run: " + dir.filename().string();
    s.facts.push_back({"Folder", dir.string()});
    const auto intOf = [&](const char* key) {
        return config.contains(key) && config.at(key).is_number_integer() ? config.at(key).get<long long>()
                                                                          : -1LL;
    };
    const long long epochs = intOf("epochs");
    s.facts.push_back({"Epochs run", std::to_string(history.size()) +
                                         (epochs > 0 ? " of " + std::to_string(epochs) : std::string())});
    if (config.contains("network") && config.at("network").is_object()) {
        const auto& n = config.at("network");
        std::string net = n.value("architecture", std::string("?"));
        if (n.contains("depth"))
            net += ", " + n.at("depth").dump() + " layers";
        if (n.contains("channels"))
            net += " × " + n.at("channels").dump() + " channels";
        s.facts.push_back({"Network", net});
    }
    if (config.contains("device"))
        s.facts.push_back({"Device (as configured)", scalarText(config.at("device"))});
    if (history.empty()) {
        s.paragraphs.emplace_back(
            "history.csv holds no epoch yet: the run stopped before its first validation.");
    } else {
        double seconds = 0.0;
        for (const auto& e : history)
            seconds += std::isfinite(e.seconds) ? e.seconds : 0.0;
        s.facts.push_back({"Training time", duration(seconds)});
        const nn::EpochReport* best = bestEpoch(history);
        if (best != nullptr)
            s.facts.push_back({"Best epoch", std::to_string(best->epoch) + " (validation loss " +
                                                 significant(best->valLoss) + ")"});
        s.tables.push_back(metricsTable(best, history.back()));
        addHistoryFigures(s, history);
    }

    Table files;
    files.caption = "Files of the run";
    files.header = {"file", "role", "bytes", "SHA-256"};
    const std::pair<const char*, const char*> known[] = {{"model.model", "weights of the best epoch"},
                                                         {"last.model", "weights of the last epoch"},
                                                         {"checkpoint.pt", "checkpoint (to continue)"}};
    for (const auto& [name, role] : known)
        if (fs::is_regular_file(dir / name))
            fileRow(files, dir / name, role);
    if (!files.rows.empty())
        s.tables.push_back(std::move(files));

    Table configTable;
    configTable.caption = "Training configuration (config.json)";
    configTable.header = {"key", "value"};
    flatten(config, "", configTable.rows);
    s.tables.push_back(std::move(configTable));
    report.sections.push_back(std::move(s));

    if (fs::is_regular_file(dir / "model.model"))
        collectModelFile(report, dir / "model.model");
}

} // namespace insar::report::detail
