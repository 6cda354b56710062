// Bringing a raster onto another raster's grid (GDAL warp, bilinear): DEMs, GACOS delay maps and
// incidence rasters are resampled onto the interferogram's grid before a correction uses them.
#pragma once

#include "common/progress.h"
#include "common/raster.h"

#include <string>
#include <vector>

namespace insar::io {

/// Same size and the same geotransform (to 1e-9 of a pixel) and CRS (or one of them without a
/// CRS). Two rasters without georeferencing are on the same grid when their sizes match.
bool sameGrid(const Raster& a, const Raster& b);

/// Resamples `source` onto the grid of `target` (size, geotransform, CRS) with bilinear
/// interpolation through GDAL's warper; pixels outside `source` and pixels whose bilinear
/// neighbourhood is all no-data become NaN. Keeps source's metadata. A raster without a CRS is
/// taken to be in the CRS of the other one. Throws insar::Error when either raster has no
/// geotransform, or when GDAL fails (its message in the text); CancelledError on cancel.
Raster warpToGrid(const Raster& source, const Raster& target, Progress& progress);

/// `source` itself when it is already on the grid of `target`; otherwise warpToGrid() and a line
/// appended to `messages` saying that `what` was warped (from which size to which). When the grids
/// differ and either raster has no georeferencing, the error names `what` and both sizes.
Raster onGridOf(const Raster& source, const Raster& target, const std::string& what,
                std::vector<std::string>& messages, Progress& progress);

} // namespace insar::io
