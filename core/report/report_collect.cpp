// Collectors of report_collect.h: each input is recognised by its files (summary.csv of
// pipeline::writeStackStudy, correction_* provenance tags of corrections::Correction, the
// gnss_los_mm column of gnss::comparisonCsv) and turned into sections (docs/reports.md).
#include "report/report_collect.h"

#include "common/error.h"
#include "common/units.h"
#include "corrections/correction.h"
#include "io/raster_reader.h"
#include "report/report_detail.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace insar::report {

namespace fs = std::filesystem;
using detail::columnOf;
using detail::endsWith;
using detail::fixed;
using detail::lower;
using detail::number;

namespace {

bool isTiff(const fs::path& p)
{
    const std::string e = lower(p.extension().string());
    return e == ".tif" || e == ".tiff";
}

bool isResidual(const fs::path& p)
{
    return endsWith(lower(p.filename().string()), ".residual.tif");
}

/// The scatter of InSAR against GNSS at stations, from a comparison table's columns
/// gnss_los_mm and VERSION_mm (gnss::comparisonCsv).
std::optional<Figure> gnssScatter(const Table& t)
{
    const int g = columnOf(t, "gnss_los_mm");
    if (g < 0)
        return std::nullopt;
    Figure f;
    f.kind = FigureKind::Scatter;
    f.caption = "InSAR against GNSS at the stations (LOS mm); the line is 1:1.";
    f.xLabel = "GNSS LOS (mm)";
    f.yLabel = "InSAR LOS (mm)";
    for (std::size_t c = 0; c < t.header.size(); ++c) {
        const std::string& h = t.header[c];
        if (int(c) == g || !endsWith(h, "_mm") || endsWith(h, "_residual_mm") || endsWith(h, "_sigma_mm"))
            continue;
        ScatterSeries s;
        s.name = h.substr(0, h.size() - 3);
        for (const auto& row : t.rows) {
            const double x = number(row[std::size_t(g)]);
            const double y = number(row[c]);
            if (std::isfinite(x) && std::isfinite(y)) {
                s.x.push_back(x);
                s.y.push_back(y);
            }
        }
        if (!s.x.empty())
            f.series.push_back(std::move(s));
    }
    if (f.series.empty())
        return std::nullopt;
    return f;
}

void addGnssTables(Section& section, const fs::path& csv)
{
    const std::vector<CsvBlock> blocks = readCsvBlocks(csv);
    for (const CsvBlock& block : blocks) {
        Table t = block.table;
        for (const std::string& note : block.notes)
            section.paragraphs.push_back(note);
        const bool residuals = columnOf(t, "gnss_los_mm") >= 0;
        t.caption = residuals ? "GNSS residuals per station (" + csv.filename().string() + ")"
                              : (columnOf(t, "l2_mm") >= 0 ? "GNSS misfit statistics per version"
                                                           : csv.filename().string());
        if (residuals) {
            if (auto fig = gnssScatter(t))
                section.figures.push_back(std::move(*fig));
        }
        section.tables.push_back(std::move(t));
    }
}

std::string unitsText(const Raster& r)
{
    if (r.metadata.units == Units::Unknown) {
        const auto it = r.metadata.extra.find("units");
        return it == r.metadata.extra.end() ? std::string("unknown units") : it->second;
    }
    return unitsName(r.metadata.units);
}

Raster readBand(const fs::path& path, int band)
{
    io::ReadOptions options;
    options.band = band;
    options.allowAllNoData = true;
    return io::readRaster(path, options);
}

void collectStackStudy(Report& report, const fs::path& dir, const CollectOptions& options)
{
    Section s;
    s.heading = "Velocity ± σ: " + dir.filename().string();
    s.facts.push_back({"Folder", dir.string()});

    // Dates of the time series (point_series.csv), when written.
    if (fs::exists(dir / "point_series.csv")) {
        const auto blocks = readCsvBlocks(dir / "point_series.csv");
        std::set<std::string> dates;
        for (const auto& b : blocks) {
            const int d = columnOf(b.table, "date");
            if (d >= 0)
                for (const auto& row : b.table.rows)
                    dates.insert(row[std::size_t(d)]);
        }
        if (!dates.empty())
            s.facts.push_back({"Dates", std::to_string(dates.size()) + " (" + *dates.begin() + " to " +
                                            *dates.rbegin() + ")"});
    }

    const auto summary = readCsvBlocks(dir / "summary.csv");
    if (summary.empty() || columnOf(summary.front().table, "method") < 0)
        throw Error(ErrorKind::InvalidInput,
                    (dir / "summary.csv").string() + " is not a velocity summary (no 'method' column)");
    Table sum = summary.front().table;
    const int fileCol = columnOf(sum, "velocity_file");
    const int methodCol = columnOf(sum, "method");
    const int redCol = columnOf(sum, "mean_std_reduction");
    Table shown;
    shown.caption = "Per method: median σ of the velocity, mean std reduction of the corrections";
    shown.header = {"method", "median σ (mm/yr)", "std reduction (%)", "no-data pixels", "file"};
    for (const auto& row : sum.rows) {
        auto cell = [&](const char* name) {
            const int c = columnOf(sum, name);
            return c < 0 ? std::string() : row[std::size_t(c)];
        };
        shown.rows.push_back({cell("method"), fixed(number(cell("median_sigma_mm_yr"))),
                              redCol < 0 ? "—" : fixed(100.0 * number(row[std::size_t(redCol)]), 1),
                              cell("no_data_pixels"), cell("velocity_file")});
    }
    s.tables.push_back(std::move(shown));

    if (fs::exists(dir / "points.csv")) {
        for (auto& b : readCsvBlocks(dir / "points.csv")) {
            b.table.caption = "Velocity ± σ at the points (mm/yr)";
            s.tables.push_back(std::move(b.table));
        }
    }

    Figure velocity;
    velocity.caption = "Velocity per method (mm/yr, LOS, positive towards the satellite), one colour scale.";
    Figure sigma;
    sigma.caption = "σ of the velocity per method (mm/yr), one colour scale.";
    sigma.symmetric = false;
    if (fileCol >= 0) {
        for (const auto& row : sum.rows) {
            const std::string& file = row[std::size_t(fileCol)];
            if (file.empty())
                continue;
            const fs::path path = dir / fs::path(file).filename();
            if (!fs::exists(path))
                throw Error(ErrorKind::InvalidInput, (dir / "summary.csv").string() + " names " + file +
                                                         ", which is missing from " + dir.string());
            const std::string method = methodCol < 0 ? file : row[std::size_t(methodCol)];
            velocity.panels.push_back(
                {method, reduceForDisplay(readBand(path, 1), options.maxFigurePixels), "mm/yr"});
            sigma.panels.push_back(
                {method + " σ", reduceForDisplay(readBand(path, 2), options.maxFigurePixels), "mm/yr"});
        }
    }
    if (!velocity.panels.empty()) {
        s.figures.push_back(std::move(velocity));
        s.figures.push_back(std::move(sigma));
    }

    if (fs::exists(dir / "results.csv")) {
        for (auto& b : readCsvBlocks(dir / "results.csv")) {
            b.table.caption = "Case-study results against the known truth";
            s.tables.push_back(std::move(b.table));
        }
    }
    report.sections.push_back(std::move(s));

    if (fs::exists(dir / "gnss.csv")) {
        Section g;
        g.heading = "GNSS comparison: " + dir.filename().string();
        addGnssTables(g, dir / "gnss.csv");
        report.sections.push_back(std::move(g));
    }
}

bool hasProvenance(const RasterMetadata& m)
{
    const std::string prefix = corrections::kProvenancePrefix;
    return std::any_of(m.extra.begin(), m.extra.end(),
                       [&](const auto& kv) { return kv.first.rfind(prefix, 0) == 0; });
}

std::vector<fs::path> denoiseOutputsIn(const fs::path& dir)
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file() || !isTiff(entry.path()) || isResidual(entry.path()))
            continue;
        try {
            if (hasProvenance(io::probeRaster(entry.path()).metadata))
                files.push_back(entry.path());
        } catch (const Error&) {
            // Not a raster we can read: not a denoise output either.
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

void collectDenoise(Report& report, const std::vector<fs::path>& files, const std::string& heading,
                    const CollectOptions& options)
{
    Section s;
    s.heading = heading;
    Table reduction;
    reduction.caption = "Std reduction per output (std before and after the correction, map units)";
    reduction.header = {"file", "method", "std before", "std after", "std reduction (%)"};
    for (const fs::path& file : files) {
        const Raster after = readBand(file, 1);
        std::map<std::string, std::string> prov;
        const std::string prefix = corrections::kProvenancePrefix;
        for (const auto& [k, v] : after.metadata.extra)
            if (k.rfind(prefix, 0) == 0)
                prov[k.substr(prefix.size())] = v;
        auto get = [&](const char* k) {
            const auto it = prov.find(k);
            return it == prov.end() ? std::string() : it->second;
        };
        reduction.rows.push_back({file.filename().string(), get("method"), get("std_before"),
                                  get("std_after"), fixed(100.0 * number(get("std_reduction")), 1)});

        Table facts;
        facts.caption = file.filename().string() + ": input and method";
        facts.header = {"item", "value"};
        facts.rows.push_back(
            {"size", std::to_string(after.width()) + " × " + std::to_string(after.height())});
        facts.rows.push_back({"units", unitsText(after)});
        if (after.metadata.wavelengthM)
            facts.rows.push_back({"wavelength (m)", fixed(*after.metadata.wavelengthM, 4)});
        if (after.metadata.date1 && after.metadata.date2)
            facts.rows.push_back(
                {"dates", after.metadata.date1->toIso() + " to " + after.metadata.date2->toIso()});
        if (after.metadata.incidenceDeg)
            facts.rows.push_back({"incidence (°)", fixed(*after.metadata.incidenceDeg, 2)});
        facts.rows.push_back({"CRS", io::describeCrs(after.crsWkt)});
        for (const auto& [k, v] : prov)
            facts.rows.push_back({k, v});
        s.tables.push_back(std::move(facts));

        Figure maps;
        maps.caption = file.filename().string() + ": before, after and removed, on one colour scale (" +
                       unitsText(after) + ").";
        fs::path residual = file;
        residual.replace_filename(file.stem().string() + ".residual.tif");
        Raster shownAfter = reduceForDisplay(after, options.maxFigurePixels);
        if (fs::exists(residual)) {
            const Raster removed = readBand(residual, 1);
            if (removed.width() == after.width() && removed.height() == after.height()) {
                Raster before = after;
                for (std::size_t i = 0; i < before.size(); ++i)
                    before.values()[i] = after.values()[i] + removed.values()[i];
                maps.panels.push_back(
                    {"before", reduceForDisplay(before, options.maxFigurePixels), unitsText(after)});
                maps.panels.push_back({"after", shownAfter, unitsText(after)});
                maps.panels.push_back(
                    {"removed", reduceForDisplay(removed, options.maxFigurePixels), unitsText(after)});
            }
        }
        if (maps.panels.empty())
            maps.panels.push_back({"after", std::move(shownAfter), unitsText(after)});
        s.figures.push_back(std::move(maps));
    }
    s.tables.insert(s.tables.begin(), std::move(reduction));
    report.sections.push_back(std::move(s));
}

} // namespace

Raster reduceForDisplay(const Raster& raster, int maxPixels)
{
    const int side = std::max(raster.width(), raster.height());
    if (maxPixels <= 0 || side <= maxPixels)
        return raster;
    const int stride = (side + maxPixels - 1) / maxPixels;
    const int w = (raster.width() + stride - 1) / stride;
    const int h = (raster.height() + stride - 1) / stride;
    Raster out(w, h);
    for (int r = 0; r < h; ++r)
        for (int c = 0; c < w; ++c)
            out.at(r, c) = raster.at(r * stride, c * stride);
    out.metadata = raster.metadata;
    out.crsWkt = raster.crsWkt;
    out.geoTransform = raster.geoTransform;
    // c = {x0, dx/dcol, dx/drow, y0, dy/dcol, dy/drow}: one output pixel spans `stride` input pixels.
    for (int i : {1, 2, 4, 5})
        out.geoTransform.c[std::size_t(i)] *= stride;
    out.sourcePath = raster.sourcePath;
    return out;
}

InputKind classifyInput(const fs::path& input)
{
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
        // An evaluate folder holds a summary.csv too: its summary.json + snr_bins.csv decide first.
        if (detail::isEvaluation(input))
            return InputKind::Evaluation;
        if (detail::isTrainingRun(input))
            return InputKind::TrainingRun;
        if (fs::exists(input / "summary.csv"))
            return InputKind::StackStudy;
        if (!denoiseOutputsIn(input).empty())
            return InputKind::Denoise;
        return InputKind::Unknown;
    }
    if (!fs::is_regular_file(input, ec))
        return InputKind::Unknown;
    const std::string name = lower(input.filename().string());
    if (detail::isModelFile(input))
        return InputKind::ModelFile;
    // A file of a run or an evaluation stands for its folder.
    if ((name == "summary.json" || name == "snr_bins.csv" || name == "summary.csv") &&
        detail::isEvaluation(input.parent_path()))
        return InputKind::Evaluation;
    if ((name == "history.csv" || name == "config.json") && detail::isTrainingRun(input.parent_path()))
        return InputKind::TrainingRun;
    if (lower(input.extension().string()) == ".csv") {
        if (name == "summary.csv")
            return InputKind::StackStudy;
        for (const auto& b : readCsvBlocks(input))
            if (columnOf(b.table, "gnss_los_mm") >= 0)
                return InputKind::GnssTable;
        return InputKind::Unknown;
    }
    if (isTiff(input)) {
        try {
            if (hasProvenance(io::probeRaster(input).metadata))
                return InputKind::Denoise;
        } catch (const Error&) {
            return InputKind::Unknown;
        }
    }
    return InputKind::Unknown;
}

Report collectReport(const std::vector<fs::path>& inputs, const CollectOptions& options)
{
    if (inputs.empty())
        throw Error(ErrorKind::InvalidInput, "a report needs at least one input file or folder");
    Report report;
    report.title = options.title;
    if (!options.softwareVersion.empty())
        report.facts.push_back({"Software", options.softwareVersion});
    for (fs::path input : inputs) {
        input = input.lexically_normal();
        if (input.filename().empty() && input.has_parent_path()) // "run/" names the folder "run"
            input = input.parent_path();
        std::error_code ec;
        if (!fs::exists(input, ec))
            throw Error(ErrorKind::Io, input.string() + " does not exist");
        report.facts.push_back({"Input", input.string()});
        switch (classifyInput(input)) {
        case InputKind::StackStudy:
            collectStackStudy(report, fs::is_directory(input) ? input : input.parent_path(), options);
            break;
        case InputKind::Denoise:
            if (fs::is_directory(input))
                collectDenoise(report, denoiseOutputsIn(input), "Denoise: " + input.filename().string(),
                               options);
            else
                collectDenoise(report, {input}, "Denoise: " + input.filename().string(), options);
            break;
        case InputKind::GnssTable: {
            Section g;
            g.heading = "GNSS comparison: " + input.filename().string();
            addGnssTables(g, input);
            report.sections.push_back(std::move(g));
            break;
        }
        case InputKind::TrainingRun:
            detail::collectTrainingRun(report, fs::is_directory(input) ? input : input.parent_path());
            break;
        case InputKind::ModelFile:
            detail::collectModelFile(report, input);
            break;
        case InputKind::Evaluation:
            detail::collectEvaluation(report, fs::is_directory(input) ? input : input.parent_path());
            break;
        case InputKind::Unknown:
            throw Error(ErrorKind::InvalidInput,
                        input.string() +
                            " holds nothing a report can show: expected a velocity/casestudy folder "
                            "(summary.csv), denoise outputs (GeoTIFFs with correction_* provenance), "
                            "a gnss --csv table, a train run folder (history.csv + config.json), a "
                            ".model file or an evaluate folder (summary.json + snr_bins.csv)");
        }
    }
    return report;
}

} // namespace insar::report
