// Private to core/io: opening any raster the reader supports (plain GDAL files, subdataset names,
// the InSAR layouts of insar_layouts.h) and reading its georeferencing and InSAR metadata. Shared
// by raster_reader.cpp; GDAL types appear here because only core/io includes it.
#pragma once

#include "common/error.h"
#include "common/raster.h"
#include "io/gdal_handles.h"
#include "io/insar_layouts.h"

#include <gdal_priv.h>

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

} // namespace insar::io::detail
