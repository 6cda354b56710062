#include "io/raster_blocks.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "io/gdal_setup.h"
#include "io/raster_open.h"

#include <cpl_string.h>
#include <gdal_priv.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <vector>

namespace insar::io {
namespace fs = std::filesystem;

// --- RasterHeader ---------------------------------------------------------------------------------

RasterHeader RasterHeader::of(const Raster& raster)
{
    RasterHeader h;
    h.width = raster.width();
    h.height = raster.height();
    h.geoTransform = raster.geoTransform;
    h.crsWkt = raster.crsWkt;
    h.noDataValue = raster.noDataValue;
    h.metadata = raster.metadata;
    h.sourcePath = raster.sourcePath;
    return h;
}

Raster RasterHeader::makeRaster(int rows, float fill) const
{
    Raster r(width, rows, fill);
    r.geoTransform = geoTransform;
    r.crsWkt = crsWkt;
    r.noDataValue = noDataValue;
    r.metadata = metadata;
    r.sourcePath = sourcePath;
    return r;
}

// --- RasterBlockReader ----------------------------------------------------------------------------

struct RasterBlockReader::Impl {
    Impl(const fs::path& path, const ReadOptions& options) : reader(path, options) {}
    detail::BandReader reader;
};

RasterBlockReader::RasterBlockReader(const fs::path& path, const ReadOptions& options)
    : m_impl(std::make_unique<Impl>(path, options))
{
}

RasterBlockReader::~RasterBlockReader() = default;
RasterBlockReader::RasterBlockReader(RasterBlockReader&&) noexcept = default;
RasterBlockReader& RasterBlockReader::operator=(RasterBlockReader&&) noexcept = default;

const RasterHeader& RasterBlockReader::header() const
{
    return m_impl->reader.header();
}

void RasterBlockReader::readRows(int row0, int rows, float* out)
{
    m_impl->reader.readRows(row0, rows, out);
}

// --- RasterBlockWriter ----------------------------------------------------------------------------

namespace {

/// At most this many pixels are converted (NaN -> no-data value) per GDAL write call.
constexpr std::size_t kMaxConvertPixels = std::size_t{1} << 20;

void removeQuietly(const fs::path& p)
{
    std::error_code ec;
    if (!p.empty())
        fs::remove(p, ec);
}

} // namespace

struct RasterBlockWriter::Impl {
    enum class State { Open, Failed, Closed };

    fs::path target;
    fs::path temp;
    GeoTiffOptions options;
    int width = 0;
    int height = 0;
    float noData = NAN;
    detail::DatasetPtr ds;
    GDALRasterBand* band = nullptr;
    int blockX = 1;
    int blockY = 1;
    std::vector<std::uint8_t> rowWritten;
    std::vector<int> rowsLeftInBlockRow;
    std::vector<float> scratch;
    State state = State::Open;
    std::string failure;

    ~Impl() { discard(); }

    [[noreturn]] void fail(ErrorKind kind, const std::string& problem)
    {
        state = State::Failed;
        failure = problem;
        throw Error(kind, target.string() + ": " + problem);
    }

    /// Closes the dataset without keeping anything: the temporary file goes away.
    void discard() noexcept
    {
        try {
            GdalErrorScope quiet;
            ds.reset();
        } catch (...) { // NOLINT(bugprone-empty-catch): nothing of this file is kept anyway
        }
        removeQuietly(temp);
        temp.clear();
        state = State::Closed;
    }

    void checkOpen(const char* action) const
    {
        if (state == State::Open)
            return;
        const std::string why = state == State::Failed ? "an earlier write failed (" + failure + ")"
                                                       : "the file is already closed";
        throw Error(ErrorKind::InvalidInput, target.string() + ": cannot " + action + ": " + why);
    }

    void markRows(int row0, int rows)
    {
        for (int row = row0; row < row0 + rows; ++row) {
            if (rowWritten[static_cast<std::size_t>(row)] != 0)
                continue;
            rowWritten[static_cast<std::size_t>(row)] = 1;
            const int by = row / blockY;
            if (--rowsLeftInBlockRow[static_cast<std::size_t>(by)] == 0)
                flushBlockRow(by);
        }
    }

    /// A complete row of blocks is compressed and written now and leaves GDAL's cache, so the
    /// cache holds only block rows still being filled, whatever the size of the raster.
    void flushBlockRow(int by)
    {
        GdalErrorScope errors;
        const int blocksX = (width + blockX - 1) / blockX;
        for (int bx = 0; bx < blocksX; ++bx)
            if (band->FlushBlock(bx, by, TRUE) != CE_None || errors.hasError())
                fail(ErrorKind::Io, "cannot write the pixel data of rows " + std::to_string(by * blockY) +
                                        ".." + std::to_string(std::min(height, (by + 1) * blockY) - 1) +
                                        " (" + errors.message("GDAL write error") + ")");
    }

    void writeRows(int row0, int rows, const float* values)
    {
        const auto w = static_cast<std::size_t>(width);
        const int chunkRows =
            std::isnan(noData) ? rows : std::max(1, static_cast<int>(kMaxConvertPixels / w));
        for (int r0 = row0; r0 < row0 + rows; r0 += chunkRows) {
            const int n = std::min(chunkRows, row0 + rows - r0);
            const float* src = values + static_cast<std::size_t>(r0 - row0) * w;
            if (!std::isnan(noData)) {
                scratch.assign(src, src + static_cast<std::size_t>(n) * w);
                for (float& v : scratch)
                    if (std::isnan(v))
                        v = noData;
                src = scratch.data();
            }
            GdalErrorScope errors;
            if (band->RasterIO(GF_Write, 0, r0, width, n, const_cast<float*>(src), width, n, GDT_Float32, 0,
                               0, nullptr) != CE_None ||
                errors.hasError())
                fail(ErrorKind::Io, "cannot write the pixel data at rows " + std::to_string(r0) + ".." +
                                        std::to_string(r0 + n - 1) + " (" +
                                        errors.message("GDAL write error") + ")");
            markRows(r0, n);
        }
    }

    /// The finished GeoTIFF translated to a Cloud-Optimized GeoTIFF beside it; returns its path.
    fs::path translateToCog()
    {
        GdalErrorScope errors;
        GDALDriver* cog = GetGDALDriverManager()->GetDriverByName("COG");
        if (cog == nullptr)
            fail(ErrorKind::Unsupported, "this GDAL (" + gdalVersion() + ") has no COG driver");
        const char* const gtiffOnly[] = {"GTiff", nullptr};
        detail::DatasetPtr src(GDALDataset::FromHandle(
            GDALOpenEx(temp.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, gtiffOnly, nullptr, nullptr)));
        if (!src)
            fail(ErrorKind::Io, "cannot reopen the temporary GeoTIFF (" + errors.message("GDAL error") + ")");
        fs::path cogPath = temporaryPathFor(target);
        const CPLStringList create = detail::cogCreateOptions(options, target);
        detail::DatasetPtr out(
            cog->CreateCopy(cogPath.c_str(), src.get(), FALSE, create.List(), nullptr, nullptr));
        bool ok = out != nullptr;
        out.reset();
        ok = ok && !errors.hasError();
        if (!ok) {
            removeQuietly(cogPath);
            fail(ErrorKind::Io,
                 "cannot write the Cloud-Optimized GeoTIFF (" + errors.message("GDAL error") + ")");
        }
        return cogPath;
    }

    void commit()
    {
        checkOpen("commit");
        const auto missing = std::find(rowWritten.begin(), rowWritten.end(), std::uint8_t{0});
        if (missing != rowWritten.end()) {
            const auto count = std::count(rowWritten.begin(), rowWritten.end(), std::uint8_t{0});
            fail(ErrorKind::InvalidInput, std::to_string(count) + " of " + std::to_string(height) +
                                              " rows were never written (the first is row " +
                                              std::to_string(missing - rowWritten.begin()) + ")");
        }
        {
            // Errors at close time (disk full while flushing) show only as GDAL errors.
            GdalErrorScope errors;
            ds->FlushCache(false);
            ds.reset();
            band = nullptr;
            if (errors.hasError())
                fail(ErrorKind::Io, "writing failed (" + errors.message() + ")");
        }
        std::error_code ec;
        if (!fs::is_regular_file(temp, ec))
            fail(ErrorKind::Io, "GDAL did not produce the file");
        if (options.cog) {
            const fs::path cogPath = translateToCog();
            removeQuietly(temp);
            temp = cogPath;
        }
        fs::rename(temp, target, ec);
        if (ec)
            fail(ErrorKind::Io, "cannot move the finished file into place: " + ec.message());
        temp.clear();
        state = State::Closed;
    }
};

RasterBlockWriter::RasterBlockWriter(const fs::path& path, const RasterHeader& header,
                                     const GeoTiffOptions& options)
    : m_impl(std::make_unique<Impl>())
{
    Impl& d = *m_impl;
    d.target = path;
    d.options = options;
    d.width = header.width;
    d.height = header.height;
    if (header.width <= 0 || header.height <= 0)
        throw Error(ErrorKind::InvalidInput, path.string() + ": cannot write an empty raster");
    // For a COG the rows go first into an uncompressed GeoTIFF tiled like the COG to come, so
    // the pixels are compressed once, by the translation at commit() (as from memory before,
    // with disk in place of memory).
    GeoTiffOptions gtiffOptions = options;
    if (options.cog) {
        gtiffOptions.tiled = true;
        gtiffOptions.compression = "NONE";
    }
    const CPLStringList create = detail::geoTiffCreateOptions(gtiffOptions, path);
    if (options.cog)
        detail::cogCreateOptions(options, path); // refuse bad options now, not at commit()
    ensureGdalReady();
    if (options.cog && !gdalHasDriver("COG"))
        throw Error(ErrorKind::Unsupported,
                    path.string() + ": this GDAL (" + gdalVersion() + ") has no COG driver");

    const fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error(ErrorKind::Io,
                    "cannot write '" + path.string() + "': folder '" + dir.string() + "' does not exist");
    removeStaleTemporaries(dir);

    GdalErrorScope errors;
    GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
    if (gtiff == nullptr)
        throw Error(ErrorKind::Unsupported, path.string() + ": this GDAL has no GTiff driver");
    d.temp = temporaryPathFor(path);
    d.ds.reset(gtiff->Create(d.temp.c_str(), header.width, header.height, 1, GDT_Float32, create.List()));
    if (!d.ds) {
        removeQuietly(d.temp);
        throw Error(ErrorKind::Io,
                    path.string() + ": cannot create the GeoTIFF (" + errors.message("GDAL error") + ")");
    }
    // From here on the Impl's destructor removes the temporary file if anything throws.
    detail::writeGeoreferencing(d.ds.get(), header.geoTransform, header.crsWkt, path);
    const double noDataD = header.noDataValue.value_or(std::nan(""));
    d.noData = static_cast<float>(noDataD);
    d.band = d.ds->GetRasterBand(1);
    d.band->SetNoDataValue(noDataD);
    detail::writeInsarMetadata(d.ds.get(), header.metadata);
    d.band->GetBlockSize(&d.blockX, &d.blockY);
    d.blockX = std::max(1, d.blockX);
    d.blockY = std::max(1, d.blockY);
    d.rowWritten.assign(static_cast<std::size_t>(header.height), 0);
    const int blockRows = (header.height + d.blockY - 1) / d.blockY;
    d.rowsLeftInBlockRow.assign(static_cast<std::size_t>(blockRows), d.blockY);
    d.rowsLeftInBlockRow.back() = header.height - (blockRows - 1) * d.blockY;
    if (errors.hasError())
        throw Error(ErrorKind::Io, path.string() + ": cannot prepare the GeoTIFF (" + errors.message() + ")");
}

RasterBlockWriter::~RasterBlockWriter() = default;
RasterBlockWriter::RasterBlockWriter(RasterBlockWriter&&) noexcept = default;
RasterBlockWriter& RasterBlockWriter::operator=(RasterBlockWriter&&) noexcept = default;

void RasterBlockWriter::writeRows(int row0, int rows, const float* values)
{
    Impl& d = *m_impl;
    d.checkOpen("write rows");
    if (rows < 0 || row0 < 0 || row0 > d.height - rows)
        throw Error(ErrorKind::InvalidInput, d.target.string() + ": rows " + std::to_string(row0) + ".." +
                                                 std::to_string(static_cast<long long>(row0) + rows - 1) +
                                                 " cannot be written, the raster has rows 0.." +
                                                 std::to_string(d.height - 1));
    if (rows == 0)
        return;
    try {
        d.writeRows(row0, rows, values);
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        d.fail(ErrorKind::Io, std::string("cannot write the pixel data (") + e.what() + ")");
    }
}

void RasterBlockWriter::setMetadata(const RasterMetadata& metadata)
{
    Impl& d = *m_impl;
    d.checkOpen("set the metadata");
    GdalErrorScope errors;
    detail::writeInsarMetadata(d.ds.get(), metadata);
    if (errors.hasError())
        d.fail(ErrorKind::Io, "cannot store the metadata (" + errors.message() + ")");
}

void RasterBlockWriter::commit()
{
    Impl& d = *m_impl;
    try {
        d.commit();
    } catch (...) {
        d.discard(); // nothing is left behind, and the writer is closed
        throw;
    }
}

} // namespace insar::io
