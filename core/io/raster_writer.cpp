#include "io/raster_writer.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "io/gdal_handles.h"
#include "io/gdal_setup.h"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_priv.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace insar::io {
namespace fs = std::filesystem;

namespace {

using detail::DatasetPtr;

/// Owns a GDAL string list.
class StringList {
public:
    StringList() = default;
    ~StringList() { CSLDestroy(m_list); }
    StringList(const StringList&) = delete;
    StringList& operator=(const StringList&) = delete;
    void set(const std::string& key, const std::string& value)
    {
        m_list = CSLSetNameValue(m_list, key.c_str(), value.c_str());
    }
    char** get() const { return m_list; }

private:
    char** m_list = nullptr;
};

std::string formatDouble(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

/// Progress trampoline for GDAL calls: reports into `Progress`, returns FALSE to cancel.
struct ProgressBridge {
    Progress* progress;
    double begin;
    double end;
};

int CPL_STDCALL gdalProgress(double fraction, const char*, void* user)
{
    auto* b = static_cast<ProgressBridge*>(user);
    b->progress->setFraction(b->begin + (b->end - b->begin) * fraction);
    return b->progress->isCancelled() ? FALSE : TRUE;
}

void setMetadata(GDALDataset* ds, const Raster& r)
{
    const RasterMetadata& md = r.metadata;
    StringList items;
    if (md.units != Units::Unknown)
        items.set("INSAR_UNITS", unitsName(md.units));
    if (md.wavelengthM)
        items.set("INSAR_WAVELENGTH_M", formatDouble(*md.wavelengthM));
    if (md.date1)
        items.set("INSAR_DATE1", md.date1->toIso());
    if (md.date2)
        items.set("INSAR_DATE2", md.date2->toIso());
    if (md.incidenceDeg)
        items.set("INSAR_INCIDENCE_DEG", formatDouble(*md.incidenceDeg));
    if (md.headingDeg)
        items.set("INSAR_HEADING_DEG", formatDouble(*md.headingDeg));
    if (!md.description.empty())
        items.set("INSAR_DESCRIPTION", md.description);
    for (const auto& [key, value] : md.extra) {
        std::string k = key;
        // GDAL metadata keys are "KEY=VALUE" pairs: keep the key free of separators.
        std::replace_if(
            k.begin(), k.end(), [](char c) { return c == '=' || c == ':' || c == ' '; }, '_');
        if (!k.empty())
            items.set(std::string(kExtraPrefix) + k, value);
    }
    if (items.get() != nullptr)
        ds->SetMetadata(items.get());
    if (md.units != Units::Unknown)
        ds->GetRasterBand(1)->SetUnitType(unitsName(md.units).c_str());
    if (!md.description.empty())
        ds->GetRasterBand(1)->SetDescription(md.description.c_str());
}

void setGeoreferencing(GDALDataset* ds, const Raster& r, const fs::path& target)
{
    if (r.geoTransform.valid) {
        double c[6];
        std::copy(r.geoTransform.c.begin(), r.geoTransform.c.end(), c);
        if (ds->SetGeoTransform(c) != CE_None)
            throw Error(ErrorKind::Io, target.string() + ": cannot store the geotransform");
    }
    if (!r.crsWkt.empty()) {
        OGRSpatialReference srs;
        if (srs.importFromWkt(r.crsWkt.c_str()) != OGRERR_NONE)
            throw Error(ErrorKind::InvalidInput, target.string() + ": the raster's CRS is not valid WKT");
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (ds->SetSpatialRef(&srs) != CE_None)
            throw Error(ErrorKind::Io, target.string() + ": cannot store the CRS");
    }
}

/// Writes rows [row0, row0+rows) of `r` into band 1, NaN replaced by `noData`.
CPLErr writeRows(GDALRasterBand* band, const Raster& r, int row0, int rows, float noData,
                 std::vector<float>& scratch)
{
    const int w = r.width();
    const float* src = r.data() + static_cast<std::size_t>(row0) * static_cast<std::size_t>(w);
    const std::size_t n = static_cast<std::size_t>(rows) * static_cast<std::size_t>(w);
    const float* out = src;
    if (!std::isnan(noData)) {
        scratch.assign(src, src + n);
        for (float& v : scratch)
            if (std::isnan(v))
                v = noData;
        out = scratch.data();
    }
    return band->RasterIO(GF_Write, 0, row0, w, rows, const_cast<float*>(out), w, rows, GDT_Float32, 0, 0,
                          nullptr);
}

void fillBand(GDALDataset* ds, const Raster& r, float noData, Progress& prog, double begin, double end,
              GdalErrorScope& errors, const fs::path& target)
{
    GDALRasterBand* band = ds->GetRasterBand(1);
    int blockX = 0;
    int blockY = 0;
    band->GetBlockSize(&blockX, &blockY);
    int chunk = std::max(1, blockY);
    while (chunk < 256 && chunk < r.height())
        chunk += std::max(1, blockY);
    std::vector<float> scratch;
    for (int row0 = 0; row0 < r.height(); row0 += chunk) {
        prog.throwIfCancelled();
        const int rows = std::min(chunk, r.height() - row0);
        if (writeRows(band, r, row0, rows, noData, scratch) != CE_None)
            throw Error(ErrorKind::Io, target.string() + ": cannot write the pixel data (" +
                                           errors.message("GDAL write error") + ")");
        prog.setFraction(begin + (end - begin) * static_cast<double>(row0 + rows) / r.height());
    }
}

} // namespace

void writeGeoTiff(const Raster& raster, const fs::path& path, const GeoTiffOptions& options)
{
    NullProgress none;
    writeGeoTiff(raster, path, options, none);
}

void writeGeoTiff(const Raster& raster, const fs::path& path, Progress& progress)
{
    writeGeoTiff(raster, path, GeoTiffOptions{}, progress);
}

void writeGeoTiff(const Raster& raster, const fs::path& path, const GeoTiffOptions& options, Progress& prog)
{
    if (raster.empty() || raster.width() <= 0 || raster.height() <= 0)
        throw Error(ErrorKind::InvalidInput, path.string() + ": cannot write an empty raster");
    if (options.blockSize < 16 || options.blockSize % 16 != 0)
        throw Error(ErrorKind::InvalidInput, path.string() + ": GeoTIFF block size must be a multiple of 16");
    ensureGdalReady();
    prog.setStage("writing " + path.filename().string());
    prog.throwIfCancelled();

    const double noDataD = raster.noDataValue.value_or(std::nan(""));
    const float noData = static_cast<float>(noDataD);
    const std::string compression = upper(options.compression.empty() ? "NONE" : options.compression);
    const bool compressed = compression != "NONE";

    writeAtomically(path, [&](const fs::path& temp) {
        GdalErrorScope errors;
        StringList create;
        create.set("COMPRESS", compression);
        create.set("BIGTIFF", "IF_SAFER");
        if (options.cog) {
            GDALDriver* cogDriver = GetGDALDriverManager()->GetDriverByName("COG");
            GDALDriver* memDriver = GetGDALDriverManager()->GetDriverByName("MEM");
            if (cogDriver == nullptr || memDriver == nullptr)
                throw Error(ErrorKind::Unsupported,
                            path.string() + ": this GDAL (" + gdalVersion() + ") has no COG driver");
            DatasetPtr mem(memDriver->Create("", raster.width(), raster.height(), 1, GDT_Float32, nullptr));
            if (!mem)
                throw Error(ErrorKind::Io, path.string() + ": not enough memory to prepare the COG (" +
                                               errors.message() + ")");
            setGeoreferencing(mem.get(), raster, path);
            mem->GetRasterBand(1)->SetNoDataValue(noDataD);
            setMetadata(mem.get(), raster);
            fillBand(mem.get(), raster, noData, prog, 0.0, 0.3, errors, path);
            create.set("BLOCKSIZE", std::to_string(options.blockSize));
            if (compressed && options.predictor > 1)
                create.set("PREDICTOR", options.predictor == 3 ? "FLOATING_POINT" : "STANDARD");
            ProgressBridge bridge{&prog, 0.3, 1.0};
            DatasetPtr out(cogDriver->CreateCopy(temp.string().c_str(), mem.get(), FALSE, create.get(),
                                                 gdalProgress, &bridge));
            if (!out) {
                prog.throwIfCancelled();
                throw Error(ErrorKind::Io, path.string() + ": cannot write the Cloud-Optimized GeoTIFF (" +
                                               errors.message("GDAL error") + ")");
            }
            out.reset();
        } else {
            GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
            if (gtiff == nullptr)
                throw Error(ErrorKind::Unsupported, path.string() + ": this GDAL has no GTiff driver");
            if (options.tiled) {
                create.set("TILED", "YES");
                create.set("BLOCKXSIZE", std::to_string(options.blockSize));
                create.set("BLOCKYSIZE", std::to_string(options.blockSize));
            }
            if (compressed && options.predictor > 1)
                create.set("PREDICTOR", std::to_string(options.predictor));
            DatasetPtr out(gtiff->Create(temp.string().c_str(), raster.width(), raster.height(), 1,
                                         GDT_Float32, create.get()));
            if (!out)
                throw Error(ErrorKind::Io, path.string() + ": cannot create the GeoTIFF (" +
                                               errors.message("GDAL error") + ")");
            setGeoreferencing(out.get(), raster, path);
            out->GetRasterBand(1)->SetNoDataValue(noDataD);
            setMetadata(out.get(), raster);
            fillBand(out.get(), raster, noData, prog, 0.0, 0.95, errors, path);
            out->FlushCache(false);
            out.reset();
        }
        // Write failures at close time (disk full while flushing) are only visible as errors.
        if (errors.hasError())
            throw Error(ErrorKind::Io, path.string() + ": writing failed (" + errors.message() + ")");
        std::error_code ec;
        if (!fs::is_regular_file(temp, ec))
            throw Error(ErrorKind::Io, path.string() + ": GDAL did not produce the file");
    });
    prog.setFraction(1.0);
}

} // namespace insar::io
