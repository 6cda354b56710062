#include "synthesis/troposphere.h"

#include "common/error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace insar::synthesis {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;

// UNB3m look-up table (Leandro, Santos & Langley 2006; docs/physics.md §4.8):
// lat, P, T, RH, beta (mK/m), lambda averages, then the same five amplitudes.
constexpr std::array<std::array<double, 11>, 5> kUnb3m{{
    {15.0, 1013.25, 299.65, 75.0, 6.30, 2.77, 0.00, 0.00, 0.0, 0.00, 0.00},
    {30.0, 1017.25, 294.15, 80.0, 6.05, 3.15, -3.75, 7.00, 0.0, 0.25, 0.33},
    {45.0, 1015.75, 283.15, 76.0, 5.58, 2.57, -2.25, 11.00, -1.0, 0.32, 0.46},
    {60.0, 1011.75, 272.15, 77.5, 5.39, 1.81, -1.75, 15.00, -2.5, 0.81, 0.74},
    {75.0, 1013.00, 263.65, 82.5, 4.53, 1.55, -0.50, 14.50, 2.5, 0.62, 0.30},
}};

constexpr double kG = 9.80665;
constexpr double kRdUnb = 287.054;

} // namespace

SurfaceWeather unb3mClimatology(double latDeg, double dayOfYear)
{
    if (!std::isfinite(latDeg) || !std::isfinite(dayOfYear))
        throw Error("UNB3m: latitude and day of year must be finite");
    const double alat = std::clamp(std::abs(latDeg), 15.0, 75.0);
    std::size_t k = 0;
    while (k + 2 < kUnb3m.size() && alat > kUnb3m[k + 1][0])
        ++k;
    const double t = (alat - kUnb3m[k][0]) / (kUnb3m[k + 1][0] - kUnb3m[k][0]);
    std::array<double, 11> v{};
    for (std::size_t c = 0; c < v.size(); ++c)
        v[c] = kUnb3m[k][c] + t * (kUnb3m[k + 1][c] - kUnb3m[k][c]);
    const double doy = latDeg < 0.0 ? dayOfYear + 182.625 : dayOfYear;
    const double cosy = std::cos(2.0 * kPi * (doy - 28.0) / 365.25);
    SurfaceWeather w;
    w.pressureHpa = v[1] - v[6] * cosy;
    w.temperatureK = v[2] - v[7] * cosy;
    w.relHumidityPct = v[3] - v[8] * cosy;
    w.lapseRateKPerM = (v[4] - v[9] * cosy) / 1000.0;
    w.vapourDecrease = v[5] - v[10] * cosy;
    return w;
}

double waterVapourPressureHpa(double relHumidityPct, double temperatureK, double pressureHpa)
{
    const double t = temperatureK;
    const double es =
        0.01 * std::exp(1.2378847e-5 * t * t - 1.9121316e-2 * t + 33.93711047 - 6.3431645e3 / t);
    const double tc = t - 273.15;
    const double fw = 1.00062 + 3.14e-6 * pressureHpa + 5.6e-7 * tc * tc;
    return relHumidityPct / 100.0 * es * fw;
}

WeatherAtHeight unb3mAtHeight(const SurfaceWeather& msl, double latDeg, double heightM)
{
    const double beta = msl.lapseRateKPerM;
    const double lambda = msl.vapourDecrease;
    const double e0 = waterVapourPressureHpa(msl.relHumidityPct, msl.temperatureK, msl.pressureHpa);
    const double ep = kG / (kRdUnb * beta);
    WeatherAtHeight w;
    w.temperatureK = msl.temperatureK - beta * heightM;
    const double ratio = w.temperatureK / msl.temperatureK;
    w.pressureHpa = msl.pressureHpa * std::pow(ratio, ep);
    w.vapourPressureHpa = e0 * std::pow(ratio, ep * (lambda + 1.0));
    const double gm = 9.784 * (1.0 - 2.66e-3 * std::cos(2.0 * latDeg * kDeg) - 2.8e-7 * heightM);
    w.meanTemperatureK = w.temperatureK * (1.0 - beta * kRdUnb / ((lambda + 1.0) * gm));
    return w;
}

double saastamoinenZhdM(double pressureHpa, double latDeg, double heightM)
{
    return 0.0022768 * pressureHpa / (1.0 - 0.00266 * std::cos(2.0 * latDeg * kDeg) - 0.28e-6 * heightM);
}

double askneNordiusZwdM(double vapourPressureHpa, double meanTemperatureK, double vapourDecrease)
{
    // Constants as in Boehm's GPT2w asknewet (docs/physics.md §4.3).
    constexpr double k1 = 77.604;
    constexpr double k2 = 64.79;
    constexpr double k2p = k2 - k1 * 18.0152 / 28.9644;
    constexpr double k3 = 377600.0;
    constexpr double rd = 8.3143 / 0.028965;
    constexpr double gm = 9.80665;
    return 1e-6 * (k2p + k3 / meanTemperatureK) * rd * vapourPressureHpa / ((vapourDecrease + 1.0) * gm);
}

double ItdProfile::zenithDelayM(double heightM) const
{
    return hydroL0M * std::exp(-hydroBetaPerM * heightM) + wetL0M * std::exp(-wetBetaPerM * heightM);
}

ItdProfile fitItdProfile(const SurfaceWeather& msl, double latDeg, double minHeightM, double maxHeightM)
{
    if (!std::isfinite(minHeightM) || !std::isfinite(maxHeightM) || maxHeightM < minHeightM)
        throw Error("ITD fit: invalid height range");
    if (maxHeightM - minHeightM < 500.0) {
        const double mid = 0.5 * (minHeightM + maxHeightM);
        minHeightM = mid - 250.0;
        maxHeightM = mid + 250.0;
    }
    constexpr int kLevels = 9;
    // Least squares of ln Z = ln L0 - beta h for each part (ITD stratified form, docs/physics.md §4.5).
    double sh = 0, shh = 0, sH = 0, shH = 0, sW = 0, shW = 0;
    for (int k = 0; k < kLevels; ++k) {
        const double h = minHeightM + (maxHeightM - minHeightM) * k / (kLevels - 1);
        const WeatherAtHeight w = unb3mAtHeight(msl, latDeg, h);
        const double zhd = saastamoinenZhdM(w.pressureHpa, latDeg, h);
        const double zwd = askneNordiusZwdM(w.vapourPressureHpa, w.meanTemperatureK, msl.vapourDecrease);
        if (!(zhd > 0.0) || !(zwd > 0.0))
            throw Error(ErrorKind::Numerical,
                        "ITD fit: non-positive zenith delay (height out of the model's range)");
        sh += h;
        shh += h * h;
        sH += std::log(zhd);
        shH += h * std::log(zhd);
        sW += std::log(zwd);
        shW += h * std::log(zwd);
    }
    const double n = kLevels;
    const double den = n * shh - sh * sh;
    ItdProfile p;
    const double slopeH = (n * shH - sh * sH) / den;
    const double slopeW = (n * shW - sh * sW) / den;
    p.hydroBetaPerM = -slopeH;
    p.wetBetaPerM = -slopeW;
    p.hydroL0M = std::exp((sH - slopeH * sh) / n);
    p.wetL0M = std::exp((sW - slopeW * sh) / n);
    return p;
}

void stratifiedLos(const float* demM, std::size_t n, const ItdProfile& epoch1, const ItdProfile& epoch2,
                   double incidenceDeg, float* out)
{
    const double inv = 1.0 / std::cos(incidenceDeg * kDeg);
    float hMin = INFINITY, hMax = -INFINITY;
    for (std::size_t k = 0; k < n; ++k) {
        if (std::isnan(demM[k]))
            continue;
        hMin = std::min(hMin, demM[k]);
        hMax = std::max(hMax, demM[k]);
    }
    if (!(hMin <= hMax)) {
        std::fill(out, out + n, NAN);
        return;
    }
    // The difference of exponentials is smooth in h: tabulate it on a fine height grid and
    // interpolate linearly (step <= 4 m: relative error < 1e-6 for scale heights >= 1 km).
    const double span = std::max(1.0, double(hMax) - double(hMin));
    const int nodes = std::clamp(static_cast<int>(span / 4.0) + 2, 2, 4096);
    const double step = span / (nodes - 1);
    std::vector<float> table(static_cast<std::size_t>(nodes) + 1);
    for (int k = 0; k < nodes; ++k) {
        const double h = hMin + k * step;
        table[k] = static_cast<float>(-(epoch2.zenithDelayM(h) - epoch1.zenithDelayM(h)) * inv);
    }
    table[nodes] = table[nodes - 1];
    const float invStep = static_cast<float>(1.0 / step);
    for (std::size_t k = 0; k < n; ++k) {
        const float h = demM[k];
        if (std::isnan(h)) {
            out[k] = NAN;
            continue;
        }
        const float u = (h - hMin) * invStep;
        const int i = std::min(static_cast<int>(u), nodes - 1);
        const float t = u - static_cast<float>(i);
        out[k] = table[i] + t * (table[i + 1] - table[i]);
    }
}

} // namespace insar::synthesis
