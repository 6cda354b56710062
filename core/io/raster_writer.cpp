#include "io/raster_writer.h"

#include "common/error.h"
#include "io/raster_blocks.h"
#include "io/raster_open.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cctype>
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

} // namespace insar::io
