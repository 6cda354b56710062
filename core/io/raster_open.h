// Private to core/io: opening any raster the reader supports (plain GDAL files, subdataset names,
// the InSAR layouts of insar_layouts.h), reading its georeferencing, InSAR metadata and rows
// (BandReader, the one read path of readRaster and RasterBlockReader), and the GeoTIFF creation
// pieces writeGeoTiff and RasterBlockWriter share. GDAL types appear here because only core/io
// includes it.
#pragma once

#include "common/error.h"
#include "common/raster.h"
#include "io/gdal_handles.h"
#include "io/insar_layouts.h"
#include "io/raster_blocks.h"
#include "io/raster_reader.h"
#include "io/raster_writer.h"

#include <cpl_string.h>
#include <gdal_priv.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace insar::io::detail {

/// Everything needed to read one band, found by openRaster().
struct OpenedRaster {
    DatasetPtr ds;
    InsarLayout layout = InsarLayout::Generic;
    std::string openName;
    std::optional<RscHeader> rsc;
    int band = 0; // 0 when the band is ambiguous (see bandProblem)
    std::string bandProblem;
    std::vector<std::string> subdatasets;
};

/// Throws insar::Error "<file>: <problem>".
[[noreturn]] void fail(ErrorKind kind, const std::string& file, const std::string& problem);

/// Opens `path` (requestedBand 0: automatic). Errors name the file and the problem: missing file,
/// wrong container format, missing subdataset or sidecar, not a raster, zero size, bad band.
OpenedRaster openRaster(const std::filesystem::path& path, int requestedBand);

/// Units, wavelength, dates, angles and extra items: layout conventions first, then attributes
/// found in the file, then our own INSAR_* tags (most explicit, written by us).
RasterMetadata readRasterMetadata(const OpenedRaster& o, const std::filesystem::path& path);

/// Geotransform and CRS (WKT2) of the dataset, or of the .rsc sidecar when it has them.
void readGeoreferencing(const OpenedRaster& o, GeoTransform& gt, std::string& crsWkt);

/// The band's GDAL no-data value, if it has one.
std::optional<double> bandNoData(GDALRasterBand* band);

/// One band of a raster opened for reading rows: the single open-and-read path behind readRaster()
/// and RasterBlockReader. Opening checks the band choice and (raw layouts) that the data file
/// holds what the header declares, and reads the header; readRows() maps no-data to NaN and keeps
/// GDAL's block cache to the rows of the last request.
class BandReader {
public:
    BandReader(const std::filesystem::path& path, const ReadOptions& options);

    const RasterHeader& header() const { return m_header; }
    /// Rows per GDAL block of the band (1 for scanline formats).
    int blockRows() const { return m_blockY; }
    /// Pixels the files behind the dataset can plausibly decode to (at most width * height): a
    /// bound for allocating ahead, so a tiny file declaring a huge size fails at its first read.
    std::size_t plausiblePixels() const;

    void readRows(int row0, int rows, float* out);

private:
    void dropCachedBlocksOutside(int firstBlockRow, int lastBlockRow);

    OpenedRaster m_opened;
    GDALRasterBand* m_band = nullptr;
    RasterHeader m_header;
    int m_blockX = 1;
    int m_blockY = 1;
    int m_cachedFrom = 0; // block rows [m_cachedFrom, m_cachedTo) may sit in GDAL's cache
    int m_cachedTo = 0;
};

/// GDAL creation options of the GeoTIFF writeGeoTiff writes: for the GTiff driver (tiled or
/// striped) or for the COG driver. Throws insar::Error naming `target` for a bad block size.
CPLStringList geoTiffCreateOptions(const GeoTiffOptions& options, const std::filesystem::path& target);
CPLStringList cogCreateOptions(const GeoTiffOptions& options, const std::filesystem::path& target);

/// Geotransform and CRS, as every GeoTIFF we write stores them. Throws insar::Error naming `target`.
void writeGeoreferencing(GDALDataset* ds, const GeoTransform& gt, const std::string& crsWkt,
                         const std::filesystem::path& target);

/// The INSAR_* items (raster_writer.h) in the default domain, units and description on band 1;
/// replaces whatever was set before.
void writeInsarMetadata(GDALDataset* ds, const RasterMetadata& md);

} // namespace insar::io::detail
