#include "raster.h"

#include "error.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

namespace insar {

bool GeoTransform::geoToPixel(double x, double y, double& col, double& row) const
{
    const double det = c[1] * c[5] - c[2] * c[4];
    if (det == 0.0)
        return false;
    const double dx = x - c[0];
    const double dy = y - c[3];
    col = (c[5] * dx - c[2] * dy) / det;
    row = (-c[4] * dx + c[1] * dy) / det;
    return true;
}

Raster::Raster(int width, int height, float fill)
{
    if (width < 0 || height < 0)
        throw Error(ErrorKind::InvalidInput, "raster size must not be negative");
    m_width = width;
    m_height = height;
    m_values.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), fill);
}

Raster::Raster(int width, int height, std::vector<float> values)
{
    if (width < 0 || height < 0)
        throw Error(ErrorKind::InvalidInput, "raster size must not be negative");
    if (values.size() != static_cast<std::size_t>(width) * static_cast<std::size_t>(height))
        throw Error(ErrorKind::Internal, "raster of " + std::to_string(width) + " x " +
                                             std::to_string(height) + " pixels given " +
                                             std::to_string(values.size()) + " values");
    m_width = width;
    m_height = height;
    m_values = std::move(values);
}

std::size_t Raster::validCount() const
{
    return static_cast<std::size_t>(
        std::count_if(m_values.begin(), m_values.end(), [](float v) { return !std::isnan(v); }));
}

std::vector<std::uint8_t> Raster::validMask() const
{
    std::vector<std::uint8_t> mask(m_values.size());
    std::transform(m_values.begin(), m_values.end(), mask.begin(),
                   [](float v) { return static_cast<std::uint8_t>(!std::isnan(v)); });
    return mask;
}

RasterStats Raster::stats() const
{
    RasterStats s;
    double sum = 0.0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (float v : m_values) {
        if (std::isnan(v))
            continue;
        ++s.validCount;
        sum += v;
        lo = std::min(lo, double(v));
        hi = std::max(hi, double(v));
    }
    s.noDataCount = m_values.size() - s.validCount;
    if (s.validCount == 0)
        return s;
    s.min = lo;
    s.max = hi;
    s.mean = sum / double(s.validCount);
    double ss = 0.0;
    for (float v : m_values)
        if (!std::isnan(v))
            ss += (v - s.mean) * (v - s.mean);
    s.std = std::sqrt(ss / double(s.validCount));
    return s;
}

void Raster::convertUnits(Units to)
{
    const double f = conversionFactor(metadata.units, to, metadata.wavelengthM);
    if (f != 1.0)
        for (float& v : m_values)
            v = static_cast<float>(v * f); // NaN stays NaN
    metadata.units = to;
}

Raster Raster::crop(int row0, int col0, int h, int w) const
{
    if (row0 < 0 || col0 < 0 || h < 0 || w < 0 || row0 + h > m_height || col0 + w > m_width)
        throw Error(ErrorKind::InvalidInput, "crop window lies outside the raster");
    Raster out(w, h);
    for (int r = 0; r < h; ++r)
        std::copy_n(&m_values[index(row0 + r, col0)], w, &out.m_values[out.index(r, 0)]);
    out.geoTransform = geoTransform;
    if (geoTransform.valid) {
        double x, y;
        geoTransform.pixelToGeo(col0, row0, x, y);
        out.geoTransform.c[0] = x;
        out.geoTransform.c[3] = y;
    }
    out.crsWkt = crsWkt;
    out.noDataValue = noDataValue;
    out.metadata = metadata;
    out.sourcePath = sourcePath;
    return out;
}

} // namespace insar
