// Recognising the InSAR file layouts users have (ROI_PAC/ISCE .unw with .rsc/.xml/.vrt sidecars,
// LiCSAR [FRAME.]YYYYMMDD_YYYYMMDD.geo.unw.tif, ENVI .hdr, GDAL subdataset names), the dates in file
// names, and parsing ROI_PAC .rsc headers. Plain C++ (no GDAL): the reader uses these to decide how
// to open a file.
#pragma once

#include "common/date.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace insar::io {

enum class InsarLayout {
    Generic,    // anything else GDAL opens
    GeoTiff,    // plain GeoTIFF
    Licsar,     // LiCSAR [prefix]YYYYMMDD_YYYYMMDD.geo.*.tif (Sentinel-1; .unw/.diff_pha in radians)
    RoiPac,     // ROI_PAC .unw (BIL float32 amplitude, phase per line) + .rsc
    IsceXml,    // ISCE .unw + .unw.xml (GDAL ISCE driver)
    IsceVrt,    // ISCE .unw + .unw.vrt (opened through the VRT)
    Envi,       // raw file + .hdr (GDAL ENVI driver)
    Subdataset, // GDAL subdataset name: HDF5:"f.h5"://ds, NETCDF:"f.nc":var, ...
};

std::string layoutName(InsarLayout layout);

/// Which layout `path` is, from its name and the sidecars present beside it (no file content
/// read except checking existence). Order: subdataset name, .unw with .vrt/.xml/.rsc sidecar,
/// LiCSAR name, .tif/.tiff, a .hdr sidecar (ENVI, or ESRI .hdr: the reader tells them apart),
/// else Generic.
InsarLayout detectLayout(const std::filesystem::path& path);

/// True for GDAL subdataset syntax "DRIVER:..." (HDF5:, NETCDF:, HDF4_...:); not for "C:\...".
bool isSubdatasetName(std::string_view name);
/// The file inside a subdataset name (HDF5:"/a/b.h5"://x -> /a/b.h5); empty when not one.
std::filesystem::path subdatasetFile(std::string_view name);

/// Sidecar files of a .unw; empty path when absent. rsc: file.unw.rsc, else file.rsc.
std::filesystem::path findRscSidecar(const std::filesystem::path& data);
std::filesystem::path findIsceXmlSidecar(const std::filesystem::path& data); // file.unw.xml
std::filesystem::path findVrtSidecar(const std::filesystem::path& data);     // file.unw.vrt
std::filesystem::path findEnviHeader(const std::filesystem::path& data);     // file.hdr / file.unw.hdr

struct DatePair {
    Date date1;
    Date date2;
};

/// The acquisition dates a file name carries: the one "YYYYMMDD_YYYYMMDD" in its last component
/// whose digits are not part of a longer run of digits and are both calendar dates
/// ("077A_05090_131313.20180101_20180113.geo.unw.tif", "ifg_20180101_20180113_filt.unw").
/// nullopt when there is none, or several different ones (the name does not say which).
/// Dates only: a generic name says nothing about units.
std::optional<DatePair> datesInFileName(const std::string& fileName);

/// A LiCSAR product name: the date pair of datesInFileName() followed by ".geo." and ending in
/// .tif/.tiff, with anything before the pair (LiCSAR files are often renamed with their frame
/// id, "077A_05090_131313.20180101_20180113.geo.unw.tif"). parseLicsarName gives its dates
/// (nullopt for any other name).
bool isLicsarName(const std::string& fileName);
std::optional<DatePair> parseLicsarName(const std::string& fileName);

/// ROI_PAC DATE12 "030101-030202" (YYMMDD, years < 50 -> 20xx) or "20030101-20030202".
std::optional<DatePair> parseDate12(std::string_view text);

/// Parsed ROI_PAC .rsc ("KEY value" per line). Throws insar::Error naming the file when it cannot
/// be read or WIDTH / FILE_LENGTH are missing or not positive integers.
struct RscHeader {
    int width = 0;                                      // WIDTH (samples per line)
    int fileLength = 0;                                 // FILE_LENGTH (lines)
    std::optional<double> xFirst, yFirst, xStep, yStep; // X_FIRST ... (geocoded files)
    std::optional<double> wavelengthM;                  // WAVELENGTH
    std::optional<DatePair> dates;                      // DATE12
    std::optional<double> headingDeg;                   // HEADING_DEG or HEADING
    std::optional<double> incidenceDeg;                 // INCIDENCE or INCIDENCE_DEG (or CENTER_INCIDENCE)
    std::string projection;                             // PROJECTION (e.g. LATLON / LL)
    std::map<std::string, std::string> keys;            // every key as read
};
RscHeader parseRsc(const std::filesystem::path& rscPath);

} // namespace insar::io
