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
#include <utility>
#include <vector>

namespace {

using insar::Error;
using namespace insar::synthesis;

struct SynthOptions {
    std::string preset = "train";
    std::vector<double> region;
    long long count = 0;
    std::uint64_t seed = 0;
    std::string out;
    std::vector<std::string> dems;
    int size = 300;
    double spacingArcsec = 5.5;
    std::string format = "npy";
    int threads = 0;
    long long shardSize = 1000;
    bool components = false;
    std::string sensor;
    std::string configFile;
    bool quiet = false;
    bool resume = false;
};

/// The most samples one dataset may hold: far beyond any training run, and small enough that the
/// index fits in memory.
constexpr long long kMaxSamples = 100'000'000;

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
    sub.add_option("--region", o->region, "custom box: lonmin,lonmax,latmin,latmax (degrees)")
        ->delimiter(',')
        ->expected(4);
    sub.add_option("--count", o->count, "number of samples (1 to 100000000)")->required();
    sub.add_option("--seed", o->seed, "dataset seed (same seed, same bytes)")->required();
    sub.add_option("--out", o->out, "output folder (new or empty; with --resume, an interrupted dataset)")
        ->required();
    sub.add_option("--dem", o->dems,
                   "DEM tiles in lon/lat (GeoTIFF, .hgt...); default: built-in fractal DEM");
    sub.add_option("--size", o->size, "sample size in pixels (default 300)")->check(CLI::Range(16, 4096));
    sub.add_option("--spacing", o->spacingArcsec, "pixel spacing in arcsec (default 5.5)");
    sub.add_option("--format", o->format,
                   "npy (float32 LOS metres) or npy8 (0-255 per sample + scale/offset)")
        ->check(CLI::IsMember({"npy", "npy8"}));
    sub.add_option("--threads", o->threads, "worker threads (default: all cores / INSAR_THREADS)");
    sub.add_option("--shard-size", o->shardSize, "samples per shard file (default 1000)");
    sub.add_flag("--components", o->components, "also store turbulent, stratified, ramp, residual and DEM");
    sub.add_option("--sensor", o->sensor, "alos, alos2 (default) or sentinel1");
    sub.add_option("--config", o->configFile,
                   "JSON file with SynthesisConfig fields (dataset.json 'config' format)");
    sub.add_flag("--quiet", o->quiet, "no progress line");
    sub.add_flag("--resume", o->resume,
                 "complete the dataset an interrupted run left in --out (same options as that run)");

    return [o]() -> int {
        for (const auto& [name, value] :
             {std::pair{"--count", o->count}, std::pair{"--shard-size", o->shardSize}}) {
            if (value < 1)
                throw Error(std::string(name) + " must be at least 1 (got " + std::to_string(value) + ")");
            if (value > kMaxSamples)
                throw Error(std::string(name) + " must be at most " + std::to_string(kMaxSamples) + " (got " +
                            std::to_string(value) + ")");
        }
        const int threads = insar::checkedThreadCount(o->threads, "--threads");
        SynthesisConfig config;
        if (!o->configFile.empty()) {
            std::ifstream in(o->configFile);
            if (!in)
                throw Error(insar::ErrorKind::Io, o->configFile + ": cannot open");
            try {
                config = SynthesisConfig::fromJson(nlohmann::json::parse(in));
            } catch (const nlohmann::json::parse_error& e) {
                throw Error(insar::ErrorKind::Format, o->configFile + ": not valid JSON (error near byte " +
                                                          std::to_string(e.byte) + ")");
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
        options.samplesPerShard = static_cast<std::size_t>(o->shardSize);
        options.resume = o->resume;
        options.components = o->components;
        options.dem = loadDems(o->dems);
        const DatasetFormat format = *parseDatasetFormat(o->format);

        insar::cli::TerminalProgress progress("synth", o->quiet || isatty(STDERR_FILENO) == 0);
        const auto start = std::chrono::steady_clock::now();
        const std::size_t count = static_cast<std::size_t>(o->count);
        const DatasetWriteReport report =
            writeDataset(config, count, o->seed, o->out, format, progress, threads, options);
        progress.finish();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (report.samplesKept > 0)
            std::printf("resumed: %zu of %zu samples were already in %s\n", report.samplesKept, count,
                        o->out.c_str());
        std::printf("wrote %zu samples (%s, %dx%d) to %s in %.1f s (%.1f samples/s, %d threads)\n",
                    report.samplesWritten, o->format.c_str(), o->size, o->size, o->out.c_str(), seconds,
                    double(report.samplesWritten) / std::max(seconds, 1e-9), threads);
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(synth, "synth",
                       "Generate a synthetic training dataset (Okada/Mogi + atmospheric noise)", setupSynth)
