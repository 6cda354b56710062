#include "io/gacos_reader.h"

#include "common/error.h"
#include "io/insar_layouts.h"
#include "io/raster_reader.h"

#include <cpl_conv.h>
#include <ogr_spatialref.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>

namespace insar::io {
namespace fs = std::filesystem;

namespace {

std::string wgs84Wkt()
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    char* wkt = nullptr;
    srs.exportToWkt(&wkt);
    std::string out = wkt ? wkt : "";
    CPLFree(wkt);
    return out;
}

bool isRawZtd(const fs::path& file)
{
    return file.extension() == ".ztd";
}

Raster readRawZtd(const fs::path& file)
{
    const fs::path rscPath = fs::path(file.string() + ".rsc");
    if (!fs::exists(rscPath))
        throw Error(ErrorKind::Io, "GACOS delay map '" + file.string() + "' has no header '" +
                                       rscPath.string() +
                                       "' (WIDTH, FILE_LENGTH, X_FIRST, Y_FIRST, X_STEP, Y_STEP)");
    const RscHeader rsc = parseRsc(rscPath);
    if (!rsc.xFirst || !rsc.yFirst || !rsc.xStep || !rsc.yStep)
        throw Error(ErrorKind::Format,
                    "GACOS header '" + rscPath.string() +
                        "' lacks one of X_FIRST, Y_FIRST, X_STEP, Y_STEP (the map's grid)");
    const std::uintmax_t expected = std::uintmax_t(rsc.width) * std::uintmax_t(rsc.fileLength) * 4u;
    std::error_code ec;
    const std::uintmax_t actual = fs::file_size(file, ec);
    if (ec)
        throw Error(ErrorKind::Io, "cannot read GACOS delay map '" + file.string() + "': " + ec.message());
    if (actual != expected)
        throw Error(ErrorKind::Format, "GACOS delay map '" + file.string() + "' holds " +
                                           std::to_string(actual) + " bytes, but its header says " +
                                           std::to_string(rsc.width) + " x " +
                                           std::to_string(rsc.fileLength) + " float32 values (" +
                                           std::to_string(expected) + " bytes)");
    std::vector<float> values(std::size_t(rsc.width) * std::size_t(rsc.fileLength));
    std::ifstream in(file, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(values.data()), std::streamsize(expected)))
        throw Error(ErrorKind::Io, "cannot read GACOS delay map '" + file.string() + "'");
    if constexpr (std::endian::native == std::endian::big) {
        for (float& v : values) {
            std::uint32_t bits = 0;
            std::memcpy(&bits, &v, 4);
            bits = ((bits & 0xFFu) << 24) | ((bits & 0xFF00u) << 8) | ((bits >> 8) & 0xFF00u) | (bits >> 24);
            std::memcpy(&v, &bits, 4);
        }
    }
    for (float& v : values)
        if (!std::isfinite(v))
            v = NAN;
    Raster r(rsc.width, rsc.fileLength, std::move(values));
    r.geoTransform.c = {*rsc.xFirst, *rsc.xStep, 0.0, *rsc.yFirst, 0.0, *rsc.yStep};
    r.geoTransform.valid = true;
    r.crsWkt = wgs84Wkt();
    r.sourcePath = file.string();
    return r;
}

} // namespace

std::vector<fs::path> gacosCandidates(const fs::path& dir, const Date& date)
{
    const std::string stem = date.toCompact();
    return {dir / (stem + ".ztd"), dir / (stem + ".ztd.tif")};
}

Raster readGacosZtd(const fs::path& file)
{
    Raster r;
    if (isRawZtd(file)) {
        r = readRawZtd(file);
    } else {
        ReadOptions options;
        options.band = 1;
        r = readRaster(file, options);
    }
    r.metadata.units = Units::Metres;
    r.metadata.description = "GACOS zenith total delay";
    return r;
}

Raster readGacosDate(const fs::path& dir, const Date& date)
{
    const auto candidates = gacosCandidates(dir, date);
    for (const fs::path& file : candidates)
        if (fs::is_regular_file(file))
            return readGacosZtd(file);
    std::string looked;
    for (const fs::path& file : candidates)
        looked += (looked.empty() ? "'" : ", '") + file.string() + "'";
    throw Error(ErrorKind::Io, "no GACOS delay map for " + date.toIso() + ": looked for " + looked);
}

} // namespace insar::io
