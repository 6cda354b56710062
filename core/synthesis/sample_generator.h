// One synthetic training sample (docs/physics.md §11.2): reference deformation x (Okada + Mogi), noise
// components (turbulent, stratified, ramp), residual e and input y = x + w e, all in LOS metres.
#pragma once

#include "common/raster.h"
#include "synthesis/dem_source.h"
#include "synthesis/synthesis_config.h"

#include <cstdint>
#include <memory>
#include <string>

namespace insar::synthesis {

/// All rasters: LOS metres (MintPy sign, positive = towards the satellite), sampleSize square,
/// geotransform in lon/lat degrees, crsWkt = EPSG:4326. dem is in metres above sea level.
struct Sample {
    Raster reference;  // (a) x: deformation
    Raster turbulent;  // (b)
    Raster stratified; // (c)
    Raster ramp;       // (d)
    Raster residual;   // (e) = b + c + d
    Raster input;      // (f) y = x + w e
    Raster dem;
    double weight = 1.0; // w ~ U(weight.min, weight.max)
    double snr = 0.0;    // P_x / P_{y-x}, power = mean square
    std::uint64_t seed = 0;
    double incidenceDeg = 0.0;
    double headingDeg = 0.0;
    double centreLonDeg = 0.0;
    double centreLatDeg = 0.0;
    std::string paramsJson; // ground truth: sources, geometry, epochs, amplitudes (compact JSON)
};

/// splitmix64 of (datasetSeed, index): the seed of sample `index`, independent of thread order.
std::uint64_t deriveSampleSeed(std::uint64_t datasetSeed, std::uint64_t index);

/// Standard WKT of EPSG:4326 (WGS 84 geographic), used for every generated raster.
const std::string& wgs84Wkt();

class SampleGenerator {
public:
    /// Validates the config (insar::Error on bad values).
    explicit SampleGenerator(SynthesisConfig config);

    /// Real DEM tiles instead of the built-in fractal DEM (nullptr restores the fractal DEM).
    /// Windows are drawn inside region ∩ coverage; generate() throws insar::Error when no covered
    /// window is found. Not thread-safe with generate(): set it before generating.
    void setDemSource(std::shared_ptr<const DemSource> dem);
    const std::shared_ptr<const DemSource>& demSource() const { return m_dem; }

    /// Deterministic in sampleSeed; const and thread-safe.
    Sample generate(std::uint64_t sampleSeed) const;

    const SynthesisConfig& config() const { return m_config; }

private:
    SynthesisConfig m_config;
    std::shared_ptr<const DemSource> m_dem;
};

} // namespace insar::synthesis
