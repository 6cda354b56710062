// `velocity`: a stack of interferograms (files, a folder, a CSV) or a displacement time series (CSV,
// MintPy timeseries.h5) through each chosen correction to a time series and velocity ± σ per pixel
// and at points, written as GeoTIFFs and CSVs (pipeline::writeStackStudy), with the per-method
// summary and the point table printed (docs/case_studies.md, "Stack pipeline").
#include "cli_errors.h"
#include "cli_options.h"
#include "cli_progress.h"
#include "command_registry.h"
#include "common/date.h"
#include "common/error.h"
#include "io/stack_reader.h"
#include "nn/trainer.h"
#include "output_guard.h"
#include "pipeline/stack_study.h"
#include "stack_study_cli.h"

#include <CLI/CLI.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

namespace {

namespace fs = std::filesystem;

struct VelocityCliOptions {
    std::vector<std::string> inputs;
    std::string ifgs;
    std::string timeseries;
    std::string mintpy;
    std::vector<std::string> methodLists;
    std::vector<std::string> methods;
    std::string model;
    std::string device = "auto";
    bool bf16 = false;
    std::string dem;
    std::string gacosDir;
    std::string exclude;
    std::string reference = "auto";
    std::string referenceLonLat;
    std::optional<double> incidenceDeg;
    std::string units;
    std::optional<double> wavelengthM;
    std::string uncertainty = "residual";
    int bootstrapN = 400;
    std::uint64_t seed = 0;
    bool seasonal = false;
    std::vector<std::string> steps;
    std::vector<std::string> points;
    std::vector<std::string> pixelPoints;
    int window = 1;
    int minPairs = 1;
    int threads = 0;
    std::string out;
    bool overwrite = false;
    bool quiet = false;
};

insar::io::StackList stackListFor(const VelocityCliOptions& o)
{
    namespace io = insar::io;
    const int sources =
        int(!o.inputs.empty()) + int(!o.ifgs.empty()) + int(!o.timeseries.empty()) + int(!o.mintpy.empty());
    if (sources != 1)
        throw insar::Error("give exactly one stack: --ifgs CSV, --timeseries CSV, --mintpy FILE.h5, or "
                           "interferogram files / a folder");
    if (!o.ifgs.empty())
        return io::readInterferogramList(o.ifgs);
    if (!o.timeseries.empty())
        return io::readTimeSeriesList(o.timeseries);
    if (!o.mintpy.empty())
        return io::readMintPyTimeSeries(o.mintpy);
    std::vector<fs::path> files(o.inputs.begin(), o.inputs.end());
    return io::interferogramsFromFiles(files);
}

std::vector<insar::pipeline::StudyPoint> pointsFor(const VelocityCliOptions& o)
{
    std::vector<insar::pipeline::StudyPoint> points;
    for (const std::string& text : o.points) {
        const auto [lon, lat] =
            insar::cli::parseNumberPair(text, "--point", "LON,LAT in degrees (e.g. 137.48,35.89)");
        if (lat < -90.0 || lat > 90.0)
            throw insar::Error("--point '" + text + "': the latitude must lie between -90 and 90");
        insar::pipeline::StudyPoint p;
        p.name = "P" + std::to_string(points.size() + 1);
        p.lon = lon;
        p.lat = lat;
        p.window = o.window;
        points.push_back(p);
    }
    for (const std::string& text : o.pixelPoints) {
        const auto [row, col] = insar::cli::parseNumberPair(text, "--point-pixel", "ROW,COL (0-based pixel)");
        if (row != std::floor(row) || col != std::floor(col) || row < 0 || col < 0 || row > 1e9 || col > 1e9)
            throw insar::Error("--point-pixel '" + text + "': ROW and COL are whole numbers from 0");
        insar::pipeline::StudyPoint p;
        p.name = "P" + std::to_string(points.size() + 1);
        p.row = static_cast<int>(row);
        p.col = static_cast<int>(col);
        p.window = o.window;
        points.push_back(p);
    }
    return points;
}

insar::cli::Runner setupVelocity(CLI::App& sub)
{
    auto o = std::make_shared<VelocityCliOptions>();
    sub.add_option("inputs", o->inputs,
                   "Interferograms whose names carry YYYYMMDD_YYYYMMDD (LiCSAR style), or a folder of them");
    sub.add_option("--ifgs", o->ifgs, "CSV of interferograms: date1,date2,file[,coherence]");
    sub.add_option("--timeseries", o->timeseries, "CSV of a displacement time series: date,file");
    sub.add_option("--mintpy", o->mintpy, "MintPy timeseries.h5");
    sub.add_option("--methods", o->methodLists,
                   "Corrections, each giving its own velocity: none (the input as it is), deramp[:linear|"
                   "bilinear|quadratic], linear[:ORDER][+plane] (phase-elevation, needs --dem), gacos (needs "
                   "--gacos-dir), cnn; separated by commas (none,deramp,gacos,cnn), or by ';' when a method "
                   "is a chain (\"none;gacos,cnn\"). Default: none");
    sub.add_option("--method", o->methods,
                   "One more method, a chain in the denoise --method syntax (gacos,cnn); repeatable");
    sub.add_option("--model", o->model, "Model file for cnn (default: the shipped model, or $INSAR_MODEL)");
    insar::cli::addCnnInferenceOptions(sub, o->device, o->bf16);
    sub.add_option("--dem", o->dem, "DEM (heights in m, any GDAL raster; warped to the grid) for linear");
    sub.add_option("--gacos-dir", o->gacosDir,
                   "Folder of GACOS maps YYYYMMDD.ztd(+.rsc) or .ztd.tif for gacos");
    sub.add_option("--exclude", o->exclude,
                   "Area kept out of fits and of the automatic reference (the deforming area): a 0/1 mask "
                   "raster, a WKT POLYGON in lon/lat, or a GeoJSON file");
    auto* ref = sub.add_option("--reference", o->reference,
                               "auto (a stable area valid on every map; default), none, or ROW,COL: the one "
                               "pixel every map of every method is referenced to");
    auto* refLonLat = sub.add_option("--reference-lonlat", o->referenceLonLat, "Reference point as LON,LAT");
    ref->excludes(refLonLat);
    refLonLat->excludes(ref);
    sub.add_option("--incidence", o->incidenceDeg,
                   "Incidence angle in degrees for gacos (wins over metadata)");
    sub.add_option("--units", o->units, "Units of maps that do not say (rad, m or mm)")
        ->check(CLI::IsMember({"rad", "m", "mm"}));
    sub.add_option("--wavelength", o->wavelengthM,
                   "Radar wavelength in metres for radian maps that do not say")
        ->check(CLI::PositiveNumber);
    sub.add_option("--uncertainty", o->uncertainty,
                   "residual (σ̂²(GᵀG)⁻¹ from the fit's residuals, default) or bootstrap (over dates)")
        ->check(CLI::IsMember({"residual", "bootstrap"}));
    sub.add_option("--bootstrap-n", o->bootstrapN, "Bootstrap draws (default 400)")
        ->check(CLI::Range(10, 100000));
    sub.add_option("--seed", o->seed, "Seed of the bootstrap (default 0)");
    sub.add_flag("--seasonal", o->seasonal, "Fit annual and semi-annual terms besides the trend");
    sub.add_option("--step", o->steps,
                   "A step in the model at this date (YYYY-MM-DD or YYYYMMDD); repeatable");
    sub.add_option("--point", o->points, "Velocity ± σ at LON,LAT (degrees); repeatable");
    sub.add_option("--point-pixel", o->pixelPoints, "Velocity ± σ at ROW,COL (0-based pixel); repeatable");
    sub.add_option("--window", o->window,
                   "Points: mean of the valid pixels of an N × N window (odd; default 1)")
        ->check(CLI::Range(1, 101));
    sub.add_option("--min-pairs", o->minPairs,
                   "Interferograms a pixel needs to get a time series (default 1)")
        ->check(CLI::Range(1, 100000));
    insar::cli::addThreadsOption(sub, o->threads, "Threads (default: all cores / INSAR_THREADS)");
    sub.add_option("--out", o->out, "Output folder")->required();
    sub.add_flag("--overwrite", o->overwrite, "Replace existing outputs (default: refuse)");
    sub.add_flag("--quiet", o->quiet, "No status line and no messages");
    return [o]() -> int {
        namespace pl = insar::pipeline;
        std::vector<std::string> methods = insar::cli::parseMethodList(o->methodLists, o->methods);
        if (methods.empty())
            methods.push_back("none");
        pl::StackStudyRequest request;
        request.methods = methods;
        pl::CorrectionInputs& inputs = request.inputs;
        inputs.dem = o->dem;
        inputs.gacosDir = o->gacosDir;
        inputs.exclude = o->exclude;
        inputs.reference = o->reference;
        pl::parseReference(inputs.reference);
        if (!o->referenceLonLat.empty())
            inputs.referenceLonLat =
                insar::cli::parseNumberPair(o->referenceLonLat, "--reference-lonlat", "LON,LAT in degrees");
        inputs.incidenceDeg = o->incidenceDeg;
        if (!o->units.empty())
            inputs.units = insar::parseUnits(o->units);
        inputs.wavelengthM = o->wavelengthM;
        request.velocity.uncertainty = o->uncertainty == "bootstrap"
                                           ? insar::timeseries::Uncertainty::Bootstrap
                                           : insar::timeseries::Uncertainty::Residual;
        request.velocity.bootstrapDraws = o->bootstrapN;
        request.velocity.seed = o->seed;
        request.velocity.model.seasonal = o->seasonal;
        for (const std::string& s : o->steps) {
            const auto date = insar::Date::parse(s);
            if (!date)
                throw insar::Error("--step '" + s + "' is not a date (YYYY-MM-DD or YYYYMMDD)");
            request.velocity.model.steps.push_back(*date);
        }
        request.sbas.minPairs = o->minPairs;
        request.points = pointsFor(*o);
        request.threads = o->threads;

        bool cnn = false;
        for (const std::string& m : methods)
            cnn = cnn || pl::usesCnn(m);
        std::vector<fs::path> guarded;
        if (cnn) {
            const fs::path model = insar::cli::modelFor(o->model);
            if (model.empty())
                throw insar::Error(
                    "method cnn: no --model given and no pretrained model installed (set INSAR_MODEL)");
            insar::nn::readModelInfo(model); // an unusable model fails before the stack is read
            request.modelPath = model;
            request.cnnOptions.device = insar::nn::deviceKindFromName(o->device);
            request.cnnOptions.bf16 = o->bf16;
            guarded.push_back(model);
            insar::nn::configureTorchThreads(o->threads);
        }

        const insar::io::StackList list = stackListFor(*o);
        for (const insar::io::StackEntry& e : list.entries) {
            guarded.push_back(e.file);
            if (!e.coherence.empty())
                guarded.push_back(e.coherence);
        }
        if (!o->dem.empty())
            guarded.emplace_back(o->dem);
        const fs::path outDir(o->out);
        for (const fs::path& f : insar::cli::plannedStudyOutputs(outDir, methods))
            insar::cli::checkOutputPath(f, guarded, o->overwrite);

        {
            insar::cli::TerminalProgress progress(
                "velocity: reading " + std::to_string(list.entries.size()) + " maps", o->quiet);
            request.stack = insar::io::readStack(list, progress);
            progress.finish();
        }
        pl::StackStudyResult result;
        {
            insar::cli::TerminalProgress progress("velocity", o->quiet);
            result = pl::runStackStudy(request, progress);
            progress.finish();
        }
        const std::vector<fs::path> written = pl::writeStackStudy(result, outDir, o->overwrite);

        if (!o->quiet) {
            for (const std::string& w : result.warnings)
                std::fprintf(stderr, "velocity: %s\n", insar::cli::oneLine(w).c_str());
            for (const pl::MethodResult& m : result.methods)
                for (const std::string& msg : m.messages)
                    if (msg.find("warning") != std::string::npos)
                        std::fprintf(stderr, "velocity: %s: %s\n", m.method.c_str(),
                                     insar::cli::oneLine(msg).c_str());
        }
        const bool ifgs = list.kind == insar::io::StackList::Kind::Interferograms;
        std::printf("%zu %s, %zu dates %s … %s, %d × %d pixels, reference %s\n", list.entries.size(),
                    ifgs ? "interferograms" : "time-series maps", result.dates.size(),
                    result.dates.front().toIso().c_str(), result.dates.back().toIso().c_str(), result.width,
                    result.height, result.referenceDescription.c_str());
        insar::cli::printMethodSummary(result);
        insar::cli::printPointTable(result);
        std::printf("\n");
        for (const fs::path& f : written)
            std::printf("wrote %s\n", f.string().c_str());
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(velocity, "velocity",
                       "A stack of interferograms or a time series through each correction to velocity ± σ "
                       "(maps, time series, point table)",
                       setupVelocity)
