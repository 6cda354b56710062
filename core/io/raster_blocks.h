// Streaming a raster by bands of rows, so a whole Sentinel-1 frame (10,000² pixels and more) can be
// read, processed and written with memory that does not grow with the raster: RasterBlockReader
// reads rows of any raster readRaster() opens, RasterBlockWriter writes a float32 GeoTIFF row band
// by row band and makes it appear only when complete (temporary file beside it, then rename, as
// writeGeoTiff does). No GDAL types here.
#pragma once

#include "common/raster.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"

#include <filesystem>
#include <memory>

namespace insar::io {

/// Everything a Raster carries except its pixels.
struct RasterHeader {
    int width = 0;
    int height = 0;
    GeoTransform geoTransform;
    std::string crsWkt;
    std::optional<double> noDataValue;
    RasterMetadata metadata;
    std::string sourcePath;

    /// The header of an in-memory raster, and a Raster of this header filled with `fill`.
    static RasterHeader of(const Raster& raster);
    Raster makeRaster(int rows, float fill = NAN) const; // width x rows, georeferencing of row 0
};

class RasterBlockReader {
public:
    /// Opens `path` as readRaster() would (same layouts, band choice, metadata, errors naming the
    /// file) without reading pixels.
    explicit RasterBlockReader(const std::filesystem::path& path, const ReadOptions& options = {});
    ~RasterBlockReader();
    RasterBlockReader(RasterBlockReader&&) noexcept;
    RasterBlockReader& operator=(RasterBlockReader&&) noexcept;

    const RasterHeader& header() const;
    int width() const { return header().width; }
    int height() const { return header().height; }

    /// Reads rows [row0, row0 + rows) into out[rows * width], row-major, as float32; the GDAL
    /// no-data value, NaN and infinities become NaN, exactly as readRaster() maps them (it reads
    /// through the same code). Blocks outside the request leave GDAL's cache, so memory does not
    /// grow with the raster. Throws insar::Error naming the file on a read failure (truncated
    /// data...) or a range outside the raster. Not thread-safe (one reader per thread).
    void readRows(int row0, int rows, float* out);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

class RasterBlockWriter {
public:
    /// Starts a float32 GeoTIFF of header.width x header.height at `path` (written to a
    /// temporary file beside it; the target is untouched until commit()). CRS, geotransform,
    /// no-data and metadata of `header` are written as writeGeoTiff() writes them (it writes
    /// through this class). options.cog: the rows go to an uncompressed tiled temporary that
    /// commit() translates into the COG. Throws insar::Error (empty size, bad block size, bad
    /// CRS, missing folder, cannot create).
    RasterBlockWriter(const std::filesystem::path& path, const RasterHeader& header,
                      const GeoTiffOptions& options = {});
    /// Removes the temporary file unless commit() succeeded.
    ~RasterBlockWriter();
    RasterBlockWriter(RasterBlockWriter&&) noexcept;
    RasterBlockWriter& operator=(RasterBlockWriter&&) noexcept;

    /// Writes rows [row0, row0 + rows) from values[rows * width] (NaN = no-data, written as the
    /// header's no-data value). Rows may come in any order; each row should be written once.
    /// A completed row of blocks is compressed and leaves GDAL's cache at once, so memory does
    /// not grow with the raster. Throws insar::Error: for a range outside the raster (the file
    /// stays usable), or a failed write (disk full...), after which commit() is refused.
    void writeRows(int row0, int rows, const float* values);
    /// Replaces the metadata written at commit() (provenance known only at the end).
    void setMetadata(const RasterMetadata& metadata);
    /// Flushes, closes and renames the temporary file onto the target. Throws insar::Error
    /// when a write failed, when rows were never written, or when closing or renaming fails;
    /// nothing is left behind then and the writer is closed.
    void commit();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace insar::io
