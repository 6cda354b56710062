// `insar-denoiser-cli synth --preset train|val|test|custom --count N --seed S --out DIR ...`:
// writes a synthetic training dataset (core/synthesis/dataset.h documents the format).
#include "cli_progress.h"
#include "command_registry.h"
#include "common/error.h"
#include "common/thread_config.h"
#include "synthesis/dataset.h"
#include "synthesis/dem_source.h"
#include "synthesis/synthesis_config.h"

#ifdef INSAR_SYNTH_WITH_IO
#include "io/gdal_setup.h"
#include "io/raster_reader.h"
#endif

#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

using insar::Error;
using namespace insar::synthesis;

struct SynthOptions {
    std::string preset = "train";
    std::vector<double> region;
    std::size_t count = 0;
    std::uint64_t seed = 0;
    std::string out;
    std::vector<std::string> dems;
    int size = 300;
    double spacingArcsec = 5.5;
    std::string format = "npy";
    int threads = 0;
    std::size_t shardSize = 1000;
    bool components = false;
    std::string sensor;
    std::string configFile;
    bool quiet = false;
};

std::shared_ptr<const DemSource> loadDems(const std::vector<std::string>& paths)
{
    if (paths.empty())
        return nullptr;
#ifdef INSAR_SYNTH_WITH_IO
    insar::io::configureGdal();
    std::vector<insar::Raster> tiles;
    for (const std::string& p : paths)
        tiles.push_back(insar::io::readRaster(p));
    return std::make_shared<RasterDemSource>(std::move(tiles));
#else
    throw Error("--dem needs the full build with GDAL (this is the headless build)");
#endif
}

insar::cli::Runner setupSynth(CLI::App& sub)
{
    auto o = std::make_shared<SynthOptions>();
    sub.add_option("--preset", o->preset, "region preset: train, val, test or custom (needs --region)")
        ->check(CLI::IsMember({"train", "val", "test", "custom", "training", "validation", "testing"}));
    sub.add_option("--region", o->region, "custom box: lonmin,lonmax,latmin,latmax (degrees)")->delimiter(',')->expected(4);
    sub.add_option("--count", o->count, "number of samples")->required()->check(CLI::PositiveNumber);
    sub.add_option("--seed", o->seed, "dataset seed (same seed, same bytes)")->required();
    sub.add_option("--out", o->out, "output folder (new or empty)")->required();
    sub.add_option("--dem", o->dems, "DEM tiles in lon/lat (GeoTIFF, .hgt...); default: built-in fractal DEM");
    sub.add_option("--size", o->size, "sample size in pixels (default 300)")->check(CLI::Range(16, 4096));
    sub.add_option("--spacing", o->spacingArcsec, "pixel spacing in arcsec (default 5.5)");
    sub.add_option("--format", o->format, "npy (float32 LOS metres) or npy8 (0-255 per sample + scale/offset)")
        ->check(CLI::IsMember({"npy", "npy8"}));
    sub.add_option("--threads", o->threads, "worker threads (default: all cores / INSAR_THREADS)");
    sub.add_option("--shard-size", o->shardSize, "samples per shard file (default 1000)")->check(CLI::PositiveNumber);
    sub.add_flag("--components", o->components, "also store turbulent, stratified, ramp, residual and DEM");
    sub.add_option("--sensor", o->sensor, "alos, alos2 (default) or sentinel1");
    sub.add_option("--config", o->configFile, "JSON file with SynthesisConfig fields (dataset.json 'config' format)");
    sub.add_flag("--quiet", o->quiet, "no progress line");

    return [o]() -> int {
        SynthesisConfig config;
        if (!o->configFile.empty()) {
            std::ifstream in(o->configFile);
            if (!in)
                throw Error(insar::ErrorKind::Io, o->configFile + ": cannot open");
            try {
                config = SynthesisConfig::fromJson(nlohmann::json::parse(in));
            } catch (const nlohmann::json::exception& e) {
                throw Error(insar::ErrorKind::Format, o->configFile + ": " + e.what());
            } catch (const Error& e) {
                throw Error(e.kind(), o->configFile + ": " + e.what());
            }
        }
        const auto preset = parseRegionPreset(o->preset);
        config.applyPreset(*preset);
        if (!o->region.empty()) {
            if (*preset != RegionPreset::Custom)
                throw Error("--region needs --preset custom");
            config.region = {o->region[0], o->region[1], o->region[2], o->region[3]};
        } else if (*preset == RegionPreset::Custom && o->configFile.empty()) {
            throw Error("--preset custom needs --region lonmin,lonmax,latmin,latmax");
        }
        config.sampleSize = o->size;
        config.pixelSpacingArcsec = o->spacingArcsec;
        if (!o->sensor.empty()) {
            const auto s = insar::parseSensor(o->sensor);
            if (!s || *s == insar::Sensor::Custom)
                throw Error("--sensor must be alos, alos2 or sentinel1");
            config.sensor = *s;
        }
        config.validate();
        DatasetOptions options;
        options.samplesPerShard = o->shardSize;
        options.components = o->components;
        options.dem = loadDems(o->dems);
        const DatasetFormat format = *parseDatasetFormat(o->format);
        const int threads = o->threads > 0 ? o->threads : insar::defaultThreadCount();

        insar::cli::TerminalProgress progress("synth", o->quiet || isatty(STDERR_FILENO) == 0);
        const auto start = std::chrono::steady_clock::now();
        writeDataset(config, o->count, o->seed, o->out, format, progress, threads, options);
        progress.finish();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("wrote %zu samples (%s, %dx%d) to %s in %.1f s (%.1f samples/s, %d threads)\n", o->count,
                    o->format.c_str(), o->size, o->size, o->out.c_str(), seconds, o->count / std::max(seconds, 1e-9),
                    threads);
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(synth, "synth", "Generate a synthetic training dataset (Okada/Mogi + atmospheric noise)", setupSynth)
