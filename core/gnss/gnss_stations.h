// GNSS stations for validating InSAR: the stations CSV (name, lon, lat and either LOS or
// east/north/up displacements, with optional sigmas), ENU → LOS projection with the scene's
// geometry (constant or per-pixel incidence/heading), and sampling a raster at the stations.
// Formats, conventions and formulas: docs/gnss.md.
#pragma once

#include "common/raster.h"

#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace insar::gnss {

struct Station {
    std::string name;
    double lon = 0.0;              // degrees east, [-180, 180]
    double lat = 0.0;              // degrees north, [-90, 90]
    std::optional<double> losMm;   // given directly (positive towards the satellite)
    std::optional<double> sigmaMm; // of losMm (or, after projection, of the projected LOS)
    std::optional<double> eastMm, northMm, upMm;
    std::optional<double> sigmaEastMm, sigmaNorthMm, sigmaUpMm;
    bool isVirtual = false; // a site placed by a synthetic scenario, not a real station
};

/// Reads `name,lon,lat,los_mm[,sigma_mm]` or `name,lon,lat,east_mm,north_mm,up_mm[,sigma_east_mm,
/// sigma_north_mm,sigma_up_mm]` (a header line names the columns, in any order and any case;
/// `station` or `site` may stand for `name`, `longitude`/`latitude` for lon/lat; '#' lines are
/// comments; other columns are ignored; an optional `virtual` column of 0/1). Both forms may be
/// mixed: a row gives LOS, or all three ENU components, or both (then the given LOS is kept). An
/// empty field (or nan, na, -) is a value not given. Throws insar::Error naming the file and line
/// for a malformed row, a missing column, a lon/lat out of range, a negative sigma, a row with
/// only some ENU components (or some of their sigmas), a duplicate name or no stations.
std::vector<Station> readStations(const std::filesystem::path& csv);

/// LOS (mm, positive towards the satellite) of an ENU displacement for the scene's incidence and
/// heading (degrees, synthesis/los_geometry.h conventions); σ propagated from the ENU sigmas
/// (σ² = Σ (l_i σ_i)², components independent; NaN unless all three sigmas are given). Throws
/// insar::Error naming the station when it has no ENU displacement or the angles are out of range
/// (incidence in [0, 90), heading finite).
struct LosValue {
    double mm = NAN;
    double sigmaMm = NAN;
};
LosValue enuToLos(const Station& station, double incidenceDeg, double headingDeg);

/// Fills losMm/sigmaMm of stations given in ENU (stations with a given LOS are left as they are).
/// Geometry per station: the `incidence`/`heading` rasters (degrees) sampled at the station's
/// pixel when given (each on its own), else the constants; a station where a raster is no-data or
/// outside it falls back to the constant when there is one. Throws insar::Error naming the station
/// when it needs a geometry that is missing, or when it has neither LOS nor ENU.
void projectToLos(std::vector<Station>& stations, std::optional<double> incidenceDeg,
                  std::optional<double> headingDeg, const Raster* incidence = nullptr,
                  const Raster* heading = nullptr);

struct Sample {
    double value = NAN; // NaN when outside the raster or no valid pixel in the window
    int row = -1;       // the pixel containing (lon, lat); -1 when outside
    int col = -1;
    int validPixels = 0; // valid pixels averaged (0 or 1 for window 1)
    bool inside = false;
};

/// The raster at (lon, lat): the pixel containing it (window 1) or the mean of the valid pixels of
/// a window × window box centred on that pixel, clipped at the raster's edge (window odd ≥ 1).
/// lon/lat go through the geotransform, as corrections' lon/lat reference point does: insar::Error
/// for a raster without georeferencing or in a projected CRS (corrections::isProjectedCrs), and
/// for an even or non-positive window. A station outside the raster gives inside = false and NaN,
/// not an error.
Sample sampleAt(const Raster& raster, double lon, double lat, int window = 1);

} // namespace insar::gnss
