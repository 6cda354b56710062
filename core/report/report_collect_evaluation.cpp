// Collector of `evaluate` output folders (app/cli/cmd_evaluate.cpp: summary.json, snr_bins.csv,
// summary.csv, samples.csv, and methods.csv when classical baselines were evaluated too): the
// source, model and count, the per-bin table before/after, and the SNR-performance plot redrawn
// (metric against input SNR on a log axis, the poster's decade bins; docs/physics.md §11.4).
#include "report/report_detail.h"

#include "common/error.h"
#include "common/units.h"
#include "pipeline/file_digest.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <sstream>

namespace insar::report::detail {

namespace fs = std::filesystem;

namespace {

nlohmann::json readSummary(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, "cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorKind::Format, path.string() + " is not valid JSON: " + e.what());
    }
    if (!j.is_object())
        throw Error(ErrorKind::Format, path.string() + " is not an evaluate summary (no JSON object)");
    return j;
}

std::string jsonText(const nlohmann::json& j, const char* key)
{
    if (!j.contains(key) || j.at(key).is_null())
        return {};
    const auto& v = j.at(key);
    return v.is_string() ? v.get<std::string>() : v.dump();
}

/// Where a bin [low, high) sits on the log SNR axis: its geometric centre; the open-ended bins
/// half a decade beyond their one edge.
double binCentre(double low, double high)
{
    if (std::isfinite(low) && low > 0.0 && std::isfinite(high) && high > 0.0)
        return std::sqrt(low * high);
    if (std::isfinite(low) && low > 0.0)
        return low * std::sqrt(10.0);
    if (std::isfinite(high) && high > 0.0)
        return high / std::sqrt(10.0);
    return NAN;
}

Table onlyTable(const fs::path& csv)
{
    const auto blocks = readCsvBlocks(csv);
    if (blocks.empty())
        throw Error(ErrorKind::Format, csv.string() + " holds no table");
    return blocks.front().table;
}

std::string cellOf(const Table& t, const std::vector<std::string>& row, const std::string& column)
{
    const int c = columnOf(t, column);
    return c < 0 ? std::string() : row[std::size_t(c)];
}

struct Metric {
    const char* column; // QualityMetrics field name (metrics/image_metrics.h)
    const char* label;
    double scale;
    int digits;
};
constexpr Metric kMetrics[] = {{"ssim_poster", "SSIM poster", 1.0, 3},
                               {"ssim_windowed", "SSIM windowed", 1.0, 3},
                               {"snr_db", "SNR (dB)", 1.0, 2},
                               {"rmse", "RMSE (mm)", kMmPerM, 2}};

Table binTable(const Table& bins, const std::string& caption)
{
    Table t;
    t.caption = caption;
    t.header = {"input SNR bin", "samples"};
    for (const Metric& m : kMetrics) {
        t.header.push_back(std::string(m.label) + " before");
        t.header.push_back(std::string(m.label) + " after");
    }
    for (const auto& row : bins.rows) {
        std::vector<std::string> r = {cellOf(bins, row, "bin"), cellOf(bins, row, "count")};
        for (const Metric& m : kMetrics)
            for (const char* side : {"_before_mean", "_after_mean"})
                r.push_back(
                    fixed(number(cellOf(bins, row, m.column + std::string(side))) * m.scale, m.digits));
        t.rows.push_back(std::move(r));
    }
    return t;
}

Figure snrFigure(const Metric& m, const Table& bins, const Table* samples, const std::vector<double>& edges)
{
    Figure f;
    f.kind = FigureKind::Lines;
    f.logX = true;
    f.xLabel = "input SNR (ratio)";
    f.yLabel = m.label;
    f.xMarks = edges;
    f.caption = std::string(m.label) +
                " against input SNR: bin means before and after denoising"
                " (dotted lines: the poster's decade bins)" +
                (samples ? "; points: each sample after denoising." : ".");
    if (samples != nullptr) {
        LineSeries points;
        points.name = "samples, after";
        points.style = LineSeries::Style::Points;
        for (const auto& row : samples->rows) {
            points.x.push_back(number(cellOf(*samples, row, "input_snr")));
            points.y.push_back(number(cellOf(*samples, row, std::string("after_") + m.column)) * m.scale);
        }
        f.lines.push_back(std::move(points));
    }
    for (const char* side : {"before", "after"}) {
        LineSeries s;
        s.name = std::string("bin mean, ") + side;
        s.style = std::string(side) == "before" ? LineSeries::Style::Dashed : LineSeries::Style::Solid;
        s.markers = true;
        s.colour = 0;
        for (const auto& row : bins.rows) {
            if (number(cellOf(bins, row, "count")) <= 0.0)
                continue;
            s.x.push_back(
                binCentre(number(cellOf(bins, row, "lower_snr")), number(cellOf(bins, row, "upper_snr"))));
            s.y.push_back(number(cellOf(bins, row, m.column + ("_" + std::string(side) + "_mean"))) *
                          m.scale);
        }
        f.lines.push_back(std::move(s));
    }
    return f;
}

/// methods.csv: method,bin,snr_low,snr_high,count,rmse_mm,ssim_windowed,ssim_poster,snr_db.
void addMethods(Section& s, const fs::path& csv, const Table& bins)
{
    const Table t = onlyTable(csv);
    for (const char* needed : {"method", "bin", "snr_low", "snr_high", "rmse_mm"})
        if (columnOf(t, needed) < 0)
            throw Error(ErrorKind::Format, csv.string() + " has no '" + needed + "' column");
    Table shown;
    shown.caption = "Classical baselines and the CNN per input-SNR bin (methods.csv; bin \"all\" = overall)";
    shown.header = {"method", "bin", "samples", "RMSE (mm)", "SSIM windowed", "SSIM poster", "SNR (dB)"};
    std::map<std::string, LineSeries> perMethod;
    std::vector<std::string> order;
    for (const auto& row : t.rows) {
        const std::string method = cellOf(t, row, "method");
        const std::string bin = cellOf(t, row, "bin");
        shown.rows.push_back(
            {method, bin, cellOf(t, row, "count"), fixed(number(cellOf(t, row, "rmse_mm")), 2),
             fixed(number(cellOf(t, row, "ssim_windowed")), 3),
             fixed(number(cellOf(t, row, "ssim_poster")), 3), fixed(number(cellOf(t, row, "snr_db")), 2)});
        if (bin == "all")
            continue;
        if (!perMethod.count(method)) {
            order.push_back(method);
            perMethod[method].name = method;
            perMethod[method].markers = true;
        }
        LineSeries& line = perMethod[method];
        line.x.push_back(binCentre(number(cellOf(t, row, "snr_low")), number(cellOf(t, row, "snr_high"))));
        line.y.push_back(number(cellOf(t, row, "rmse_mm")));
    }
    s.tables.push_back(std::move(shown));
    if (order.empty())
        return;
    Figure f;
    f.kind = FigureKind::Lines;
    f.logX = true;
    f.xLabel = "input SNR (ratio)";
    f.yLabel = "RMSE (mm)";
    f.caption = "RMSE per input-SNR bin for each method (methods.csv); dashed: the uncorrected input.";
    for (const std::string& m : order)
        f.lines.push_back(std::move(perMethod[m]));
    LineSeries input;
    input.name = "input (uncorrected)";
    input.style = LineSeries::Style::Dashed;
    input.colour = 7; // grey: not one of the methods' colours
    for (const auto& row : bins.rows) {
        if (number(cellOf(bins, row, "count")) <= 0.0)
            continue;
        input.x.push_back(
            binCentre(number(cellOf(bins, row, "lower_snr")), number(cellOf(bins, row, "upper_snr"))));
        input.y.push_back(number(cellOf(bins, row, "rmse_before_mean")) * kMmPerM);
    }
    f.lines.push_back(std::move(input));
    s.figures.push_back(std::move(f));
}

} // namespace

bool isEvaluation(const fs::path& dir)
{
    std::error_code ec;
    return fs::is_regular_file(dir / "summary.json", ec) && fs::is_regular_file(dir / "snr_bins.csv", ec);
}

void collectEvaluation(Report& report, const fs::path& dir)
{
    const nlohmann::json summary = readSummary(dir / "summary.json");
    Section s;
    s.heading = "Evaluation: " + dir.filename().string();
    s.facts.push_back({"Folder", dir.string()});
    const std::string model = jsonText(summary, "model");
    if (!model.empty()) {
        s.facts.push_back({"Model", model});
        std::error_code ec;
        if (fs::is_regular_file(model, ec))
            s.facts.push_back({"Model SHA-256", pipeline::sha256OfFile(model)});
    }
    if (const std::string source = jsonText(summary, "source"); !source.empty())
        s.facts.push_back({"Test samples", source});
    if (const std::string count = jsonText(summary, "count"); !count.empty())
        s.facts.push_back({"Sample count", count});
    if (const std::string best = jsonText(summary, "best_classical"); !best.empty())
        s.facts.push_back({"Best classical method", best});
    if (summary.contains("cnn_rmse_ratio_to_best_classical") &&
        summary.at("cnn_rmse_ratio_to_best_classical").is_number())
        s.facts.push_back({"CNN RMSE / best classical RMSE",
                           fixed(summary.at("cnn_rmse_ratio_to_best_classical").get<double>(), 3)});

    const Table bins = onlyTable(dir / "snr_bins.csv");
    for (const char* needed : {"bin", "lower_snr", "upper_snr", "count"})
        if (columnOf(bins, needed) < 0)
            throw Error(ErrorKind::Format,
                        (dir / "snr_bins.csv").string() + " has no '" + needed + "' column");
    if (fs::is_regular_file(dir / "summary.csv"))
        s.tables.push_back(binTable(onlyTable(dir / "summary.csv"), "All samples: mean before and after"));
    s.tables.push_back(binTable(bins, "Per input-SNR bin: mean before and after (snr_bins.csv)"));

    std::vector<double> edges;
    for (const auto& row : bins.rows)
        for (const char* c : {"lower_snr", "upper_snr"}) {
            const double e = number(cellOf(bins, row, c));
            if (std::isfinite(e) && e > 0.0 && std::find(edges.begin(), edges.end(), e) == edges.end())
                edges.push_back(e);
        }
    std::optional<Table> samples;
    if (fs::is_regular_file(dir / "samples.csv"))
        samples = onlyTable(dir / "samples.csv");
    for (const Metric& m : kMetrics)
        if (std::string(m.column) == "ssim_windowed" || std::string(m.column) == "rmse")
            s.figures.push_back(snrFigure(m, bins, samples ? &*samples : nullptr, edges));

    if (fs::is_regular_file(dir / "methods.csv"))
        addMethods(s, dir / "methods.csv", bins);
    report.sections.push_back(std::move(s));
}

} // namespace insar::report::detail
