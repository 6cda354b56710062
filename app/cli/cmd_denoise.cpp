// `denoise`: corrects interferograms with the trained CNN (default: the shipped model), the
// classical corrections (deramp, phase-elevation "linear", GACOS) or chains of them, and writes
// the corrected maps (and optionally the removed noise) as GeoTIFFs, atomically. The CNN alone is
// streamed by rows, so memory does not grow with the raster.
#include "cli_errors.h"
#include "cli_options.h"
#include "cli_progress.h"
#include "command_registry.h"
#include "common/error.h"
#include "io/raster_reader.h"
#include "nn/denoiser.h"
#include "nn/trainer.h"
#include "output_guard.h"
#include "pipeline/cnn_correction.h"
#include "pipeline/correct_file.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

namespace {

namespace fs = std::filesystem;

struct DenoiseCliOptions {
    std::vector<std::string> inputs;
    std::string out;
    std::string outDir;
    std::string method = "cnn";
    std::string model;
    std::string dem;
    std::string gacosDir;
    std::string exclude;
    std::string reference = "auto";
    std::string referenceLonLat;
    std::optional<double> incidenceDeg;
    std::string incidenceRaster;
    std::string units;
    std::optional<double> wavelengthM;
    std::string device = "auto";
    int threads = 0;
    std::optional<int> tile, overlap;
    bool residual = false;
    bool freeMean = false;
    bool bf16 = false;
    bool overwrite = false;
    bool quiet = false;
};

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

/// ".denoised" for the CNN alone, else the method text made a file-name part:
/// "deramp:bilinear,cnn" -> ".deramp-bilinear+cnn".
std::string suffixFor(const std::string& method)
{
    std::string m = lower(method);
    m.erase(std::remove_if(m.begin(), m.end(), [](unsigned char c) { return std::isspace(c) != 0; }),
            m.end());
    if (m == "cnn")
        return ".denoised";
    for (char& c : m) {
        if (c == ',')
            c = '+';
        else if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '_')
            c = '-';
    }
    return "." + m;
}

/// "<dir>/<name without .tif/.unw...><suffix>.tif"
fs::path outputFor(const fs::path& input, const fs::path& dir, const std::string& suffix)
{
    std::string stem = input.filename().string();
    for (const char* ext : {".tif", ".tiff", ".TIF", ".unw", ".vrt", ".h5", ".img"}) {
        const std::string e(ext);
        if (stem.size() > e.size() && stem.compare(stem.size() - e.size(), e.size(), e) == 0) {
            stem.resize(stem.size() - e.size());
            break;
        }
    }
    return dir / (stem + suffix + ".tif");
}

fs::path residualPathFor(const fs::path& out)
{
    fs::path p = out;
    return p.replace_filename(out.stem().string() + ".residual.tif");
}

std::pair<double, double> parseLonLat(const std::string& text)
{
    const auto comma = text.find(',');
    double lon = 0.0;
    double lat = 0.0;
    auto number = [](std::string_view s, double& v) {
        while (!s.empty() && s.front() == ' ')
            s.remove_prefix(1);
        while (!s.empty() && s.back() == ' ')
            s.remove_suffix(1);
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        return !s.empty() && ec == std::errc{} && ptr == s.data() + s.size() && std::isfinite(v);
    };
    if (comma == std::string::npos || !number(std::string_view(text).substr(0, comma), lon) ||
        !number(std::string_view(text).substr(comma + 1), lat))
        throw insar::Error("--reference-lonlat '" + text + "' is not LON,LAT in degrees (e.g. 137.48,35.89)");
    if (lat < -90.0 || lat > 90.0)
        throw insar::Error("--reference-lonlat '" + text + "': the latitude must lie between -90 and 90");
    return {lon, lat};
}

bool usesCnn(const std::string& method)
{
    const std::string m = lower(method);
    std::size_t start = 0;
    while (start <= m.size()) {
        const std::size_t comma = std::min(m.find(',', start), m.size());
        std::string item = m.substr(start, comma - start);
        item.erase(
            std::remove_if(item.begin(), item.end(), [](unsigned char c) { return std::isspace(c) != 0; }),
            item.end());
        if (item.substr(0, item.find(':')) == "cnn")
            return true;
        start = comma + 1;
    }
    return false;
}

/// The units rule, checked on the header before anything is computed, with the flags to give.
void checkUnits(const fs::path& input, const std::string& method,
                const insar::pipeline::CorrectionInputs& inputs)
{
    if (!insar::pipeline::methodsNeedUnits(method))
        return;
    const insar::io::RasterInfo info = insar::io::probeRaster(input);
    insar::Raster probe;
    probe.metadata = info.metadata;
    probe.sourcePath = input.string();
    insar::pipeline::applyUnitOverrides(probe, inputs);
    const std::string problem = insar::pipeline::missingUnitsProblem(probe, method);
    if (!problem.empty())
        throw insar::Error(problem + " Give --units rad|m|mm (and --wavelength M for radians).");
}

insar::cli::Runner setupDenoise(CLI::App& sub)
{
    auto o = std::make_shared<DenoiseCliOptions>();
    sub.add_option("inputs", o->inputs,
                   "Unwrapped interferograms (GeoTIFF, LiCSAR, ROI_PAC/ISCE .unw, ENVI, "
                   "HDF5 subdatasets; anything `info` reads)")
        ->required();
    sub.add_option("--out", o->out, "Output GeoTIFF (one input only)");
    sub.add_option("--out-dir", o->outDir,
                   "Output folder: <name>.denoised.tif for --method cnn, <name>.<method>.tif otherwise "
                   "(deramp:bilinear,cnn -> <name>.deramp-bilinear+cnn.tif)");
    sub.add_option("--method", o->method,
                   "cnn (default), deramp[:linear|bilinear|quadratic], linear[:ORDER][+plane][+mlN] "
                   "(phase-elevation, needs --dem), gacos (needs --gacos-dir), or a chain applied in "
                   "order: gacos,cnn  deramp,cnn ...");
    sub.add_option("--model", o->model,
                   "Model file for cnn (default: the shipped pretrained model, or $INSAR_MODEL)");
    sub.add_option("--dem", o->dem,
                   "DEM (heights in m, any GDAL raster; warped to the grid) for linear and for "
                   "cnn models trained with a DEM input");
    sub.add_option("--gacos-dir", o->gacosDir,
                   "Folder of GACOS maps YYYYMMDD.ztd(+.rsc) or .ztd.tif for gacos");
    sub.add_option("--exclude", o->exclude,
                   "Area kept out of fits and of the automatic reference: a 0/1 mask raster on the same "
                   "grid, a WKT POLYGON in lon/lat, or a GeoJSON file");
    auto* ref = sub.add_option("--reference", o->reference,
                               "auto (a stable area; default), none (keep the level), or ROW,COL (0-based "
                               "pixel): every output is re-referenced to it");
    auto* refLonLat = sub.add_option("--reference-lonlat", o->referenceLonLat,
                                     "Reference point as LON,LAT in degrees (georeferenced lon/lat rasters)");
    ref->excludes(refLonLat);
    refLonLat->excludes(ref);
    sub.add_option("--incidence", o->incidenceDeg,
                   "Incidence angle in degrees for gacos (wins over metadata)");
    sub.add_option("--incidence-raster", o->incidenceRaster, "Incidence angle raster (degrees) for gacos");
    sub.add_option("--units", o->units,
                   "Units of inputs that do not say (rad, m or mm); cnn and gacos refuse unknown units")
        ->check(CLI::IsMember({"rad", "m", "mm"}));
    sub.add_option("--wavelength", o->wavelengthM,
                   "Radar wavelength in metres for radian inputs that do not say")
        ->check(CLI::PositiveNumber);
    insar::cli::addCnnInferenceOptions(sub, o->device, o->bf16);
    insar::cli::addThreadsOption(sub, o->threads, "Torch threads (default: all cores / INSAR_THREADS)");
    sub.add_option("--tile", o->tile, "Tile side in pixels (default: automatic from the model)");
    sub.add_option("--overlap", o->overlap,
                   "Overlap of neighbouring tiles in pixels (default: the receptive field, so tiles "
                   "equal whole-map inference)");
    sub.add_flag("--residual", o->residual,
                 "Also write the removed noise (input − corrected) as <output>.residual.tif");
    sub.add_flag("--free-mean", o->freeMean,
                 "With --reference none: let the network change the map's mean level too (default: "
                 "the removed noise is zero-mean, the level is kept)");
    sub.add_flag("--overwrite", o->overwrite, "Replace existing outputs (default: refuse)");
    sub.add_flag("--quiet", o->quiet, "No status line and no messages");
    return [o]() -> int {
        namespace nn = insar::nn;
        namespace pl = insar::pipeline;
        if (o->out.empty() == o->outDir.empty())
            throw insar::Error("give exactly one of --out FILE (one input) or --out-dir DIR");
        if (!o->out.empty() && o->inputs.size() != 1)
            throw insar::Error("--out names one file; use --out-dir for " + std::to_string(o->inputs.size()) +
                               " inputs");
        const bool cnn = usesCnn(o->method);
        fs::path modelPath;
        if (cnn) {
            modelPath = o->model.empty() ? nn::defaultModelPath() : fs::path(o->model);
            if (modelPath.empty())
                throw insar::Error("no --model given and no pretrained model installed (set INSAR_MODEL)");
        }
        pl::CorrectionInputs inputs;
        inputs.dem = o->dem;
        inputs.gacosDir = o->gacosDir;
        inputs.exclude = o->exclude;
        inputs.reference = o->reference;
        if (!o->referenceLonLat.empty())
            inputs.referenceLonLat = parseLonLat(o->referenceLonLat);
        pl::parseReference(inputs.reference); // a bad value fails once, not per file
        inputs.incidenceDeg = o->incidenceDeg;
        inputs.incidenceRaster = o->incidenceRaster;
        if (!o->units.empty())
            inputs.units = insar::parseUnits(o->units);
        inputs.wavelengthM = o->wavelengthM;

        const fs::path folder = o->outDir.empty() ? fs::path(o->out).parent_path() : fs::path(o->outDir);
        if (!folder.empty()) {
            std::error_code ec;
            fs::create_directories(folder, ec);
            if (ec)
                throw insar::Error(insar::ErrorKind::Io,
                                   folder.string() + ": cannot create the output folder: " + ec.message());
        }
        nn::configureTorchThreads(o->threads);
        if (cnn) {
            pl::CnnDefaults defaults;
            defaults.modelFile = modelPath;
            defaults.options.device = nn::deviceKindFromName(o->device);
            if (o->tile)
                defaults.options.tileSize = *o->tile;
            if (o->overlap)
                defaults.options.overlap = *o->overlap;
            defaults.options.bf16 = o->bf16;
            pl::registerCnnCorrection(defaults);
            const nn::ModelInfo info = nn::readModelInfo(modelPath); // an unusable model fails once
            if (nn::needsDem(info.network) && o->dem.empty())
                throw insar::Error(insar::ErrorKind::InvalidInput,
                                   "model " + modelPath.string() +
                                       " needs a DEM (it was trained with a DEM input channel): pass --dem");
            if (!o->quiet)
                std::fprintf(stderr, "denoise: model %s (%s %d×%d, inputs %s, %s)\n",
                             modelPath.string().c_str(), info.network.architecture.c_str(),
                             info.network.architecture == "unet" ? info.network.levels : info.network.depth,
                             info.network.channels, nn::inputsName(info.network).c_str(),
                             insar::unitsName(info.units).c_str());
        }

        int failures = 0;
        for (const std::string& inputName : o->inputs) {
            const fs::path input(inputName);
            const fs::path out =
                o->out.empty() ? outputFor(input, o->outDir, suffixFor(o->method)) : fs::path(o->out);
            try {
                std::vector<fs::path> guarded{input};
                if (cnn)
                    guarded.push_back(modelPath);
                insar::cli::checkOutputPath(out, guarded, o->overwrite);
                if (o->residual)
                    insar::cli::checkOutputPath(residualPathFor(out), guarded, o->overwrite);
                checkUnits(input, o->method, inputs);
                const auto t0 = std::chrono::steady_clock::now();
                insar::cli::TerminalProgress progress("denoise " + input.filename().string(), o->quiet);
                pl::FileCorrectionRequest request;
                request.input = input;
                request.output = out;
                if (o->residual)
                    request.removedOutput = residualPathFor(out);
                request.method = o->method;
                request.inputs = inputs;
                request.freeMean = o->freeMean;
                const pl::FileCorrectionReport report = pl::correctFile(request, progress);
                progress.finish();
                if (!o->quiet)
                    for (const std::string& message : report.messages)
                        std::fprintf(stderr, "denoise: %s: %s\n", input.filename().string().c_str(),
                                     insar::cli::oneLine(message).c_str());
                const double ms =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
                std::printf("%s -> %s  %d x %d  std %.4g -> %.4g %s  reduction %.1f %%  %s  %.0f ms\n",
                            inputName.c_str(), out.string().c_str(), report.width, report.height,
                            report.stdBefore, report.stdAfter, insar::unitsName(report.units).c_str(),
                            100.0 * report.reduction,
                            report.provenance.count("method") ? report.provenance.at("method").c_str()
                                                              : o->method.c_str(),
                            ms);
                std::fflush(stdout);
            } catch (const insar::CancelledError&) {
                throw;
            } catch (const std::exception& e) {
                insar::cli::printError("denoise", e.what());
                ++failures;
            }
        }
        if (failures > 0)
            std::fprintf(stderr, "denoise: %d of %zu inputs failed\n", failures, o->inputs.size());
        return failures > 0 ? 1 : 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(
    denoise, "denoise",
    "Correct interferograms: the trained CNN (default), deramp, phase-elevation, GACOS or chains of them",
    setupDenoise)
