// `denoise`: applies a trained model (default: the shipped pretrained one) to interferograms and
// writes the corrected maps (and optionally the removed atmosphere) as GeoTIFFs, atomically.
#include "cli_progress.h"
#include "command_registry.h"
#include "common/error.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"
#include "nn/denoiser.h"
#include "nn/trainer.h"
#include "output_guard.h"
#include "cli_options.h"

#include <CLI/CLI.hpp>

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
    std::string model;
    std::string device = "auto";
    int threads = 0;
    std::optional<int> tile, overlap;
    bool residual = false;
    bool freeMean = false;
    bool overwrite = false;
    bool quiet = false;
};

/// "<dir>/<name without .tif/.unw...>.denoised.tif"
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

insar::cli::Runner setupDenoise(CLI::App& sub)
{
    auto o = std::make_shared<DenoiseCliOptions>();
    sub.add_option("inputs", o->inputs,
                   "Unwrapped interferograms (GeoTIFF, LiCSAR, ROI_PAC/ISCE .unw, ENVI, "
                   "HDF5 subdatasets; anything `info` reads)")
        ->required();
    sub.add_option("--out", o->out, "Output GeoTIFF (one input only)");
    sub.add_option("--out-dir", o->outDir, "Output folder: <name>.denoised.tif for each input");
    sub.add_option("--model", o->model,
                   "Model file (default: the shipped pretrained model, or $INSAR_MODEL)");
    sub.add_option("--device", o->device, "auto | cpu | cuda")->check(CLI::IsMember({"auto", "cpu", "cuda"}));
    insar::cli::addThreadsOption(sub, o->threads, "Torch threads (default: all cores / INSAR_THREADS)");
    sub.add_option("--tile", o->tile, "Tile side in pixels (default: automatic from the model)");
    sub.add_option("--overlap", o->overlap,
                   "Overlap of neighbouring tiles in pixels (default 32, or half the "
                   "receptive field)");
    sub.add_flag("--residual", o->residual,
                 "Also write the removed atmosphere (input − denoised) as "
                 "<output>.residual.tif");
    sub.add_flag("--free-mean", o->freeMean,
                 "Let the network change the map's mean level too (default: the "
                 "removed atmosphere is zero-mean, the level is kept)");
    sub.add_flag("--overwrite", o->overwrite, "Replace existing outputs (default: refuse)");
    sub.add_flag("--quiet", o->quiet, "No status line");
    return [o]() -> int {
        namespace nn = insar::nn;
        if (o->out.empty() == o->outDir.empty())
            throw insar::Error("give exactly one of --out FILE (one input) or --out-dir DIR");
        if (!o->out.empty() && o->inputs.size() != 1)
            throw insar::Error("--out names one file; use --out-dir for " + std::to_string(o->inputs.size()) +
                               " inputs");
        const fs::path modelPath = o->model.empty() ? nn::defaultModelPath() : fs::path(o->model);
        if (modelPath.empty())
            throw insar::Error("no --model given and no pretrained model installed (set INSAR_MODEL)");
        const fs::path folder = o->outDir.empty() ? fs::path(o->out).parent_path() : fs::path(o->outDir);
        if (!folder.empty()) {
            std::error_code ec;
            fs::create_directories(folder, ec);
            if (ec)
                throw insar::Error(insar::ErrorKind::Io,
                                   folder.string() + ": cannot create the output folder: " + ec.message());
        }
        nn::configureTorchThreads(o->threads);
        nn::DenoiseOptions dopt;
        dopt.device = nn::deviceKindFromName(o->device);
        if (o->tile)
            dopt.tileSize = *o->tile;
        if (o->overlap)
            dopt.overlap = *o->overlap;
        dopt.preserveMean = !o->freeMean;
        const nn::Denoiser denoiser = nn::Denoiser::load(modelPath, dopt);
        std::fprintf(stderr, "denoise: model %s (%s %d×%d, %s)\n", modelPath.string().c_str(),
                     denoiser.info().network.architecture.c_str(), denoiser.info().network.depth,
                     denoiser.info().network.channels, insar::unitsName(denoiser.info().units).c_str());

        int failures = 0;
        for (const std::string& inputName : o->inputs) {
            const fs::path input(inputName);
            const fs::path out = o->out.empty() ? outputFor(input, o->outDir, ".denoised") : fs::path(o->out);
            try {
                insar::cli::checkOutputPath(out, {input, modelPath}, o->overwrite);
                if (o->residual)
                    insar::cli::checkOutputPath(residualPathFor(out), {input, modelPath}, o->overwrite);
                const auto t0 = std::chrono::steady_clock::now();
                insar::cli::TerminalProgress progress("denoise " + input.filename().string(), o->quiet);
                progress.setStage("reading");
                const insar::Raster in = insar::io::readRaster(input);
                const insar::RasterStats before = in.stats();
                if (before.validCount == 0)
                    throw insar::Error(inputName + ": every pixel is no-data; nothing to denoise");
                progress.setStage("denoising");
                insar::Raster clean = denoiser.denoise(in, progress);
                clean.metadata.extra["DENOISE_MODEL"] = modelPath.filename().string();
                clean.metadata.description = "denoised by insar-denoiser from " + input.filename().string();
                progress.setStage("writing");
                insar::io::writeGeoTiff(clean, out);
                if (o->residual) {
                    insar::Raster res = in;
                    for (std::size_t i = 0; i < res.size(); ++i)
                        res.data()[i] = in.data()[i] - clean.data()[i];
                    res.metadata.extra["DENOISE_MODEL"] = modelPath.filename().string();
                    res.metadata.description =
                        "atmosphere removed by insar-denoiser from " + input.filename().string();
                    insar::io::writeGeoTiff(res, residualPathFor(out));
                }
                progress.finish();
                const double ms =
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
                const insar::RasterStats after = clean.stats();
                std::printf("%s -> %s  %d x %d  std %.4g -> %.4g %s (%.0f %% of the input's)  %.0f ms\n",
                            inputName.c_str(), out.string().c_str(), in.width(), in.height(), before.std,
                            after.std, insar::unitsName(in.metadata.units).c_str(),
                            before.std > 0 ? 100.0 * after.std / before.std : 0.0, ms);
            } catch (const insar::CancelledError&) {
                throw;
            } catch (const std::exception& e) {
                std::fprintf(stderr, "denoise: error: %s\n", e.what());
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
    "Remove atmospheric noise from interferograms with a trained model (default: the shipped one)",
    setupDenoise)
