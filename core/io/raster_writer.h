// Writing insar::Raster as float32 GeoTIFF (tiled + DEFLATE by default, Cloud-Optimized GeoTIFF as
// an option), atomically, with CRS, geotransform, no-data and InSAR metadata preserved.
#pragma once

#include "common/progress.h"
#include "common/raster.h"

#include <filesystem>
#include <string>
#include <vector>

namespace insar::io {

struct GeoTiffOptions {
    bool tiled = true;
    int blockSize = 256;                 // tile edge (tiled / COG), multiple of 16
    std::string compression = "DEFLATE"; // "DEFLATE", "LZW", "ZSTD", "NONE"...
    int predictor = 3;                   // 1 none, 2 horizontal, 3 floating point (DEFLATE/LZW/ZSTD)
    bool cog = false;                    // Cloud-Optimized GeoTIFF through GDAL's COG driver
};

/// Metadata items written into the GeoTIFF (GDAL default domain) so they round-trip:
/// INSAR_UNITS, INSAR_WAVELENGTH_M, INSAR_DATE1, INSAR_DATE2, INSAR_INCIDENCE_DEG,
/// INSAR_HEADING_DEG, INSAR_DESCRIPTION, and INSAR_EXTRA_<key> for each metadata.extra entry.
inline constexpr const char* kMetadataPrefix = "INSAR_";
inline constexpr const char* kExtraPrefix = "INSAR_EXTRA_";

/// Writes `raster` to `path` as a single-band float32 GeoTIFF. NaN pixels are written as
/// raster.noDataValue (NaN when unset), which is also declared as the GDAL no-data value.
/// The file appears only when complete (temporary file beside it, then rename); on any failure
/// (bad folder, disk full, cancel) nothing is left behind and insar::Error is thrown.
void writeGeoTiff(const Raster& raster, const std::filesystem::path& path,
                  const GeoTiffOptions& options = {});
void writeGeoTiff(const Raster& raster, const std::filesystem::path& path, Progress& progress);
void writeGeoTiff(const Raster& raster, const std::filesystem::path& path, const GeoTiffOptions& options,
                  Progress& progress);

/// Several bands of one grid in one float32 GeoTIFF (velocity + σ, a time series cube): band i is
/// bands[i], its GDAL band description bandNames[i] (same count, or empty) and its units those of
/// bands[i]; georeferencing, no-data and InSAR metadata from bands[0]. Band-interleaved, so one
/// band reads without the others. Atomic as writeGeoTiff; insar::Error for no bands, a null band,
/// bands of different sizes or a name count that does not match; CancelledError between bands.
void writeGeoTiffBands(const std::vector<const Raster*>& bands, const std::vector<std::string>& bandNames,
                       const std::filesystem::path& path, const GeoTiffOptions& options = {});
void writeGeoTiffBands(const std::vector<const Raster*>& bands, const std::vector<std::string>& bandNames,
                       const std::filesystem::path& path, const GeoTiffOptions& options, Progress& progress);

} // namespace insar::io
