// Exclusion masks: the pixels (value 1) that fits and the automatic reference point must ignore,
// typically a deforming area so that deramping or a phase-elevation fit does not remove it. Built
// from a mask raster on the interferogram's grid or from a lon/lat polygon (WKT or GeoJSON).
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "corrections/polygon.h"

#include <cmath>
#include <cstddef>
#include <string>

namespace insar::corrections {

/// A 0/1 mask on the grid of `grid`: 1 where a pixel centre lies inside `polygons`, mapped through
/// grid's geotransform (pixel centre = col + 0.5, row + 0.5). Throws insar::Error when `grid` has
/// no georeferencing, or is in a projected CRS (the polygon is lon/lat).
Raster rasterisePolygons(const MultiPolygon& polygons, const Raster& grid);

/// A 0/1 mask from a raster on the same grid: 1 where the value is non-zero, 0 where it is zero
/// or no-data. A different size throws insar::Error naming both sizes.
Raster maskFromRaster(const Raster& mask, const Raster& grid);

/// The mask a user gave as text: WKT (starts with POLYGON or MULTIPOLYGON, any case), a GeoJSON
/// file (.geojson / .json), or any raster file (read through core/io, same grid). Errors name the
/// text or file and the problem.
Raster exclusionMaskFromSpec(const std::string& spec, const Raster& grid, Progress& progress);

/// Number of excluded pixels (value != 0, not NaN).
std::size_t excludedCount(const Raster& mask);

/// True when `mask` exists and excludes (row, col).
inline bool isExcluded(const Raster* mask, int row, int col)
{
    if (!mask)
        return false;
    const float v = mask->at(row, col);
    return v != 0.0f && !std::isnan(v);
}

} // namespace insar::corrections
