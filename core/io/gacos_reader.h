// Reading GACOS zenith total delay maps (Yu, Li, Penna & Crippa 2018, JGR Solid Earth 123(10),
// 9202-9222): per-date files YYYYMMDD.ztd (raw float32, little-endian, metres) with a ROI_PAC
// style YYYYMMDD.ztd.rsc header, or YYYYMMDD.ztd.tif (docs/physics.md §4.5).
#pragma once

#include "common/date.h"
#include "common/raster.h"

#include <filesystem>
#include <vector>

namespace insar::io {

/// The files looked for, in this order, for the delay map of `date` in `dir`:
/// YYYYMMDD.ztd (read with YYYYMMDD.ztd.rsc) then YYYYMMDD.ztd.tif.
std::vector<std::filesystem::path> gacosCandidates(const std::filesystem::path& dir, const Date& date);

/// Reads one delay map: a .ztd with its .rsc (WIDTH, FILE_LENGTH, X_FIRST, Y_FIRST, X_STEP,
/// Y_STEP; X_FIRST/Y_FIRST are the upper-left corner of the first pixel, as the ROI_PAC reader
/// and MintPy take them; the grid is WGS 84 lon/lat), or any GDAL raster such as a .ztd.tif.
/// Values are metres (Units::Metres). Errors name the file: missing .rsc, missing grid keys,
/// a data file whose size is not WIDTH x FILE_LENGTH x 4 bytes.
Raster readGacosZtd(const std::filesystem::path& file);

/// The delay map of `date` in `dir` (the first of gacosCandidates() that exists). A missing date
/// throws insar::Error naming the date and every file it looked for.
Raster readGacosDate(const std::filesystem::path& dir, const Date& date);

} // namespace insar::io
