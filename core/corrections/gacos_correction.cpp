#include "corrections/gacos_correction.h"

#include "common/error.h"
#include "common/units.h"
#include "io/gacos_reader.h"
#include "io/raster_warp.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace insar::corrections {

namespace {

std::string named(const Raster& input)
{
    return input.sourcePath.empty() ? std::string("the interferogram") : "'" + input.sourcePath + "'";
}

/// Converts metres of LOS displacement to the input's units; errors say what is missing.
double metresToInputUnits(const Raster& input)
{
    switch (input.metadata.units) {
    case Units::Unknown:
        throw Error(ErrorKind::InvalidInput,
                    "the units of " + named(input) +
                        " are unknown; the GACOS correction needs them (rad, m or mm)");
    case Units::Radians:
        if (!input.metadata.wavelengthM)
            throw Error(ErrorKind::InvalidInput,
                        named(input) +
                            " is in radians but has no radar wavelength; the GACOS correction needs it "
                            "to convert delays (metres) to phase");
        break;
    default:
        break;
    }
    return conversionFactor(Units::Metres, input.metadata.units, input.metadata.wavelengthM);
}

void checkIncidence(double deg, const std::string& where)
{
    if (!(deg >= 0.0 && deg < 89.0))
        throw Error(ErrorKind::InvalidInput, "incidence angle " + std::to_string(deg) + " degrees from " +
                                                 where + " is not in [0, 89)");
}

} // namespace

Raster gacosModel(const Raster& input, const CorrectionContext& ctx, Progress& progress,
                  std::vector<std::string>& messages)
{
    if (ctx.gacosDir.empty())
        throw Error(ErrorKind::InvalidInput,
                    "the GACOS correction needs the folder of GACOS delay maps (--gacos-dir)");
    if (!input.metadata.date1 || !input.metadata.date2)
        throw Error(ErrorKind::InvalidInput,
                    "the dates of " + named(input) +
                        " are unknown; the GACOS correction needs both acquisition dates");
    const double factor = metresToInputUnits(input);
    std::optional<double> incidence = ctx.incidenceOverrideDeg;
    std::string incidenceFrom = "the incidence override";
    if (!incidence && !ctx.incidenceDeg) {
        incidence = input.metadata.incidenceDeg;
        incidenceFrom = "the metadata of " + named(input);
    }
    if (!incidence && !ctx.incidenceDeg)
        throw Error(ErrorKind::InvalidInput,
                    "the GACOS correction needs the incidence angle: " + named(input) +
                        " has none in its metadata; give it (--incidence DEG) or an "
                        "incidence raster");
    if (incidence)
        checkIncidence(*incidence, incidenceFrom);

    const Date d1 = *input.metadata.date1;
    const Date d2 = *input.metadata.date2;
    SubProgress p1(progress, 0.0, 0.35);
    const Raster z1 = io::onGridOf(io::readGacosDate(ctx.gacosDir, d1), input,
                                   "GACOS delay map of " + d1.toIso(), messages, p1);
    SubProgress p2(progress, 0.35, 0.7);
    const Raster z2 = io::onGridOf(io::readGacosDate(ctx.gacosDir, d2), input,
                                   "GACOS delay map of " + d2.toIso(), messages, p2);
    std::optional<Raster> incRaster;
    if (!incidence) {
        SubProgress p3(progress, 0.7, 0.85);
        incRaster = io::onGridOf(*ctx.incidenceDeg, input, "incidence raster", messages, p3);
    }

    Raster model(input.width(), input.height(), NAN);
    model.geoTransform = input.geoTransform;
    model.crsWkt = input.crsWkt;
    model.metadata = input.metadata;
    for (std::size_t i = 0; i < model.size(); ++i) {
        const double inc = incidence ? *incidence : double(incRaster->values()[i]);
        const double dz = double(z2.values()[i]) - double(z1.values()[i]);
        if (std::isnan(dz) || std::isnan(inc))
            continue;
        if (!incidence)
            checkIncidence(inc, "the incidence raster");
        const double losM = -dz / std::cos(inc * kPi / 180.0);
        model.values()[i] = float(factor * losM);
    }
    messages.push_back("GACOS: ZTD(" + d2.toIso() + ") - ZTD(" + d1.toIso() + ") / cos(incidence from " +
                       (incidence ? incidenceFrom : std::string("the incidence raster")) + "), in " +
                       unitsName(input.metadata.units));
    progress.setFraction(1.0);
    return model;
}

std::string GacosCorrection::parametersJson() const
{
    return nlohmann::json{{"method", "gacos"},
                          {"sign", "model = -(ZTD2 - ZTD1) / cos(inc), LOS positive towards the satellite"}}
        .dump();
}

Raster GacosCorrection::correct(const Raster& input, const CorrectionContext& ctx,
                                const ResolvedReference& reference, Progress& progress,
                                std::vector<std::string>& messages) const
{
    Raster model = gacosModel(input, ctx, progress, messages);
    if (!reReference(model, reference))
        messages.push_back("warning: the GACOS model is no-data around the reference " +
                           reference.describe() + "; it was not referenced");
    Raster out = input;
    std::size_t uncovered = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        float& v = out.values()[i];
        if (std::isnan(v))
            continue;
        const float m = model.values()[i];
        if (std::isnan(m)) {
            v = NAN;
            ++uncovered;
        } else {
            v = float(double(v) - double(m));
        }
    }
    if (uncovered > 0)
        messages.push_back("warning: " + std::to_string(uncovered) +
                           " valid pixels are outside the GACOS maps and are no-data in the corrected map");
    return out;
}

} // namespace insar::corrections
