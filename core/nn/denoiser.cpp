#include "nn/denoiser.h"

#include "common/error.h"
#include "nn/detail/device.h"
#include "nn/detail/network.h"
#include "nn/detail/normaliser.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace insar::nn {

namespace {

/// Fills NaN pixels with the mean of the valid pixels in the smallest square window (radius 4, 16,
/// 64, ...) that holds any; the global mean when that fails. Integral images: O(pixels) per level.
std::vector<float> fillNoData(const Raster& r)
{
    const int w = r.width(), h = r.height();
    std::vector<float> out(r.values());
    bool any = false;
    for (float v : out)
        if (std::isnan(v)) {
            any = true;
            break;
        }
    if (!any)
        return out;
    const std::size_t stride = static_cast<std::size_t>(w) + 1;
    std::vector<double> sum(stride * (h + 1), 0.0), cnt(stride * (h + 1), 0.0);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float v = r.at(y, x);
            const bool ok = !std::isnan(v);
            const std::size_t i = (y + 1) * stride + (x + 1);
            sum[i] = (ok ? v : 0.0) + sum[i - 1] + sum[i - stride] - sum[i - stride - 1];
            cnt[i] = (ok ? 1.0 : 0.0) + cnt[i - 1] + cnt[i - stride] - cnt[i - stride - 1];
        }
    auto box = [&](const std::vector<double>& a, int y0, int x0, int y1, int x1) {
        return a[y1 * stride + x1] - a[y0 * stride + x1] - a[y1 * stride + x0] + a[y0 * stride + x0];
    };
    const double total = cnt[h * stride + w];
    if (total == 0)
        throw Error(r.sourcePath.empty() ? std::string("the raster holds no valid pixel")
                                         : r.sourcePath + ": the raster holds no valid pixel");
    const double globalMean = sum[h * stride + w] / total;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            float& v = out[static_cast<std::size_t>(y) * w + x];
            if (!std::isnan(v))
                continue;
            v = static_cast<float>(globalMean);
            for (int rad = 4; rad < 2 * std::max(w, h); rad *= 4) {
                const int y0 = std::max(0, y - rad), y1 = std::min(h, y + rad + 1);
                const int x0 = std::max(0, x - rad), x1 = std::min(w, x + rad + 1);
                const double c = box(cnt, y0, x0, y1, x1);
                if (c > 0) {
                    v = static_cast<float>(box(sum, y0, x0, y1, x1) / c);
                    break;
                }
            }
        }
    return out;
}

/// Tile origins along one axis covering [0, n) with tiles of `tile` and at least `overlap` shared.
std::vector<int> tileStarts(int n, int tile, int overlap)
{
    if (n <= tile)
        return {0};
    std::vector<int> starts;
    const int step = std::max(1, tile - overlap);
    for (int s = 0;; s += step) {
        if (s + tile >= n) {
            starts.push_back(n - tile);
            break;
        }
        starts.push_back(s);
    }
    return starts;
}

/// 1-D blending weight at position i of a tile of length len: sin² ramps over `ramp` pixels on the
/// sides that overlap a neighbour (so the weights of overlapping tiles sum to a smooth partition),
/// 1 elsewhere; never exactly 0.
float rampWeight(int i, int len, int ramp, bool rampLow, bool rampHigh)
{
    double w = 1.0;
    if (ramp > 0) {
        if (rampLow && i < ramp)
            w = std::pow(std::sin(0.5 * std::numbers::pi * (i + 0.5) / ramp), 2);
        if (rampHigh && len - 1 - i < ramp)
            w = std::min(w, std::pow(std::sin(0.5 * std::numbers::pi * (len - 1 - i + 0.5) / ramp), 2));
    }
    return static_cast<float>(w);
}

} // namespace

struct Denoiser::Impl {
    ModelInfo info;
    DenoiseOptions options;
    std::shared_ptr<detail::ResidualNetwork> net;
    torch::Device device{torch::kCPU};
};

Denoiser::Denoiser(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Denoiser::~Denoiser() = default;
Denoiser::Denoiser(Denoiser&&) noexcept = default;
Denoiser& Denoiser::operator=(Denoiser&&) noexcept = default;

Denoiser Denoiser::load(const std::filesystem::path& modelFile, const DenoiseOptions& options)
{
    if (options.overlap < 0 || options.batchTiles < 1 || options.tileSize < 0 ||
        (options.tileSize > 0 && options.tileSize <= 2 * options.overlap))
        throw Error("denoise options: need tileSize > 2·overlap, overlap >= 0, batchTiles >= 1");
    ModelFileContents contents = readModelFile(modelFile);
    auto impl = std::make_unique<Impl>();
    impl->info = contents.info;
    impl->options = options;
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
    return Denoiser(std::move(impl));
}

const ModelInfo& Denoiser::info() const
{
    return m_impl->info;
}

Raster Denoiser::denoise(const Raster& input, Progress& progress) const
{
    const Impl& d = *m_impl;
    if (input.empty())
        throw Error("denoise: the input raster is empty");
    // Units: work in the model's units; Unknown is taken to be the model's (documented).
    Raster work = input;
    const Units original = input.metadata.units;
    if (original != Units::Unknown && original != d.info.units) {
        try {
            work.convertUnits(d.info.units);
        } catch (const Error& e) {
            throw Error(std::string("denoise: cannot convert the input from ") + unitsName(original) +
                        " to the model's " + unitsName(d.info.units) + ": " + e.what());
        }
    }
    const int w = work.width(), h = work.height();
    const std::vector<float> filled = fillNoData(work);

    // Tiles overlap by at least half the receptive field (when they can), so every kept pixel
    // saw its whole neighbourhood; automatic tiles are at least twice the receptive field.
    const int halfField = receptiveField(d.info.network) / 2;
    const int tile =
        d.options.tileSize > 0 ? d.options.tileSize : std::max({256, d.info.trainingSize, 4 * halfField});
    int overlap = d.options.overlap;
    if (overlap < halfField && 2 * halfField < tile)
        overlap = halfField;
    const int tileH = std::min(tile, h), tileW = std::min(tile, w);
    const std::vector<int> rows = tileStarts(h, tileH, overlap);
    const std::vector<int> cols = tileStarts(w, tileW, overlap);
    struct TileRef {
        int r0, c0;
    };
    std::vector<TileRef> tiles;
    for (int r0 : rows)
        for (int c0 : cols)
            tiles.push_back({r0, c0});

    std::vector<double> acc(static_cast<std::size_t>(w) * h, 0.0), wsum(static_cast<std::size_t>(w) * h, 0.0);
    const std::size_t tileSizePx = static_cast<std::size_t>(tileH) * tileW;
    torch::NoGradGuard noGrad;
    const std::size_t batch = static_cast<std::size_t>(d.options.batchTiles);
    for (std::size_t t0 = 0; t0 < tiles.size(); t0 += batch) {
        progress.throwIfCancelled();
        const std::size_t nb = std::min(batch, tiles.size() - t0);
        std::vector<float> in(nb * tileSizePx);
        std::vector<detail::MapScaling> scalings(nb);
        for (std::size_t b = 0; b < nb; ++b) {
            const TileRef& t = tiles[t0 + b];
            float* dst = in.data() + b * tileSizePx;
            for (int r = 0; r < tileH; ++r)
                std::copy_n(filled.data() + static_cast<std::size_t>(t.r0 + r) * w + t.c0, tileW,
                            dst + static_cast<std::size_t>(r) * tileW);
            scalings[b] = detail::scalingFor(dst, tileSizePx, d.info.normalisation);
            for (std::size_t k = 0; k < tileSizePx; ++k)
                dst[k] = static_cast<float>((dst[k] - scalings[b].offset) / scalings[b].unit);
        }
        const torch::Tensor x =
            torch::from_blob(in.data(), {static_cast<long>(nb), 1, tileH, tileW}, torch::kFloat32)
                .to(d.device);
        const torch::Tensor res = d.net->forward(x).to(torch::kCPU).contiguous();
        const float* rp = res.data_ptr<float>();
        for (std::size_t b = 0; b < nb; ++b) {
            const TileRef& t = tiles[t0 + b];
            const bool top = t.r0 > 0, bottom = t.r0 + tileH<h, left = t.c0> 0, right = t.c0 + tileW < w;
            for (int r = 0; r < tileH; ++r) {
                const float wr = rampWeight(r, tileH, overlap, top, bottom);
                for (int c = 0; c < tileW; ++c) {
                    const float wc = rampWeight(c, tileW, overlap, left, right);
                    const std::size_t k = b * tileSizePx + static_cast<std::size_t>(r) * tileW + c;
                    const double clean = scalings[b].offset + scalings[b].unit * (in[k] - rp[k]);
                    const std::size_t o = static_cast<std::size_t>(t.r0 + r) * w + t.c0 + c;
                    acc[o] += wr * wc * clean;
                    wsum[o] += wr * wc;
                }
            }
        }
        progress.setFraction(static_cast<double>(t0 + nb) / static_cast<double>(tiles.size()));
    }
    Raster out = work;
    for (std::size_t i = 0; i < out.size(); ++i)
        out.data()[i] = std::isnan(work.data()[i]) ? NAN : static_cast<float>(acc[i] / wsum[i]);
    if (d.options.preserveMean)
        detail::preserveMean(work.data(), out.data(), out.size());
    if (original != Units::Unknown && original != d.info.units)
        out.convertUnits(original);
    return out;
}

} // namespace insar::nn
