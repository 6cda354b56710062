#include "io/raster_open.h"

#include "io/raster_writer.h"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace insar::io::detail {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::optional<double> toDouble(const char* text)
{
    if (text == nullptr)
        return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(text, &end);
    if (end == text)
        return std::nullopt;
    while (*end == ' ')
        ++end;
    if (*end != '\0')
        return std::nullopt;
    return v;
}

/// Looks up a metadata key case-insensitively in a GDAL list, also accepting "<prefix>_KEY" forms
/// used by the HDF5 driver for attributes ("velocity_UNIT").
const char* findItem(CSLConstList md, const std::string& key, bool allowPrefixed)
{
    const std::string lk = lower(key);
    for (CSLConstList it = md; it != nullptr && *it != nullptr; ++it) {
        const std::string item = *it;
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string k = lower(item.substr(0, eq));
        if (k == lk || (allowPrefixed && k.size() > lk.size() + 1 &&
                        k.compare(k.size() - lk.size() - 1, lk.size() + 1, "_" + lk) == 0))
            return *it + eq + 1;
    }
    return nullptr;
}

void applyUnitsText(const std::string& text, RasterMetadata& md)
{
    if (text.empty())
        return;
    if (const auto u = parseUnits(text)) {
        md.units = *u;
    } else {
        md.units = Units::Unknown;
        md.extra["units"] = text;
    }
}

std::string datasetCrsWkt(GDALDataset* ds)
{
    const OGRSpatialReference* srs = ds->GetSpatialRef();
    if (srs == nullptr || srs->IsEmpty())
        return {};
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2018", nullptr};
    if (srs->exportToWkt(&wkt, options) != OGRERR_NONE || wkt == nullptr) {
        CPLFree(wkt);
        return {};
    }
    std::string out = wkt;
    CPLFree(wkt);
    return out;
}

} // namespace

/// Fills units, wavelength, dates, angles and extra items: layout conventions first, then
/// attributes found in the file, then our own INSAR_* tags (most explicit, written by us).
RasterMetadata readRasterMetadata(const OpenedRaster& o, const fs::path& path)
{
    RasterMetadata md;
    GDALDataset* ds = o.ds.get();
    GDALRasterBand* band = o.band > 0 ? ds->GetRasterBand(o.band) : nullptr;

    // Layout conventions.
    switch (o.layout) {
    case InsarLayout::RoiPac:
    case InsarLayout::IsceVrt:
    case InsarLayout::IsceXml:
        md.units = Units::Radians;
        break;
    case InsarLayout::Licsar: {
        // Every LiCSAR product is Sentinel-1; unwrapped and wrapped phase are in radians (other
        // products such as coherence .cc have no phase units). The name may carry a frame prefix
        // ("077A_05090_131313.20180101_20180113.geo.unw.tif"): the rule looks anywhere in it.
        const std::string name = lower(path.filename().string());
        if (name.find(".geo.unw.") != std::string::npos || name.find(".geo.diff_pha.") != std::string::npos)
            md.units = Units::Radians;
        md.wavelengthM = sensorWavelengthM(Sensor::Sentinel1);
        if (const auto dates = parseLicsarName(path.filename().string())) {
            md.date1 = dates->date1;
            md.date2 = dates->date2;
        }
        break;
    }
    default:
        break;
    }
    if (o.rsc) {
        md.wavelengthM = o.rsc->wavelengthM;
        if (o.rsc->dates) {
            md.date1 = o.rsc->dates->date1;
            md.date2 = o.rsc->dates->date2;
        }
        md.headingDeg = o.rsc->headingDeg;
        md.incidenceDeg = o.rsc->incidenceDeg;
    }

    // Attributes of the file (HDF5/netCDF/ENVI...): units from the band, then "UNIT"/"units".
    CSLConstList dsMd = ds->GetMetadata();
    CSLConstList bandMd = band ? band->GetMetadata() : nullptr;
    if (band != nullptr) {
        const char* unitType = band->GetUnitType();
        if (unitType != nullptr && *unitType != '\0')
            applyUnitsText(unitType, md);
    }
    if (o.layout == InsarLayout::Subdataset || o.layout == InsarLayout::Generic) {
        for (CSLConstList list : {dsMd, bandMd}) {
            for (const char* key : {"UNIT", "UNITS"}) {
                if (const char* v = findItem(list, key, true))
                    applyUnitsText(v, md);
            }
            // MintPy file attributes (metres, YYYYMMDD dates, degrees).
            if (const auto wl = toDouble(findItem(list, "WAVELENGTH", false)); wl && *wl > 0 && *wl < 10)
                md.wavelengthM = wl;
            if (const char* d = findItem(list, "START_DATE", false))
                if (const auto date = Date::parse(d))
                    md.date1 = date;
            if (const char* d = findItem(list, "END_DATE", false))
                if (const auto date = Date::parse(d))
                    md.date2 = date;
            if (const auto heading = toDouble(findItem(list, "HEADING", false)))
                md.headingDeg = heading;
        }
    }

    // Our own tags, written by writeGeoTiff.
    for (CSLConstList list : {dsMd, bandMd}) {
        for (CSLConstList it = list; it != nullptr && *it != nullptr; ++it) {
            const std::string item = *it;
            const auto eq = item.find('=');
            if (eq == std::string::npos || item.rfind(kMetadataPrefix, 0) != 0)
                continue;
            const std::string key = item.substr(0, eq);
            const std::string value = item.substr(eq + 1);
            if (key.rfind(kExtraPrefix, 0) == 0) {
                md.extra[key.substr(std::string(kExtraPrefix).size())] = value;
            } else if (key == "INSAR_UNITS") {
                applyUnitsText(value, md);
            } else if (key == "INSAR_WAVELENGTH_M") {
                md.wavelengthM = toDouble(value.c_str());
            } else if (key == "INSAR_DATE1") {
                md.date1 = Date::parse(value);
            } else if (key == "INSAR_DATE2") {
                md.date2 = Date::parse(value);
            } else if (key == "INSAR_INCIDENCE_DEG") {
                md.incidenceDeg = toDouble(value.c_str());
            } else if (key == "INSAR_HEADING_DEG") {
                md.headingDeg = toDouble(value.c_str());
            } else if (key == "INSAR_DESCRIPTION") {
                md.description = value;
            }
        }
    }

    // Last resort for the dates only (never the units): a YYYYMMDD_YYYYMMDD pair in the file name,
    // as LiCSAR, LiCSBAS, MintPy and most processors name interferograms.
    if (!md.date1 && !md.date2) {
        const fs::path file = o.layout == InsarLayout::Subdataset ? subdatasetFile(path.string()) : path;
        if (const auto dates = datesInFileName(file.filename().string())) {
            md.date1 = dates->date1;
            md.date2 = dates->date2;
        }
    }
    return md;
}

void readGeoreferencing(const OpenedRaster& o, GeoTransform& gt, std::string& crsWkt)
{
    GDALDataset* ds = o.ds.get();
    double c[6];
    if (ds->GetGeoTransform(c) == CE_None) {
        std::copy(c, c + 6, gt.c.begin());
        gt.valid = true;
    }
    crsWkt = datasetCrsWkt(ds);
    if (o.rsc && o.rsc->xFirst && o.rsc->yFirst && o.rsc->xStep && o.rsc->yStep) {
        gt.c = {*o.rsc->xFirst, *o.rsc->xStep, 0.0, *o.rsc->yFirst, 0.0, *o.rsc->yStep};
        gt.valid = true;
        const std::string proj = lower(o.rsc->projection);
        auto unit = [&](const char* key) {
            const auto it = o.rsc->keys.find(key);
            return it == o.rsc->keys.end() ? std::string{} : lower(it->second);
        };
        if (proj == "ll" || proj == "latlon" || proj == "latlong" || unit("X_UNIT").rfind("degree", 0) == 0) {
            OGRSpatialReference srs;
            srs.importFromEPSG(4326);
            char* wkt = nullptr;
            const char* options[] = {"FORMAT=WKT2_2018", nullptr};
            if (srs.exportToWkt(&wkt, options) == OGRERR_NONE && wkt != nullptr)
                crsWkt = wkt;
            CPLFree(wkt);
        }
    }
}

std::optional<double> bandNoData(GDALRasterBand* band)
{
    int has = 0;
    const double v = band->GetNoDataValue(&has);
    if (!has)
        return std::nullopt;
    return v;
}

} // namespace insar::io::detail
