// Polygons for exclusion masks: parsed from WKT POLYGON / MULTIPOLYGON text or from a GeoJSON
// file (Polygon / MultiPolygon geometries, bare or in a Feature or FeatureCollection), and tested
// with the even-odd rule so holes are honoured. Plain C++: no GDAL/OGR needed for this.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace insar::corrections {

struct PolygonPoint {
    double x = 0.0; // longitude (or the raster CRS's x)
    double y = 0.0; // latitude
};

/// One polygon: the outer ring first, then its holes. Rings need not repeat the first vertex.
struct Polygon {
    std::vector<std::vector<PolygonPoint>> rings;
    /// Even-odd rule over all rings: inside the outer ring and outside every hole.
    bool contains(double x, double y) const;
};

/// A set of polygons; a point is inside when any polygon contains it.
struct MultiPolygon {
    std::vector<Polygon> polygons;
    bool contains(double x, double y) const;
};

/// Parses "POLYGON ((x y, x y, ...), (hole...))" or "MULTIPOLYGON (((...)), ((...)))"
/// (case-insensitive, any spacing, an optional "SRID=...;" prefix, Z/M values ignored). Throws
/// insar::Error saying what is wrong and where (character offset) for malformed text, rings with
/// fewer than 3 distinct vertices, or other geometry types.
MultiPolygon parseWktPolygon(std::string_view wkt);

enum class GeoJsonFeatures { All, First };

/// Reads the Polygon / MultiPolygon geometries of a GeoJSON file: a bare geometry, a Feature, or a
/// FeatureCollection (all features, or only the first one). Features of other geometry types are
/// skipped; none left, invalid JSON or a missing file throw insar::Error naming the file.
MultiPolygon readGeoJsonPolygons(const std::filesystem::path& file,
                                 GeoJsonFeatures which = GeoJsonFeatures::All);

/// The same from GeoJSON text (`where` names it in messages).
MultiPolygon parseGeoJsonPolygons(std::string_view text, const std::string& where,
                                  GeoJsonFeatures which = GeoJsonFeatures::All);

} // namespace insar::corrections
