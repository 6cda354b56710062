// `insar-denoiser-cli compare --reference A.tif --estimate B.tif [--input Y.tif]`: image-quality
// metrics of an estimate against a reference (core/metrics, docs/physics.md §7): SSIM in the poster's
// form, global and windowed (Wang et al. 2004), SNR = P_x / P_{x'-x} (ratio and dB), RMSE, PSNR
// and, with the uncorrected input, the std reduction. No-data pixels (in any map) are skipped.
#include "cli_progress.h"
#include "command_registry.h"
#include "common/error.h"
#include "common/thread_config.h"
#include "io/gdal_setup.h"
#include "io/raster_reader.h"
#include "metrics/image_metrics.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <unistd.h>

namespace {

using insar::Error;
using insar::ErrorKind;
using insar::Raster;
using insar::Units;

struct CompareOptions {
    std::string reference;
    std::string estimate;
    std::string input;
    double dataRange = 0.0; // 0: not given
    bool json = false;
};

/// Metrics of one map (the estimate, or the input) against the reference.
struct PairReport {
    double ssimPoster = NAN;
    double ssimGlobal = NAN;
    std::optional<double> ssimWindowed; // empty when no 11×11 window is free of no-data
    std::string windowedProblem;
    double snrRatio = NAN;
    double snrDb = NAN;
    double rmse = NAN;
    double psnrDb = NAN;
    double residualStd = NAN;
};

Raster readMap(const std::string& path, const char* role)
{
    insar::cli::TerminalProgress progress(std::string("compare: reading ") + role,
                                          isatty(STDERR_FILENO) == 0);
    Raster r = insar::io::readRaster(path, progress);
    progress.finish();
    r.sourcePath = path;
    return r;
}

void checkSameSize(const Raster& reference, const Raster& other, const char* role)
{
    if (reference.width() != other.width() || reference.height() != other.height())
        throw Error(ErrorKind::InvalidInput, "size mismatch: reference '" + reference.sourcePath + "' is " +
                                                 std::to_string(reference.width()) + "x" +
                                                 std::to_string(reference.height()) + " but " + role + " '" +
                                                 other.sourcePath + "' is " + std::to_string(other.width()) +
                                                 "x" + std::to_string(other.height()) + " (width x height)");
}

/// Brings `other` into the reference's units when both are known and differ (Raster::convertUnits,
/// using whichever map knows the radar wavelength); a map with unknown units is taken as it is.
void harmoniseUnits(const Raster& reference, Raster& other, const char* role)
{
    const Units to = reference.metadata.units;
    const Units from = other.metadata.units;
    if (to == Units::Unknown || from == Units::Unknown || to == from)
        return;
    if (!other.metadata.wavelengthM)
        other.metadata.wavelengthM = reference.metadata.wavelengthM;
    try {
        other.convertUnits(to);
    } catch (const Error& e) {
        throw Error(ErrorKind::InvalidInput, std::string(role) + " '" + other.sourcePath + "' is in " +
                                                 insar::unitsName(from) + " but reference '" +
                                                 reference.sourcePath + "' is in " + insar::unitsName(to) +
                                                 " and cannot be converted: " + e.what());
    }
    std::fprintf(stderr, "compare: note: %s converted from %s to %s\n", role, insar::unitsName(from).c_str(),
                 insar::unitsName(to).c_str());
}

void warnIfMisaligned(const Raster& reference, const Raster& other, const char* role)
{
    if (!reference.geoTransform.valid || !other.geoTransform.valid)
        return;
    for (int k = 0; k < 6; ++k) {
        const double a = reference.geoTransform.c[std::size_t(k)];
        const double b = other.geoTransform.c[std::size_t(k)];
        if (std::abs(a - b) > 1e-9 * std::max(1.0, std::abs(a))) {
            std::fprintf(stderr,
                         "compare: warning: %s '%s' and the reference have different "
                         "geotransforms; pixels are compared by position\n",
                         role, other.sourcePath.c_str());
            return;
        }
    }
}

PairReport measure(const Raster& reference, const Raster& other, double dataRange)
{
    namespace m = insar::metrics;
    PairReport r;
    r.ssimPoster = m::ssimPoster(reference, other);
    r.ssimGlobal = m::ssimGlobal(reference, other, dataRange);
    try {
        r.ssimWindowed = m::ssimWindowed(reference, other, dataRange);
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::InvalidInput)
            throw;
        r.windowedProblem = e.what();
    }
    r.snrRatio = m::snrRatio(reference, other);
    r.snrDb = m::ratioToDb(r.snrRatio);
    r.rmse = m::rmse(reference, other);
    r.psnrDb = m::psnr(reference, other, dataRange);
    r.residualStd = m::residualStd(reference, other);
    return r;
}

std::string num(double v, int precision = 6)
{
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    std::ostringstream s;
    s.precision(precision);
    s << v;
    return s.str();
}

/// JSON has no infinity: an exact estimate's SNR becomes null.
nlohmann::json jnum(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

nlohmann::json toJson(const PairReport& r)
{
    nlohmann::json j;
    j["ssim_poster"] = jnum(r.ssimPoster);
    j["ssim_global"] = jnum(r.ssimGlobal);
    j["ssim_windowed"] = r.ssimWindowed ? jnum(*r.ssimWindowed) : nlohmann::json(nullptr);
    if (!r.windowedProblem.empty())
        j["ssim_windowed_problem"] = r.windowedProblem;
    j["snr_ratio"] = jnum(r.snrRatio);
    j["snr_db"] = jnum(r.snrDb);
    j["rmse"] = jnum(r.rmse);
    j["psnr_db"] = jnum(r.psnrDb);
    j["residual_std"] = jnum(r.residualStd);
    return j;
}

void printRow(const std::string& name, const std::string& estimate, const std::string& input, bool withInput)
{
    std::printf("  %-27s %-22s%s\n", name.c_str(), estimate.c_str(), withInput ? input.c_str() : "");
}

insar::cli::Runner setupCompare(CLI::App& sub)
{
    auto opts = std::make_shared<CompareOptions>();
    sub.add_option("--reference", opts->reference, "reference (clean) map x")->required();
    sub.add_option("--estimate", opts->estimate, "estimate x' to score (e.g. the denoised map)")->required();
    sub.add_option("--input", opts->input,
                   "uncorrected input y: also scores it and reports the std reduction");
    sub.add_option("--data-range", opts->dataRange,
                   "dynamic range L for SSIM constants and PSNR, in the reference's units "
                   "(default: max - min of the reference)")
        ->check(CLI::Validator(
            [](std::string& text) {
                try {
                    std::size_t used = 0;
                    const double v = std::stod(text, &used);
                    if (used == text.size() && std::isfinite(v) && v > 0.0)
                        return std::string();
                } catch (const std::exception&) {
                }
                return "must be a finite number > 0 (got '" + text + "')";
            },
            "L>0"));
    sub.add_flag("--json", opts->json, "print the results as one JSON object");

    return [opts]() {
        insar::io::configureGdal(insar::defaultThreadCount());
        const Raster reference = readMap(opts->reference, "reference");
        Raster estimate = readMap(opts->estimate, "estimate");
        checkSameSize(reference, estimate, "estimate");
        harmoniseUnits(reference, estimate, "estimate");
        warnIfMisaligned(reference, estimate, "estimate");
        std::optional<Raster> input;
        if (!opts->input.empty()) {
            input = readMap(opts->input, "input");
            checkSameSize(reference, *input, "input");
            harmoniseUnits(reference, *input, "input");
            warnIfMisaligned(reference, *input, "input");
        }

        // One L for every score so that estimate and input are comparable: the given one, else
        // max - min of the reference over the pixels valid in the reference and the estimate.
        Raster refOnCommon = reference;
        for (std::size_t i = 0; i < refOnCommon.size(); ++i)
            if (std::isnan(estimate.data()[i]) || (input && std::isnan(input->data()[i])))
                refOnCommon.data()[i] = NAN;
        const std::size_t common = refOnCommon.validCount();
        if (common == 0)
            throw Error(ErrorKind::InvalidInput,
                        "there is no pixel that is valid in both the reference '" + reference.sourcePath +
                            "' and the estimate '" + estimate.sourcePath + "'" +
                            (input ? " (and the input '" + input->sourcePath + "')" : std::string()) +
                            ": their no-data areas cover each other");
        const double dataRange =
            opts->dataRange > 0.0 ? opts->dataRange : insar::metrics::defaultDataRange(refOnCommon);

        // Every score on the same pixels (those valid in all maps given), through refOnCommon.
        const PairReport after = measure(refOnCommon, estimate, dataRange);
        std::optional<PairReport> before;
        std::optional<insar::metrics::StdReduction> reduction;
        if (input) {
            before = measure(refOnCommon, *input, dataRange);
            reduction = insar::metrics::stdReduction(refOnCommon, estimate, *input);
        }

        Units units = reference.metadata.units;
        if (units == Units::Unknown)
            units = estimate.metadata.units;
        const std::string unitLabel = units == Units::Unknown ? "(units unknown)" : insar::unitsName(units);

        if (opts->json) {
            nlohmann::json j;
            j["reference"] = reference.sourcePath;
            j["estimate"] = estimate.sourcePath;
            j["input"] = input ? nlohmann::json(input->sourcePath) : nlohmann::json(nullptr);
            j["width"] = reference.width();
            j["height"] = reference.height();
            j["units"] =
                units == Units::Unknown ? nlohmann::json(nullptr) : nlohmann::json(insar::unitsName(units));
            j["valid_pixels"] = common;
            j["total_pixels"] = reference.size();
            j["data_range"] = dataRange;
            j["data_range_source"] = opts->dataRange > 0.0 ? "given" : "reference max - min";
            j["estimate_metrics"] = toJson(after);
            if (before)
                j["input_metrics"] = toJson(*before);
            if (reduction) {
                j["std_reduction"] = {{"std_before", reduction->stdBefore},
                                      {"std_after", reduction->stdAfter},
                                      {"reduction", jnum(reduction->reduction)}};
            }
            std::printf("%s\n", j.dump(2).c_str());
            return 0;
        }

        const bool withInput = before.has_value();
        std::printf("reference:     %s (%d x %d, %s)\n", reference.sourcePath.c_str(), reference.width(),
                    reference.height(), unitLabel.c_str());
        std::printf("estimate:      %s\n", estimate.sourcePath.c_str());
        if (input)
            std::printf("input:         %s\n", input->sourcePath.c_str());
        std::printf("valid pixels:  %zu of %zu (valid in every map)\n", common, reference.size());
        std::printf("data range L:  %s %s (%s)\n", num(dataRange).c_str(), unitLabel.c_str(),
                    opts->dataRange > 0.0 ? "given" : "reference max - min");
        std::printf("\n");
        printRow("metric", "estimate", "input", withInput);
        const auto both = [&](const std::string& name, auto get) {
            printRow(name, get(after), withInput ? get(*before) : std::string(), withInput);
        };
        both("SSIM (poster, global)", [](const PairReport& r) { return num(r.ssimPoster); });
        both("SSIM (global, Wang)", [](const PairReport& r) { return num(r.ssimGlobal); });
        both("SSIM (windowed 11x11)",
             [](const PairReport& r) { return r.ssimWindowed ? num(*r.ssimWindowed) : std::string("n/a"); });
        both("SNR P_x/P_(x'-x)", [](const PairReport& r) { return num(r.snrRatio); });
        both("SNR (dB)", [](const PairReport& r) { return num(r.snrDb, 4); });
        both("RMSE (" + unitLabel + ")", [](const PairReport& r) { return num(r.rmse); });
        both("PSNR (dB)", [](const PairReport& r) { return num(r.psnrDb, 4); });
        both("std(map - ref) (" + unitLabel + ")", [](const PairReport& r) { return num(r.residualStd); });
        if (reduction) {
            std::printf(
                "\nstd reduction: %s %% (std of residual %s -> %s %s; 1 - after/before)\n",
                std::isnan(reduction->reduction) ? "undefined" : num(100.0 * reduction->reduction, 4).c_str(),
                num(reduction->stdBefore).c_str(), num(reduction->stdAfter).c_str(), unitLabel.c_str());
        } else {
            std::printf("\nstd reduction: needs --input (std of estimate - reference is %s %s)\n",
                        num(after.residualStd).c_str(), unitLabel.c_str());
        }
        const PairReport* beforePtr = before ? &*before : nullptr;
        for (const PairReport* r : {&after, beforePtr})
            if (r && !r->windowedProblem.empty())
                std::fprintf(stderr, "compare: note: windowed SSIM n/a: %s\n", r->windowedProblem.c_str());
        return 0;
    };
}

} // namespace

INSAR_REGISTER_COMMAND(compare, "compare",
                       "SSIM (poster, global, windowed), SNR, RMSE, PSNR and std reduction of an "
                       "estimate against a reference raster",
                       setupCompare)
