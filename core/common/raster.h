// Raster: a single-band float32 grid with georeferencing, a no-data mask and InSAR metadata.
// No-data is stored as NaN in the values (GDAL no-data values are mapped to NaN on read), so
// the mask is always consistent with the data.
#pragma once

#include "date.h"
#include "units.h"

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace insar {

/// GDAL-style affine geotransform: X = c0 + col*c1 + row*c2, Y = c3 + col*c4 + row*c5
/// (col/row at the pixel's upper-left corner; use +0.5 for the centre).
struct GeoTransform {
    std::array<double, 6> c{0.0, 1.0, 0.0, 0.0, 0.0, 1.0};
    bool valid = false;

    void pixelToGeo(double col, double row, double& x, double& y) const
    {
        x = c[0] + col * c[1] + row * c[2];
        y = c[3] + col * c[4] + row * c[5];
    }
    /// Inverse mapping; false when the transform is singular.
    bool geoToPixel(double x, double y, double& col, double& row) const;
};

struct RasterMetadata {
    Units units = Units::Unknown;
    std::optional<double> wavelengthM;
    std::optional<Date> date1; // reference (earlier) acquisition
    std::optional<Date> date2; // secondary (later) acquisition
    std::optional<double> incidenceDeg;
    std::optional<double> headingDeg;
    std::string description;
    std::map<std::string, std::string> extra; // other key/value metadata, written back as-is
};

struct RasterStats {
    std::size_t validCount = 0;
    std::size_t noDataCount = 0;
    double min = NAN;
    double max = NAN;
    double mean = NAN;
    double std = NAN; // population standard deviation
};

class Raster {
public:
    Raster() = default;
    Raster(int width, int height, float fill = 0.0f);
    /// Adopts `values` (row-major, width * height of them; insar::Error otherwise) without a copy.
    Raster(int width, int height, std::vector<float> values);

    int width() const { return m_width; }
    int height() const { return m_height; }
    std::size_t size() const { return m_values.size(); }
    bool empty() const { return m_values.empty(); }

    float& at(int row, int col) { return m_values[index(row, col)]; }
    float at(int row, int col) const { return m_values[index(row, col)]; }
    float* data() { return m_values.data(); }
    const float* data() const { return m_values.data(); }
    std::vector<float>& values() { return m_values; }
    const std::vector<float>& values() const { return m_values; }

    bool isValid(int row, int col) const { return !std::isnan(at(row, col)); }
    void setNoData(int row, int col) { at(row, col) = NAN; }
    std::size_t validCount() const;
    /// 1 where the pixel holds data, 0 where it is no-data.
    std::vector<std::uint8_t> validMask() const;

    RasterStats stats() const;

    /// Multiplies valid values so they are expressed in `to` (uses metadata.wavelengthM
    /// between radians and lengths); throws insar::Error when impossible.
    void convertUnits(Units to);

    /// Sub-window copy [row0, row0+h) x [col0, col0+w) with the geotransform shifted.
    Raster crop(int row0, int col0, int h, int w) const;

    GeoTransform geoTransform;
    std::string crsWkt; // empty when not georeferenced
    /// Value written to files as GDAL no-data; NaN is used when this is empty.
    std::optional<double> noDataValue;
    RasterMetadata metadata;
    std::string sourcePath; // where it was read from, for messages

private:
    std::size_t index(int row, int col) const
    {
        return static_cast<std::size_t>(row) * static_cast<std::size_t>(m_width) +
               static_cast<std::size_t>(col);
    }

    int m_width = 0;
    int m_height = 0;
    std::vector<float> m_values;
};

} // namespace insar
