#include "io/raster_warp.h"

#include "common/error.h"
#include "io/gdal_handles.h"
#include "io/gdal_setup.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <gdalwarper.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace insar::io {

namespace {

using detail::DatasetPtr;

std::string sizeText(const Raster& r)
{
    return std::to_string(r.width()) + " x " + std::to_string(r.height());
}

/// A float32 in-memory dataset with the grid of `r`; the values of `r` when `copyValues`,
/// NaN otherwise. NaN is declared as the band's no-data value.
DatasetPtr memoryDataset(const Raster& r, bool copyValues)
{
    GDALDriver* mem = GetGDALDriverManager()->GetDriverByName("MEM");
    if (!mem)
        throw Error(ErrorKind::Internal, "GDAL has no MEM driver");
    DatasetPtr ds(mem->Create("", r.width(), r.height(), 1, GDT_Float32, nullptr));
    if (!ds)
        throw Error(ErrorKind::Internal, "cannot create an in-memory raster of " + sizeText(r));
    auto gt = r.geoTransform.c;
    ds->SetGeoTransform(gt.data());
    if (!r.crsWkt.empty())
        ds->SetProjection(r.crsWkt.c_str());
    GDALRasterBand* band = ds->GetRasterBand(1);
    band->SetNoDataValue(NAN);
    if (copyValues) {
        if (band->RasterIO(GF_Write, 0, 0, r.width(), r.height(), const_cast<float*>(r.data()), r.width(),
                           r.height(), GDT_Float32, 0, 0, nullptr) != CE_None)
            throw Error(ErrorKind::Internal, "cannot fill an in-memory raster of " + sizeText(r));
    } else {
        band->Fill(NAN);
    }
    return ds;
}

int CPL_STDCALL warpProgress(double fraction, const char*, void* arg)
{
    auto* progress = static_cast<Progress*>(arg);
    progress->setFraction(fraction);
    return progress->isCancelled() ? FALSE : TRUE;
}

} // namespace

bool sameGrid(const Raster& a, const Raster& b)
{
    if (a.width() != b.width() || a.height() != b.height())
        return false;
    if (a.geoTransform.valid != b.geoTransform.valid)
        return false;
    if (!a.geoTransform.valid)
        return true;
    // Tolerances relative to the pixel size: a grid is the same when every pixel corner agrees to
    // 1e-9 of a pixel across the whole raster.
    const double px = std::max(std::abs(a.geoTransform.c[1]) + std::abs(a.geoTransform.c[2]),
                               std::abs(a.geoTransform.c[4]) + std::abs(a.geoTransform.c[5]));
    const double tol = 1e-9 * px;
    for (int i = 0; i < 6; ++i) {
        const double scale = (i == 0 || i == 3) ? 1.0 : double(std::max(a.width(), a.height()));
        if (std::abs(a.geoTransform.c[i] - b.geoTransform.c[i]) * scale > tol)
            return false;
    }
    if (a.crsWkt.empty() || b.crsWkt.empty() || a.crsWkt == b.crsWkt)
        return true;
    OGRSpatialReference sa;
    OGRSpatialReference sb;
    if (sa.importFromWkt(a.crsWkt.c_str()) != OGRERR_NONE ||
        sb.importFromWkt(b.crsWkt.c_str()) != OGRERR_NONE)
        return false;
    return sa.IsSame(&sb) != 0;
}

Raster warpToGrid(const Raster& source, const Raster& target, Progress& progress)
{
    if (!source.geoTransform.valid || !target.geoTransform.valid)
        throw Error(ErrorKind::InvalidInput, std::string("cannot warp a raster of ") + sizeText(source) +
                                                 " onto a grid of " + sizeText(target) + ": " +
                                                 (source.geoTransform.valid ? "the target" : "the source") +
                                                 " has no georeferencing");
    if (source.empty() || target.empty())
        throw Error(ErrorKind::InvalidInput, "cannot warp an empty raster");
    ensureGdalReady();
    GdalErrorScope errors;
    DatasetPtr src = memoryDataset(source, true);
    DatasetPtr dst = memoryDataset(target, false);
    // A missing CRS on one side means "the same as the other one" (GACOS .rsc grids, plain arrays).
    const std::string srcWkt = source.crsWkt.empty() ? target.crsWkt : source.crsWkt;
    const std::string dstWkt = target.crsWkt.empty() ? source.crsWkt : target.crsWkt;

    GDALWarpOptions* options = GDALCreateWarpOptions();
    options->nBandCount = 1;
    options->panSrcBands = static_cast<int*>(CPLMalloc(sizeof(int)));
    options->panSrcBands[0] = 1;
    options->panDstBands = static_cast<int*>(CPLMalloc(sizeof(int)));
    options->panDstBands[0] = 1;
    options->padfSrcNoDataReal = static_cast<double*>(CPLMalloc(sizeof(double)));
    options->padfSrcNoDataReal[0] = NAN;
    options->padfDstNoDataReal = static_cast<double*>(CPLMalloc(sizeof(double)));
    options->padfDstNoDataReal[0] = NAN;
    options->papszWarpOptions = CSLSetNameValue(options->papszWarpOptions, "INIT_DEST", "NO_DATA");
    const CPLErr err =
        GDALReprojectImage(GDALDataset::ToHandle(src.get()), srcWkt.empty() ? nullptr : srcWkt.c_str(),
                           GDALDataset::ToHandle(dst.get()), dstWkt.empty() ? nullptr : dstWkt.c_str(),
                           GRA_Bilinear, 0.0, 0.0, warpProgress, &progress, options);
    GDALDestroyWarpOptions(options);
    progress.throwIfCancelled();
    if (err != CE_None)
        throw Error(ErrorKind::Numerical, "GDAL could not warp a raster of " + sizeText(source) +
                                              " onto a grid of " + sizeText(target) + ": " +
                                              errors.message("unknown GDAL error"));

    Raster out(target.width(), target.height());
    if (dst->GetRasterBand(1)->RasterIO(GF_Read, 0, 0, out.width(), out.height(), out.data(), out.width(),
                                        out.height(), GDT_Float32, 0, 0, nullptr) != CE_None)
        throw Error(ErrorKind::Internal, "cannot read back the warped raster: " + errors.message());
    out.geoTransform = target.geoTransform;
    out.crsWkt = dstWkt;
    out.metadata = source.metadata;
    out.noDataValue = source.noDataValue;
    out.sourcePath = source.sourcePath;
    return out;
}

Raster onGridOf(const Raster& source, const Raster& target, const std::string& what,
                std::vector<std::string>& messages, Progress& progress)
{
    if (sameGrid(source, target))
        return source;
    if (!source.geoTransform.valid || !target.geoTransform.valid)
        throw Error(ErrorKind::InvalidInput,
                    what + " (" + sizeText(source) + ") is not on the interferogram's grid (" +
                        sizeText(target) + ") and cannot be warped onto it: " +
                        (source.geoTransform.valid ? "the interferogram" : what) + " has no georeferencing");
    Raster out = warpToGrid(source, target, progress);
    messages.push_back(what + " warped (GDAL, bilinear) from its " + sizeText(source) +
                       " grid onto the interferogram's " + sizeText(target) + " grid");
    return out;
}

} // namespace insar::io
