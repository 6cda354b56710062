// `insar-denoiser-cli scene --preset test --seed S --out DIR`: one synthetic interferogram with
// every component as a georeferenced GeoTIFF (input, reference, turbulent, stratified, ramp,
// residual, dem) plus its ground truth, for trying the viewer, `compare` and the denoiser on a
// case whose truth is known. The bundled sample raster is made with this command.
#include "cli_progress.h"
#include "command_registry.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/units.h"
#include "io/gdal_setup.h"
#include "io/raster_writer.h"
#include "synthesis/sample_generator.h"

#include <CLI/CLI.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace {

using insar::Error;
using insar::ErrorKind;
namespace fs = std::filesystem;
namespace syn = insar::synthesis;

struct SceneOptions {
    std::string preset = "test";
    std::uint64_t seed = 1;
    std::string out;
    int size = 300;
    std::string units = "rad";
    std::string sensor = "alos2";
};

insar::Raster toUnits(insar::Raster r, insar::Units units, double wavelengthM, const std::string& what)
{
    r.metadata.units = insar::Units::Metres;
    r.metadata.wavelengthM = wavelengthM;
    r.convertUnits(units);
    r.metadata.description = what;
    return r;
}

insar::cli::Runner setupScene(CLI::App& sub)
{
    auto o = std::make_shared<SceneOptions>();
    sub.add_option("--preset", o->preset, "Region preset: train | val | test")->capture_default_str();
    sub.add_option("--seed", o->seed, "Sample seed")->capture_default_str();
    sub.add_option("--out", o->out, "Output folder (created; existing files of the same names are replaced)")
        ->required();
    sub.add_option("--size", o->size, "Side in pixels (5.5 arcsec spacing)")->capture_default_str();
    sub.add_option("--units", o->units, "Units of the written maps: rad | m | mm")->capture_default_str();
    sub.add_option("--sensor", o->sensor, "Sensor (wavelength): alos | alos2 | sentinel1")
        ->capture_default_str();
    return [o]() -> int {
        const auto preset = syn::parseRegionPreset(o->preset);
        if (!preset || *preset == syn::RegionPreset::Custom)
            throw Error(ErrorKind::InvalidInput, "unknown preset '" + o->preset + "' (train, val or test)");
        const auto units = insar::parseUnits(o->units);
        if (!units || *units == insar::Units::Unknown)
            throw Error(ErrorKind::InvalidInput, "unknown units '" + o->units + "' (rad, m or mm)");
        const auto sensor = insar::parseSensor(o->sensor);
        if (!sensor || *sensor == insar::Sensor::Custom)
            throw Error(ErrorKind::InvalidInput, "unknown sensor '" + o->sensor + "'");

        syn::SynthesisConfig config;
        config.applyPreset(*preset);
        config.sampleSize = o->size;
        config.sensor = *sensor;
        const syn::SampleGenerator generator(config);
        const syn::Sample s = generator.generate(o->seed);
        const double lambda = config.effectiveWavelengthM();

        std::error_code ec;
        fs::create_directories(o->out, ec);
        if (ec)
            throw Error(ErrorKind::Io, "cannot create folder '" + o->out + "': " + ec.message());
        insar::io::configureGdal();
        const struct {
            const insar::Raster& raster;
            const char* name;
            const char* what;
        } layers[] = {
            {s.input, "input", "synthetic interferogram y = x + w e"},
            {s.reference, "reference", "deformation x (Okada/Mogi)"},
            {s.turbulent, "turbulent", "turbulent tropospheric delay"},
            {s.stratified, "stratified", "stratified tropospheric delay"},
            {s.ramp, "ramp", "orbital ramp"},
            {s.residual, "residual", "residual e = turbulent + stratified + ramp"},
        };
        for (const auto& layer : layers) {
            insar::Raster r = toUnits(layer.raster, *units, lambda, layer.what);
            r.metadata.incidenceDeg = s.incidenceDeg;
            r.metadata.headingDeg = s.headingDeg;
            insar::io::writeGeoTiff(r, fs::path(o->out) / (std::string(layer.name) + ".tif"));
        }
        insar::Raster dem = s.dem;
        dem.metadata.units = insar::Units::Metres;
        dem.metadata.description = "DEM (m above sea level)";
        insar::io::writeGeoTiff(dem, fs::path(o->out) / "dem.tif");
        insar::writeFileAtomically(fs::path(o->out) / "truth.json", s.paramsJson + "\n");
        std::printf("scene: seed %llu, %dx%d at %.1f arcsec, centre %.4f E %.4f N, incidence %.1f, heading "
                    "%.1f, w %.3f, SNR %.4g (%.2f dB)\nwrote input, reference, turbulent, stratified, ramp, "
                    "residual (%s) and dem.tif, truth.json to %s\n",
                    static_cast<unsigned long long>(o->seed), config.sampleSize, config.sampleSize,
                    config.pixelSpacingArcsec, s.centreLonDeg, s.centreLatDeg, s.incidenceDeg, s.headingDeg,
                    s.weight, s.snr, 10.0 * std::log10(s.snr), insar::unitsName(*units).c_str(),
                    o->out.c_str());
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(scene, "scene",
                       "Write one synthetic interferogram and its components as GeoTIFFs (known truth)",
                       setupScene)
