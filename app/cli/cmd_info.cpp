// `insar-denoiser-cli info FILE...`: what each raster is (driver, size, CRS, geotransform, units,
// dates) and the statistics of its valid pixels. Bad files get one error line each on stderr;
// the others are still printed; the exit status is non-zero if any file failed.
#include "cli_progress.h"
#include "command_registry.h"
#include "common/error.h"
#include "common/thread_config.h"
#include "io/gdal_setup.h"
#include "io/raster_reader.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

struct InfoOptions {
    std::vector<std::string> files;
    int band = 0;
};

std::string number(double v, int precision = 10)
{
    std::ostringstream s;
    s.precision(precision);
    s << v;
    return s.str();
}

std::string optionalNumber(const std::optional<double>& v, const std::string& unit)
{
    return v ? number(*v) + unit : "unknown";
}

void printField(std::ostringstream& out, const std::string& name, const std::string& value)
{
    out << "  " << name << ":";
    for (std::size_t i = name.size(); i < 14; ++i)
        out << ' ';
    out << value << '\n';
}

/// Prints one file to stdout; returns the error text for stderr, empty on success.
std::string describeFile(const std::string& file, int band)
{
    std::ostringstream out;
    std::string problem;
    bool opened = false;
    out << file << '\n';
    try {
        const insar::io::RasterInfo info = insar::io::probeRaster(file);
        opened = true;
        printField(out, "layout", insar::io::layoutName(info.layout));
        printField(out, "driver",
                   info.driverLongName.empty() ? info.driver
                                               : info.driver + " (" + info.driverLongName + ")");
        printField(out, "size",
                   std::to_string(info.width) + " x " + std::to_string(info.height) + " (width x height)");
        std::string bands = std::to_string(info.bandCount);
        const int used = band > 0 ? band : info.band;
        if (used > 0)
            bands += " (reading band " + std::to_string(used) + ")";
        printField(out, "bands", bands);
        if (!info.dataType.empty())
            printField(out, "data type", info.dataType);
        for (const auto& sub : info.subdatasets)
            printField(out, "subdataset", sub);
        printField(out, "CRS", insar::io::describeCrs(info.crsWkt));
        if (info.geoTransform.valid) {
            const auto& c = info.geoTransform.c;
            printField(out, "geotransform",
                       "[" + number(c[0], 15) + ", " + number(c[1], 15) + ", " + number(c[2], 15) + ", " +
                           number(c[3], 15) + ", " + number(c[4], 15) + ", " + number(c[5], 15) + "]");
        } else {
            printField(out, "geotransform", "none");
        }
        printField(out, "no-data value", info.noDataValue ? number(*info.noDataValue) : "none");

        if (info.band == 0 && band == 0) {
            // Nothing to compute statistics on; report why (several bands, a container...).
            insar::io::ReadOptions options;
            options.allowAllNoData = true;
            insar::io::readRaster(file, options); // throws the precise problem
        }

        insar::cli::TerminalProgress progress("info", isatty(STDERR_FILENO) == 0);
        insar::io::ReadOptions options;
        options.band = band;
        options.allowAllNoData = true;
        const insar::Raster r = insar::io::readRaster(file, options, progress);
        progress.finish();
        const insar::RasterStats s = r.stats();
        const auto& md = r.metadata;
        const double pct = r.size() ? 100.0 * static_cast<double>(s.noDataCount) / r.size() : 0.0;
        printField(out, "no-data count",
                   std::to_string(s.noDataCount) + " of " + std::to_string(r.size()) + " (" + number(pct, 4) +
                       "%)");
        std::string units = insar::unitsName(md.units);
        if (const auto it = md.extra.find("units"); md.units == insar::Units::Unknown && it != md.extra.end())
            units = it->second;
        printField(out, "units", units);
        printField(out, "wavelength", optionalNumber(md.wavelengthM, " m"));
        printField(out, "dates",
                   (md.date1 ? md.date1->toIso() : std::string("unknown")) + " / " +
                       (md.date2 ? md.date2->toIso() : std::string("unknown")));
        if (md.incidenceDeg)
            printField(out, "incidence", number(*md.incidenceDeg) + " deg");
        if (md.headingDeg)
            printField(out, "heading", number(*md.headingDeg) + " deg");
        if (!md.description.empty())
            printField(out, "description", md.description);
        for (const auto& [key, value] : md.extra)
            if (key != "units")
                printField(out, key, value);
        if (s.validCount == 0) {
            printField(out, "statistics", "no valid pixels");
            problem =
                file + ": contains no valid pixels (all " + std::to_string(r.size()) + " pixels are no-data)";
        } else {
            printField(out, "min", number(s.min));
            printField(out, "max", number(s.max));
            printField(out, "mean", number(s.mean));
            printField(out, "std", number(s.std));
        }
    } catch (const insar::CancelledError&) {
        throw;
    } catch (const insar::Error& e) {
        problem = e.what();
        // Messages from core name the file first; make sure the line always does.
        if (problem.rfind(file + ":", 0) != 0)
            problem = file + ": " + problem;
    }
    if (opened) {
        // Print what we learnt, unless the file could not be opened at all.
        std::fputs(out.str().c_str(), stdout);
        std::fflush(stdout);
    }
    return problem;
}

insar::cli::Runner setupInfo(CLI::App& sub)
{
    auto opts = std::make_shared<InfoOptions>();
    sub.add_option("files", opts->files, "raster files or GDAL subdataset names (HDF5:\"f.h5\"://velocity)")
        ->required();
    sub.add_option("--band", opts->band, "1-based band to read from a multi-band file (default: automatic)")
        ->check(CLI::NonNegativeNumber);
    return [opts]() {
        insar::io::configureGdal(insar::defaultThreadCount());
        int failures = 0;
        for (const auto& file : opts->files) {
            const std::string problem = describeFile(file, opts->band);
            if (!problem.empty()) {
                ++failures;
                std::fprintf(stderr, "info: error: %s\n", problem.c_str());
                std::fflush(stderr);
            }
        }
        return failures == 0 ? 0 : 1;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(info, "info",
                       "Print driver, size, CRS, geotransform, units, dates and statistics of rasters",
                       setupInfo)
