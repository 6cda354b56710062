#include "scenarios/scene_builder.h"

#include "common/error.h"
#include "common/parallel_for.h"
#include "common/units.h"
#include "synthesis/ramp.h"
#include "synthesis/rng.h"
#include "synthesis/sample_generator.h"
#include "synthesis/troposphere.h"
#include "synthesis/turbulence.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace insar::scenarios::detail {

namespace {

constexpr double kEarthRadiusKm = 6371.0088; // IUGG mean radius, as core/synthesis uses
constexpr std::uint64_t kAtmosphereSalt = 0xa7305f1e2d4c6b89ULL;

/// Everything drawn for one date before any field is computed (serially, in date order).
struct DateDraw {
    double dayOfYear = 0.0;
    synthesis::SurfaceWeather weather;
    synthesis::ItdProfile profile;
    double turbulenceStdM = 0.0;
    double rampPeakToPeakM = 0.0;
    synthesis::RampCoefficients ramp;
    double modelErrorFraction = 0.0;
    double modelErrorSmoothStdM = 0.0;
    std::uint64_t turbulenceSeed = 0;
    std::uint64_t modelErrorSeed = 0;
};

int indexOfDate(const std::vector<Date>& dates, const Date& d)
{
    const auto it = std::find(dates.begin(), dates.end(), d);
    if (it == dates.end())
        throw Error("scenario: interferogram date " + d.toIso() + " is not an acquisition date");
    return static_cast<int>(it - dates.begin());
}

void tagLos(Raster& r, const Scenario& s)
{
    r.metadata.wavelengthM = s.wavelengthM;
    r.metadata.incidenceDeg = s.incidenceDeg;
    r.metadata.headingDeg = s.headingDeg;
}

} // namespace

double SceneGrid::kmPerDegLat() const
{
    return kPi / 180.0 * kEarthRadiusKm;
}

double SceneGrid::kmPerDegLon() const
{
    return kmPerDegLat() * std::cos(originLatDeg * kPi / 180.0);
}

Raster SceneGrid::makeRaster(Units units, const std::string& description) const
{
    Raster r(cols, rows, 0.0f);
    r.geoTransform.c = {westDeg, dLonDeg, 0.0, northDeg, 0.0, -dLatDeg};
    r.geoTransform.valid = true;
    r.crsWkt = synthesis::wgs84Wkt();
    r.metadata.units = units;
    r.metadata.description = description;
    return r;
}

int checkedSize(int size)
{
    const int n = size == 0 ? 256 : size;
    if (n < 16 || n > 4096)
        throw Error(ErrorKind::InvalidInput,
                    "scenario: the grid size must be between 16 and 4096 pixels (got " +
                        std::to_string(size) + ")");
    return n;
}

std::uint64_t componentSeed(std::uint64_t seed, std::uint64_t salt)
{
    return synthesis::deriveSampleSeed(seed, salt);
}

Date addDays(const Date& date, long days)
{
    // civil_from_days (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"), proleptic Gregorian.
    long z = date.daysSinceEpoch() + days + 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const long d = doy - (153 * mp + 2) / 5 + 1;
    const long m = mp < 10 ? mp + 3 : mp - 9;
    const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

void buildAtmosphereAndInterferograms(Scenario& s, const SceneGrid& grid, const AtmosphereLevels& levels,
                                      std::uint64_t seed, double scale, int threads, Progress& progress,
                                      nlohmann::json& details)
{
    const std::size_t dateCount = s.dates.size();
    const std::size_t px = grid.pixels();
    if (dateCount < 2 || s.displacement.size() != dateCount || s.dem.size() != px || s.pairs.empty())
        throw Error("scenario: inconsistent dates, displacements, DEM or pairs");
    if (!(scale >= 0.0) || !std::isfinite(scale))
        throw Error(ErrorKind::InvalidInput, "scenario: the atmosphere scale must be finite and >= 0 (got " +
                                                 std::to_string(scale) + ")");
    const double cosInc = std::cos(s.incidenceDeg * kPi / 180.0);
    const double dx = grid.dxKm();
    const double dy = grid.dyKm();
    const std::vector<float>& dem = s.dem.values();
    const auto [hMinIt, hMaxIt] = std::minmax_element(dem.begin(), dem.end());
    const double hMin = *hMinIt;
    const double hMax = *hMaxIt;

    // 1. Scalars per date, each date from its own stream (so adding a date never reshuffles another).
    std::vector<DateDraw> draws(dateCount);
    const std::uint64_t atmosphereSeed = componentSeed(seed, kAtmosphereSalt);
    for (std::size_t i = 0; i < dateCount; ++i) {
        synthesis::Rng rng(synthesis::deriveSampleSeed(atmosphereSeed, i));
        DateDraw& d = draws[i];
        d.dayOfYear = s.dates[i].dayOfYear();
        // Seasonal climatology of the date's day of year plus that day's weather (docs/physics.md §4.8).
        d.weather = synthesis::unb3mClimatology(levels.latDeg, d.dayOfYear);
        d.weather.pressureHpa += levels.pressureAnomalyStdHpa * rng.normal();
        d.weather.temperatureK += levels.temperatureAnomalyStdK * rng.normal();
        d.weather.relHumidityPct =
            std::clamp(d.weather.relHumidityPct + levels.humidityAnomalyStdPct * rng.normal(), 5.0, 100.0);
        d.profile = synthesis::fitItdProfile(d.weather, levels.latDeg, hMin, hMax);
        d.turbulenceStdM = scale * rng.uniform(levels.turbulenceMinM, levels.turbulenceMaxM);
        d.rampPeakToPeakM = scale * rng.uniform(0.0, levels.rampMaxPeakToPeakM);
        d.ramp = synthesis::drawRamp(d.rampPeakToPeakM, (grid.cols - 1) * 0.5 * dx,
                                     (grid.rows - 1) * 0.5 * dy, rng);
        d.modelErrorFraction = levels.modelErrorFractionStd * rng.normal();
        d.modelErrorSmoothStdM =
            scale * rng.uniform(levels.modelErrorSmoothMinM, levels.modelErrorSmoothMaxM);
        d.turbulenceSeed = rng.next();
        d.modelErrorSeed = rng.next();
    }
    progress.throwIfCancelled();

    // 2. Fields per date: Z (true stratified zenith delay), N (LOS turbulence + ramp), and the smooth
    //    part of the GACOS model error (kept in zenithDelays until step 4).
    s.trueZenithDelays.assign(dateCount, Raster());
    s.zenithDelays.assign(dateCount, Raster());
    s.otherNoise.assign(dateCount, Raster());
    synthesis::TurbulenceSpectrum smooth; // steep everywhere: only the long wavelengths survive
    smooth.slopeLarge = smooth.slopeMiddle = smooth.slopeSmall = 8.0 / 3.0;
    smooth.outerScaleKm = 100.0;
    SubProgress fieldProgress(progress, 0.0, 0.6);
    fieldProgress.setStage("atmosphere of each acquisition");
    parallelFor(dateCount, threads, fieldProgress, [&](std::size_t i, int) {
        const DateDraw& d = draws[i];
        Raster z = grid.makeRaster(Units::Metres, "true stratified zenith delay (synthetic)");
        z.metadata.date1 = s.dates[i];
        for (std::size_t k = 0; k < px; ++k)
            z.values()[k] = static_cast<float>(scale * d.profile.zenithDelayM(dem[k]));

        std::vector<float> turbulence;
        synthesis::Rng turbulenceRng(d.turbulenceSeed);
        synthesis::synthesiseTurbulence(grid.rows, grid.cols, dx, dy, synthesis::TurbulenceSpectrum{},
                                        d.turbulenceStdM, turbulenceRng, turbulence);
        std::vector<float> ramp;
        synthesis::evaluateRamp(d.ramp, grid.rows, grid.cols, dx, dy, ramp);
        Raster noise = grid.makeRaster(Units::Metres, "LOS turbulence + orbital ramp (synthetic)");
        noise.metadata.date1 = s.dates[i];
        tagLos(noise, s);
        for (std::size_t k = 0; k < px; ++k) // a zenith delay reads as motion away: minus (physics.md §2.3)
            noise.values()[k] = static_cast<float>(-double(turbulence[k]) / cosInc + double(ramp[k]));

        Raster error = grid.makeRaster(Units::Metres, "GACOS-like zenith total delay (true + model error)");
        error.metadata.date1 = s.dates[i];
        synthesis::Rng errorRng(d.modelErrorSeed);
        synthesis::synthesiseTurbulence(grid.rows, grid.cols, dx, dy, smooth, d.modelErrorSmoothStdM,
                                        errorRng, error.values());
        s.trueZenithDelays[i] = std::move(z);
        s.otherNoise[i] = std::move(noise);
        s.zenithDelays[i] = std::move(error);
    });

    // 3. The stack's mean delay per pixel, summed in date order (deterministic).
    std::vector<double> meanDelay(px, 0.0);
    for (std::size_t i = 0; i < dateCount; ++i)
        for (std::size_t k = 0; k < px; ++k)
            meanDelay[k] += s.trueZenithDelays[i].values()[k];
    for (double& m : meanDelay)
        m /= double(dateCount);

    // 4. GACOS-like delay = true + eps (true - mean) + smooth: wrong by a fraction of what changes
    //    between dates (the part an interferogram sees), plus a long-wavelength error.
    SubProgress gacosProgress(progress, 0.6, 0.7);
    parallelFor(dateCount, threads, gacosProgress, [&](std::size_t i, int) {
        const std::vector<float>& z = s.trueZenithDelays[i].values();
        std::vector<float>& out = s.zenithDelays[i].values();
        const double eps = draws[i].modelErrorFraction;
        for (std::size_t k = 0; k < px; ++k)
            out[k] = static_cast<float>(double(z[k]) + eps * (double(z[k]) - meanDelay[k]) + double(out[k]));
    });

    // 5. Interferograms: D2 - D1 - (Z2 - Z1) / cos(inc) + N2 - N1, exactly what GACOS inverts.
    s.interferograms.assign(s.pairs.size(), Raster());
    SubProgress ifgProgress(progress, 0.7, 1.0);
    ifgProgress.setStage("interferograms");
    parallelFor(s.pairs.size(), threads, ifgProgress, [&](std::size_t p, int) {
        const auto [d1, d2] = s.pairs[p];
        const int a = indexOfDate(s.dates, d1);
        const int b = indexOfDate(s.dates, d2);
        Raster ifg = grid.makeRaster(
            Units::Metres, "synthetic " + s.name + " interferogram: LOS displacement + atmosphere + ramp");
        ifg.metadata.date1 = d1;
        ifg.metadata.date2 = d2;
        tagLos(ifg, s);
        ifg.metadata.extra["scenario"] = s.name;
        ifg.metadata.extra["synthetic"] = "true";
        const float* da = s.displacement[a].data();
        const float* db = s.displacement[b].data();
        const float* za = s.trueZenithDelays[a].data();
        const float* zb = s.trueZenithDelays[b].data();
        const float* na = s.otherNoise[a].data();
        const float* nb = s.otherNoise[b].data();
        float* out = ifg.data();
        for (std::size_t k = 0; k < px; ++k) {
            const double deformation = double(db[k]) - double(da[k]);
            const double stratified = -(double(zb[k]) - double(za[k])) / cosInc;
            const double other = double(nb[k]) - double(na[k]);
            out[k] = static_cast<float>(deformation + stratified + other);
        }
        s.interferograms[p] = std::move(ifg);
    });

    for (std::size_t i = 0; i < dateCount; ++i) {
        const DateDraw& d = draws[i];
        details["dates"].push_back(
            {{"date", s.dates[i].toIso()},
             {"day_of_year", d.dayOfYear},
             {"weather",
              {{"pressure_hpa", d.weather.pressureHpa},
               {"temperature_k", d.weather.temperatureK},
               {"rel_humidity_pct", d.weather.relHumidityPct}}},
             {"itd_profile",
              {{"hydro_l0_m", d.profile.hydroL0M},
               {"hydro_beta_per_m", d.profile.hydroBetaPerM},
               {"wet_l0_m", d.profile.wetL0M},
               {"wet_beta_per_m", d.profile.wetBetaPerM}}},
             {"turbulence_zenith_std_m", d.turbulenceStdM},
             {"ramp",
              {{"peak_to_peak_m", d.rampPeakToPeakM},
               {"b_m_per_km", d.ramp.bPerKm},
               {"c_m_per_km", d.ramp.cPerKm},
               {"d_m_per_km2", d.ramp.dPerKm2}}},
             {"gacos_model_error",
              {{"fraction_of_departure", d.modelErrorFraction}, {"smooth_std_m", d.modelErrorSmoothStdM}}}});
    }
    details["atmosphere_scale"] = scale;
    details["atmosphere_levels"] = {
        {"turbulence_zenith_std_m", {levels.turbulenceMinM, levels.turbulenceMaxM}},
        {"ramp_max_peak_to_peak_m", levels.rampMaxPeakToPeakM},
        {"pressure_anomaly_std_hpa", levels.pressureAnomalyStdHpa},
        {"temperature_anomaly_std_k", levels.temperatureAnomalyStdK},
        {"humidity_anomaly_std_pct", levels.humidityAnomalyStdPct},
        {"gacos_error_fraction_std", levels.modelErrorFractionStd},
        {"gacos_error_smooth_std_m", {levels.modelErrorSmoothMinM, levels.modelErrorSmoothMaxM}}};
    progress.setFraction(1.0);
}

} // namespace insar::scenarios::detail
