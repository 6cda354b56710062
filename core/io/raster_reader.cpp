#include "io/raster_reader.h"

#include "common/error.h"
#include "io/gdal_setup.h"
#include "io/raster_open.h"

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <new>
#include <vector>

namespace insar::io {
namespace fs = std::filesystem;

using detail::fail;

namespace {

/// The most any lossless codec GDAL reads packs into one byte (DEFLATE's limit is 1032:1), with
/// room to spare; a file that declares more pixels than its size times this is read into a buffer
/// that grows with what actually decodes.
constexpr std::uint64_t kMaxCompressionRatio = 1100;
constexpr std::uint64_t kAllocationHeadroomBytes = 64ULL << 20;
/// The most pixels one read call asks for (64 MiB of float32).
constexpr std::size_t kMaxChunkPixels = std::size_t{1} << 24;

/// Pixels the dataset's files can plausibly hold (at most `total`); `total` when the size of the
/// files is unknown (virtual or in-memory datasets).
std::size_t plausiblePixels(GDALDataset* ds, std::size_t total)
{
    std::uint64_t bytes = 0;
    char** files = ds->GetFileList();
    for (char** f = files; f != nullptr && *f != nullptr; ++f) {
        VSIStatBufL st;
        if (VSIStatL(*f, &st) == 0)
            bytes += static_cast<std::uint64_t>(st.st_size);
    }
    CSLDestroy(files);
    if (bytes == 0)
        return total;
    const std::uint64_t plausibleBytes = bytes * kMaxCompressionRatio + kAllocationHeadroomBytes;
    return static_cast<std::size_t>(std::min<std::uint64_t>(total, plausibleBytes / sizeof(float)));
}

/// Raw layouts (ENVI, ROI_PAC/ISCE through a raw VRT, EHdr...) hold uncompressed samples, but GDAL
/// reads past the end of a short data file as zeros: a header that declares far more pixels than
/// its data file holds would otherwise be read as a huge, mostly-zero raster. Fail instead.
void checkRawDataSize(GDALDataset* ds, const std::string& openName, const std::string& display)
{
    GDALDriver* driver = ds->GetDriver();
    const std::string name = driver != nullptr ? driver->GetDescription() : "";
    const bool rawVrt = name == "VRT" && openName.find("VRTRawRasterBand") != std::string::npos;
    if (!rawVrt && name != "ENVI" && name != "EHdr" && name != "GenBin" && name != "ISCE" &&
        name != "ROI_PAC" && name != "PAux")
        return;
    std::uint64_t largest = 0;
    std::string largestName;
    char** files = ds->GetFileList();
    for (char** f = files; f != nullptr && *f != nullptr; ++f) {
        VSIStatBufL st;
        if (VSIStatL(*f, &st) == 0 && static_cast<std::uint64_t>(st.st_size) > largest) {
            largest = static_cast<std::uint64_t>(st.st_size);
            largestName = *f;
        }
    }
    CSLDestroy(files);
    if (largestName.empty() || ds->GetRasterCount() < 1)
        return;
    const int sampleBytes = GDALGetDataTypeSizeBytes(ds->GetRasterBand(1)->GetRasterDataType());
    const std::uint64_t needed = static_cast<std::uint64_t>(ds->GetRasterXSize()) *
                                 static_cast<std::uint64_t>(ds->GetRasterYSize()) *
                                 static_cast<std::uint64_t>(ds->GetRasterCount()) *
                                 static_cast<std::uint64_t>(std::max(1, sampleBytes));
    if (largest < needed)
        fail(ErrorKind::Format, display,
             "the header declares " + std::to_string(ds->GetRasterXSize()) + " x " +
                 std::to_string(ds->GetRasterYSize()) + " x " + std::to_string(ds->GetRasterCount()) +
                 " samples (" + std::to_string(needed) + " bytes) but the data file " +
                 fs::path(largestName).filename().string() + " holds only " + std::to_string(largest) +
                 " bytes: it is truncated or the header is wrong");
}

} // namespace

namespace detail {

BandReader::BandReader(const fs::path& path, const ReadOptions& options)
    : m_opened(openRaster(path, options.band))
{
    const std::string display = path.string();
    if (m_opened.band == 0)
        fail(ErrorKind::Unsupported, display, m_opened.bandProblem);
    GDALDataset* ds = m_opened.ds.get();
    checkRawDataSize(ds, m_opened.openName, display);
    m_band = ds->GetRasterBand(m_opened.band);
    m_band->GetBlockSize(&m_blockX, &m_blockY);
    m_blockX = std::max(1, m_blockX);
    m_blockY = std::max(1, m_blockY);

    m_header.width = ds->GetRasterXSize();
    m_header.height = ds->GetRasterYSize();
    readGeoreferencing(m_opened, m_header.geoTransform, m_header.crsWkt);
    m_header.noDataValue = bandNoData(m_band);
    m_header.metadata = readRasterMetadata(m_opened, path);
    m_header.sourcePath = display;
}

std::size_t BandReader::plausiblePixels() const
{
    const std::size_t total =
        static_cast<std::size_t>(m_header.width) * static_cast<std::size_t>(m_header.height);
    return io::plausiblePixels(m_opened.ds.get(), total);
}

void BandReader::readRows(int row0, int rows, float* out)
{
    const int w = m_header.width;
    const int h = m_header.height;
    if (rows < 0 || row0 < 0 || row0 > h - rows)
        fail(ErrorKind::InvalidInput, m_header.sourcePath,
             "rows " + std::to_string(row0) + ".." + std::to_string(static_cast<long long>(row0) + rows - 1) +
                 " requested but the raster has rows 0.." + std::to_string(h - 1));
    if (rows == 0)
        return;
    // A stream visits each row a few times at most: blocks outside this request are not read
    // again soon, so they leave GDAL's (process-wide) cache now instead of filling it.
    const int firstBlockRow = row0 / m_blockY;
    const int lastBlockRow = (row0 + rows - 1) / m_blockY;
    dropCachedBlocksOutside(firstBlockRow, lastBlockRow);

    GdalErrorScope errors;
    const CPLErr err = m_band->RasterIO(GF_Read, 0, row0, w, rows, out, w, rows, GDT_Float32, 0, 0, nullptr);
    m_cachedFrom = std::min(m_cachedFrom, firstBlockRow);
    m_cachedTo = std::max(m_cachedTo, lastBlockRow + 1);
    if (err != CE_None)
        fail(ErrorKind::Format, m_header.sourcePath,
             "cannot read the pixel data at rows " + std::to_string(row0) + ".." +
                 std::to_string(row0 + rows - 1) + " of " + std::to_string(w) + " x " + std::to_string(h) +
                 "; the file is truncated or corrupt (" + errors.message("GDAL read error") + ")");

    // The file's no-data value and infinities (never valid phase or displacement) become NaN.
    const bool mapNoData = m_header.noDataValue && !std::isnan(*m_header.noDataValue);
    const float nd = mapNoData ? static_cast<float>(*m_header.noDataValue) : 0.0f;
    const std::size_t n = static_cast<std::size_t>(w) * static_cast<std::size_t>(rows);
    for (std::size_t i = 0; i < n; ++i)
        if ((mapNoData && out[i] == nd) || std::isinf(out[i]))
            out[i] = NAN;
}

void BandReader::dropCachedBlocksOutside(int firstBlockRow, int lastBlockRow)
{
    if (m_cachedFrom >= m_cachedTo)
        return;
    const int blocksX = (m_header.width + m_blockX - 1) / m_blockX;
    for (int by = m_cachedFrom; by < m_cachedTo; ++by) {
        if (by >= firstBlockRow && by <= lastBlockRow)
            continue;
        for (int bx = 0; bx < blocksX; ++bx)
            m_band->FlushBlock(bx, by, FALSE);
    }
    m_cachedFrom = firstBlockRow;
    m_cachedTo = firstBlockRow;
}

} // namespace detail

RasterInfo probeRaster(const fs::path& path)
{
    detail::OpenedRaster o = detail::openRaster(path, 0);
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
    detail::readGeoreferencing(o, info.geoTransform, info.crsWkt);
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
        info.noDataValue = detail::bandNoData(band);
    }
    info.metadata = detail::readRasterMetadata(o, path);
    return info;
}

Raster readRaster(const fs::path& path)
{
    NullProgress none;
    return readRaster(path, ReadOptions{}, none);
}

Raster readRaster(const fs::path& path, Progress& progress)
{
    return readRaster(path, ReadOptions{}, progress);
}

Raster readRaster(const fs::path& path, const ReadOptions& options)
{
    NullProgress none;
    return readRaster(path, options, none);
}

Raster readRaster(const fs::path& path, const ReadOptions& options, Progress& prog)
{
    const std::string display = path.string();
    prog.setStage("reading " + path.filename().string());
    prog.throwIfCancelled();

    detail::BandReader reader(path, options);
    const RasterHeader& header = reader.header();
    const int w = header.width;
    const int h = header.height;
    if (static_cast<unsigned long long>(w) * static_cast<unsigned long long>(h) > (1ULL << 34))
        fail(ErrorKind::Unsupported, display,
             "raster is too large to load (" + std::to_string(w) + " x " + std::to_string(h) + ")");

    // Rows are read in chunks into a buffer that grows only as reads succeed, so a tiny file that
    // declares a huge size fails at its first chunk instead of after a huge allocation. The buffer
    // is sized in one step to what the file can plausibly hold, beyond that it grows.
    const int blockY = reader.blockRows();
    int chunkRows = blockY;
    while (chunkRows < 256 && chunkRows < h)
        chunkRows += blockY;
    chunkRows = std::min(
        {chunkRows, h, std::max(1, static_cast<int>(kMaxChunkPixels / static_cast<std::size_t>(w)))});

    const std::size_t width = static_cast<std::size_t>(w);
    const std::size_t total = width * static_cast<std::size_t>(h);
    const std::size_t plausible = reader.plausiblePixels();
    std::vector<float> pixels;
    try {
        for (int row0 = 0; row0 < h; row0 += chunkRows) {
            prog.throwIfCancelled();
            const int rows = std::min(chunkRows, h - row0);
            const std::size_t need = static_cast<std::size_t>(row0 + rows) * width;
            if (need > pixels.capacity())
                pixels.reserve(
                    row0 == 0
                        ? need
                        : std::max(need, std::min(total, std::max(plausible, pixels.capacity() * 3 / 2))));
            pixels.resize(need);
            reader.readRows(row0, rows, pixels.data() + static_cast<std::size_t>(row0) * width);
            prog.setFraction(static_cast<double>(row0 + rows) / h);
        }
    } catch (const std::bad_alloc&) {
        fail(ErrorKind::Unsupported, display,
             "not enough memory to load " + std::to_string(w) + " x " + std::to_string(h) + " pixels");
    }
    Raster r(w, h, std::move(pixels));
    r.geoTransform = header.geoTransform;
    r.crsWkt = header.crsWkt;
    r.noDataValue = header.noDataValue;
    r.metadata = header.metadata;
    r.sourcePath = header.sourcePath;

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
