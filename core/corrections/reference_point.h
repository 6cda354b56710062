// The reference point of a corrected interferogram: a pixel, a lon/lat, an automatic stable
// area, or none (the map keeps its own level). Every corrected map is re-referenced so the mean of the 3 x 3
// valid pixels around the reference point is 0, as InSAR time-series tools do (MintPy `reference_point`,
// LiCSBAS step 1-3 "ref" area) so maps from different corrections can be compared value for value.
#pragma once

#include "common/raster.h"

#include <string>
#include <utility>

namespace insar::corrections {

struct ReferencePoint {
    /// None: no re-referencing at all; each correction leaves the map's constant level as it
    /// computes it (the CNN keeps the input's mean).
    enum class Kind { Automatic, Pixel, LonLat, None };
    Kind kind = Kind::Automatic;
    int row = 0;
    int col = 0;
    double lon = 0.0; // x of the raster's CRS for a geographic raster (degrees east)
    double lat = 0.0;

    static ReferencePoint automatic() { return {}; }
    static ReferencePoint none()
    {
        ReferencePoint p;
        p.kind = Kind::None;
        return p;
    }
    static ReferencePoint pixel(int row, int col);
    static ReferencePoint lonLat(double lon, double lat);
};

/// A reference point resolved on a raster: a pixel holding data, or none (row and col unused).
struct ResolvedReference {
    int row = 0;
    int col = 0;
    bool automatic = false;
    bool none = false;
    /// Non-empty when the requested point was no-data and the automatic point replaced it.
    std::string warning;

    static ResolvedReference noReference()
    {
        ResolvedReference r;
        r.none = true;
        return r;
    }
    std::string describe() const; // "pixel (row 12, col 40), automatic", or "none"
};

/// Half-size of the averaging window: the reference value is the mean of the valid pixels in
/// the (2k+1) x (2k+1) window around the point, clipped at the raster's edge.
inline constexpr int kReferenceHalfWindow = 1;

/// Mean of the valid pixels in the 3 x 3 window around (row, col); NaN when all are no-data.
double referenceValue(const Raster& raster, int row, int col);

/// Automatic reference (the rule, deterministic): square windows of side
/// w = clamp(min(width, height) / 10, 3, 51) (odd) placed every w/2 pixels; a window qualifies
/// when at least 90 % of its pixels hold data and none is excluded (exclusionMask value != 0);
/// the window with the lowest standard deviation of its valid pixels wins (ties: the first in
/// row-major order), and the reference is its valid pixel closest to its centre. When no window
/// qualifies, the valid, non-excluded pixel whose value is closest to the median of those
/// pixels is taken. Throws insar::Error when the raster has no valid pixel outside the mask.
ResolvedReference findStableReference(const Raster& raster, const Raster* exclusionMask);

/// The pixel a Pixel or LonLat `point` names on a grid of width x height (lon/lat mapped through
/// `geoTransform`, the pixel containing it), without looking at values. Throws insar::Error for a
/// pixel outside the grid, a lon/lat on a grid without georeferencing or in a projected CRS, or
/// outside the grid. `what` (when given) receives the text messages use ("reference pixel (row
/// 3, col 4)"). Automatic and None points throw (they name no pixel).
std::pair<int, int> locateReferencePixel(const ReferencePoint& point, int width, int height,
                                         const GeoTransform& geoTransform, const std::string& crsWkt,
                                         std::string* what = nullptr);

/// Resolves `point` on `raster`. A None point gives ResolvedReference::noReference(). A pixel outside the
/// raster, a lon/lat on a raster without georeferencing or on a projected one, or a lon/lat outside it throws
/// insar::Error. A point on no-data falls back to findStableReference() with a warning saying so.
ResolvedReference resolveReference(const Raster& raster, const ReferencePoint& point,
                                   const Raster* exclusionMask);

/// Subtracts referenceValue(raster, ref.row, ref.col) from every valid pixel. Returns false (and
/// changes nothing) when that window holds no data. A none reference changes nothing (true).
bool reReference(Raster& raster, const ResolvedReference& ref);

/// True when a CRS WKT names a projected system (PROJCS / PROJCRS): lon/lat inputs cannot be
/// mapped through such a raster's geotransform.
bool isProjectedCrs(const std::string& crsWkt);

} // namespace insar::corrections
