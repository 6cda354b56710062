#include "io/raster_open.h"

#include "common/error.h"
#include "io/gdal_setup.h"

#include <cpl_string.h>
#include <gdal.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <regex>
#include <sstream>
#include <string_view>

namespace insar::io::detail {
namespace fs = std::filesystem;

void fail(ErrorKind kind, const std::string& file, const std::string& problem)
{
    throw Error(kind, file + ": " + problem);
}

namespace {

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
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

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

/// Whether `file` starts with `signature` at offset 0 or, for HDF5 (a user block may come first),
/// at 512, 1024, 2048, ...
bool hasSignature(const fs::path& file, std::string_view signature, bool userBlock)
{
    std::ifstream in(file, std::ios::binary);
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(file, ec);
    if (!in || ec)
        return false;
    std::string buf(signature.size(), '\0');
    for (std::uintmax_t offset = 0; offset + signature.size() <= size;
         offset = offset == 0 ? 512 : offset * 2) {
        in.seekg(static_cast<std::streamoff>(offset));
        if (!in.read(buf.data(), static_cast<std::streamsize>(buf.size())))
            return false;
        if (buf == signature)
            return true;
        if (!userBlock)
            break;
    }
    return false;
}

constexpr std::string_view kHdf5Signature("\x89HDF\r\n\x1a\n", 8);

/// The part of a subdataset name after its file: "//velocity" of HDF5:"f.h5"://velocity.
std::string subdatasetComponent(const std::string& name)
{
    const auto open = name.find('"');
    std::size_t end = std::string::npos;
    if (open != std::string::npos) {
        const auto close = name.find('"', open + 1);
        end = close == std::string::npos ? close : close + 1;
    } else {
        const auto colon = name.find(':');
        end = colon == std::string::npos ? colon : name.find(':', colon + 1);
    }
    if (end == std::string::npos || end >= name.size())
        return {};
    std::string rest = name.substr(end + (name[end] == ':' ? 1 : 0));
    if (!rest.empty() && rest.front() == ':')
        rest.erase(0, 1);
    return rest;
}

std::string withoutLeadingSlashes(std::string s)
{
    s.erase(0, s.find_first_not_of('/'));
    return s;
}

/// Before GDAL opens a subdataset name: the file must be of the named container format (else the
/// HDF5 library prints pages of diagnostics and GDAL says "No such file or directory"), and the
/// dataset must be one the file lists.
void checkContainer(const std::string& name, const fs::path& file)
{
    std::string driver = name.substr(0, name.find(':'));
    std::transform(driver.begin(), driver.end(), driver.begin(),
                   [](unsigned char c) { return std::toupper(c); });
    if (driver == "HDF5" && !hasSignature(file, kHdf5Signature, true))
        fail(ErrorKind::Format, name, "'" + file.string() + "' is not an HDF5 file");
    if (driver == "NETCDF" && !hasSignature(file, kHdf5Signature, true) &&
        !hasSignature(file, "CDF\x01", false) && !hasSignature(file, "CDF\x02", false) &&
        !hasSignature(file, "CDF\x05", false))
        fail(ErrorKind::Format, name, "'" + file.string() + "' is not a netCDF file");
    if (driver != "HDF5" && driver != "NETCDF")
        return;
    std::vector<std::string> available;
    try {
        const DatasetPtr container = gdalOpen(file.string(), file.string());
        available = listSubdatasets(container.get());
    } catch (const Error&) {
        fail(ErrorKind::Format, name,
             "'" + file.string() + "' is not a readable " + (driver == "HDF5" ? "HDF5" : "netCDF") +
                 " file (damaged or truncated)");
    }
    if (available.empty())
        return;
    const std::string wanted = withoutLeadingSlashes(subdatasetComponent(name));
    std::string list;
    for (std::size_t i = 0; i < available.size(); ++i) {
        const std::string component = subdatasetComponent(available[i]);
        if (withoutLeadingSlashes(component) == wanted)
            return;
        if (i < 12)
            list += (i > 0 ? ", " : "") + component;
    }
    if (available.size() > 12)
        list += ", ...";
    fail(ErrorKind::InvalidInput, name,
         "'" + file.string() + "' has no dataset '" + subdatasetComponent(name) + "'; it holds " + list);
}

/// A sidecar (ISCE .xml, .vrt) names the file GDAL then opens. A hostile or mistaken sidecar could
/// name a URL or another GDAL virtual file system (/vsicurl/, /vsis3/, http://...), making a local
/// read reach the network: sidecars may only name local files. (Paths the user gives directly may
/// still be /vsi paths.)
void refuseNonLocalReferences(const fs::path& sidecar, const std::string& display)
{
    std::ifstream in(sidecar, std::ios::binary);
    std::string text(1 << 20, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    const std::string low = lower(text);
    // A value (element text) that is a URL, or any GDAL virtual file system path.
    static const std::regex url(R"(>\s*[a-z][a-z0-9+.-]*://)");
    if (low.find("/vsi") != std::string::npos || std::regex_search(low, url))
        fail(ErrorKind::InvalidInput, display,
             "its sidecar " + sidecar.filename().string() +
                 " names a non-local file (a URL or a GDAL /vsi path); a sidecar may only name files on "
                 "this machine");
}

} // namespace

OpenedRaster openRaster(const fs::path& path, int requestedBand)
{
    ensureGdalReady();
    const std::string display = path.string();
    OpenedRaster o;
    o.layout = detectLayout(path);
    o.openName = display;

    if (o.layout == InsarLayout::Subdataset) {
        const fs::path file = subdatasetFile(display);
        if (!file.empty()) {
            checkFileExists(file, file.string());
            checkContainer(display, file);
        }
        o.ds = gdalOpen(display, display);
    } else {
        if (display.rfind("/vsi", 0) != 0) // GDAL virtual paths (/vsizip/, /vsicurl/...) are not local files
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
            const unsigned long long plane = 4ULL * static_cast<unsigned long long>(o.rsc->width) *
                                             static_cast<unsigned long long>(o.rsc->fileLength);
            bool twoBand = true;
            if (bytes == 2 * plane)
                twoBand = true;
            else if (bytes == plane)
                twoBand = false;
            else
                fail(ErrorKind::Format, display,
                     "size " + std::to_string(bytes) + " bytes does not match " +
                         rscPath.filename().string() + " (WIDTH " + std::to_string(o.rsc->width) +
                         " x FILE_LENGTH " + std::to_string(o.rsc->fileLength) + " needs " +
                         std::to_string(2 * plane) +
                         " bytes for float32 amplitude+phase); the file is truncated or the header is wrong");
            o.openName = "VRT over the raw float32 " + std::string(twoBand ? "amplitude+phase" : "phase") +
                         " data of " + display;
            o.ds = gdalOpen(roiPacVrt(path, *o.rsc, twoBand), display, {"VRT"});
            break;
        }
        case InsarLayout::IsceVrt: {
            const fs::path vrt = findVrtSidecar(path);
            refuseNonLocalReferences(vrt, display);
            o.openName = vrt.string();
            o.ds = gdalOpen(vrt.string(), display, {"VRT"});
            break;
        }
        case InsarLayout::IsceXml:
            refuseNonLocalReferences(findIsceXmlSidecar(path), display);
            o.ds = gdalOpen(display, display, {"ISCE"});
            break;
        case InsarLayout::Envi:
            // A .hdr may also be an ESRI header (EHdr driver): let GDAL decide, then relabel.
            o.ds = gdalOpen(display, display);
            if (GDALDriver* drv = o.ds->GetDriver();
                drv == nullptr || std::string(drv->GetDescription()) != "ENVI")
                o.layout = InsarLayout::Generic;
            break;
        default:
            if (lower(path.extension().string()) == ".unw") {
                try {
                    o.ds = gdalOpen(display, display);
                } catch (const Error&) {
                    fail(ErrorKind::Format, display,
                         "a .unw file is read with its header, and none is beside it: neither " +
                             path.filename().string() + ".rsc (ROI_PAC) nor " + path.filename().string() +
                             ".xml or " + path.filename().string() + ".vrt (ISCE) exists");
                }
                break;
            }
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

    const bool unwLayout = o.layout == InsarLayout::RoiPac || o.layout == InsarLayout::IsceVrt ||
                           o.layout == InsarLayout::IsceXml;
    if (requestedBand > 0) {
        if (requestedBand > count)
            fail(ErrorKind::InvalidInput, display,
                 "band " + std::to_string(requestedBand) + " requested but the file has " +
                     std::to_string(count) + (count == 1 ? " band" : " bands"));
        o.band = requestedBand;
    } else if (count == 1) {
        o.band = 1;
    } else if (count == 2 && unwLayout) {
        o.band = 2; // amplitude, phase: take the unwrapped phase
    } else if (count == 0) {
        if (!o.subdatasets.empty()) {
            std::string list;
            for (std::size_t i = 0; i < o.subdatasets.size() && i < 8; ++i)
                list += (i ? ", " : "") + o.subdatasets[i];
            if (o.subdatasets.size() > 8)
                list += ", ...";
            o.bandProblem = "is a container with " + std::to_string(o.subdatasets.size()) +
                            " datasets; open one by its subdataset name: " + list;
        } else {
            o.bandProblem = "contains no raster bands";
        }
    } else {
        o.bandProblem = "has " + std::to_string(count) +
                        " bands; only single-band rasters (or the two-band amplitude+phase .unw "
                        "layouts) can be read as one band";
    }
    if (o.band > 0) {
        const GDALDataType type = ds->GetRasterBand(o.band)->GetRasterDataType();
        if (GDALDataTypeIsComplex(type)) {
            o.bandProblem = std::string("band ") + std::to_string(o.band) + " is complex (" +
                            GDALGetDataTypeName(type) +
                            "); an unwrapped phase or displacement raster must be real-valued";
            o.band = 0;
        }
    }
    return o;
}

} // namespace insar::io::detail
