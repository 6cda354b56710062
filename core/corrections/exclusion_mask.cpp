#include "corrections/exclusion_mask.h"

#include "common/error.h"
#include "corrections/reference_point.h"
#include "io/raster_reader.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace insar::corrections {

namespace {

std::string sizeText(const Raster& r)
{
    return std::to_string(r.width()) + " x " + std::to_string(r.height());
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

Raster emptyMaskLike(const Raster& grid)
{
    Raster mask(grid.width(), grid.height(), 0.0f);
    mask.geoTransform = grid.geoTransform;
    mask.crsWkt = grid.crsWkt;
    mask.metadata.description = "exclusion mask (1 = excluded)";
    return mask;
}

} // namespace

Raster rasterisePolygons(const MultiPolygon& polygons, const Raster& grid)
{
    if (!grid.geoTransform.valid)
        throw Error(ErrorKind::InvalidInput,
                    "cannot place a lon/lat polygon on a raster without georeferencing" +
                        (grid.sourcePath.empty() ? std::string{} : " ('" + grid.sourcePath + "')"));
    if (isProjectedCrs(grid.crsWkt))
        throw Error(ErrorKind::InvalidInput, "the exclusion polygon is in lon/lat but the raster is in a "
                                             "projected CRS; give a mask raster instead");
    Raster mask = emptyMaskLike(grid);
    for (int row = 0; row < grid.height(); ++row)
        for (int col = 0; col < grid.width(); ++col) {
            double x = 0.0;
            double y = 0.0;
            grid.geoTransform.pixelToGeo(col + 0.5, row + 0.5, x, y);
            if (polygons.contains(x, y))
                mask.at(row, col) = 1.0f;
        }
    return mask;
}

Raster maskFromRaster(const Raster& source, const Raster& grid)
{
    if (source.width() != grid.width() || source.height() != grid.height())
        throw Error(ErrorKind::InvalidInput,
                    "exclusion mask" +
                        (source.sourcePath.empty() ? std::string{} : " '" + source.sourcePath + "'") +
                        " is " + sizeText(source) + " but the interferogram is " + sizeText(grid) +
                        "; the mask must be on the same grid");
    Raster mask = emptyMaskLike(grid);
    for (std::size_t i = 0; i < mask.size(); ++i) {
        const float v = source.values()[i];
        mask.values()[i] = (v != 0.0f && !std::isnan(v)) ? 1.0f : 0.0f;
    }
    return mask;
}

Raster exclusionMaskFromSpec(const std::string& spec, const Raster& grid, Progress& progress)
{
    const auto start = spec.find_first_not_of(" \t\r\n");
    if (start == std::string::npos)
        throw Error(ErrorKind::InvalidInput, "the exclusion mask is empty");
    const std::string head = lower(spec.substr(start, 12));
    if (head.rfind("polygon", 0) == 0 || head.rfind("multipolygon", 0) == 0 || head.rfind("srid=", 0) == 0)
        return rasterisePolygons(parseWktPolygon(spec), grid);
    const std::filesystem::path path(spec);
    if (!std::filesystem::exists(path))
        throw Error(ErrorKind::Io, "exclusion mask '" + spec +
                                       "' is neither a WKT POLYGON/MULTIPOLYGON nor an existing file");
    const std::string ext = lower(path.extension().string());
    if (ext == ".geojson" || ext == ".json")
        return rasterisePolygons(readGeoJsonPolygons(path), grid);
    io::ReadOptions options;
    options.allowAllNoData = true;
    return maskFromRaster(io::readRaster(path, options, progress), grid);
}

std::size_t excludedCount(const Raster& mask)
{
    return std::size_t(std::count_if(mask.values().begin(), mask.values().end(),
                                     [](float v) { return v != 0.0f && !std::isnan(v); }));
}

} // namespace insar::corrections
