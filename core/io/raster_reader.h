// Reading rasters through GDAL into insar::Raster: any single-band raster GDAL opens, GDAL
// subdataset names (HDF5:"f.h5"://velocity, NETCDF:"f.nc":var) and the InSAR layouts of
// insar_layouts.h (ROI_PAC/ISCE .unw, LiCSAR GeoTIFF, ENVI, MintPy HDF5). No GDAL types here.
#pragma once

#include "common/progress.h"
#include "common/raster.h"
#include "io/insar_layouts.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace insar::io {

/// What a file is, without reading its pixels (probeRaster) or with statistics (infoRaster).
struct RasterInfo {
    std::string path;     // as given by the caller
    std::string openName; // what GDAL actually opened (file, VRT text or subdataset)
    InsarLayout layout = InsarLayout::Generic;
    std::string driver; // GDAL short name ("GTiff", "ENVI", "HDF5Image", "VRT"...)
    std::string driverLongName;
    int width = 0;
    int height = 0;
    int bandCount = 0;
    int band = 0;         // 1-based band readRaster takes (0: none, ambiguous)
    std::string dataType; // GDAL name of the band's type ("Float32"...)
    std::string crsWkt;   // empty when not georeferenced
    std::string crsName;  // short name ("WGS 84", "WGS 84 / UTM zone 33N"), empty if none
    std::optional<int> epsg;
    GeoTransform geoTransform;
    std::optional<double> noDataValue;    // as stored in the file
    RasterMetadata metadata;              // units, wavelength, dates... as readRaster would set them
    std::vector<std::string> subdatasets; // names to pass to readRaster for container files
};

struct ReadOptions {
    /// 1-based band to read; 0 = automatic (the only band, or the phase band of a layout).
    int band = 0;
    /// readRaster throws when every pixel is no-data unless this is true (info uses true).
    bool allowAllNoData = false;
};

/// Header-level description of `path` (no pixel data read). Throws insar::Error naming the file
/// and the problem (missing, not a raster, bad sidecar, zero size...). A multi-band file that is
/// not an InSAR layout is probed fine, with band = 0.
RasterInfo probeRaster(const std::filesystem::path& path);

/// Reads one band as float32. The GDAL no-data value, NaN and infinities all become NaN; the
/// file's no-data value is kept in Raster::noDataValue (0 is never guessed as no-data).
/// Units/wavelength/dates come from our own INSAR_* tags, the layout conventions (.unw and LiCSAR = radians,
/// LiCSAR = Sentinel-1 wavelength, dates from .rsc DATE12, else a YYYYMMDD_YYYYMMDD pair anywhere in the file
/// name (insar_layouts.h: datesInFileName)) or HDF5 "UNIT" attributes; units we do not model stay in
/// metadata.extra
/// ("units" key) with Units::Unknown.
/// Errors (insar::Error, message naming the file): missing file, not a raster, truncated or
/// unreadable data, zero size, several bands where the layout does not say which one, and
/// (unless options.allowAllNoData) every pixel no-data. Cancelling through `progress` throws
/// CancelledError.
Raster readRaster(const std::filesystem::path& path);
Raster readRaster(const std::filesystem::path& path, Progress& progress);
Raster readRaster(const std::filesystem::path& path, const ReadOptions& options);
Raster readRaster(const std::filesystem::path& path, const ReadOptions& options, Progress& progress);

/// Short CRS label for display: "EPSG:4326 (WGS 84)", the CRS name, or "none" for an empty WKT.
std::string describeCrs(const std::string& crsWkt);

} // namespace insar::io
