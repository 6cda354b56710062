// Stratified (topography-correlated) tropospheric delay (docs/physics.md §4): per-epoch surface weather
// from the UNB3m climatology (§4.8) plus random anomalies, Saastamoinen hydrostatic (§4.2) and
// Askne-Nordius wet (§4.3) zenith delays, fitted in the ITD form L0 exp(-beta h) (§4.5), then
// differenced between two epochs and mapped to LOS with 1/cos(incidence).
//
// How this stands in for the poster's HGPT + ITD, and where it differs:
//  * HGPT (Mateus et al. 2020) gives hourly P, T, Tm from 0.25-degree ERA5 harmonic grids (1.2-1.7 GB
//    of coefficients); we use the table-driven UNB3m climatology (latitude and day of year only, no
//    longitude or hour dependence, humidity included), and add Gaussian weather anomalies to P, T and
//    RH per epoch. The anomalies, not the smooth climatology, dominate the epoch difference, as in real
//    pairs; their size is configurable (SynthesisConfig::*AnomalyStd*).
//  * ITD (Yu et al. 2017) fits ZTD = L0 exp(-beta h) to GNSS/weather-model delays and interpolates a
//    turbulent residual. We keep its stratified part only and fit it separately to the hydrostatic
//    and the wet zenith delay profiles evaluated by UNB3m's height model over the window's height
//    range (two exponentials instead of one: the wet scale height, ~2 km, differs from the
//    hydrostatic one, ~8 km). The lateral (turbulent) part is turbulence.h's screen instead of an
//    IDW interpolation of residuals.
//  * No horizontal gradients, no diurnal cycle, one incidence angle per scene.
// Sign: extra delay looks like motion away from the satellite, so LOS = -(ZTD2 - ZTD1)/cos(inc)
// (MintPy convention, docs/physics.md §2.3); date 1 is the reference (earlier) epoch.
#pragma once

#include <cstddef>

namespace insar::synthesis {

/// Mean-sea-level weather and its vertical structure (UNB3m quantities).
struct SurfaceWeather {
    double pressureHpa = 1013.25;
    double temperatureK = 288.15;
    double relHumidityPct = 50.0;
    double lapseRateKPerM = 0.0065; // beta of UNB3m
    double vapourDecrease = 3.0;    // lambda of UNB3m / Askne-Nordius
};

/// UNB3m table (Leandro, Santos & Langley 2006) at |latitude| (15..75 clamped) and day of year,
/// southern hemisphere shifted by half a year.
SurfaceWeather unb3mClimatology(double latDeg, double dayOfYear);

/// Weather at orthometric height h (m) from the MSL values (UNB3m height model).
struct WeatherAtHeight {
    double pressureHpa = 0.0;
    double temperatureK = 0.0;
    double vapourPressureHpa = 0.0;
    double meanTemperatureK = 0.0; // Tm
};
WeatherAtHeight unb3mAtHeight(const SurfaceWeather& msl, double latDeg, double heightM);

/// IERS 2003 water-vapour pressure (hPa) from RH (%), T (K), P (hPa), with enhancement factor.
double waterVapourPressureHpa(double relHumidityPct, double temperatureK, double pressureHpa);
/// ZHD = 0.0022768 P / (1 - 0.00266 cos 2phi - 0.28e-6 H) (Davis et al. 1985), metres.
double saastamoinenZhdM(double pressureHpa, double latDeg, double heightM);
/// ZWD = 1e-6 (k2' + k3/Tm) Rd e / ((lambda + 1) gm) (Askne & Nordius 1987, GPT2w asknewet), metres.
double askneNordiusZwdM(double vapourPressureHpa, double meanTemperatureK, double vapourDecrease);

/// Zenith delay of one epoch in the ITD form: hydro L0h exp(-beta_h h) + wet L0w exp(-beta_w h).
struct ItdProfile {
    double hydroL0M = 0.0;
    double hydroBetaPerM = 0.0;
    double wetL0M = 0.0;
    double wetBetaPerM = 0.0;
    double zenithDelayM(double heightM) const;
};

/// Fits the ITD profile (log-linear least squares) to the UNB3m ZHD and ZWD at 9 heights spanning
/// [minHeightM, maxHeightM] (widened to at least 500 m).
ItdProfile fitItdProfile(const SurfaceWeather& msl, double latDeg, double minHeightM, double maxHeightM);

/// LOS stratified delay (m, MintPy sign) of an epoch pair on a DEM: -(S2(h) - S1(h)) / cos(inc).
/// NaN heights give NaN.
void stratifiedLos(const float* demM, std::size_t n, const ItdProfile& epoch1, const ItdProfile& epoch2,
                   double incidenceDeg, float* out);

} // namespace insar::synthesis
