#include "pipeline/streamed_cnn.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "corrections/exclusion_mask.h"
#include "corrections/polygon.h"
#include "io/raster_reader.h"
#include "io/raster_warp.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>

namespace insar::pipeline {

namespace {

namespace fs = std::filesystem;
using corrections::ReferencePoint;
using corrections::ResolvedReference;

/// Pixels the automatic reference searches at most (its decimated copy).
constexpr double kReferencePixels = 4e6;
/// Rows per band of the final pass (bounded by ~4 M floats per buffer for very wide rasters).
constexpr int kBandRows = 256;
constexpr std::size_t kBandFloats = std::size_t(1) << 22;

std::string formatNumber(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return buf;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

int bandRows(int width)
{
    return std::max(1, std::min<int>(kBandRows, int(kBandFloats / std::size_t(std::max(1, width)))));
}

/// A grid of every k-th pixel of every k-th row of `header`, georeferenced so that pixel (i, j)
/// has the centre of the full grid's pixel (i k, j k).
Raster decimatedGrid(const io::RasterHeader& header, int k)
{
    const int w = (header.width + k - 1) / k;
    const int h = (header.height + k - 1) / k;
    Raster grid(w, h, NAN);
    grid.crsWkt = header.crsWkt;
    grid.sourcePath = header.sourcePath;
    grid.metadata = header.metadata;
    grid.geoTransform = header.geoTransform;
    if (header.geoTransform.valid) {
        auto& c = grid.geoTransform.c;
        const auto& f = header.geoTransform.c;
        const double shift = 0.5 * (1.0 - k);
        c[0] = f[0] + shift * (f[1] + f[2]);
        c[1] = k * f[1];
        c[2] = k * f[2];
        c[3] = f[3] + shift * (f[4] + f[5]);
        c[4] = k * f[4];
        c[5] = k * f[5];
    }
    return grid;
}

/// Fills `grid` (a decimatedGrid) with every k-th pixel of every k-th row `reader` reads.
void readDecimated(io::RasterBlockReader& reader, int k, Raster& grid, Progress& progress)
{
    const auto width = std::size_t(reader.width());
    if (k == 1) { // the whole map, in bands
        const int band = bandRows(reader.width());
        for (int row0 = 0; row0 < grid.height(); row0 += band) {
            progress.throwIfCancelled();
            const int rows = std::min(band, grid.height() - row0);
            reader.readRows(row0, rows, grid.data() + std::size_t(row0) * width);
            progress.setFraction(double(row0 + rows) / grid.height());
        }
        return;
    }
    std::vector<float> row(width);
    for (int i = 0; i < grid.height(); ++i) {
        progress.throwIfCancelled();
        reader.readRows(i * k, 1, row.data());
        for (int j = 0; j < grid.width(); ++j)
            grid.at(i, j) = row[std::size_t(j) * std::size_t(k)];
        progress.setFraction(double(i + 1) / grid.height());
    }
}

/// The exclusion mask (1 = excluded) on `grid`, as corrections::exclusionMaskFromSpec() builds it
/// on the full grid, sampled at the decimated pixels.
Raster decimatedExclusionMask(const std::string& spec, const io::RasterHeader& header, int k,
                              const Raster& grid, Progress& progress)
{
    const auto start = spec.find_first_not_of(" \t\r\n");
    const std::string head = start == std::string::npos ? std::string{} : lower(spec.substr(start, 12));
    const bool isWkt =
        head.rfind("polygon", 0) == 0 || head.rfind("multipolygon", 0) == 0 || head.rfind("srid=", 0) == 0;
    const fs::path path(spec);
    const std::string ext = lower(path.extension().string());
    if (start == std::string::npos || isWkt || !fs::exists(path) || ext == ".geojson" || ext == ".json")
        return corrections::exclusionMaskFromSpec(spec, grid, progress); // polygons: no full-size read
    io::ReadOptions options;
    options.allowAllNoData = true;
    io::RasterBlockReader maskReader(path, options);
    if (maskReader.width() != header.width || maskReader.height() != header.height)
        throw Error(ErrorKind::InvalidInput,
                    "exclusion mask '" + spec + "' is " + std::to_string(maskReader.width()) + " x " +
                        std::to_string(maskReader.height()) + " but the interferogram is " +
                        std::to_string(header.width) + " x " + std::to_string(header.height) +
                        "; the mask must be on the same grid");
    Raster values = grid;
    readDecimated(maskReader, k, values, progress);
    return corrections::maskFromRaster(values, grid);
}

/// Writes and reads back float rows of an uncompressed scratch file (our temporary naming, so a
/// killed run's scratch is removed by the next write into the folder); removed when destroyed.
class ScratchRows {
public:
    ScratchRows(const fs::path& beside, int width) : m_path(temporaryPathFor(beside)), m_width(width)
    {
        m_file = std::fopen(m_path.string().c_str(), "w+b");
        if (!m_file)
            throw Error(ErrorKind::Io, m_path.parent_path().string() +
                                           ": cannot create a scratch file: " + std::strerror(errno));
    }
    ~ScratchRows()
    {
        if (m_file)
            std::fclose(m_file);
        std::error_code ec;
        fs::remove(m_path, ec);
    }
    ScratchRows(const ScratchRows&) = delete;
    ScratchRows& operator=(const ScratchRows&) = delete;

    void write(int row0, int rows, const float* values)
    {
        seek(row0);
        const std::size_t n = std::size_t(rows) * std::size_t(m_width);
        if (std::fwrite(values, sizeof(float), n, m_file) != n)
            throw Error(ErrorKind::Io, m_path.string() + ": cannot write the scratch file (disk full?): " +
                                           std::strerror(errno));
    }
    void read(int row0, int rows, float* values)
    {
        seek(row0);
        const std::size_t n = std::size_t(rows) * std::size_t(m_width);
        if (std::fread(values, sizeof(float), n, m_file) != n)
            throw Error(ErrorKind::Io, m_path.string() + ": cannot read the scratch file back");
    }

private:
    void seek(int row0)
    {
        const auto offset = off_t(row0) * off_t(m_width) * off_t(sizeof(float));
        if (fseeko(m_file, offset, SEEK_SET) != 0)
            throw Error(ErrorKind::Io, m_path.string() + ": cannot seek in the scratch file");
    }

    fs::path m_path;
    int m_width;
    std::FILE* m_file = nullptr;
};

/// Streamed population std: values are shifted by the first one seen, which keeps the sums of
/// squares well conditioned for maps far from zero.
class RunningStd {
public:
    void add(double v)
    {
        if (m_n == 0)
            m_shift = v;
        const double d = v - m_shift;
        m_sum += d;
        m_sumSq += d * d;
        ++m_n;
    }
    double value() const
    {
        if (m_n == 0)
            return NAN;
        const double mean = m_sum / double(m_n);
        return std::sqrt(std::max(0.0, m_sumSq / double(m_n) - mean * mean));
    }

private:
    double m_shift = 0.0;
    double m_sum = 0.0;
    double m_sumSq = 0.0;
    std::size_t m_n = 0;
};

} // namespace

int referenceDecimation(long long width, long long height)
{
    const double pixels = double(width) * double(height);
    return std::max(1, int(std::ceil(std::sqrt(pixels / kReferencePixels))));
}

ResolvedReference resolveStreamedReference(io::RasterBlockReader& reader, const ReferencePoint& point,
                                           const std::string& excludeSpec, std::vector<std::string>& messages,
                                           Progress& progress)
{
    const io::RasterHeader& header = reader.header();
    if (point.kind == ReferencePoint::Kind::None)
        return ResolvedReference::noReference();
    std::string what;
    if (point.kind != ReferencePoint::Kind::Automatic) {
        const auto [row, col] = corrections::locateReferencePixel(point, header.width, header.height,
                                                                  header.geoTransform, header.crsWkt, &what);
        std::vector<float> values(std::size_t(header.width));
        reader.readRows(row, 1, values.data());
        if (!std::isnan(values[std::size_t(col)])) {
            ResolvedReference ref;
            ref.row = row;
            ref.col = col;
            return ref;
        }
    }
    const int k = referenceDecimation(header.width, header.height);
    Raster grid = decimatedGrid(header, k);
    std::optional<Raster> mask;
    if (excludeSpec.find_first_not_of(" \t\r\n") != std::string::npos) {
        SubProgress sub(progress, 0.0, 0.3);
        mask = decimatedExclusionMask(excludeSpec, header, k, grid, sub);
    }
    {
        SubProgress sub(progress, 0.3, 0.9);
        readDecimated(reader, k, grid, sub);
    }
    ResolvedReference ref = corrections::findStableReference(grid, mask ? &*mask : nullptr);
    ref.row *= k;
    ref.col *= k;
    if (k > 1)
        messages.push_back("automatic reference chosen on every " + std::to_string(k) + "th pixel of every " +
                           std::to_string(k) + "th row (" + std::to_string(grid.width()) + " x " +
                           std::to_string(grid.height()) + ")");
    if (!what.empty())
        ref.warning =
            "warning: " + what + " is no-data; using the automatic reference " + ref.describe() + " instead";
    progress.setFraction(1.0);
    return ref;
}

FileCorrectionReport correctStreamedCnn(const FileCorrectionRequest& request, const std::string& method,
                                        const CnnCorrection& cnn, Progress& progress)
{
    progress.setStage("opening");
    io::RasterBlockReader reader(request.input);
    io::RasterHeader header = reader.header();
    const int width = header.width;
    const int height = header.height;
    {
        // The unit rules see the header as they would see the whole map.
        Raster probe;
        probe.metadata = header.metadata;
        probe.sourcePath = header.sourcePath.empty() ? request.input.string() : header.sourcePath;
        applyUnitOverrides(probe, request.inputs);
        if (const std::string problem = missingUnitsProblem(probe, method); !problem.empty())
            throw Error(ErrorKind::InvalidInput, problem);
        header.metadata = probe.metadata;
    }

    FileCorrectionReport report;
    report.width = width;
    report.height = height;
    report.units = header.metadata.units;
    report.streamed = true;
    const ReferencePoint point = request.inputs.referenceLonLat
                                     ? ReferencePoint::lonLat(request.inputs.referenceLonLat->first,
                                                              request.inputs.referenceLonLat->second)
                                     : parseReference(request.inputs.reference);
    ResolvedReference reference;
    {
        progress.setStage("reference point");
        SubProgress sub(progress, 0.0, 0.1);
        reference = resolveStreamedReference(reader, point, request.inputs.exclude, report.messages, sub);
    }
    if (!reference.warning.empty())
        report.messages.push_back(reference.warning);

    // Pass 1: clean rows into the scratch file; std sums and the reference window on the way.
    const auto w = std::size_t(width);
    ScratchRows scratch(request.output, width);
    io::RasterBlockReader inputAgain(request.input);
    std::vector<float> inputRows;
    RunningStd stdInput;
    RunningStd stdClean;
    double windowSum = 0.0;
    int windowCount = 0;
    const nn::Denoiser& denoiser = cnn.denoiser();
    nn::RowStream stream;
    stream.width = width;
    stream.height = height;
    stream.units = header.metadata.units;
    stream.wavelengthM = header.metadata.wavelengthM;
    stream.read = [&reader](int row0, int rows, float* out) { reader.readRows(row0, rows, out); };
    // A DEM-aware model streams the DEM's rows too when the DEM file is on the input's grid; a DEM
    // on another grid is warped onto it in memory first (io::onGridOf, as the in-memory path does).
    std::optional<io::RasterBlockReader> demReader;
    Raster demOnGrid;
    if (denoiser.needsDem()) {
        if (request.inputs.dem.empty())
            throw Error(ErrorKind::InvalidInput,
                        "model '" + cnn.modelFile().filename().string() +
                            "' needs a DEM (it was trained with a DEM input channel): "
                            "pass --dem, or choose a DEM");
        demReader.emplace(request.inputs.dem);
        const io::RasterHeader& dh = demReader->header();
        if (dh.height == height && io::sameGrid(dh.makeRaster(1), header.makeRaster(1))) {
            stream.dem = [&demReader](int row0, int rows, float* out) {
                demReader->readRows(row0, rows, out);
            };
        } else {
            demReader.reset();
            progress.setStage("warping the DEM");
            SubProgress sub(progress, 0.1, 0.12);
            demOnGrid = io::onGridOf(io::readRaster(request.inputs.dem), header.makeRaster(height),
                                     "DEM '" + request.inputs.dem.string() + "'", report.messages, sub);
            stream.dem = [&demOnGrid, w](int row0, int rows, float* out) {
                std::memcpy(out, demOnGrid.data() + std::size_t(row0) * w,
                            std::size_t(rows) * w * sizeof(float));
            };
        }
    }
    const nn::RowWriter write = [&](int row0, int rows, const float* clean) {
        scratch.write(row0, rows, clean);
        inputRows.resize(std::size_t(rows) * w);
        inputAgain.readRows(row0, rows, inputRows.data());
        for (int r = 0; r < rows; ++r) {
            const int row = row0 + r;
            const float* in = inputRows.data() + std::size_t(r) * w;
            const float* out = clean + std::size_t(r) * w;
            for (std::size_t c = 0; c < w; ++c)
                if (!std::isnan(in[c]) && !std::isnan(out[c])) {
                    stdInput.add(in[c]);
                    stdClean.add(out[c]);
                }
            if (!reference.none && std::abs(row - reference.row) <= corrections::kReferenceHalfWindow)
                for (int c = std::max(0, reference.col - corrections::kReferenceHalfWindow);
                     c <= std::min(width - 1, reference.col + corrections::kReferenceHalfWindow); ++c)
                    if (!std::isnan(out[c])) {
                        windowSum += out[c];
                        ++windowCount;
                    }
        }
    };
    nn::StreamSummary summary;
    {
        progress.setStage("denoising");
        SubProgress sub(progress, 0.1, 0.8);
        summary = denoiser.denoiseRows(stream, write, sub);
    }
    report.messages.push_back("streamed by rows: tiles of " + std::to_string(summary.tileSize) +
                              " px overlapping by " + std::to_string(summary.overlap) + " px");

    // The constant Correction::apply would leave: the kept mean, or minus the reference value.
    const double keptMean = denoiser.options().preserveMean ? summary.meanRemoved : 0.0;
    double shift = keptMean;
    if (!reference.none) {
        if (windowCount > 0)
            shift = -windowSum / windowCount;
        else
            report.messages.push_back("warning: the corrected map is no-data around the reference " +
                                      reference.describe() + "; it was not re-referenced");
    }

    report.stdBefore = stdInput.value();
    report.stdAfter = stdClean.value();
    report.reduction = corrections::stdReduction(report.stdBefore, report.stdAfter);
    report.reference = reference.describe();
    auto& p = report.provenance;
    p["method"] = cnn.name();
    p["parameters"] = cnn.parametersJson();
    p["version"] = corrections::projectVersion();
    p["reference"] = report.reference;
    p["std_before"] = formatNumber(report.stdBefore);
    p["std_after"] = formatNumber(report.stdAfter);
    p["std_reduction"] = formatNumber(report.reduction);
    for (const auto& [key, value] : cnn.extraProvenance())
        p[key] = value;
    io::RasterHeader correctedHeader = header;
    io::RasterHeader removedHeader = header;
    for (const auto& [key, value] : p) {
        correctedHeader.metadata.extra[corrections::kProvenancePrefix + key] = value;
        removedHeader.metadata.extra[corrections::kProvenancePrefix + key] = value;
    }
    correctedHeader.metadata.description = "corrected by insar-denoiser (" + cnn.name() + ")";
    removedHeader.metadata.description = "removed by insar-denoiser (" + cnn.name() + "): input - corrected";

    // Pass 2: shifted rows into the corrected GeoTIFF, input - corrected into the removed one.
    progress.setStage("writing");
    io::RasterBlockWriter correctedOut(request.output, correctedHeader);
    std::optional<io::RasterBlockWriter> removedOut;
    if (request.removedOutput)
        removedOut.emplace(*request.removedOutput, removedHeader);
    const int band = bandRows(width);
    std::vector<float> corrected(std::size_t(band) * w);
    std::vector<float> removed(std::size_t(band) * w);
    for (int row0 = 0; row0 < height; row0 += band) {
        progress.throwIfCancelled();
        const int rows = std::min(band, height - row0);
        const std::size_t n = std::size_t(rows) * w;
        scratch.read(row0, rows, corrected.data());
        for (std::size_t i = 0; i < n; ++i)
            if (!std::isnan(corrected[i]))
                corrected[i] = float(double(corrected[i]) + shift);
        correctedOut.writeRows(row0, rows, corrected.data());
        if (removedOut) {
            inputRows.resize(n);
            inputAgain.readRows(row0, rows, inputRows.data());
            for (std::size_t i = 0; i < n; ++i)
                removed[i] = (std::isnan(inputRows[i]) || std::isnan(corrected[i]))
                                 ? NAN
                                 : inputRows[i] - corrected[i];
            removedOut->writeRows(row0, rows, removed.data());
        }
        progress.setFraction(0.8 + 0.18 * double(row0 + rows) / height);
    }
    progress.throwIfCancelled();
    correctedOut.commit();
    if (removedOut) {
        try {
            removedOut->commit();
        } catch (...) {
            std::error_code ec;
            fs::remove(request.output, ec); // neither file, rather than one without the other
            throw;
        }
    }
    progress.setFraction(1.0);
    return report;
}

} // namespace insar::pipeline
