#include "synthesis/synthesis_config.h"

#include "common/error.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace insar::synthesis {

namespace {

std::string lower(std::string_view s)
{
    std::string r(s);
    std::transform(r.begin(), r.end(), r.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return r;
}

nlohmann::json rangeJson(const Range& r) { return nlohmann::json::array({r.min, r.max}); }

void readRange(const nlohmann::json& j, const char* key, Range& r)
{
    if (!j.contains(key))
        return;
    const auto& v = j.at(key);
    if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number())
        throw Error(ErrorKind::Format, std::string("synthesis config: '") + key + "' must be [min, max]");
    r.min = v[0].get<double>();
    r.max = v[1].get<double>();
}

template <typename T>
void readValue(const nlohmann::json& j, const char* key, T& out)
{
    if (!j.contains(key))
        return;
    try {
        out = j.at(key).get<T>();
    } catch (const nlohmann::json::exception&) {
        throw Error(ErrorKind::Format, std::string("synthesis config: '") + key + "' has the wrong type");
    }
}

void requireRange(const Range& r, const char* name, double lo, double hi)
{
    if (!std::isfinite(r.min) || !std::isfinite(r.max) || r.min > r.max || r.min < lo || r.max > hi)
        throw Error(std::string("synthesis config: ") + name + " must satisfy " + std::to_string(lo)
                    + " <= min <= max <= " + std::to_string(hi));
}

} // namespace

RegionBox regionForPreset(RegionPreset preset)
{
    switch (preset) {
    case RegionPreset::Validation: return {-120.0, -100.0, 37.0, 46.0};
    case RegionPreset::Test: return {70.0, 110.0, 40.0, 50.0};
    case RegionPreset::Train:
    case RegionPreset::Custom: break;
    }
    return {54.0, 120.0, 26.0, 37.0};
}

std::string regionPresetName(RegionPreset preset)
{
    switch (preset) {
    case RegionPreset::Train: return "train";
    case RegionPreset::Validation: return "val";
    case RegionPreset::Test: return "test";
    case RegionPreset::Custom: return "custom";
    }
    return "custom";
}

std::optional<RegionPreset> parseRegionPreset(std::string_view text)
{
    const std::string s = lower(text);
    if (s == "train" || s == "training")
        return RegionPreset::Train;
    if (s == "val" || s == "validation")
        return RegionPreset::Validation;
    if (s == "test" || s == "testing")
        return RegionPreset::Test;
    if (s == "custom")
        return RegionPreset::Custom;
    return std::nullopt;
}

std::string normalisationName(Normalisation n) { return n == Normalisation::EightBit ? "8bit" : "float"; }

std::optional<Normalisation> parseNormalisation(std::string_view text)
{
    const std::string s = lower(text);
    if (s == "float" || s == "float32")
        return Normalisation::Float;
    if (s == "8bit" || s == "uint8" || s == "eightbit")
        return Normalisation::EightBit;
    return std::nullopt;
}

double SynthesisConfig::effectiveWavelengthM() const
{
    return sensor == Sensor::Custom ? wavelengthM : sensorWavelengthM(sensor);
}

void SynthesisConfig::applyPreset(RegionPreset preset)
{
    regionPreset = preset;
    if (preset == RegionPreset::Custom)
        return;
    region = regionForPreset(preset);
    // Relief per region: the training box spans the Tibetan Plateau margins and Chinese basins
    // (very high, rough), validation the US Basin and Range / Rockies, test Tian Shan, Altai and
    // Mongolian plateau. Base height = mean window height, std = relief around it.
    switch (preset) {
    case RegionPreset::Train:
        demBaseHeightM = {500.0, 4800.0};
        demReliefStdM = {150.0, 1000.0};
        break;
    case RegionPreset::Validation:
        demBaseHeightM = {800.0, 2800.0};
        demReliefStdM = {100.0, 700.0};
        break;
    case RegionPreset::Test:
        demBaseHeightM = {600.0, 3500.0};
        demReliefStdM = {100.0, 900.0};
        break;
    case RegionPreset::Custom: break;
    }
}

void SynthesisConfig::validate() const
{
    if (sampleSize < 16 || sampleSize > 4096)
        throw Error("synthesis config: sample size must be between 16 and 4096 pixels");
    if (!(pixelSpacingArcsec > 0.0) || pixelSpacingArcsec > 3600.0)
        throw Error("synthesis config: pixel spacing must be in (0, 3600] arcsec");
    const RegionBox& r = region;
    if (!(r.lonMinDeg < r.lonMaxDeg) || !(r.latMinDeg < r.latMaxDeg) || r.lonMinDeg < -180.0 || r.lonMaxDeg > 180.0
        || r.latMinDeg < -85.0 || r.latMaxDeg > 85.0)
        throw Error("synthesis config: region must satisfy -180 <= lon min < lon max <= 180 and -85 <= lat min < lat max <= 85");
    const double extentDeg = sampleSize * pixelSpacingArcsec / 3600.0;
    if (r.lonMaxDeg - r.lonMinDeg < extentDeg || r.latMaxDeg - r.latMinDeg < extentDeg)
        throw Error("synthesis config: region is smaller than one sample (" + std::to_string(extentDeg) + " degrees)");
    requireRange(demBaseHeightM, "DEM base height (m)", -500.0, 8000.0);
    requireRange(demReliefStdM, "DEM relief std (m)", 0.0, 3000.0);
    if (!(demSpectralSlope > 1.0 && demSpectralSlope < 6.0))
        throw Error("synthesis config: DEM spectral slope must be in (1, 6)");
    if (sensor == Sensor::Custom && !(wavelengthM > 0.0))
        throw Error("synthesis config: a custom sensor needs a wavelength > 0");
    requireRange(incidenceDeg, "incidence (deg)", 0.0, 80.0);
    requireRange(ascendingHeadingDeg, "ascending heading (deg)", -180.0, 180.0);
    if (!(descendingFraction >= 0.0 && descendingFraction <= 1.0))
        throw Error("synthesis config: descending fraction must be in [0, 1]");
    requireRange(turbulenceStdM, "turbulence std (m)", 0.0, 1.0);
    if (!(turbulenceBreakSmallKm > 0.0 && turbulenceBreakSmallKm <= turbulenceBreakLargeKm
          && turbulenceBreakLargeKm <= turbulenceOuterScaleKm)
        || !std::isfinite(turbulenceSlopeLarge + turbulenceSlopeMiddle + turbulenceSlopeSmall + turbulenceOuterScaleKm))
        throw Error("synthesis config: turbulence needs 0 < small break <= large break <= outer scale and finite slopes");
    if (!(pressureAnomalyStdHpa >= 0.0 && pressureAnomalyStdHpa <= 50.0) || !(temperatureAnomalyStdK >= 0.0 && temperatureAnomalyStdK <= 30.0)
        || !(humidityAnomalyStdPct >= 0.0 && humidityAnomalyStdPct <= 100.0))
        throw Error("synthesis config: weather anomaly std out of range (P <= 50 hPa, T <= 30 K, RH <= 100 %)");
    requireRange(stratifiedScale, "stratified scale", 0.0, 100.0);
    requireRange(epochIntervalDays, "epoch interval (days)", 0.0, 3650.0);
    requireRange(rampPeakToPeakM, "ramp peak-to-peak (m)", 0.0, 10.0);
    requireRange(weight, "weight", 0.0, 100.0);
    if (minSources < 0 || maxSources < minSources || maxSources > 50)
        throw Error("synthesis config: need 0 <= min sources <= max sources <= 50");
    if (!(okadaFraction >= 0.0 && okadaFraction <= 1.0) || !(tensileFraction >= 0.0 && tensileFraction <= 1.0))
        throw Error("synthesis config: Okada and tensile fractions must be in [0, 1]");
    requireRange(magnitudeMw, "magnitude (Mw)", 2.0, 9.5);
    requireRange(faultTopDepthKm, "fault top depth (km)", 1e-3, 50.0);
    requireRange(dipDeg, "dip (deg)", 1e-3, 90.0);
    requireRange(openingM, "opening (m)", 0.0, 100.0);
    requireRange(mogiDepthKm, "Mogi depth (km)", 1e-3, 100.0);
    requireRange(mogiLog10VolumeM3, "Mogi log10 |dV| (m3)", 0.0, 12.0);
    if (!(poissonRatio > -1.0 && poissonRatio < 0.5))
        throw Error("synthesis config: Poisson's ratio must be in (-1, 0.5)");
    if (deformationStride < 1 || deformationStride > 16)
        throw Error("synthesis config: deformation stride must be between 1 and 16 pixels");
}

nlohmann::json SynthesisConfig::toJson() const
{
    nlohmann::json j;
    j["sampleSize"] = sampleSize;
    j["pixelSpacingArcsec"] = pixelSpacingArcsec;
    j["regionPreset"] = regionPresetName(regionPreset);
    j["region"] = {{"lonMinDeg", region.lonMinDeg}, {"lonMaxDeg", region.lonMaxDeg},
                   {"latMinDeg", region.latMinDeg}, {"latMaxDeg", region.latMaxDeg}};
    j["demBaseHeightM"] = rangeJson(demBaseHeightM);
    j["demReliefStdM"] = rangeJson(demReliefStdM);
    j["demSpectralSlope"] = demSpectralSlope;
    j["sensor"] = sensor == Sensor::Custom ? std::string("custom") : sensorName(sensor);
    j["wavelengthM"] = effectiveWavelengthM();
    j["incidenceDeg"] = rangeJson(incidenceDeg);
    j["ascendingHeadingDeg"] = rangeJson(ascendingHeadingDeg);
    j["descendingFraction"] = descendingFraction;
    j["turbulenceStdM"] = rangeJson(turbulenceStdM);
    j["turbulenceSlopeLarge"] = turbulenceSlopeLarge;
    j["turbulenceSlopeMiddle"] = turbulenceSlopeMiddle;
    j["turbulenceSlopeSmall"] = turbulenceSlopeSmall;
    j["turbulenceBreakLargeKm"] = turbulenceBreakLargeKm;
    j["turbulenceBreakSmallKm"] = turbulenceBreakSmallKm;
    j["turbulenceOuterScaleKm"] = turbulenceOuterScaleKm;
    j["pressureAnomalyStdHpa"] = pressureAnomalyStdHpa;
    j["temperatureAnomalyStdK"] = temperatureAnomalyStdK;
    j["humidityAnomalyStdPct"] = humidityAnomalyStdPct;
    j["stratifiedScale"] = rangeJson(stratifiedScale);
    j["epochIntervalDays"] = rangeJson(epochIntervalDays);
    j["rampPeakToPeakM"] = rangeJson(rampPeakToPeakM);
    j["weight"] = rangeJson(weight);
    j["minSources"] = minSources;
    j["maxSources"] = maxSources;
    j["okadaFraction"] = okadaFraction;
    j["tensileFraction"] = tensileFraction;
    j["magnitudeMw"] = rangeJson(magnitudeMw);
    j["faultTopDepthKm"] = rangeJson(faultTopDepthKm);
    j["dipDeg"] = rangeJson(dipDeg);
    j["openingM"] = rangeJson(openingM);
    j["mogiDepthKm"] = rangeJson(mogiDepthKm);
    j["mogiLog10VolumeM3"] = rangeJson(mogiLog10VolumeM3);
    j["poissonRatio"] = poissonRatio;
    j["deformationStride"] = deformationStride;
    j["normalisation"] = normalisationName(normalisation);
    return j;
}

SynthesisConfig SynthesisConfig::fromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        throw Error(ErrorKind::Format, "synthesis config: expected a JSON object");
    SynthesisConfig c;
    readValue(j, "sampleSize", c.sampleSize);
    readValue(j, "pixelSpacingArcsec", c.pixelSpacingArcsec);
    if (j.contains("regionPreset")) {
        std::string name;
        readValue(j, "regionPreset", name);
        const auto p = parseRegionPreset(name);
        if (!p)
            throw Error(ErrorKind::Format, "synthesis config: unknown region preset '" + name + "'");
        c.applyPreset(*p);
    }
    if (j.contains("region")) {
        const auto& r = j.at("region");
        if (!r.is_object())
            throw Error(ErrorKind::Format, "synthesis config: 'region' must be an object");
        readValue(r, "lonMinDeg", c.region.lonMinDeg);
        readValue(r, "lonMaxDeg", c.region.lonMaxDeg);
        readValue(r, "latMinDeg", c.region.latMinDeg);
        readValue(r, "latMaxDeg", c.region.latMaxDeg);
    }
    readRange(j, "demBaseHeightM", c.demBaseHeightM);
    readRange(j, "demReliefStdM", c.demReliefStdM);
    readValue(j, "demSpectralSlope", c.demSpectralSlope);
    if (j.contains("sensor")) {
        std::string name;
        readValue(j, "sensor", name);
        const auto s = parseSensor(name);
        if (!s)
            throw Error(ErrorKind::Format, "synthesis config: unknown sensor '" + name + "'");
        c.sensor = *s;
    }
    readValue(j, "wavelengthM", c.wavelengthM);
    readRange(j, "incidenceDeg", c.incidenceDeg);
    readRange(j, "ascendingHeadingDeg", c.ascendingHeadingDeg);
    readValue(j, "descendingFraction", c.descendingFraction);
    readRange(j, "turbulenceStdM", c.turbulenceStdM);
    readValue(j, "turbulenceSlopeLarge", c.turbulenceSlopeLarge);
    readValue(j, "turbulenceSlopeMiddle", c.turbulenceSlopeMiddle);
    readValue(j, "turbulenceSlopeSmall", c.turbulenceSlopeSmall);
    readValue(j, "turbulenceBreakLargeKm", c.turbulenceBreakLargeKm);
    readValue(j, "turbulenceBreakSmallKm", c.turbulenceBreakSmallKm);
    readValue(j, "turbulenceOuterScaleKm", c.turbulenceOuterScaleKm);
    readValue(j, "pressureAnomalyStdHpa", c.pressureAnomalyStdHpa);
    readValue(j, "temperatureAnomalyStdK", c.temperatureAnomalyStdK);
    readValue(j, "humidityAnomalyStdPct", c.humidityAnomalyStdPct);
    readRange(j, "stratifiedScale", c.stratifiedScale);
    readRange(j, "epochIntervalDays", c.epochIntervalDays);
    readRange(j, "rampPeakToPeakM", c.rampPeakToPeakM);
    readRange(j, "weight", c.weight);
    readValue(j, "minSources", c.minSources);
    readValue(j, "maxSources", c.maxSources);
    readValue(j, "okadaFraction", c.okadaFraction);
    readValue(j, "tensileFraction", c.tensileFraction);
    readRange(j, "magnitudeMw", c.magnitudeMw);
    readRange(j, "faultTopDepthKm", c.faultTopDepthKm);
    readRange(j, "dipDeg", c.dipDeg);
    readRange(j, "openingM", c.openingM);
    readRange(j, "mogiDepthKm", c.mogiDepthKm);
    readRange(j, "mogiLog10VolumeM3", c.mogiLog10VolumeM3);
    readValue(j, "poissonRatio", c.poissonRatio);
    readValue(j, "deformationStride", c.deformationStride);
    if (j.contains("normalisation")) {
        std::string name;
        readValue(j, "normalisation", name);
        const auto n = parseNormalisation(name);
        if (!n)
            throw Error(ErrorKind::Format, "synthesis config: unknown normalisation '" + name + "'");
        c.normalisation = *n;
    }
    c.validate();
    return c;
}

} // namespace insar::synthesis
