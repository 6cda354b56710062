#include "units.h"

#include "error.h"

#include <algorithm>
#include <cctype>

namespace insar {
namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

} // namespace

std::string unitsName(Units units)
{
    switch (units) {
    case Units::Radians:
        return "radians";
    case Units::Metres:
        return "m";
    case Units::Millimetres:
        return "mm";
    case Units::Unknown:
        break;
    }
    return "unknown";
}

std::optional<Units> parseUnits(std::string_view text)
{
    const std::string s = lower(text);
    if (s == "rad" || s == "radian" || s == "radians" || s == "phase")
        return Units::Radians;
    if (s == "m" || s == "metre" || s == "metres" || s == "meter" || s == "meters")
        return Units::Metres;
    if (s == "mm" || s == "millimetre" || s == "millimetres" || s == "millimeter" || s == "millimeters")
        return Units::Millimetres;
    if (s == "unknown" || s.empty())
        return Units::Unknown;
    return std::nullopt;
}

double phaseToLosMetres(double phaseRad, double wavelengthM)
{
    return -wavelengthM * phaseRad / (4.0 * kPi);
}

double losMetresToPhase(double losM, double wavelengthM)
{
    return -4.0 * kPi * losM / wavelengthM;
}

double conversionFactor(Units from, Units to, std::optional<double> wavelengthM)
{
    if (from == to)
        return 1.0;
    if (from == Units::Unknown || to == Units::Unknown)
        throw Error(ErrorKind::InvalidInput, "cannot convert between '" + unitsName(from) + "' and '" +
                                                 unitsName(to) + "': the units are unknown");
    auto toMetres = [](Units u) { return u == Units::Millimetres ? mmToMetres(1.0) : 1.0; };
    if (from != Units::Radians && to != Units::Radians)
        return toMetres(from) / toMetres(to);
    if (!wavelengthM || !(*wavelengthM > 0.0))
        throw Error(ErrorKind::InvalidInput,
                    "converting between radians and " + unitsName(from == Units::Radians ? to : from) +
                        " needs the radar wavelength, which is not known for this raster");
    if (from == Units::Radians)
        return phaseToLosMetres(1.0, *wavelengthM) / toMetres(to);
    return losMetresToPhase(toMetres(from), *wavelengthM);
}

double sensorWavelengthM(Sensor sensor)
{
    switch (sensor) {
    case Sensor::AlosPalsar:
        return kSpeedOfLightMPerS / 1.270e9;
    case Sensor::Alos2Palsar2:
        return kSpeedOfLightMPerS / 1.2575e9;
    case Sensor::Sentinel1:
        return kSpeedOfLightMPerS / 5.405e9;
    case Sensor::Custom:
        break;
    }
    throw Error(ErrorKind::InvalidInput, "a custom sensor has no built-in wavelength; give it explicitly");
}

std::string sensorName(Sensor sensor)
{
    switch (sensor) {
    case Sensor::AlosPalsar:
        return "alos";
    case Sensor::Alos2Palsar2:
        return "alos2";
    case Sensor::Sentinel1:
        return "sentinel1";
    case Sensor::Custom:
        break;
    }
    return "custom";
}

std::optional<Sensor> parseSensor(std::string_view text)
{
    const std::string s = lower(text);
    if (s == "alos" || s == "palsar" || s == "alos1")
        return Sensor::AlosPalsar;
    if (s == "alos2" || s == "alos-2" || s == "palsar2")
        return Sensor::Alos2Palsar2;
    if (s == "s1" || s == "sentinel1" || s == "sentinel-1")
        return Sensor::Sentinel1;
    if (s == "custom")
        return Sensor::Custom;
    return std::nullopt;
}

} // namespace insar
