#include "nn/denoiser.h"

#include "common/error.h"
#include "nn/detail/device.h"
#include "nn/detail/inference_net.h"
#include "nn/detail/network.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace insar::nn {

namespace {

/// Largest automatic tile side: each tile recomputes `overlap` pixels along its inner sides, so
/// large tiles waste less; but a layer's activations take channels × 4 bytes per pixel and LibTorch
/// + oneDNN hold about eight of them at once (measured: ~1 GiB peak RSS at 896² for 32 channels,
/// tests/bench/nn/bench_denoise --stream), which bounds memory.
constexpr int kAutoTileMax = 896;
/// A batch holds at most this many pixels (one automatic tile).
constexpr std::size_t kMaxBatchPixels = std::size_t(kAutoTileMax) * kAutoTileMax;
/// Rows read at a time by the statistics pass (at most about this many pixels).
constexpr std::size_t kStatsChunkPixels = std::size_t(1) << 22;

/// One tile along an axis: it covers [start, start + length) and keeps [keep0, keep1).
struct Segment {
    int start = 0;
    int keep0 = 0;
    int keep1 = 0;
};

/// Tiles of `length` (<= n) along [0, n): each keeps its centre and drops overlap/2 pixels on
/// its inner sides, so kept pixels are at least overlap/2 from an inner tile edge and the kept
/// ranges partition [0, n). Needs length > 2·(overlap/2) when length < n.
std::vector<Segment> segments(int n, int length, int overlap)
{
    const int halo = overlap / 2;
    std::vector<Segment> out;
    for (int k = 0; k < n;) {
        const int s = std::clamp(k - halo, 0, n - length);
        const int end = s + length >= n ? n : s + length - halo;
        out.push_back({s, k, end});
        k = end;
    }
    return out;
}

/// Fills NaN pixels of a w × h tile with the mean of the valid pixels in the smallest square window
/// (radius 4, 16, 64, ...) that holds any, `fallback` when the tile has none. Integral images in
/// the caller's buffers: O(pixels) per level, no allocation after the first tile.
void fillNoData(float* v, int w, int h, double fallback, std::vector<double>& sum, std::vector<double>& cnt)
{
    const std::size_t n = static_cast<std::size_t>(w) * h;
    if (std::none_of(v, v + n, [](float x) { return std::isnan(x); }))
        return;
    const std::size_t stride = static_cast<std::size_t>(w) + 1;
    sum.assign(stride * (h + 1), 0.0);
    cnt.assign(stride * (h + 1), 0.0);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float f = v[static_cast<std::size_t>(y) * w + x];
            const bool ok = !std::isnan(f);
            const std::size_t i = (y + 1) * stride + (x + 1);
            sum[i] = (ok ? f : 0.0) + sum[i - 1] + sum[i - stride] - sum[i - stride - 1];
            cnt[i] = (ok ? 1.0 : 0.0) + cnt[i - 1] + cnt[i - stride] - cnt[i - stride - 1];
        }
    auto box = [&](const std::vector<double>& a, int y0, int x0, int y1, int x1) {
        return a[y1 * stride + x1] - a[y0 * stride + x1] - a[y1 * stride + x0] + a[y0 * stride + x0];
    };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            float& f = v[static_cast<std::size_t>(y) * w + x];
            if (!std::isnan(f))
                continue;
            f = static_cast<float>(fallback);
            for (int rad = 4; rad < 2 * std::max(w, h); rad *= 4) {
                const int y0 = std::max(0, y - rad), y1 = std::min(h, y + rad + 1);
                const int x0 = std::max(0, x - rad), x1 = std::min(w, x + rad + 1);
                const double c = box(cnt, y0, x0, y1, x1);
                if (c > 0) {
                    f = static_cast<float>(box(sum, y0, x0, y1, x1) / c);
                    break;
                }
            }
        }
}

/// Automatic tile length along an axis of n pixels: the fewest tiles of at most `maxLength`, then
/// the shortest length giving that count, so the tiles split the axis evenly (a 1500 px axis gets
/// two tiles of 812 px with a 124 px overlap rather than a full tile and a sliver).
int balancedLength(int n, int maxLength, int overlap)
{
    const int halo = overlap / 2;
    if (n <= maxLength)
        return n;
    const int keep = maxLength - 2 * halo; // kept by an inner tile
    const int tiles = 2 + (n - 2 * (maxLength - halo) + keep - 1) / std::max(keep, 1);
    // Two edge tiles keep length - halo each, inner ones length - 2·halo.
    const int length = (n + 2 * halo * (tiles - 1) + tiles - 1) / tiles;
    return std::clamp(length, 2 * halo + 1, maxLength);
}

std::string prefixed(const std::string& name, const std::string& message)
{
    return name.empty() ? message : name + ": " + message;
}

} // namespace

struct Denoiser::Impl {
    ModelInfo info;
    DenoiseOptions options;
    int overlap = 0; // resolved
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
    impl->inference = std::make_unique<detail::InferenceNet>(impl->net, impl->device, io);
    if (options.optimised && impl->device.is_cpu())
        detail::keepFreedMemoryForReuse();
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

StreamSummary Denoiser::denoiseRows(const RowStream& input, const RowWriter& write, Progress& progress) const
{
    const Impl& d = *m_impl;
    const int w = input.width, h = input.height;
    if (w <= 0 || h <= 0 || !input.read)
        throw Error(prefixed(input.name, "the input raster is empty"));
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
    // tiles share one scaling and the result does not depend on the tiling).
    progress.setStage("statistics");
    std::size_t count = 0;
    double sum = 0.0, lo = std::numeric_limits<double>::infinity(), hi = -lo;
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

    // Pass 2: bands of tile rows.
    progress.setStage("denoising");
    int tileH = std::min(d.options.tileSize, h), tileW = std::min(d.options.tileSize, w);
    if (d.options.tileSize == 0) {
        const int maxLength = std::max(kAutoTileMax, 4 * d.overlap);
        tileH = balancedLength(h, maxLength, d.overlap);
        tileW = balancedLength(w, maxLength, d.overlap);
    }
    const std::vector<Segment> rowSegs = segments(h, tileH, d.overlap);
    const std::vector<Segment> colSegs = segments(w, tileW, d.overlap);
    const std::size_t tilePx = static_cast<std::size_t>(tileH) * tileW;
    const std::size_t batchMax =
        std::clamp<std::size_t>(kMaxBatchPixels / tilePx, 1, static_cast<std::size_t>(d.options.batchTiles));
    std::vector<float> band(width * tileH); // input rows [bandRow0, bandRow0 + tileH), model units
    int bandRow0 = 0, bandRows = 0;
    std::vector<float> kept(width * tileH); // clean rows of the band's kept range, input units
    std::vector<float> batch(batchMax * tilePx);
    std::vector<double> fillSum, fillCnt;
    double removedSum = 0.0;
    const double keptTotal = static_cast<double>(width) * h;
    double keptDone = 0.0;
    torch::NoGradGuard noGrad;

    for (const Segment& rs : rowSegs) {
        progress.throwIfCancelled();
        // Slide the band: keep the rows it shares with the previous one, read the rest.
        int reuse = 0;
        if (bandRows > 0 && rs.start < bandRow0 + bandRows) {
            reuse = bandRow0 + bandRows - rs.start;
            std::memmove(band.data(), band.data() + (rs.start - bandRow0) * width,
                         reuse * width * sizeof(float));
        }
        if (reuse < tileH) {
            float* dst = band.data() + reuse * width;
            input.read(rs.start + reuse, tileH - reuse, dst);
            if (toModel != 1.0)
                for (std::size_t i = 0; i < (tileH - reuse) * width; ++i)
                    dst[i] = static_cast<float>(dst[i] * toModel);
        }
        bandRow0 = rs.start;
        bandRows = tileH;

        const int keepRows = rs.keep1 - rs.keep0;
        for (std::size_t c0 = 0; c0 < colSegs.size(); c0 += batchMax) {
            progress.throwIfCancelled();
            const std::size_t nb = std::min(batchMax, colSegs.size() - c0);
            for (std::size_t b = 0; b < nb; ++b) {
                const Segment& cs = colSegs[c0 + b];
                float* t = batch.data() + b * tilePx;
                for (int r = 0; r < tileH; ++r)
                    std::memcpy(t + static_cast<std::size_t>(r) * tileW, band.data() + r * width + cs.start,
                                tileW * sizeof(float));
                fillNoData(t, tileW, tileH, mean, fillSum, fillCnt);
                for (std::size_t k = 0; k < tilePx; ++k)
                    t[k] = static_cast<float>((t[k] - offset) / unit);
            }
            const torch::Tensor x =
                torch::from_blob(batch.data(), {static_cast<long>(nb), 1, tileH, tileW}, torch::kFloat32);
            const torch::Tensor res = d.inference->residual(x.to(d.device)).to(torch::kCPU).contiguous();
            const float* rp = res.data_ptr<float>();
            for (std::size_t b = 0; b < nb; ++b) {
                const Segment& cs = colSegs[c0 + b];
                const float* t = batch.data() + b * tilePx;
                const float* r = rp + b * tilePx;
                for (int y = rs.keep0; y < rs.keep1; ++y) {
                    const std::size_t row = static_cast<std::size_t>(y - rs.start) * tileW;
                    const float* src = band.data() + (y - rs.start) * width;
                    float* dst = kept.data() + (y - rs.keep0) * width;
                    for (int x0 = cs.keep0; x0 < cs.keep1; ++x0) {
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
            keptDone += static_cast<double>(keepRows) * tileW * static_cast<double>(nb);
            progress.setFraction(0.05 + 0.95 * std::min(1.0, keptDone / keptTotal));
        }
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
