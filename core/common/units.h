// Physical units of raster values and the one place where they are converted.
// Sign convention (MintPy, docs/physics.md §2.3): positive LOS = motion towards the satellite,
// d_LOS = -lambda * phi / (4 pi).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace insar {

enum class Units { Unknown, Radians, Metres, Millimetres };

std::string unitsName(Units units);                     // "radians", "m", "mm", "unknown"
std::optional<Units> parseUnits(std::string_view text); // accepts rad/radian(s)/m/metre(s)/meter(s)/mm/...

/// Unwrapped phase (rad) -> LOS displacement (m), MintPy sign.
double phaseToLosMetres(double phaseRad, double wavelengthM);
/// LOS displacement (m) -> unwrapped phase (rad), MintPy sign.
double losMetresToPhase(double losM, double wavelengthM);

/// Factor and sign to convert a value in `from` to `to`. Needs the wavelength when exactly one
/// side is radians; throws insar::Error when the conversion is impossible.
double conversionFactor(Units from, Units to, std::optional<double> wavelengthM = std::nullopt);

enum class Sensor { AlosPalsar, Alos2Palsar2, Sentinel1, Custom };

/// Carrier wavelength lambda = c / f (docs/physics.md §2.2). Custom has none (throws).
double sensorWavelengthM(Sensor sensor);
std::string sensorName(Sensor sensor);
std::optional<Sensor> parseSensor(std::string_view text); // "alos", "alos2", "s1"/"sentinel1", "custom"

constexpr double kMmPerM = 1000.0;
/// Metres -> millimetres, the unit every table and report shows displacements and errors in.
constexpr double metresToMm(double metres)
{
    return metres * kMmPerM;
}
constexpr double mmToMetres(double mm)
{
    return mm / kMmPerM;
}

constexpr double kSpeedOfLightMPerS = 299792458.0;
constexpr double kPi = 3.14159265358979323846;

} // namespace insar
