#include "synthesis/sample_generator.h"

#include "common/error.h"
#include "synthesis/fractal_dem.h"
#include "synthesis/ramp.h"
#include "synthesis/rng.h"
#include "synthesis/scenario.h"
#include "synthesis/troposphere.h"
#include "synthesis/turbulence.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace insar::synthesis {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kEarthRadiusKm = 6371.0088; // IUGG mean radius

double draw(Rng& rng, const Range& r)
{
    return rng.uniform(r.min, r.max);
}

SurfaceWeather perturbedWeather(const SynthesisConfig& c, double latDeg, double doy, Rng& rng)
{
    SurfaceWeather w = unb3mClimatology(latDeg, doy);
    w.pressureHpa += c.pressureAnomalyStdHpa * rng.normal();
    w.temperatureK += c.temperatureAnomalyStdK * rng.normal();
    w.relHumidityPct = std::clamp(w.relHumidityPct + c.humidityAnomalyStdPct * rng.normal(), 5.0, 100.0);
    return w;
}

nlohmann::json weatherJson(const SurfaceWeather& w, double doy)
{
    return {{"day_of_year", doy},
            {"pressure_hpa", w.pressureHpa},
            {"temperature_k", w.temperatureK},
            {"rel_humidity_pct", w.relHumidityPct}};
}

/// Sets the georeferencing and metadata of a raster whose values were computed in place.
void finishRaster(Raster& r, double westDeg, double northDeg, double spacingDeg, const char* description,
                  double wavelengthM, double incidenceDeg, double headingDeg, bool los)
{
    r.geoTransform.c = {westDeg, spacingDeg, 0.0, northDeg, 0.0, -spacingDeg};
    r.geoTransform.valid = true;
    r.crsWkt = wgs84Wkt();
    r.metadata.units = Units::Metres;
    r.metadata.description = description;
    if (los) {
        r.metadata.wavelengthM = wavelengthM;
        r.metadata.incidenceDeg = incidenceDeg;
        r.metadata.headingDeg = headingDeg;
    }
}

double meanSquare(const std::vector<float>& v)
{
    double s = 0.0;
    for (float x : v)
        s += double(x) * x;
    return v.empty() ? 0.0 : s / double(v.size());
}

} // namespace

std::uint64_t deriveSampleSeed(std::uint64_t datasetSeed, std::uint64_t index)
{
    std::uint64_t state = datasetSeed ^ (0x6a09e667f3bcc909ULL * (index + 1));
    std::uint64_t a = splitmix64(state);
    return a ^ splitmix64(state);
}

const std::string& wgs84Wkt()
{
    static const std::string wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS "
        "84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],"
        "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],"
        "AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";
    return wkt;
}

SampleGenerator::SampleGenerator(SynthesisConfig config) : m_config(std::move(config))
{
    m_config.validate();
}

void SampleGenerator::setDemSource(std::shared_ptr<const DemSource> dem)
{
    m_dem = std::move(dem);
}

Sample SampleGenerator::generate(std::uint64_t sampleSeed) const
{
    const SynthesisConfig& c = m_config;
    Rng rng(sampleSeed);
    const int n = c.sampleSize;
    const std::size_t count = static_cast<std::size_t>(n) * static_cast<std::size_t>(n);
    const double spacingDeg = c.pixelSpacingArcsec / 3600.0;
    const double extentDeg = n * spacingDeg;
    const RegionBox& region = c.region;

    // --- 1. window location (and real DEM heights) ---
    // Fields are computed in place in the sample's rasters (no copies, one allocation each).
    Sample s;
    for (Raster* r : {&s.reference, &s.turbulent, &s.stratified, &s.ramp, &s.residual, &s.input, &s.dem})
        *r = Raster(n, n);
    double westDeg = 0.0, northDeg = 0.0;
    std::vector<float>& dem = s.dem.values();
    nlohmann::json demJson;
    if (m_dem) {
        std::vector<RegionBox> boxes;
        for (const RegionBox& b : m_dem->coverage()) {
            RegionBox x{std::max(b.lonMinDeg, region.lonMinDeg), std::min(b.lonMaxDeg, region.lonMaxDeg),
                        std::max(b.latMinDeg, region.latMinDeg), std::min(b.latMaxDeg, region.latMaxDeg)};
            if (x.lonMaxDeg - x.lonMinDeg >= extentDeg && x.latMaxDeg - x.latMinDeg >= extentDeg)
                boxes.push_back(x);
        }
        if (boxes.empty())
            throw Error("synthesis: no DEM tile covers a whole " + std::to_string(n) +
                        "-pixel window inside the region");
        bool found = false;
        for (int attempt = 0; attempt < 64 && !found; ++attempt) {
            const RegionBox& b =
                boxes[static_cast<std::size_t>(rng.uniformInt(0, static_cast<int>(boxes.size()) - 1))];
            westDeg = rng.uniform(b.lonMinDeg, b.lonMaxDeg - extentDeg);
            northDeg = rng.uniform(b.latMinDeg + extentDeg, b.latMaxDeg);
            found = m_dem->sample(westDeg, northDeg, spacingDeg, n, n, dem);
        }
        if (!found)
            throw Error("synthesis: no DEM window without large voids found in 64 tries (check the DEM tiles "
                        "and region)");
        demJson = {{"kind", "raster"}};
    } else {
        westDeg = rng.uniform(region.lonMinDeg, region.lonMaxDeg - extentDeg);
        northDeg = rng.uniform(region.latMinDeg + extentDeg, region.latMaxDeg);
    }
    const double centreLon = westDeg + 0.5 * extentDeg;
    const double centreLat = northDeg - 0.5 * extentDeg;
    const double dyKm = spacingDeg * kPi / 180.0 * kEarthRadiusKm;
    const double dxKm = dyKm * std::cos(centreLat * kPi / 180.0);

    // --- 2. all random draws of scalars, in a fixed order ---
    const double incidence = draw(rng, c.incidenceDeg);
    const double ascHeading = draw(rng, c.ascendingHeadingDeg);
    const bool descending = rng.bernoulli(c.descendingFraction);
    const double heading = descending ? -180.0 - ascHeading : ascHeading;
    const double demBase = draw(rng, c.demBaseHeightM);
    const double demRelief = draw(rng, c.demReliefStdM);
    const double turbStd = draw(rng, c.turbulenceStdM);
    const double doy1 = rng.uniform(1.0, 366.25);
    const double interval = draw(rng, c.epochIntervalDays);
    const double doy2 = std::fmod(doy1 - 1.0 + interval, 365.25) + 1.0;
    const SurfaceWeather w1 = perturbedWeather(c, centreLat, doy1, rng);
    const SurfaceWeather w2 = perturbedWeather(c, centreLat, doy2, rng);
    const double stratScale = draw(rng, c.stratifiedScale);
    const double rampPtp = draw(rng, c.rampPeakToPeakM);
    const double weight = draw(rng, c.weight);
    const Scenario scenario = drawScenario(c, n * dxKm, n * dyKm, rng);
    const RampCoefficients ramp = drawRamp(rampPtp, (n - 1) * 0.5 * dxKm, (n - 1) * 0.5 * dyKm, rng);
    // Each random field gets its own stream so that changing one component's parameters does not
    // reshuffle the others.
    Rng demRng(rng.next());
    Rng turbRng(rng.next());

    // --- 3. fields ---
    if (!m_dem) {
        synthesiseFractalDem(n, n, dxKm, dyKm, c.demSpectralSlope, demBase, demRelief, demRng, dem);
        demJson = {{"kind", "fractal"}, {"base_m", demBase}, {"relief_std_m", demRelief}};
    }
    std::vector<float>& reference = s.reference.values();
    scenarioLos(scenario, n, n, dxKm, dyKm, incidence, heading, c.deformationStride, reference);

    TurbulenceSpectrum spectrum;
    spectrum.slopeLarge = c.turbulenceSlopeLarge;
    spectrum.slopeMiddle = c.turbulenceSlopeMiddle;
    spectrum.slopeSmall = c.turbulenceSlopeSmall;
    spectrum.breakLargeKm = c.turbulenceBreakLargeKm;
    spectrum.breakSmallKm = c.turbulenceBreakSmallKm;
    spectrum.outerScaleKm = c.turbulenceOuterScaleKm;
    std::vector<float>& turbulent = s.turbulent.values();
    synthesiseTurbulence(n, n, dxKm, dyKm, spectrum, turbStd, turbRng, turbulent);

    const auto [hMinIt, hMaxIt] = std::minmax_element(dem.begin(), dem.end());
    const ItdProfile p1 = fitItdProfile(w1, centreLat, *hMinIt, *hMaxIt);
    const ItdProfile p2 = fitItdProfile(w2, centreLat, *hMinIt, *hMaxIt);
    std::vector<float>& stratified = s.stratified.values();
    stratifiedLos(dem.data(), count, p1, p2, incidence, stratified.data());
    {
        // Interferograms are relative: remove the scene mean (the constant part of the delay change).
        double sum = 0.0;
        for (float v : stratified)
            sum += v;
        const double mean = sum / double(count);
        for (float& v : stratified)
            v = static_cast<float>((v - mean) * stratScale);
    }

    std::vector<float>& rampValues = s.ramp.values();
    evaluateRamp(ramp, n, n, dxKm, dyKm, rampValues);

    std::vector<float>& residual = s.residual.values();
    std::vector<float>& input = s.input.values();
    double noisePower = 0.0;
    for (std::size_t k = 0; k < count; ++k) {
        residual[k] = turbulent[k] + stratified[k] + rampValues[k];
        input[k] = reference[k] + static_cast<float>(weight) * residual[k];
        const double d = double(input[k]) - reference[k];
        noisePower += d * d;
    }
    noisePower /= double(count);
    const double signalPower = meanSquare(reference);
    const double snr = noisePower > 0.0 ? signalPower / noisePower : std::numeric_limits<double>::infinity();

    // --- 4. assemble ---
    const double lambda = c.effectiveWavelengthM();
    finishRaster(s.reference, westDeg, northDeg, spacingDeg, "reference deformation (LOS)", lambda, incidence,
                 heading, true);
    finishRaster(s.turbulent, westDeg, northDeg, spacingDeg, "turbulent delay (LOS)", lambda, incidence,
                 heading, true);
    finishRaster(s.stratified, westDeg, northDeg, spacingDeg, "stratified delay (LOS)", lambda, incidence,
                 heading, true);
    finishRaster(s.ramp, westDeg, northDeg, spacingDeg, "orbital ramp (LOS)", lambda, incidence, heading,
                 true);
    finishRaster(s.residual, westDeg, northDeg, spacingDeg, "residual e (LOS)", lambda, incidence, heading,
                 true);
    finishRaster(s.input, westDeg, northDeg, spacingDeg, "input y = x + w e (LOS)", lambda, incidence,
                 heading, true);
    finishRaster(s.dem, westDeg, northDeg, spacingDeg, "DEM height", lambda, incidence, heading, false);
    s.weight = weight;
    s.snr = snr;
    s.seed = sampleSeed;
    s.incidenceDeg = incidence;
    s.headingDeg = heading;
    s.centreLonDeg = centreLon;
    s.centreLatDeg = centreLat;

    nlohmann::json params;
    params["seed"] = sampleSeed;
    params["sources"] = scenarioToJson(scenario);
    params["geometry"] = {{"incidence_deg", incidence},
                          {"heading_deg", heading},
                          {"descending", descending},
                          {"wavelength_m", lambda}};
    params["window"] = {{"west_deg", westDeg},
                        {"north_deg", northDeg},
                        {"spacing_deg", spacingDeg},
                        {"dx_km", dxKm},
                        {"dy_km", dyKm}};
    params["dem"] = demJson;
    params["turbulence"] = {{"std_m", turbStd}};
    params["stratified"] = {
        {"epoch1", weatherJson(w1, doy1)}, {"epoch2", weatherJson(w2, doy2)}, {"scale", stratScale}};
    params["ramp"] = {{"a_m", ramp.a},
                      {"b_m_per_km", ramp.bPerKm},
                      {"c_m_per_km", ramp.cPerKm},
                      {"d_m_per_km2", ramp.dPerKm2},
                      {"peak_to_peak_m", rampPtp}};
    params["weight"] = weight;
    params["snr"] = std::isfinite(snr) ? nlohmann::json(snr) : nlohmann::json(nullptr);
    s.paramsJson = params.dump();
    return s;
}

} // namespace insar::synthesis
