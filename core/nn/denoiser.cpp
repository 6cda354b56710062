#include "nn/denoiser.h"

#include "common/error.h"
#include "nn/detail/cpu_block_pool.h"
#include "nn/detail/device.h"
#include "nn/detail/inference_net.h"
#include "nn/detail/network.h"
#include "nn/detail/normaliser.h"
#include "nn/detail/tile_geometry.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace insar::nn {

namespace {

using detail::balancedLength;
using detail::demChannel;
using detail::fillNoData;
using detail::paddedSource;
using detail::Segment;
using detail::segments;

/// Largest automatic tile side: each tile recomputes `overlap` pixels along its inner sides, so
/// large tiles waste less; but a layer's activations take channels × 4 bytes per pixel and LibTorch
/// + oneDNN hold several of them at once, which bounds memory (measured: 536 MiB peak RSS streaming
/// 10,000² in 884² tiles of 32 channels with the block pool, tests/bench/nn/bench_denoise --stream).
constexpr int kAutoTileMax = 896;
/// A batch holds at most this many pixels (one automatic tile).
constexpr std::size_t kMaxBatchPixels = std::size_t(kAutoTileMax) * kAutoTileMax;
/// Rows read at a time by the statistics pass (at most about this many pixels).
constexpr std::size_t kStatsChunkPixels = std::size_t(1) << 22;

std::string prefixed(const std::string& name, const std::string& message)
{
    return name.empty() ? message : name + ": " + message;
}

int alignUp(int n, int multiple)
{
    return (n + multiple - 1) / multiple * multiple;
}

/// Reads rows [row0, row0 + rows) of the map padded to `paddedW` × `paddedH` (tile_geometry.h
/// paddedSource) into dst (stride paddedW), values multiplied by `scale`.
void readPadded(const RowReader& read, int w, int h, int paddedW, int paddedH, int row0, int rows,
                double scale, float* dst, std::vector<float>& line)
{
    const auto stride = static_cast<std::size_t>(paddedW);
    const int direct = std::clamp(h - row0, 0, rows);
    if (paddedW == w) {
        if (direct > 0)
            read(row0, direct, dst);
    } else {
        line.resize(static_cast<std::size_t>(w));
        for (int r = 0; r < direct; ++r) {
            read(row0 + r, 1, line.data());
            std::memcpy(dst + r * stride, line.data(), line.size() * sizeof(float));
        }
    }
    for (int r = direct; r < rows; ++r) {
        const int src = paddedSource(row0 + r, h, paddedH);
        if (src >= row0 && src < row0 + direct)
            std::memcpy(dst + r * stride, dst + (src - row0) * stride,
                        static_cast<std::size_t>(w) * sizeof(float));
        else {
            line.resize(static_cast<std::size_t>(w));
            read(src, 1, line.data());
            std::memcpy(dst + r * stride, line.data(), line.size() * sizeof(float));
        }
    }
    for (int r = 0; r < rows; ++r) {
        float* row = dst + r * stride;
        for (int x = w; x < paddedW; ++x)
            row[x] = row[paddedSource(x, w, paddedW)];
        if (scale != 1.0)
            for (int x = 0; x < paddedW; ++x)
                row[x] = static_cast<float>(row[x] * scale);
    }
}

} // namespace

struct Denoiser::Impl {
    std::filesystem::path modelFile;
    ModelInfo info;
    DenoiseOptions options;
    int overlap = 0;   // resolved
    bool bf16 = false; // options.bf16 and the device can (CPU with AVX-512 BF16)
    std::shared_ptr<detail::ResidualNetwork> net;
    std::unique_ptr<detail::InferenceNet> inference;
    torch::Device device{torch::kCPU};
};

Denoiser::Denoiser(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Denoiser::~Denoiser() = default;
Denoiser::Denoiser(Denoiser&&) noexcept = default;
Denoiser& Denoiser::operator=(Denoiser&&) noexcept = default;

Denoiser Denoiser::load(const std::filesystem::path& modelFile, const DenoiseOptions& options)
{
    if (options.overlap < -1 || options.batchTiles < 1 || options.tileSize < 0)
        throw Error("denoise options: need overlap >= 0 (or -1 = automatic), batchTiles >= 1, tileSize >= 0");
    ModelFileContents contents = readModelFile(modelFile);
    auto impl = std::make_unique<Impl>();
    impl->modelFile = modelFile;
    impl->info = contents.info;
    impl->options = options;
    // Every output pixel depends on a receptiveField² input window; with overlap = field - 1 each
    // kept pixel (overlap/2 from any inner edge) sees all of it, as in whole-map inference.
    impl->overlap = options.overlap >= 0 ? options.overlap : receptiveField(contents.info.network) - 1;
    if (options.tileSize > 0 && options.tileSize <= 2 * impl->overlap)
        throw Error("denoise options: the tile (" + std::to_string(options.tileSize) +
                    " px) must be larger than twice the overlap (" + std::to_string(impl->overlap) + " px" +
                    (options.overlap < 0 ? ", the model's receptive field - 1" : "") + ")");
    impl->device = detail::selectDevice(options.device);
    impl->net = detail::makeNetwork(contents.info.network);
    try {
        detail::deserializeWeights(*impl->net, contents.weights);
    } catch (const Error& e) {
        throw Error(ErrorKind::Format, modelFile.string() + ": " + e.what());
    }
    if (!detail::allFinite(*impl->net))
        throw Error(ErrorKind::Format, modelFile.string() + ": the weights contain NaN or Inf");
    impl->net->to(impl->device);
    impl->net->eval();
    detail::InferenceOptions io;
    io.foldBatchNorm = options.optimised;
    io.channelsLast = options.optimised && impl->device.is_cpu();
    io.bf16 = options.optimised && options.bf16 && impl->device.is_cpu() && detail::cpuHasAvx512Bf16();
    impl->bf16 = io.bf16;
    impl->inference = std::make_unique<detail::InferenceNet>(impl->net, impl->device, io);
    if (options.optimised && impl->device.is_cpu())
        detail::installCpuBlockPool();
    return Denoiser(std::move(impl));
}

const ModelInfo& Denoiser::info() const
{
    return m_impl->info;
}

const DenoiseOptions& Denoiser::options() const
{
    return m_impl->options;
}

bool Denoiser::usesBf16() const
{
    return m_impl->bf16;
}

bool Denoiser::needsDem() const
{
    return nn::needsDem(m_impl->info.network);
}

int Denoiser::overlap() const
{
    return m_impl->overlap;
}

StreamSummary Denoiser::denoiseRows(const RowStream& input, const RowWriter& write, Progress& progress) const
{
    const Impl& d = *m_impl;
    const int w = input.width, h = input.height;
    if (w <= 0 || h <= 0 || !input.read)
        throw Error(prefixed(input.name, "the input raster is empty"));
    const bool useDem = needsDem();
    if (useDem && !input.dem)
        throw Error(ErrorKind::InvalidInput,
                    prefixed(input.name, "model '" + d.modelFile.filename().string() +
                                             "' needs a DEM (it was trained with a DEM input channel): pass "
                                             "--dem, or choose a DEM"));
    if (input.units == Units::Unknown)
        throw Error(ErrorKind::InvalidInput,
                    prefixed(input.name, "the units of the values are unknown (say whether they are "
                                         "radians, metres or millimetres, and give the wavelength "
                                         "for radians)"));
    double toModel = 1.0;
    try {
        toModel = conversionFactor(input.units, d.info.units, input.wavelengthM);
    } catch (const Error& e) {
        throw Error(ErrorKind::InvalidInput,
                    prefixed(input.name, "cannot convert the values from " + unitsName(input.units) +
                                             " to the model's " + unitsName(d.info.units) + ": " + e.what()));
    }
    const std::size_t width = static_cast<std::size_t>(w);

    // Pass 1: statistics of the whole map in the model's units (detail/normaliser.h semantics, so
    // tiles share one scaling and the result does not depend on the tiling), and the DEM's mean.
    progress.setStage("statistics");
    std::size_t count = 0, demCount = 0;
    double sum = 0.0, demSum = 0.0, lo = std::numeric_limits<double>::infinity(), hi = -lo;
    {
        const int chunk = static_cast<int>(std::clamp<std::size_t>(kStatsChunkPixels / width, 1, h));
        std::vector<float> rows(width * chunk);
        for (int r0 = 0; r0 < h; r0 += chunk) {
            progress.throwIfCancelled();
            const int n = std::min(chunk, h - r0);
            input.read(r0, n, rows.data());
            for (std::size_t i = 0; i < width * n; ++i) {
                const float v = rows[i];
                if (std::isnan(v))
                    continue;
                const double m = v * toModel;
                ++count;
                sum += m;
                lo = std::min(lo, m);
                hi = std::max(hi, m);
            }
            if (useDem) {
                input.dem(r0, n, rows.data());
                for (std::size_t i = 0; i < width * n; ++i)
                    if (!std::isnan(rows[i])) {
                        demSum += rows[i];
                        ++demCount;
                    }
            }
            progress.setFraction(0.05 * (r0 + n) / h);
        }
    }
    if (count == 0)
        throw Error(ErrorKind::InvalidInput, prefixed(input.name, "the raster holds no valid pixel"));
    const double mean = sum / static_cast<double>(count);
    double offset = mean, unit = 1.0 / d.info.normalisation.floatScale;
    if (d.info.normalisation.mode == NormalisationMode::Poster8Bit) {
        offset = lo;
        unit = hi > lo ? hi - lo : 1.0;
    }
    const double demLevel = demCount > 0 ? demSum / static_cast<double>(demCount) : 0.0;

    // Pass 2: bands of tile rows. A network that downsamples (unet) sees the map padded to a
    // multiple of its factor and tiles that start and measure multiples of it, so every tile
    // samples the coarse grids of whole-map inference (tile_geometry.h segments).
    progress.setStage("denoising");
    const int align = sizeMultiple(d.info.network);
    const int ph = alignUp(h, align), pw = alignUp(w, align);
    const int minTile = alignUp(2 * (d.overlap / 2) + align, align);
    int tileH = std::min(alignUp(d.options.tileSize, align), ph),
        tileW = std::min(alignUp(d.options.tileSize, align), pw);
    if (d.options.tileSize == 0) {
        const int maxLength = std::max(kAutoTileMax, 4 * d.overlap);
        tileH = alignUp(balancedLength(ph, maxLength, d.overlap), align);
        tileW = alignUp(balancedLength(pw, maxLength, d.overlap), align);
    }
    if (align > 1) {
        tileH = std::min(std::max(tileH, minTile), ph);
        tileW = std::min(std::max(tileW, minTile), pw);
    }
    const std::vector<Segment> rowSegs = segments(ph, tileH, d.overlap, align);
    const std::vector<Segment> colSegs = segments(pw, tileW, d.overlap, align);
    const int channels = useDem ? 2 : 1;
    const std::size_t tilePx = static_cast<std::size_t>(tileH) * tileW;
    const std::size_t batchMax =
        std::clamp<std::size_t>(kMaxBatchPixels / tilePx, 1, static_cast<std::size_t>(d.options.batchTiles));
    const std::size_t stride = static_cast<std::size_t>(pw);
    std::vector<float> band(stride * tileH); // input rows [bandRow0, bandRow0 + tileH), model units
    std::vector<float> demBand(useDem ? stride * tileH : 0); // DEM channel values of the same rows
    int bandRow0 = 0, bandRows = 0;
    std::vector<float> kept(width * tileH); // clean rows of the band's kept range, input units
    std::vector<float> batch(batchMax * channels * tilePx);
    std::vector<double> fillSum, fillCnt;
    std::vector<float> line;
    double removedSum = 0.0;
    const double keptTotal = static_cast<double>(pw) * ph;
    double keptDone = 0.0;
    torch::NoGradGuard noGrad;

    for (const Segment& rs : rowSegs) {
        progress.throwIfCancelled();
        // Slide the band: keep the rows it shares with the previous one, read the rest.
        int reuse = 0;
        if (bandRows > 0 && rs.start < bandRow0 + bandRows) {
            reuse = bandRow0 + bandRows - rs.start;
            std::memmove(band.data(), band.data() + (rs.start - bandRow0) * stride,
                         reuse * stride * sizeof(float));
            if (useDem)
                std::memmove(demBand.data(), demBand.data() + (rs.start - bandRow0) * stride,
                             reuse * stride * sizeof(float));
        }
        if (reuse < tileH) {
            readPadded(input.read, w, h, pw, ph, rs.start + reuse, tileH - reuse, toModel,
                       band.data() + reuse * stride, line);
            if (useDem) {
                float* dst = demBand.data() + reuse * stride;
                readPadded(input.dem, w, h, pw, ph, rs.start + reuse, tileH - reuse, 1.0, dst, line);
                demChannel(dst, (tileH - reuse) * stride, demLevel, dst);
            }
        }
        bandRow0 = rs.start;
        bandRows = tileH;

        const int keepEnd = std::min(rs.keep1, h); // rows past the map's end are padding
        const int keepRows = std::max(0, keepEnd - rs.keep0);
        for (std::size_t c0 = 0; c0 < colSegs.size(); c0 += batchMax) {
            progress.throwIfCancelled();
            const std::size_t nb = std::min(batchMax, colSegs.size() - c0);
            for (std::size_t b = 0; b < nb; ++b) {
                const Segment& cs = colSegs[c0 + b];
                float* t = batch.data() + b * channels * tilePx;
                for (int r = 0; r < tileH; ++r)
                    std::memcpy(t + static_cast<std::size_t>(r) * tileW, band.data() + r * stride + cs.start,
                                tileW * sizeof(float));
                fillNoData(t, tileW, tileH, mean, fillSum, fillCnt);
                for (std::size_t k = 0; k < tilePx; ++k)
                    t[k] = static_cast<float>((t[k] - offset) / unit);
                if (useDem)
                    for (int r = 0; r < tileH; ++r)
                        std::memcpy(t + tilePx + static_cast<std::size_t>(r) * tileW,
                                    demBand.data() + r * stride + cs.start, tileW * sizeof(float));
            }
            const torch::Tensor x = torch::from_blob(
                batch.data(), {static_cast<long>(nb), channels, tileH, tileW}, torch::kFloat32);
            const torch::Tensor res = d.inference->residual(x.to(d.device)).to(torch::kCPU).contiguous();
            const float* rp = res.data_ptr<float>();
            for (std::size_t b = 0; b < nb; ++b) {
                const Segment& cs = colSegs[c0 + b];
                const float* t = batch.data() + b * channels * tilePx;
                const float* r = rp + b * tilePx;
                for (int y = rs.keep0; y < keepEnd; ++y) {
                    const std::size_t row = static_cast<std::size_t>(y - rs.start) * tileW;
                    const float* src = band.data() + (y - rs.start) * stride;
                    float* dst = kept.data() + (y - rs.keep0) * width;
                    for (int x0 = cs.keep0; x0 < std::min(cs.keep1, w); ++x0) {
                        if (std::isnan(src[x0])) {
                            dst[x0] = NAN;
                            continue;
                        }
                        const std::size_t i = row + (x0 - cs.start);
                        const double clean = (offset + unit * (double(t[i]) - double(r[i]))) / toModel;
                        dst[x0] = static_cast<float>(clean);
                        removedSum += double(src[x0]) / toModel - double(dst[x0]);
                    }
                }
            }
            keptDone += static_cast<double>(rs.keep1 - rs.keep0) * tileW * static_cast<double>(nb);
            progress.setFraction(0.05 + 0.95 * std::min(1.0, keptDone / keptTotal));
        }
        if (keepRows > 0)
            write(rs.keep0, keepRows, kept.data());
    }
    progress.setFraction(1.0);

    StreamSummary summary;
    summary.validCount = count;
    summary.meanRemoved = removedSum / static_cast<double>(count);
    summary.tileSize = std::max(tileH, tileW);
    summary.overlap = d.overlap;
    return summary;
}

Raster Denoiser::denoise(const Raster& input, Progress& progress) const
{
    return denoise(input, nullptr, progress);
}

Raster Denoiser::denoise(const Raster& input, const Raster* dem, Progress& progress) const
{
    if (input.empty())
        throw Error(prefixed(input.sourcePath, "the input raster is empty"));
    const std::size_t width = static_cast<std::size_t>(input.width());
    RowStream stream;
    stream.width = input.width();
    stream.height = input.height();
    stream.units = input.metadata.units;
    stream.wavelengthM = input.metadata.wavelengthM;
    stream.name = input.sourcePath;
    stream.read = [&](int row0, int rows, float* out) {
        std::memcpy(out, input.data() + row0 * width, rows * width * sizeof(float));
    };
    if (dem && needsDem()) {
        if (dem->width() != input.width() || dem->height() != input.height())
            throw Error(ErrorKind::InvalidInput,
                        prefixed(input.sourcePath,
                                 "the DEM" + (dem->sourcePath.empty() ? "" : " '" + dem->sourcePath + "'") +
                                     " (" + std::to_string(dem->width()) + " × " +
                                     std::to_string(dem->height()) + ") is not on the map's grid (" +
                                     std::to_string(input.width()) + " × " + std::to_string(input.height()) +
                                     "): warp it first"));
        stream.dem = [dem, width](int row0, int rows, float* out) {
            std::memcpy(out, dem->data() + row0 * width, rows * width * sizeof(float));
        };
    }
    Raster out(input.width(), input.height());
    out.geoTransform = input.geoTransform;
    out.crsWkt = input.crsWkt;
    out.noDataValue = input.noDataValue;
    out.metadata = input.metadata;
    out.sourcePath = input.sourcePath;
    const StreamSummary summary = denoiseRows(
        stream,
        [&](int row0, int rows, const float* clean) {
            std::memcpy(out.data() + row0 * width, clean, rows * width * sizeof(float));
        },
        progress);
    if (m_impl->options.preserveMean) {
        const auto shift = static_cast<float>(summary.meanRemoved);
        for (float& v : out.values())
            if (!std::isnan(v))
                v += shift;
    }
    return out;
}

} // namespace insar::nn
