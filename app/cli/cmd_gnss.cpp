// `insar-denoiser-cli gnss --stations FILE.csv (--raster FILE [--raster FILE]... [--name NAME]... |
// --table) [--reference STATION] [--window N] [--incidence DEG --heading DEG | --incidence-raster F
// --heading-raster F] [--csv OUT.csv] [--overwrite]`: InSAR against GNSS at stations. Each raster
// is one InSAR version (converted to mm, sampled at the stations); with --table the stations file
// already holds GNSS and InSAR at the stations. Prints the per-station values and residuals and,
// per version, n, L2 misfit, RMSE, mean, std, r² and the L2 reduction against the first version
// (docs/gnss.md).
#include "cli_progress.h"
#include "command_registry.h"
#include "common/atomic_file.h"
#include "common/error.h"
#include "common/thread_config.h"
#include "gnss/gnss_comparison.h"
#include "gnss/gnss_stations.h"
#include "io/gdal_setup.h"
#include "io/raster_reader.h"
#include "output_guard.h"
#include "pipeline/correction_inputs.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

namespace fs = std::filesystem;
namespace gnss = insar::gnss;
using insar::Error;
using insar::ErrorKind;
using insar::Raster;
using insar::Units;

struct GnssOptions {
    std::string stations;
    std::vector<std::string> rasters;
    std::vector<std::string> names;
    bool table = false;
    std::string reference;
    int window = 1;
    std::optional<double> incidenceDeg;
    std::optional<double> headingDeg;
    std::string incidenceRaster;
    std::string headingRaster;
    std::string units;
    std::optional<double> wavelengthM;
    std::string csv;
    bool overwrite = false;
};

Raster readMap(const std::string& path, const std::string& role)
{
    insar::cli::TerminalProgress progress("gnss: reading " + role, isatty(STDERR_FILENO) == 0);
    Raster r = insar::io::readRaster(path, progress);
    progress.finish();
    r.sourcePath = path;
    return r;
}

/// The raster in mm, or an error naming it and the flags that resolve its units.
void toMillimetres(Raster& raster, const GnssOptions& o)
{
    insar::pipeline::CorrectionInputs overrides;
    if (!o.units.empty())
        overrides.units = insar::parseUnits(o.units);
    overrides.wavelengthM = o.wavelengthM;
    insar::pipeline::applyUnitOverrides(raster, overrides);
    if (raster.metadata.units == Units::Unknown)
        throw Error(ErrorKind::InvalidInput,
                    "'" + raster.sourcePath + "' does not say what its values are; give --units rad|m|mm");
    if (raster.metadata.units == Units::Radians && !raster.metadata.wavelengthM)
        throw Error(ErrorKind::InvalidInput,
                    "'" + raster.sourcePath +
                        "' is in radians and does not say the radar wavelength; give "
                        "--wavelength M to convert it to mm");
    raster.convertUnits(Units::Millimetres);
}

/// Version names: --name in order, else each file's name without its extension (made unique).
std::vector<std::string> versionNames(const GnssOptions& o)
{
    if (!o.names.empty() && o.names.size() != o.rasters.size())
        throw Error(ErrorKind::InvalidInput, "give one --name per --raster (" +
                                                 std::to_string(o.rasters.size()) + " rasters, " +
                                                 std::to_string(o.names.size()) + " names)");
    std::vector<std::string> names = o.names;
    if (names.empty())
        for (const std::string& r : o.rasters)
            names.push_back(fs::path(r).stem().string());
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i].empty() || names[i].find_first_of(",\n\r") != std::string::npos)
            throw Error(ErrorKind::InvalidInput, "version name '" + names[i] + "' is empty or holds a comma");
        for (std::size_t j = 0; j < i; ++j)
            if (names[j] == names[i])
                throw Error(ErrorKind::InvalidInput,
                            "two rasters are both named '" + names[i] + "'; tell them apart with --name");
    }
    return names;
}

std::string fixed(double v, int decimals = 1)
{
    if (std::isnan(v))
        return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

void printTable(const gnss::ComparisonResult& r)
{
    const gnss::ComparisonTable& t = r.table;
    std::size_t nameWidth = 7;
    for (const std::string& s : t.stations)
        nameWidth = std::max(nameWidth, s.size() + 1);
    std::vector<std::size_t> width;
    for (const std::string& v : t.versions)
        width.push_back(std::max<std::size_t>(8, v.size()));
    const bool anyVirtual = std::find(t.isVirtual.begin(), t.isVirtual.end(), true) != t.isVirtual.end();

    std::printf("%-*s  %16s", int(nameWidth), "station", "GNSS (mm)");
    for (std::size_t v = 0; v < t.versions.size(); ++v)
        std::printf("  %*s  %9s", int(width[v]), t.versions[v].c_str(), "residual");
    std::printf("\n");
    for (std::size_t s = 0; s < t.stations.size(); ++s) {
        const bool isVirtual = !t.isVirtual.empty() && t.isVirtual[s];
        const std::string name = t.stations[s] + (isVirtual ? "*" : "");
        const double sigma = t.gnssSigmaMm.empty() ? NAN : t.gnssSigmaMm[s];
        const std::string gnssText = fixed(t.gnssMm[s]) + (std::isnan(sigma) ? "" : " ± " + fixed(sigma));
        // "±" is two bytes in UTF-8 and one column on screen: pad by hand.
        const int pad = int(16) - int(gnssText.size()) + (std::isnan(sigma) ? 0 : 1);
        std::printf("%-*s  %*s%s", int(nameWidth), name.c_str(), std::max(pad, 0), "", gnssText.c_str());
        for (std::size_t v = 0; v < t.versions.size(); ++v)
            std::printf("  %*s  %9s", int(width[v]), fixed(t.insarMm[v][s]).c_str(),
                        fixed(r.residualMm[v][s]).c_str());
        std::printf("\n");
    }
    if (anyVirtual)
        std::printf("* virtual site placed by a synthetic scenario, not a real station\n");
}

void printSummary(const gnss::ComparisonResult& r)
{
    const gnss::ComparisonTable& t = r.table;
    std::size_t w = 7;
    for (const std::string& v : t.versions)
        w = std::max(w, v.size());
    std::printf("\nsummary (mm; residual = InSAR - GNSS; r² = 1 - SS_res/SS_tot)\n");
    std::printf("%-*s  %3s  %8s  %8s  %8s  %8s  %7s  %12s\n", int(w), "version", "n", "L2", "RMSE", "mean",
                "std", "r²", "L2 reduction");
    for (std::size_t v = 0; v < t.versions.size(); ++v) {
        const gnss::MisfitStats& s = r.stats[v];
        const std::string reduction =
            v == 0 ? std::string("(baseline)") : fixed(100.0 * r.l2Reduction[v]) + " %";
        std::printf("%-*s  %3d  %8s  %8s  %8s  %8s  %7s  %12s\n", int(w), t.versions[v].c_str(), s.stations,
                    fixed(s.l2, 2).c_str(), fixed(s.rmse, 2).c_str(), fixed(s.meanResidual, 2).c_str(),
                    fixed(s.stdResidual, 2).c_str(), fixed(s.r2, 3).c_str(), reduction.c_str());
    }
    for (std::size_t v = 1; v < t.versions.size(); ++v) {
        const double red = r.l2Reduction[v];
        if (std::isnan(red))
            continue;
        std::printf("\nL2 misfit %s by %s %% (%s -> %s)", red >= 0.0 ? "reduced" : "increased",
                    fixed(100.0 * std::abs(red)).c_str(), t.versions[0].c_str(), t.versions[v].c_str());
    }
    if (t.versions.size() > 1)
        std::printf("\n");
}

insar::cli::Runner setupGnss(CLI::App& sub)
{
    auto o = std::make_shared<GnssOptions>();
    sub.add_option("--stations", o->stations,
                   "Stations CSV: name,lon,lat with los_mm[,sigma_mm] or east_mm,north_mm,up_mm[,sigma_*_mm] "
                   "(with --table: station,gnss_los_mm[,gnss_sigma_mm],insar_<version>_mm...)")
        ->required();
    auto* raster = sub.add_option("--raster", o->rasters,
                                  "An InSAR map (one version; repeat for several: the first is the baseline "
                                  "of the L2 reduction); any raster `info` reads, converted to mm");
    auto* name =
        sub.add_option("--name", o->names, "Name of each --raster's version, in order (default: file name)");
    auto* table =
        sub.add_flag("--table", o->table, "The stations file is a comparison table (GNSS and InSAR values)");
    sub.add_option("--reference", o->reference,
                   "Station everything is referenced to (the poster uses SELL); default: values as given");
    auto* window = sub.add_option("--window", o->window,
                                  "Sample the mean of the valid pixels of an N x N window (odd N; default 1: "
                                  "the pixel holding the station)")
                       ->check(CLI::Range(1, 101));
    auto* inc = sub.add_option("--incidence", o->incidenceDeg, "Incidence angle in degrees for ENU stations")
                    ->check(CLI::Range(0.0, 89.999));
    auto* head =
        sub.add_option("--heading", o->headingDeg,
                       "Heading (flight direction, clockwise from north) in degrees for ENU stations")
            ->check(CLI::Range(-360.0, 360.0));
    auto* incRaster =
        sub.add_option("--incidence-raster", o->incidenceRaster, "Incidence angle raster (degrees)");
    auto* headRaster = sub.add_option("--heading-raster", o->headingRaster, "Heading raster (degrees)");
    auto* units = sub.add_option("--units", o->units, "Units of rasters that do not say (rad, m or mm)")
                      ->check(CLI::IsMember({"rad", "m", "mm"}));
    auto* wavelength = sub.add_option("--wavelength", o->wavelengthM,
                                      "Radar wavelength in metres for radian rasters that do not say")
                           ->check(CLI::PositiveNumber);
    sub.add_option("--csv", o->csv, "Also write the table and the summary as CSV");
    sub.add_flag("--overwrite", o->overwrite, "Replace an existing --csv file (default: refuse)");
    for (CLI::Option* opt : {raster, name, window, inc, head, incRaster, headRaster, units, wavelength}) {
        table->excludes(opt);
        opt->excludes(table);
    }
    inc->excludes(incRaster);
    incRaster->excludes(inc);
    head->excludes(headRaster);
    headRaster->excludes(head);

    return [o]() -> int {
        if (!o->table && o->rasters.empty())
            throw CLI::RequiredError("give --raster FILE (one per InSAR version) or --table",
                                     CLI::ExitCodes::RequiredError);
        if (o->window % 2 == 0)
            throw CLI::ValidationError("--window", "must be odd (got " + std::to_string(o->window) + ")");
        std::vector<fs::path> inputs = {o->stations};
        for (const std::string& r : o->rasters)
            inputs.emplace_back(r);
        for (const std::string* r : {&o->incidenceRaster, &o->headingRaster})
            if (!r->empty())
                inputs.emplace_back(*r);
        if (!o->csv.empty())
            insar::cli::checkOutputPath(o->csv, inputs, o->overwrite);

        gnss::ComparisonTable table;
        if (o->table) {
            table = gnss::readComparisonTable(o->stations);
        } else {
            const std::vector<std::string> names = versionNames(*o);
            std::vector<gnss::Station> stations = gnss::readStations(o->stations);
            insar::io::configureGdal(insar::defaultThreadCount());
            std::vector<Raster> maps;
            maps.reserve(o->rasters.size());
            for (std::size_t i = 0; i < o->rasters.size(); ++i) {
                maps.push_back(readMap(o->rasters[i], "'" + names[i] + "'"));
                toMillimetres(maps.back(), *o);
            }
            const bool needsGeometry = std::any_of(stations.begin(), stations.end(),
                                                   [](const gnss::Station& s) { return !s.losMm; });
            if (needsGeometry) {
                std::optional<Raster> incidence;
                std::optional<Raster> heading;
                if (!o->incidenceRaster.empty())
                    incidence = readMap(o->incidenceRaster, "incidence");
                if (!o->headingRaster.empty())
                    heading = readMap(o->headingRaster, "heading");
                // Without flags, the geometry the first map's metadata carries.
                std::optional<double> incDeg = o->incidenceDeg;
                std::optional<double> headDeg = o->headingDeg;
                if (!incDeg && !incidence && maps.front().metadata.incidenceDeg) {
                    incDeg = maps.front().metadata.incidenceDeg;
                    std::fprintf(stderr, "gnss: note: incidence %.3f degrees from '%s'\n", *incDeg,
                                 maps.front().sourcePath.c_str());
                }
                if (!headDeg && !heading && maps.front().metadata.headingDeg) {
                    headDeg = maps.front().metadata.headingDeg;
                    std::fprintf(stderr, "gnss: note: heading %.3f degrees from '%s'\n", *headDeg,
                                 maps.front().sourcePath.c_str());
                }
                gnss::projectToLos(stations, incDeg, headDeg, incidence ? &*incidence : nullptr,
                                   heading ? &*heading : nullptr);
            }
            std::vector<const Raster*> pointers;
            for (const Raster& m : maps)
                pointers.push_back(&m);
            table = gnss::sampleComparisonTable(stations, pointers, names, o->window);
            for (std::size_t v = 0; v < names.size(); ++v)
                for (std::size_t s = 0; s < table.stations.size(); ++s)
                    if (std::isnan(table.insarMm[v][s]))
                        std::fprintf(stderr,
                                     "gnss: warning: station %s has no value in '%s' (outside the raster or "
                                     "no-data there); left out of its statistics\n",
                                     table.stations[s].c_str(), o->rasters[v].c_str());
        }

        const gnss::ComparisonResult result = gnss::compare(std::move(table), o->reference);
        std::printf("stations:  %s (%zu stations%s)\n", o->stations.c_str(), result.table.stations.size(),
                    o->table ? ", comparison table" : "");
        std::printf("reference: %s\n\n",
                    o->reference.empty() ? "none (values as given)" : o->reference.c_str());
        printTable(result);
        printSummary(result);
        if (!o->csv.empty()) {
            insar::writeFileAtomically(o->csv, gnss::comparisonCsv(result));
            std::printf("\nwrote %s\n", o->csv.c_str());
        }
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(gnss, "gnss",
                       "InSAR against GNSS at stations: per-station residuals, L2 misfit, RMSE, std, r² and "
                       "the L2 reduction between InSAR versions (rasters or a comparison table)",
                       setupGnss)
