// PRIVATE to stack_study*.cpp: a map of per-pixel values on a stack's grid.
#pragma once

#include "common/raster.h"

#include <string>
#include <utility>
#include <vector>

namespace insar::pipeline::detail {

/// `values` (width × height of `grid`) as a Raster with the grid's georeferencing and a description.
inline Raster onGrid(const Raster& grid, std::vector<float> values, const std::string& description)
{
    Raster r(grid.width(), grid.height(), std::move(values));
    r.geoTransform = grid.geoTransform;
    r.crsWkt = grid.crsWkt;
    r.metadata.description = description;
    return r;
}

} // namespace insar::pipeline::detail
