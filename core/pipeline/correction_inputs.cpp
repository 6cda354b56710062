#include "pipeline/correction_inputs.h"

#include "common/error.h"
#include "common/text.h"
#include "corrections/exclusion_mask.h"
#include "io/raster_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace insar::pipeline {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool parseInt(std::string_view text, int& value)
{
    const std::string t = trimmed(text);
    if (t.empty())
        return false;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    return ec == std::errc{} && ptr == t.data() + t.size();
}

/// The method names of a makeCorrection spec, lower-case ("gacos,deramp:linear" -> gacos, deramp).
std::vector<std::string> methodNames(const std::string& spec)
{
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= spec.size()) {
        const std::size_t comma = std::min(spec.find(',', start), spec.size());
        const std::string item = trimmed(std::string_view(spec).substr(start, comma - start));
        names.push_back(lower(item.substr(0, item.find(':'))));
        start = comma + 1;
    }
    return names;
}

std::string fileLabel(const Raster& raster)
{
    return raster.sourcePath.empty() ? std::string("the interferogram") : raster.sourcePath;
}

std::string number(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return buf;
}

} // namespace

corrections::ReferencePoint parseReference(const std::string& text)
{
    const std::string t = lower(trimmed(text));
    if (t.empty() || t == "auto" || t == "automatic")
        return corrections::ReferencePoint::automatic();
    if (t == "none")
        return corrections::ReferencePoint::none();
    const auto comma = t.find(',');
    int row = 0;
    int col = 0;
    if (comma == std::string::npos || !parseInt(std::string_view(t).substr(0, comma), row) ||
        !parseInt(std::string_view(t).substr(comma + 1), col))
        throw Error(ErrorKind::InvalidInput,
                    "reference '" + text + "' is not auto, none or ROW,COL (0-based pixel, e.g. 120,45)");
    if (row < 0 || col < 0)
        throw Error(ErrorKind::InvalidInput,
                    "reference '" + text + "': row and column count from 0 and cannot be negative");
    return corrections::ReferencePoint::pixel(row, col);
}

void applyUnitOverrides(Raster& raster, const CorrectionInputs& inputs)
{
    RasterMetadata& m = raster.metadata;
    if (inputs.units) {
        if (*inputs.units == Units::Unknown)
            throw Error(ErrorKind::InvalidInput, "the units given for " + fileLabel(raster) + " are unknown");
        if (m.units == Units::Unknown)
            m.units = *inputs.units;
        else if (m.units != *inputs.units)
            throw Error(ErrorKind::InvalidInput, fileLabel(raster) + " says its values are in " +
                                                     unitsName(m.units) + " but the units given are " +
                                                     unitsName(*inputs.units));
    }
    if (inputs.wavelengthM) {
        if (!(*inputs.wavelengthM > 0.0) || !std::isfinite(*inputs.wavelengthM))
            throw Error(ErrorKind::InvalidInput, "the wavelength must be a positive number of metres (got " +
                                                     number(*inputs.wavelengthM) + ")");
        if (!m.wavelengthM)
            m.wavelengthM = *inputs.wavelengthM;
        else if (std::abs(*m.wavelengthM - *inputs.wavelengthM) > 1e-9 * *inputs.wavelengthM)
            throw Error(ErrorKind::InvalidInput,
                        fileLabel(raster) + " says its wavelength is " + number(*m.wavelengthM) +
                            " m but the wavelength given is " + number(*inputs.wavelengthM) + " m");
    }
}

bool methodsNeedUnits(const std::string& methodSpec)
{
    const auto names = methodNames(methodSpec);
    return std::any_of(names.begin(), names.end(),
                       [](const std::string& n) { return n == "cnn" || n == "gacos"; });
}

std::string missingUnitsProblem(const Raster& raster, const std::string& methodSpec)
{
    if (!methodsNeedUnits(methodSpec))
        return {};
    const std::string who = "method '" + methodSpec + "'";
    if (raster.metadata.units == Units::Unknown)
        return fileLabel(raster) +
               ": the units of the values are unknown (the file has no unit tag and its name or layout "
               "does not say whether they are radians, metres or millimetres), and " +
               who + " needs them.";
    if (raster.metadata.units == Units::Radians && !raster.metadata.wavelengthM)
        return fileLabel(raster) + ": the values are in radians but the radar wavelength is unknown, and " +
               who + " needs it to convert them to displacement.";
    return {};
}

corrections::CorrectionContext buildContext(const CorrectionInputs& inputs, const Raster& input,
                                            std::vector<std::string>& messages, Progress& progress)
{
    corrections::CorrectionContext ctx;
    const int steps = 3;
    int step = 0;
    auto next = [&] { return SubProgress(progress, double(step) / steps, double(step + 1) / steps); };

    if (!inputs.dem.empty()) {
        progress.setStage("reading the DEM");
        SubProgress sub = next();
        ctx.dem = io::readRaster(inputs.dem, sub);
    }
    ++step;
    if (!trimmed(inputs.exclude).empty()) {
        progress.setStage("exclusion mask");
        SubProgress sub = next();
        ctx.exclusionMask = corrections::exclusionMaskFromSpec(inputs.exclude, input, sub);
        const std::size_t excluded = corrections::excludedCount(*ctx.exclusionMask);
        messages.push_back("exclusion mask: " + std::to_string(excluded) + " of " +
                           std::to_string(ctx.exclusionMask->size()) +
                           " pixels kept out of fits and of the "
                           "automatic reference");
        if (excluded == 0)
            messages.push_back("warning: the exclusion mask '" + inputs.exclude + "' excludes no pixel");
    }
    ++step;
    if (!inputs.incidenceRaster.empty()) {
        progress.setStage("reading the incidence raster");
        SubProgress sub = next();
        ctx.incidenceDeg = io::readRaster(inputs.incidenceRaster, sub);
    }
    ctx.incidenceOverrideDeg = inputs.incidenceDeg;
    if (inputs.incidenceDeg &&
        (!std::isfinite(*inputs.incidenceDeg) || *inputs.incidenceDeg <= 0.0 || *inputs.incidenceDeg >= 90.0))
        throw Error(ErrorKind::InvalidInput, "the incidence angle must lie between 0 and 90 degrees (got " +
                                                 number(*inputs.incidenceDeg) + ")");
    ctx.gacosDir = inputs.gacosDir;
    ctx.reference = inputs.referenceLonLat
                        ? corrections::ReferencePoint::lonLat(inputs.referenceLonLat->first,
                                                              inputs.referenceLonLat->second)
                        : parseReference(inputs.reference);
    progress.setFraction(1.0);
    return ctx;
}

} // namespace insar::pipeline
