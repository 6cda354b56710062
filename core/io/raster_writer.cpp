#include "io/raster_writer.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "io/gdal_setup.h"
#include "io/raster_blocks.h"
#include "io/raster_open.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace insar::io {
namespace fs = std::filesystem;

namespace {

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

/// The options every GeoTIFF we write shares: compression, predictor, BigTIFF when needed.
CPLStringList commonCreateOptions(const GeoTiffOptions& options, const fs::path& target,
                                  const char* floatingPredictor)
{
    if (options.blockSize < 16 || options.blockSize % 16 != 0)
        throw Error(ErrorKind::InvalidInput,
                    target.string() + ": GeoTIFF block size must be a multiple of 16");
    const std::string compression = upper(options.compression.empty() ? "NONE" : options.compression);
    CPLStringList create;
    create.SetNameValue("COMPRESS", compression.c_str());
    create.SetNameValue("BIGTIFF", "IF_SAFER");
    if (compression != "NONE" && options.predictor > 1)
        create.SetNameValue("PREDICTOR", options.predictor == 3 ? floatingPredictor
                                                                : std::to_string(options.predictor).c_str());
    return create;
}

} // namespace

namespace detail {

CPLStringList geoTiffCreateOptions(const GeoTiffOptions& options, const fs::path& target)
{
    CPLStringList create = commonCreateOptions(options, target, "3");
    if (options.tiled) {
        create.SetNameValue("TILED", "YES");
        create.SetNameValue("BLOCKXSIZE", std::to_string(options.blockSize).c_str());
        create.SetNameValue("BLOCKYSIZE", std::to_string(options.blockSize).c_str());
    }
    return create;
}

CPLStringList cogCreateOptions(const GeoTiffOptions& options, const fs::path& target)
{
    CPLStringList create = commonCreateOptions(options, target, "FLOATING_POINT");
    create.SetNameValue("BLOCKSIZE", std::to_string(options.blockSize).c_str());
    return create;
}

void writeInsarMetadata(GDALDataset* ds, const RasterMetadata& md)
{
    CPLStringList items;
    if (md.units != Units::Unknown)
        items.SetNameValue("INSAR_UNITS", unitsName(md.units).c_str());
    if (md.wavelengthM)
        items.SetNameValue("INSAR_WAVELENGTH_M", formatDouble(*md.wavelengthM).c_str());
    if (md.date1)
        items.SetNameValue("INSAR_DATE1", md.date1->toIso().c_str());
    if (md.date2)
        items.SetNameValue("INSAR_DATE2", md.date2->toIso().c_str());
    if (md.incidenceDeg)
        items.SetNameValue("INSAR_INCIDENCE_DEG", formatDouble(*md.incidenceDeg).c_str());
    if (md.headingDeg)
        items.SetNameValue("INSAR_HEADING_DEG", formatDouble(*md.headingDeg).c_str());
    if (!md.description.empty())
        items.SetNameValue("INSAR_DESCRIPTION", md.description.c_str());
    for (const auto& [key, value] : md.extra) {
        std::string k = key;
        // GDAL metadata keys are "KEY=VALUE" pairs: keep the key free of separators.
        std::replace_if(
            k.begin(), k.end(), [](char c) { return c == '=' || c == ':' || c == ' '; }, '_');
        if (!k.empty())
            items.SetNameValue((std::string(kExtraPrefix) + k).c_str(), value.c_str());
    }
    if (items.size() > 0 || ds->GetMetadata() != nullptr)
        ds->SetMetadata(items.List());
    GDALRasterBand* band = ds->GetRasterBand(1);
    const char* unitType = band->GetUnitType();
    if (md.units != Units::Unknown || (unitType != nullptr && *unitType != '\0'))
        band->SetUnitType(md.units != Units::Unknown ? unitsName(md.units).c_str() : "");
    if (!md.description.empty() || *band->GetDescription() != '\0')
        band->SetDescription(md.description.c_str());
}

void writeGeoreferencing(GDALDataset* ds, const GeoTransform& gt, const std::string& crsWkt,
                         const fs::path& target)
{
    if (gt.valid) {
        double c[6];
        std::copy(gt.c.begin(), gt.c.end(), c);
        if (ds->SetGeoTransform(c) != CE_None)
            throw Error(ErrorKind::Io, target.string() + ": cannot store the geotransform");
    }
    if (!crsWkt.empty()) {
        OGRSpatialReference srs;
        if (srs.importFromWkt(crsWkt.c_str()) != OGRERR_NONE)
            throw Error(ErrorKind::InvalidInput, target.string() + ": the raster's CRS is not valid WKT");
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (ds->SetSpatialRef(&srs) != CE_None)
            throw Error(ErrorKind::Io, target.string() + ": cannot store the CRS");
    }
}

} // namespace detail

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
    prog.setStage("writing " + path.filename().string());
    prog.throwIfCancelled();
    // One write path: the streaming writer (temporary file, rename on commit), fed in chunks of
    // whole tile rows so each tile is compressed once and leaves the block cache at once.
    RasterBlockWriter writer(path, RasterHeader::of(raster), options);
    const int block = options.tiled || options.cog ? options.blockSize : 1;
    const int chunk = std::min(raster.height(), (std::max(256, block) + block - 1) / block * block);
    const double rowsShare = options.cog ? 0.6 : 0.95; // a COG is translated at commit()
    const std::size_t width = static_cast<std::size_t>(raster.width());
    for (int row0 = 0; row0 < raster.height(); row0 += chunk) {
        prog.throwIfCancelled();
        const int rows = std::min(chunk, raster.height() - row0);
        writer.writeRows(row0, rows, raster.data() + static_cast<std::size_t>(row0) * width);
        prog.setFraction(rowsShare * static_cast<double>(row0 + rows) / raster.height());
    }
    prog.throwIfCancelled();
    writer.commit();
    prog.setFraction(1.0);
}

void writeGeoTiffBands(const std::vector<const Raster*>& bands, const std::vector<std::string>& bandNames,
                       const fs::path& path, const GeoTiffOptions& options)
{
    NullProgress none;
    writeGeoTiffBands(bands, bandNames, path, options, none);
}

void writeGeoTiffBands(const std::vector<const Raster*>& bands, const std::vector<std::string>& bandNames,
                       const fs::path& path, const GeoTiffOptions& options, Progress& prog)
{
    const std::string display = path.string();
    if (bands.empty())
        throw Error(ErrorKind::InvalidInput, display + ": no bands to write");
    if (!bandNames.empty() && bandNames.size() != bands.size())
        throw Error(ErrorKind::InvalidInput, display + ": " + std::to_string(bandNames.size()) +
                                                 " band names for " + std::to_string(bands.size()) +
                                                 " bands");
    for (std::size_t b = 0; b < bands.size(); ++b) {
        if (bands[b] == nullptr || bands[b]->empty() || bands[b]->width() <= 0 || bands[b]->height() <= 0)
            throw Error(ErrorKind::InvalidInput, display + ": band " + std::to_string(b + 1) + " is empty");
        if (bands[b]->width() != bands[0]->width() || bands[b]->height() != bands[0]->height())
            throw Error(ErrorKind::InvalidInput, display + ": band " + std::to_string(b + 1) + " is " +
                                                     std::to_string(bands[b]->width()) + " × " +
                                                     std::to_string(bands[b]->height()) + ", band 1 is " +
                                                     std::to_string(bands[0]->width()) + " × " +
                                                     std::to_string(bands[0]->height()));
    }
    const Raster& first = *bands[0];
    const int width = first.width();
    const int height = first.height();
    const int count = static_cast<int>(bands.size());
    CPLStringList create =
        options.cog ? detail::cogCreateOptions(options, path) : detail::geoTiffCreateOptions(options, path);
    if (!options.cog)
        create.SetNameValue("INTERLEAVE", "BAND");
    ensureGdalReady();
    if (options.cog && !gdalHasDriver("COG"))
        throw Error(ErrorKind::Unsupported,
                    display + ": this GDAL (" + gdalVersion() + ") has no COG driver");
    prog.setStage("writing " + path.filename().string());
    prog.throwIfCancelled();
    const double bandsShare = options.cog ? 0.6 : 0.95; // a COG is copied from memory at the end

    writeAtomically(path, [&](const fs::path& temp) {
        GdalErrorScope errors;
        // The COG driver only copies a finished dataset: the bands are assembled in memory first.
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(options.cog ? "MEM" : "GTiff");
        if (driver == nullptr)
            throw Error(ErrorKind::Unsupported, display + ": this GDAL has no GTiff driver");
        detail::DatasetPtr ds(driver->Create(options.cog ? "" : temp.c_str(), width, height, count,
                                             GDT_Float32, options.cog ? nullptr : create.List()));
        if (!ds)
            throw Error(ErrorKind::Io,
                        display + ": cannot create the GeoTIFF (" + errors.message("GDAL error") + ")");
        detail::writeGeoreferencing(ds.get(), first.geoTransform, first.crsWkt, path);
        detail::writeInsarMetadata(ds.get(), first.metadata);
        const double noDataD = first.noDataValue.value_or(std::nan(""));
        const auto noData = static_cast<float>(noDataD);
        std::vector<float> buffer;
        for (int b = 0; b < count; ++b) {
            prog.throwIfCancelled();
            const Raster& r = *bands[static_cast<std::size_t>(b)];
            GDALRasterBand* band = ds->GetRasterBand(b + 1);
            band->SetNoDataValue(noDataD);
            if (!bandNames.empty())
                band->SetDescription(bandNames[static_cast<std::size_t>(b)].c_str());
            if (b > 0 && r.metadata.units != Units::Unknown)
                band->SetUnitType(unitsName(r.metadata.units).c_str());
            const float* src = r.data();
            if (!std::isnan(noData)) {
                buffer.assign(r.values().begin(), r.values().end());
                std::replace_if(
                    buffer.begin(), buffer.end(), [](float v) { return std::isnan(v); }, noData);
                src = buffer.data();
            }
            if (band->RasterIO(GF_Write, 0, 0, width, height, const_cast<float*>(src), width, height,
                               GDT_Float32, 0, 0, nullptr) != CE_None ||
                errors.hasError())
                throw Error(ErrorKind::Io, display + ": cannot write band " + std::to_string(b + 1) + " (" +
                                               errors.message("GDAL write error") + ")");
            prog.setFraction(bandsShare * static_cast<double>(b + 1) / count);
        }
        prog.throwIfCancelled();
        if (options.cog) {
            GDALDriver* cog = GetGDALDriverManager()->GetDriverByName("COG");
            detail::DatasetPtr out(
                cog->CreateCopy(temp.c_str(), ds.get(), FALSE, create.List(), nullptr, nullptr));
            const bool ok = out != nullptr;
            out.reset();
            if (!ok || errors.hasError())
                throw Error(ErrorKind::Io, display + ": cannot write the Cloud-Optimized GeoTIFF (" +
                                               errors.message("GDAL error") + ")");
        } else {
            // Errors at close time (disk full while flushing) show only as GDAL errors.
            ds->FlushCache(false);
            ds.reset();
            if (errors.hasError())
                throw Error(ErrorKind::Io, display + ": writing failed (" + errors.message() + ")");
        }
    });
    prog.setFraction(1.0);
}

} // namespace insar::io
