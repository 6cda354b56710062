#include "synthesis/dem_source.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace insar::synthesis {

RasterDemSource::RasterDemSource(std::vector<Raster> tiles) : m_tiles(std::move(tiles))
{
    if (m_tiles.empty())
        throw Error("DEM: no tiles given");
    for (const Raster& t : m_tiles) {
        const auto& c = t.geoTransform.c;
        const std::string name = t.sourcePath.empty() ? std::string("DEM tile") : t.sourcePath;
        if (t.empty())
            throw Error(name + ": DEM is empty");
        if (!t.geoTransform.valid || c[2] != 0.0 || c[4] != 0.0 || !(c[1] > 0.0) || !(c[5] < 0.0))
            throw Error(name + ": DEM needs a north-up geotransform in lon/lat degrees");
        const double west = c[0], north = c[3];
        const double east = west + c[1] * t.width(), south = north + c[5] * t.height();
        if (west < -180.5 || east > 360.5 || south < -90.5 || north > 90.5)
            throw Error(name + ": DEM is not in geographic lon/lat degrees (EPSG:4326)");
    }
}

std::vector<RegionBox> RasterDemSource::coverage() const
{
    std::vector<RegionBox> boxes;
    for (const Raster& t : m_tiles) {
        const auto& c = t.geoTransform.c;
        boxes.push_back({c[0], c[0] + c[1] * t.width(), c[3] + c[5] * t.height(), c[3]});
    }
    return boxes;
}

float RasterDemSource::heightAt(double lon, double lat) const
{
    for (const Raster& t : m_tiles) {
        const auto& c = t.geoTransform.c;
        // Pixel-centre coordinates.
        const double u = (lon - c[0]) / c[1] - 0.5;
        const double v = (lat - c[3]) / c[5] - 0.5;
        if (u < -0.5 || v < -0.5 || u > t.width() - 0.5 || v > t.height() - 0.5)
            continue;
        const int j0 = std::clamp(static_cast<int>(std::floor(u)), 0, t.width() - 1);
        const int i0 = std::clamp(static_cast<int>(std::floor(v)), 0, t.height() - 1);
        const int j1 = std::min(j0 + 1, t.width() - 1);
        const int i1 = std::min(i0 + 1, t.height() - 1);
        const double tx = std::clamp(u - j0, 0.0, 1.0);
        const double ty = std::clamp(v - i0, 0.0, 1.0);
        const double h00 = t.at(i0, j0), h01 = t.at(i0, j1), h10 = t.at(i1, j0), h11 = t.at(i1, j1);
        const double top = h00 + tx * (h01 - h00);
        const double bottom = h10 + tx * (h11 - h10);
        return static_cast<float>(top + ty * (bottom - top)); // NaN propagates from voids
    }
    return NAN;
}

bool RasterDemSource::sample(double westDeg, double northDeg, double spacingDeg, int width, int height,
                             std::vector<float>& heightsM) const
{
    heightsM.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    std::size_t voids = 0;
    double sum = 0.0;
    for (int i = 0; i < height; ++i) {
        const double lat = northDeg - (i + 0.5) * spacingDeg;
        for (int j = 0; j < width; ++j) {
            const float h = heightAt(westDeg + (j + 0.5) * spacingDeg, lat);
            heightsM[static_cast<std::size_t>(i) * width + j] = h;
            if (std::isnan(h))
                ++voids;
            else
                sum += h;
        }
    }
    if (voids * 5 > heightsM.size())
        return false;
    if (voids > 0) {
        const float mean = static_cast<float>(sum / double(heightsM.size() - voids));
        for (float& h : heightsM)
            if (std::isnan(h))
                h = mean;
    }
    return true;
}

} // namespace insar::synthesis
