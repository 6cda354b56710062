// Where the generator gets terrain heights: an interface over DEM rasters the caller has already
// loaded (the CLI/GUI read files with insar::io; synthesis never links GDAL).
#pragma once

#include "common/raster.h"
#include "synthesis/synthesis_config.h"

#include <vector>

namespace insar::synthesis {

class DemSource {
public:
    virtual ~DemSource() = default;
    /// Boxes in which windows may be sampled (lon/lat degrees).
    virtual std::vector<RegionBox> coverage() const = 0;
    /// Heights (m) on a width x height grid whose upper-left pixel corner is (westDeg, northDeg),
    /// square pixels of spacingDeg, row-major, north up. Returns false when the window is not
    /// fully covered. Must be thread-safe (const, no shared mutable state).
    virtual bool sample(double westDeg, double northDeg, double spacingDeg, int width, int height,
                        std::vector<float>& heightsM) const = 0;
};

/// DEM tiles in geographic lon/lat (EPSG:4326, north-up geotransform), e.g. SRTM or Copernicus
/// GeoTIFF/.hgt read by insar::io::readRaster. Bilinear sampling; voids (NaN) are filled with the
/// window's valid mean, and a window with more than 20 % voids counts as not covered.
class RasterDemSource final : public DemSource {
public:
    /// Throws insar::Error (naming sourcePath) for a tile without a valid north-up geotransform.
    explicit RasterDemSource(std::vector<Raster> tiles);
    std::vector<RegionBox> coverage() const override;
    bool sample(double westDeg, double northDeg, double spacingDeg, int width, int height,
                std::vector<float>& heightsM) const override;
    std::size_t tileCount() const { return m_tiles.size(); }

private:
    /// Bilinear height at lon/lat, NaN outside every tile or on voids.
    float heightAt(double lonDeg, double latDeg) const;
    std::vector<Raster> m_tiles;
};

} // namespace insar::synthesis
