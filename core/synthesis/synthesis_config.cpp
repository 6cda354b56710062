#include "synthesis/synthesis_config.h"

#include "common/error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <sstream>
#include <utility>

namespace insar::synthesis {

namespace {

std::string lower(std::string_view s)
{
    std::string r(s);
    std::transform(r.begin(), r.end(), r.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return r;
}

nlohmann::json rangeJson(const Range& r)
{
    return nlohmann::json::array({r.min, r.max});
}

[[noreturn]] void badValue(const std::string& key, const nlohmann::json& v, const std::string& problem)
{
    throw Error(ErrorKind::InvalidInput, "synthesis config: '" + key + "' = " + v.dump() + " " + problem);
}

/// Every key of `j` must be one of `known` (a typo must not silently keep a default).
void rejectUnknownKeys(const nlohmann::json& j, std::initializer_list<std::string_view> known,
                       const std::string& where)
{
    for (const auto& item : j.items()) {
        if (std::find(known.begin(), known.end(), item.key()) == known.end())
            throw Error(ErrorKind::InvalidInput,
                        "synthesis config: unknown key '" + where + item.key() + "'");
    }
}

double number(const nlohmann::json& v, const std::string& key)
{
    if (!v.is_number())
        badValue(key, v, "must be a number");
    const double d = v.get<double>();
    if (!std::isfinite(d))
        badValue(key, v, "must be finite");
    return d;
}

void readRange(const nlohmann::json& j, const char* key, Range& r)
{
    if (!j.contains(key))
        return;
    const auto& v = j.at(key);
    if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number())
        badValue(key, v, "must be [min, max]");
    r.min = number(v[0], key);
    r.max = number(v[1], key);
}

void readValue(const nlohmann::json& j, const char* key, double& out)
{
    if (j.contains(key))
        out = number(j.at(key), key);
}

/// Integers: a fraction or a value beyond int is refused, not truncated or wrapped.
void readValue(const nlohmann::json& j, const char* key, int& out)
{
    if (!j.contains(key))
        return;
    const auto& v = j.at(key);
    const double d = number(v, key);
    if (d != std::floor(d))
        badValue(key, v, "must be a whole number");
    if (d < double(std::numeric_limits<int>::min()) || d > double(std::numeric_limits<int>::max()))
        badValue(key, v, "is out of range");
    out = static_cast<int>(d);
}

void readValue(const nlohmann::json& j, const char* key, std::string& out)
{
    if (!j.contains(key))
        return;
    const auto& v = j.at(key);
    if (!v.is_string())
        badValue(key, v, "must be a string");
    out = v.get<std::string>();
}

std::string show(double v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

void requireRange(const Range& r, const char* key, double lo, double hi)
{
    if (!std::isfinite(r.min) || !std::isfinite(r.max) || r.min > r.max || r.min < lo || r.max > hi)
        throw Error(std::string("synthesis config: '") + key + "' = [" + show(r.min) + ", " + show(r.max) +
                    "] must satisfy " + show(lo) + " <= min <= max <= " + show(hi));
}

/// lo <= v <= hi (open ends where the flags say so); the message names the key and the value.
void requireValue(double v, const char* key, double lo, double hi, bool openLo = false, bool openHi = false)
{
    const bool ok = std::isfinite(v) && (openLo ? v > lo : v >= lo) && (openHi ? v < hi : v <= hi);
    if (!ok)
        throw Error(std::string("synthesis config: '") + key + "' = " + show(v) + " must be in " +
                    (openLo ? "(" : "[") + show(lo) + ", " + show(hi) + (openHi ? ")" : "]"));
}

} // namespace

RegionBox regionForPreset(RegionPreset preset)
{
    switch (preset) {
    case RegionPreset::Validation:
        return {-120.0, -100.0, 37.0, 46.0};
    case RegionPreset::Test:
        return {70.0, 110.0, 40.0, 50.0};
    case RegionPreset::Train:
    case RegionPreset::Custom:
        break;
    }
    return {54.0, 120.0, 26.0, 37.0};
}

std::string regionPresetName(RegionPreset preset)
{
    switch (preset) {
    case RegionPreset::Train:
        return "train";
    case RegionPreset::Validation:
        return "val";
    case RegionPreset::Test:
        return "test";
    case RegionPreset::Custom:
        return "custom";
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

std::string normalisationName(Normalisation n)
{
    return n == Normalisation::EightBit ? "8bit" : "float";
}

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
    case RegionPreset::Custom:
        break;
    }
}

void SynthesisConfig::validate() const
{
    requireValue(sampleSize, "sampleSize", 16, 4096);
    requireValue(pixelSpacingArcsec, "pixelSpacingArcsec", 0.0, 3600.0, true);
    const RegionBox& r = region;
    if (!(r.lonMinDeg < r.lonMaxDeg) || !(r.latMinDeg < r.latMaxDeg) || r.lonMinDeg < -180.0 ||
        r.lonMaxDeg > 180.0 || r.latMinDeg < -85.0 || r.latMaxDeg > 85.0)
        throw Error("synthesis config: 'region' = lon [" + show(r.lonMinDeg) + ", " + show(r.lonMaxDeg) +
                    "], lat [" + show(r.latMinDeg) + ", " + show(r.latMaxDeg) +
                    "] must satisfy -180 <= lon min < lon max <= 180 and -85 <= lat min < lat max <= 85");
    const double extentDeg = sampleSize * pixelSpacingArcsec / 3600.0;
    if (r.lonMaxDeg - r.lonMinDeg < extentDeg || r.latMaxDeg - r.latMinDeg < extentDeg)
        throw Error("synthesis config: 'region' is smaller than one sample (" + show(extentDeg) +
                    " degrees)");
    requireRange(demBaseHeightM, "demBaseHeightM", -500.0, 8000.0);
    requireRange(demReliefStdM, "demReliefStdM", 0.0, 3000.0);
    requireValue(demSpectralSlope, "demSpectralSlope", 1.0, 6.0, true, true);
    if (sensor == Sensor::Custom)
        requireValue(wavelengthM, "wavelengthM", 0.0, 10.0, true);
    requireRange(incidenceDeg, "incidenceDeg", 0.0, 80.0);
    requireRange(ascendingHeadingDeg, "ascendingHeadingDeg", -180.0, 180.0);
    requireValue(descendingFraction, "descendingFraction", 0.0, 1.0);
    requireRange(turbulenceStdM, "turbulenceStdM", 0.0, 1.0);
    for (const auto& [slope, key] : {std::pair{turbulenceSlopeLarge, "turbulenceSlopeLarge"},
                                     std::pair{turbulenceSlopeMiddle, "turbulenceSlopeMiddle"},
                                     std::pair{turbulenceSlopeSmall, "turbulenceSlopeSmall"}})
        requireValue(slope, key, -20.0, 20.0);
    requireValue(turbulenceOuterScaleKm, "turbulenceOuterScaleKm", 0.0, 1e4, true);
    requireValue(turbulenceBreakLargeKm, "turbulenceBreakLargeKm", 0.0, turbulenceOuterScaleKm, true);
    requireValue(turbulenceBreakSmallKm, "turbulenceBreakSmallKm", 0.0, turbulenceBreakLargeKm, true);
    requireValue(pressureAnomalyStdHpa, "pressureAnomalyStdHpa", 0.0, 50.0);
    requireValue(temperatureAnomalyStdK, "temperatureAnomalyStdK", 0.0, 30.0);
    requireValue(humidityAnomalyStdPct, "humidityAnomalyStdPct", 0.0, 100.0);
    requireRange(stratifiedScale, "stratifiedScale", 0.0, 100.0);
    requireRange(epochIntervalDays, "epochIntervalDays", 0.0, 3650.0);
    requireRange(rampPeakToPeakM, "rampPeakToPeakM", 0.0, 10.0);
    requireRange(weight, "weight", 0.0, 100.0);
    requireValue(minSources, "minSources", 0, 50);
    requireValue(maxSources, "maxSources", minSources, 50);
    requireValue(okadaFraction, "okadaFraction", 0.0, 1.0);
    requireValue(tensileFraction, "tensileFraction", 0.0, 1.0);
    requireRange(magnitudeMw, "magnitudeMw", 2.0, 9.5);
    requireRange(faultTopDepthKm, "faultTopDepthKm", 1e-3, 50.0);
    requireRange(dipDeg, "dipDeg", 1e-3, 90.0);
    requireRange(openingM, "openingM", 0.0, 100.0);
    requireRange(mogiDepthKm, "mogiDepthKm", 1e-3, 100.0);
    requireRange(mogiLog10VolumeM3, "mogiLog10VolumeM3", 0.0, 12.0);
    requireValue(poissonRatio, "poissonRatio", -1.0, 0.5, true, true);
    requireValue(deformationStride, "deformationStride", 1, 16);
}

nlohmann::json SynthesisConfig::toJson() const
{
    nlohmann::json j;
    j["sampleSize"] = sampleSize;
    j["pixelSpacingArcsec"] = pixelSpacingArcsec;
    j["regionPreset"] = regionPresetName(regionPreset);
    j["region"] = {{"lonMinDeg", region.lonMinDeg},
                   {"lonMaxDeg", region.lonMaxDeg},
                   {"latMinDeg", region.latMinDeg},
                   {"latMaxDeg", region.latMaxDeg}};
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
    rejectUnknownKeys(j,
                      {"sampleSize",
                       "pixelSpacingArcsec",
                       "regionPreset",
                       "region",
                       "demBaseHeightM",
                       "demReliefStdM",
                       "demSpectralSlope",
                       "sensor",
                       "wavelengthM",
                       "incidenceDeg",
                       "ascendingHeadingDeg",
                       "descendingFraction",
                       "turbulenceStdM",
                       "turbulenceSlopeLarge",
                       "turbulenceSlopeMiddle",
                       "turbulenceSlopeSmall",
                       "turbulenceBreakLargeKm",
                       "turbulenceBreakSmallKm",
                       "turbulenceOuterScaleKm",
                       "pressureAnomalyStdHpa",
                       "temperatureAnomalyStdK",
                       "humidityAnomalyStdPct",
                       "stratifiedScale",
                       "epochIntervalDays",
                       "rampPeakToPeakM",
                       "weight",
                       "minSources",
                       "maxSources",
                       "okadaFraction",
                       "tensileFraction",
                       "magnitudeMw",
                       "faultTopDepthKm",
                       "dipDeg",
                       "openingM",
                       "mogiDepthKm",
                       "mogiLog10VolumeM3",
                       "poissonRatio",
                       "deformationStride",
                       "normalisation"},
                      "");
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
            badValue("region", r, "must be an object");
        rejectUnknownKeys(r, {"lonMinDeg", "lonMaxDeg", "latMinDeg", "latMaxDeg"}, "region.");
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
