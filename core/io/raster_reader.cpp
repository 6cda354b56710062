#include "io/raster_reader.h"

#include "common/error.h"
#include "io/gdal_setup.h"
#include "io/raster_writer.h"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <memory>
#include <sstream>

namespace insar::io {
namespace fs = std::filesystem;

namespace {

struct DatasetCloser {
    void operator()(GDALDataset* ds) const { GDALClose(GDALDataset::ToHandle(ds)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

[[noreturn]] void fail(ErrorKind kind, const std::string& file, const std::string& problem)
{
    throw Error(kind, file + ": " + problem);
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::string xmlEscape(const std::string& s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
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

/// Everything needed to read one band, found by openAny().
struct Opened {
    DatasetPtr ds;
    InsarLayout layout = InsarLayout::Generic;
    std::string openName;
    std::optional<RscHeader> rsc;
    int band = 0;                 // 0 when the band is ambiguous (see bandProblem)
    std::string bandProblem;
    std::vector<std::string> subdatasets;
};

std::vector<std::string> listSubdatasets(GDALDataset* ds)
{
    std::vector<std::string> names;
    CSLConstList md = ds->GetMetadata("SUBDATASETS");
    for (CSLConstList it = md; it != nullptr && *it != nullptr; ++it) {
        std::string item = *it;
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = item.substr(0, eq);
        if (key.size() > 5 && key.compare(key.size() - 5, 5, "_NAME") == 0)
            names.push_back(item.substr(eq + 1));
    }
    return names;
}

DatasetPtr gdalOpen(const std::string& name, const std::string& displayName,
                    std::initializer_list<const char*> drivers = {})
{
    std::vector<const char*> allowed(drivers.begin(), drivers.end());
    allowed.push_back(nullptr);
    GdalErrorScope errors;
    GDALDatasetH h = GDALOpenEx(name.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                drivers.size() > 0 ? allowed.data() : nullptr, nullptr, nullptr);
    if (h == nullptr) {
        std::string why = errors.message();
        if (why.empty() || why.find("not recognized as a supported file format") != std::string::npos)
            why = "not a raster format GDAL can read";
        else
            why = "cannot open as a raster (" + why + ")";
        fail(ErrorKind::Format, displayName, why);
    }
    return DatasetPtr(GDALDataset::FromHandle(h));
}

/// A VRT (as XML text) over a ROI_PAC .unw described by `rsc`: bands amplitude, phase for the
/// two-band BIL layout, or a single phase band.
std::string roiPacVrt(const fs::path& data, const RscHeader& rsc, bool twoBand)
{
    const long long w = rsc.width;
    std::ostringstream x;
    x << "<VRTDataset rasterXSize=\"" << rsc.width << "\" rasterYSize=\"" << rsc.fileLength << "\">";
    const int bands = twoBand ? 2 : 1;
    for (int b = 1; b <= bands; ++b) {
        x << "<VRTRasterBand dataType=\"Float32\" band=\"" << b << "\" subClass=\"VRTRawRasterBand\">"
          << "<SourceFilename relativeToVRT=\"0\">" << xmlEscape(fs::absolute(data).string())
          << "</SourceFilename>"
          << "<ImageOffset>" << (b - 1) * w * 4 << "</ImageOffset>"
          << "<PixelOffset>4</PixelOffset>"
          << "<LineOffset>" << bands * w * 4 << "</LineOffset>"
          << "<ByteOrder>LSB</ByteOrder>"
          << "</VRTRasterBand>";
    }
    x << "</VRTDataset>";
    return x.str();
}

void checkFileExists(const fs::path& path, const std::string& display)
{
    std::error_code ec;
    const auto st = fs::status(path, ec);
    if (!fs::exists(st))
        fail(ErrorKind::Io, display, "file does not exist");
    if (fs::is_directory(st))
        fail(ErrorKind::InvalidInput, display, "is a folder, not a raster file");
    if (fs::is_regular_file(st) && fs::file_size(path, ec) == 0)
        fail(ErrorKind::Format, display, "file is empty (0 bytes)");
}

Opened openAny(const fs::path& path, int requestedBand)
{
    ensureGdalReady();
    const std::string display = path.string();
    Opened o;
    o.layout = detectLayout(path);
    o.openName = display;

    if (o.layout == InsarLayout::Subdataset) {
        const fs::path file = subdatasetFile(display);
        if (!file.empty())
            checkFileExists(file, file.string());
        o.ds = gdalOpen(display, display);
    } else {
        if (display.rfind("/vsi", 0) != 0)   // GDAL virtual paths (/vsizip/, /vsicurl/...) are not local files
            checkFileExists(path, display);
        switch (o.layout) {
        case InsarLayout::RoiPac: {
            const fs::path rscPath = findRscSidecar(path);
            try {
                o.rsc = parseRsc(rscPath);
            } catch (const Error& e) {
                fail(e.kind(), display, e.what());
            }
            const auto bytes = static_cast<unsigned long long>(fs::file_size(path));
            const unsigned long long plane = 4ULL * static_cast<unsigned long long>(o.rsc->width)
                                             * static_cast<unsigned long long>(o.rsc->fileLength);
            bool twoBand = true;
            if (bytes == 2 * plane)
                twoBand = true;
            else if (bytes == plane)
                twoBand = false;
            else
                fail(ErrorKind::Format, display,
                     "size " + std::to_string(bytes) + " bytes does not match " + rscPath.filename().string()
                         + " (WIDTH " + std::to_string(o.rsc->width) + " x FILE_LENGTH "
                         + std::to_string(o.rsc->fileLength) + " needs " + std::to_string(2 * plane)
                         + " bytes for float32 amplitude+phase); the file is truncated or the header is wrong");
            o.openName = "VRT over the raw float32 " + std::string(twoBand ? "amplitude+phase" : "phase")
                         + " data of " + display;
            o.ds = gdalOpen(roiPacVrt(path, *o.rsc, twoBand), display, {"VRT"});
            break;
        }
        case InsarLayout::IsceVrt: {
            const fs::path vrt = findVrtSidecar(path);
            o.openName = vrt.string();
            o.ds = gdalOpen(vrt.string(), display, {"VRT"});
            break;
        }
        case InsarLayout::IsceXml:
            o.ds = gdalOpen(display, display, {"ISCE"});
            break;
        case InsarLayout::Envi:
            // A .hdr may also be an ESRI header (EHdr driver): let GDAL decide, then relabel.
            o.ds = gdalOpen(display, display);
            if (GDALDriver* drv = o.ds->GetDriver(); drv == nullptr || std::string(drv->GetDescription()) != "ENVI")
                o.layout = InsarLayout::Generic;
            break;
        default:
            o.ds = gdalOpen(display, display);
            break;
        }
    }

    GDALDataset* ds = o.ds.get();
    o.subdatasets = listSubdatasets(ds);
    const int bands = ds->GetRasterCount();
    if (bands == 0 && o.subdatasets.size() == 1) {
        // A container holding exactly one raster (e.g. an HDF5 file with one 2-D dataset).
        o.openName = o.subdatasets.front();
        o.ds = gdalOpen(o.openName, display);
        ds = o.ds.get();
    }
    const int count = ds->GetRasterCount();
    if (ds->GetRasterXSize() <= 0 || ds->GetRasterYSize() <= 0)
        fail(ErrorKind::Format, display, "raster has zero size");

    const bool unwLayout = o.layout == InsarLayout::RoiPac || o.layout == InsarLayout::IsceVrt
                           || o.layout == InsarLayout::IsceXml;
    if (requestedBand > 0) {
        if (requestedBand > count)
            fail(ErrorKind::InvalidInput, display,
                 "band " + std::to_string(requestedBand) + " requested but the file has "
                     + std::to_string(count) + (count == 1 ? " band" : " bands"));
        o.band = requestedBand;
    } else if (count == 1) {
        o.band = 1;
    } else if (count == 2 && unwLayout) {
        o.band = 2;   // amplitude, phase: take the unwrapped phase
    } else if (count == 0) {
        if (!o.subdatasets.empty()) {
            std::string list;
            for (std::size_t i = 0; i < o.subdatasets.size() && i < 8; ++i)
                list += (i ? ", " : "") + o.subdatasets[i];
            if (o.subdatasets.size() > 8)
                list += ", ...";
            o.bandProblem = "is a container with " + std::to_string(o.subdatasets.size())
                            + " datasets; open one by its subdataset name: " + list;
        } else {
            o.bandProblem = "contains no raster bands";
        }
    } else {
        o.bandProblem = "has " + std::to_string(count)
                        + " bands; only single-band rasters (or the two-band amplitude+phase .unw "
                          "layouts) can be read as one band";
    }
    if (o.band > 0) {
        const GDALDataType type = ds->GetRasterBand(o.band)->GetRasterDataType();
        if (GDALDataTypeIsComplex(type)) {
            o.bandProblem = std::string("band ") + std::to_string(o.band) + " is complex ("
                            + GDALGetDataTypeName(type)
                            + "); an unwrapped phase or displacement raster must be real-valued";
            o.band = 0;
        }
    }
    return o;
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
        if (k == lk || (allowPrefixed && k.size() > lk.size() + 1
                        && k.compare(k.size() - lk.size() - 1, lk.size() + 1, "_" + lk) == 0))
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

/// Fills units, wavelength, dates, angles and extra items: layout conventions first, then
/// attributes found in the file, then our own INSAR_* tags (most explicit, written by us).
RasterMetadata readMetadata(const Opened& o, const fs::path& path)
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
        // products such as coherence .cc have no phase units).
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
    return md;
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

void fillGeoreferencing(const Opened& o, GeoTransform& gt, std::string& crsWkt)
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

} // namespace

RasterInfo probeRaster(const fs::path& path)
{
    Opened o = openAny(path, 0);
    GDALDataset* ds = o.ds.get();
    RasterInfo info;
    info.path = path.string();
    info.openName = o.openName;
    info.layout = o.layout;
    if (GDALDriver* drv = ds->GetDriver()) {
        info.driver = drv->GetDescription();
        if (const char* ln = drv->GetMetadataItem(GDAL_DMD_LONGNAME))
            info.driverLongName = ln;
    }
    if (o.layout == InsarLayout::RoiPac) {
        info.driver = "ROI_PAC";
        info.driverLongName = "raw float32 with .rsc header, read through a GDAL VRT";
    }
    info.width = ds->GetRasterXSize();
    info.height = ds->GetRasterYSize();
    info.bandCount = ds->GetRasterCount();
    info.band = o.band;
    info.subdatasets = o.subdatasets;
    fillGeoreferencing(o, info.geoTransform, info.crsWkt);
    if (!info.crsWkt.empty()) {
        OGRSpatialReference srs;
        if (srs.importFromWkt(info.crsWkt.c_str()) == OGRERR_NONE) {
            if (const char* name = srs.GetName())
                info.crsName = name;
            const char* auth = srs.GetAuthorityName(nullptr);
            const char* code = srs.GetAuthorityCode(nullptr);
            if (auth != nullptr && code != nullptr && std::string(auth) == "EPSG")
                info.epsg = std::atoi(code);
        }
    }
    if (o.band > 0) {
        GDALRasterBand* band = ds->GetRasterBand(o.band);
        info.dataType = GDALGetDataTypeName(band->GetRasterDataType());
        info.noDataValue = bandNoData(band);
    }
    info.metadata = readMetadata(o, path);
    return info;
}

Raster readRaster(const fs::path& path, Progress* progress)
{
    return readRaster(path, ReadOptions{}, progress);
}

Raster readRaster(const fs::path& path, const ReadOptions& options, Progress* progress)
{
    NullProgress nullProgress;
    Progress& prog = progress != nullptr ? *progress : nullProgress;
    const std::string display = path.string();
    prog.setStage("reading " + path.filename().string());
    prog.throwIfCancelled();

    Opened o = openAny(path, options.band);
    if (o.band == 0)
        fail(ErrorKind::Unsupported, display, o.bandProblem);
    GDALDataset* ds = o.ds.get();
    GDALRasterBand* band = ds->GetRasterBand(o.band);
    const int w = ds->GetRasterXSize();
    const int h = ds->GetRasterYSize();
    if (static_cast<unsigned long long>(w) * static_cast<unsigned long long>(h) > (1ULL << 34))
        fail(ErrorKind::Unsupported, display, "raster is too large to load (" + std::to_string(w) + " x "
                                                  + std::to_string(h) + ")");

    Raster r;
    try {
        r = Raster(w, h, 0.0f);
    } catch (const std::bad_alloc&) {
        fail(ErrorKind::Unsupported, display, "not enough memory to load " + std::to_string(w) + " x "
                                                  + std::to_string(h) + " pixels");
    }

    // Read whole rows of blocks so each GDAL call decodes every block once.
    int blockX = 0;
    int blockY = 0;
    band->GetBlockSize(&blockX, &blockY);
    int chunkRows = std::max(1, blockY);
    while (chunkRows < 256 && chunkRows < h)
        chunkRows += std::max(1, blockY);
    chunkRows = std::min(chunkRows, h);

    {
        GdalErrorScope errors;
        for (int row0 = 0; row0 < h; row0 += chunkRows) {
            prog.throwIfCancelled();
            const int rows = std::min(chunkRows, h - row0);
            float* dst = r.data() + static_cast<std::size_t>(row0) * static_cast<std::size_t>(w);
            const CPLErr err = band->RasterIO(GF_Read, 0, row0, w, rows, dst, w, rows, GDT_Float32, 0, 0,
                                              nullptr);
            if (err != CE_None)
                fail(ErrorKind::Format, display,
                     "cannot read the pixel data at rows " + std::to_string(row0) + ".."
                         + std::to_string(row0 + rows - 1) + "; the file is truncated or corrupt ("
                         + errors.message("GDAL read error") + ")");
            prog.setFraction(static_cast<double>(row0 + rows) / h);
        }
    }

    // The file's no-data value and infinities (never valid phase or displacement) become NaN.
    r.noDataValue = bandNoData(band);
    const bool mapNoData = r.noDataValue && !std::isnan(*r.noDataValue);
    const float nd = mapNoData ? static_cast<float>(*r.noDataValue) : 0.0f;
    for (float& v : r.values())
        if ((mapNoData && v == nd) || std::isinf(v))
            v = NAN;

    fillGeoreferencing(o, r.geoTransform, r.crsWkt);
    r.metadata = readMetadata(o, path);
    r.sourcePath = display;

    if (!options.allowAllNoData && r.validCount() == 0)
        fail(ErrorKind::InvalidInput, display,
             "contains no valid pixels (all " + std::to_string(r.size()) + " pixels are no-data)");
    prog.setFraction(1.0);
    return r;
}

std::string describeCrs(const std::string& crsWkt)
{
    if (crsWkt.empty())
        return "none";
    ensureGdalReady();
    GdalErrorScope errors;
    OGRSpatialReference srs;
    if (srs.importFromWkt(crsWkt.c_str()) != OGRERR_NONE)
        return "unrecognised CRS";
    std::string name = srs.GetName() != nullptr ? srs.GetName() : "";
    const char* auth = srs.GetAuthorityName(nullptr);
    const char* code = srs.GetAuthorityCode(nullptr);
    if (auth == nullptr || code == nullptr) {
        if (srs.AutoIdentifyEPSG() == OGRERR_NONE) {
            auth = srs.GetAuthorityName(nullptr);
            code = srs.GetAuthorityCode(nullptr);
        }
    }
    if (auth != nullptr && code != nullptr) {
        const std::string id = std::string(auth) + ":" + code;
        return name.empty() ? id : id + " (" + name + ")";
    }
    return name.empty() ? "custom CRS" : name;
}

} // namespace insar::io
