// Windowed SSIM (Wang, Bovik, Sheikh & Simoncelli 2004, IEEE TIP 13(4), eq. 13 and §III-C):
// Gaussian-weighted local statistics from separable filtering, 'valid' windows only.
#include "image_metrics.h"

#include "common/error.h"
#include "common/parallel_for.h"
#include "common/thread_config.h"
#include "metrics_detail.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace insar::metrics {

namespace {

/// Everything one windowed-SSIM evaluation needs, prepared once.
struct WindowedPlan {
    const float* x = nullptr;
    const float* y = nullptr;
    int width = 0;
    int height = 0;
    int win = 0;
    int outW = 0;
    int outH = 0;
    std::vector<double> g; // normalised 1-D Gaussian, Σg = 1
    double c1 = 0.0;
    double c2 = 0.0;
    double offset = 0.0;                // subtracted from x and y before filtering
    std::vector<std::uint32_t> invalid; // summed-area table of no-data pixels, (h+1)×(w+1)
    bool anyInvalid = false;

    bool windowValid(int row, int col) const
    {
        const std::size_t stride = std::size_t(width) + 1;
        const auto at = [&](int r, int c) { return invalid[std::size_t(r) * stride + std::size_t(c)]; };
        return at(row + win, col + win) - at(row, col + win) - at(row + win, col) + at(row, col) == 0;
    }

    double localSsim(double ax, double ay, double axx, double ayy, double axy) const
    {
        // ax, ay: weighted means of the offset images; the luminance term needs the true means.
        const double mx = ax + offset;
        const double my = ay + offset;
        const double sxx = axx - ax * ax;
        const double syy = ayy - ay * ay;
        const double sxy = axy - ax * ay;
        return ((2.0 * mx * my + c1) * (2.0 * sxy + c2)) / ((mx * mx + my * my + c1) * (sxx + syy + c2));
    }
};

void checkOptions(const WindowedSsimOptions& o)
{
    if (o.windowSize < 3 || o.windowSize % 2 == 0)
        throw Error(ErrorKind::InvalidInput, "windowed SSIM: the window size must be odd and >= 3 (got " +
                                                 std::to_string(o.windowSize) + ")");
    if (!std::isfinite(o.gaussianSigma) || o.gaussianSigma <= 0.0)
        throw Error(ErrorKind::InvalidInput, "windowed SSIM: the Gaussian sigma must be > 0");
    if (!std::isfinite(o.k1) || !std::isfinite(o.k2) || o.k1 < 0.0 || o.k2 < 0.0)
        throw Error(ErrorKind::InvalidInput, "windowed SSIM: K1 and K2 must be >= 0");
    checkedThreadCount(o.threadCount, "windowed SSIM thread count");
}

WindowedPlan makePlan(const float* x, const float* y, int width, int height, std::optional<double> dataRange,
                      const WindowedSsimOptions& o)
{
    detail::checkImage(x, "reference", width, height);
    detail::checkImage(y, "estimate", width, height);
    checkOptions(o);
    if (width < o.windowSize || height < o.windowSize)
        throw Error(ErrorKind::InvalidInput, "windowed SSIM needs an image of at least " +
                                                 std::to_string(o.windowSize) + "x" +
                                                 std::to_string(o.windowSize) + " pixels (got " +
                                                 std::to_string(width) + "x" + std::to_string(height) + ")");

    WindowedPlan p;
    p.x = x;
    p.y = y;
    p.width = width;
    p.height = height;
    p.win = o.windowSize;
    p.outW = width - o.windowSize + 1;
    p.outH = height - o.windowSize + 1;

    const int half = o.windowSize / 2;
    p.g.resize(std::size_t(o.windowSize));
    double sum = 0.0;
    for (int t = 0; t < o.windowSize; ++t) {
        const double d = double(t - half);
        p.g[std::size_t(t)] = std::exp(-d * d / (2.0 * o.gaussianSigma * o.gaussianSigma));
        sum += p.g[std::size_t(t)];
    }
    for (double& v : p.g)
        v /= sum;

    // One pass: no-data table, infinite-value check, mean and range of the reference.
    const std::size_t stride = std::size_t(width) + 1;
    p.invalid.assign(stride * (std::size_t(height) + 1), 0);
    std::size_t count = 0;
    double shift = 0.0, sumX = 0.0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (int r = 0; r < height; ++r) {
        std::uint32_t rowInvalid = 0;
        for (int c = 0; c < width; ++c) {
            const std::size_t i = std::size_t(r) * std::size_t(width) + std::size_t(c);
            const bool vx = detail::usable(x[i], "reference", i, width);
            const bool vy = detail::usable(y[i], "estimate", i, width);
            if (vx && vy) {
                if (count == 0)
                    shift = x[i];
                ++count;
                sumX += double(x[i]) - shift;
                lo = std::min(lo, double(x[i]));
                hi = std::max(hi, double(x[i]));
            } else {
                ++rowInvalid;
            }
            p.invalid[std::size_t(r + 1) * stride + std::size_t(c + 1)] =
                p.invalid[std::size_t(r) * stride + std::size_t(c + 1)] + rowInvalid;
        }
    }
    if (count == 0)
        throw Error(ErrorKind::InvalidInput,
                    "windowed SSIM: no pixel holds data in both the reference and the estimate "
                    "(all no-data)");
    p.anyInvalid = count < std::size_t(width) * std::size_t(height);
    p.offset = shift + sumX / double(count);
    const double range = detail::resolveDataRange(dataRange, lo, hi);
    p.c1 = (o.k1 * range) * (o.k1 * range);
    p.c2 = (o.k2 * range) * (o.k2 * range);
    return p;
}

constexpr std::size_t kBlock = 8; // columns per register block (a multiple of any SIMD width)

/// dst[j] = Σ_t g[t] · rows[t][j] for j < nPadded (a multiple of kBlock). Accumulating a block of
/// columns in registers across the taps keeps the loop free of stores and lets it vectorise.
void weightedRowSum(const double* const* rows, const double* g, int taps, double* __restrict dst,
                    std::size_t nPadded)
{
    static_assert(kBlock == 8, "the accumulators below are written out for 8 columns");
    for (std::size_t j0 = 0; j0 < nPadded; j0 += kBlock) {
        // Eight named accumulators stay in registers (an array would live on the stack).
        double a0 = 0.0, a1 = 0.0, a2 = 0.0, a3 = 0.0, a4 = 0.0, a5 = 0.0, a6 = 0.0, a7 = 0.0;
        for (int t = 0; t < taps; ++t) {
            const double gt = g[t];
            const double* __restrict s = rows[t] + j0;
            a0 += gt * s[0];
            a1 += gt * s[1];
            a2 += gt * s[2];
            a3 += gt * s[3];
            a4 += gt * s[4];
            a5 += gt * s[5];
            a6 += gt * s[6];
            a7 += gt * s[7];
        }
        double* __restrict d = dst + j0;
        d[0] = a0;
        d[1] = a1;
        d[2] = a2;
        d[3] = a3;
        d[4] = a4;
        d[5] = a5;
        d[6] = a6;
        d[7] = a7;
    }
}

/// Output columns per strip: the ring of filtered rows (5 quantities × 11 rows) stays in L2.
constexpr int kStripColumns = 512;

/// Separable evaluation of output rows [row0, row1) and output columns [col0, col1): adds the
/// local SSIM over valid windows to rowSum/rowCount, and writes the local values when `map` is
/// given.
void separableStrip(const WindowedPlan& p, int row0, int row1, int col0, int col1, double* rowSum,
                    std::size_t* rowCount, float* map)
{
    const int win = p.win;
    const std::size_t ow = std::size_t(col1 - col0);
    const std::size_t w = ow + std::size_t(win) - 1; // input columns col0 .. col1+win-2
    const std::size_t owPad = (ow + kBlock - 1) / kBlock * kBlock;
    const std::size_t linePad = w + kBlock; // zeros past the row end feed the padded columns
    constexpr int kQ = 5;                   // x, y, x², y², xy

    std::vector<double> line(kQ * linePad, 0.0);
    std::vector<double> ring(std::size_t(kQ) * std::size_t(win) * owPad, 0.0);
    std::vector<double> acc(kQ * owPad, 0.0);
    std::vector<const double*> taps(static_cast<std::size_t>(win));
    const auto ringRow = [&](int q, int slot) {
        return ring.data() + (std::size_t(q) * std::size_t(win) + std::size_t(slot)) * owPad;
    };

    // Horizontal pass of image row r into ring slot r % win.
    const auto filterRow = [&](int r) {
        const float* xr = p.x + std::size_t(r) * std::size_t(p.width) + std::size_t(col0);
        const float* yr = p.y + std::size_t(r) * std::size_t(p.width) + std::size_t(col0);
        double* lx = line.data();
        double* ly = lx + linePad;
        double* lxx = ly + linePad;
        double* lyy = lxx + linePad;
        double* lxy = lyy + linePad;
        for (std::size_t c = 0; c < w; ++c) {
            // No-data contributes 0; windows that contain it are skipped anyway.
            const bool ok = !std::isnan(xr[c]) && !std::isnan(yr[c]);
            const double a = ok ? double(xr[c]) - p.offset : 0.0;
            const double b = ok ? double(yr[c]) - p.offset : 0.0;
            lx[c] = a;
            ly[c] = b;
            lxx[c] = a * a;
            lyy[c] = b * b;
            lxy[c] = a * b;
        }
        const int slot = r % win;
        for (int q = 0; q < kQ; ++q) {
            const double* src = line.data() + std::size_t(q) * linePad;
            for (int t = 0; t < win; ++t)
                taps[std::size_t(t)] = src + t;
            weightedRowSum(taps.data(), p.g.data(), win, ringRow(q, slot), owPad);
        }
    };

    for (int r = row0; r < row0 + win - 1; ++r)
        filterRow(r);
    for (int i = row0; i < row1; ++i) {
        filterRow(i + win - 1);
        // Vertical pass over rows i .. i+win-1.
        for (int q = 0; q < kQ; ++q) {
            for (int t = 0; t < win; ++t)
                taps[std::size_t(t)] = ringRow(q, (i + t) % win);
            weightedRowSum(taps.data(), p.g.data(), win, acc.data() + std::size_t(q) * owPad, owPad);
        }
        const double* ax = acc.data();
        const double* ay = ax + owPad;
        const double* axx = ay + owPad;
        const double* ayy = axx + owPad;
        const double* axy = ayy + owPad;
        double sum = 0.0;
        std::size_t count = 0;
        float* mapRow = map ? map + std::size_t(i) * std::size_t(p.outW) + std::size_t(col0) : nullptr;
        for (std::size_t j = 0; j < ow; ++j) {
            if (p.anyInvalid && !p.windowValid(i, col0 + int(j))) {
                if (mapRow)
                    mapRow[j] = std::numeric_limits<float>::quiet_NaN();
                continue;
            }
            const double s = p.localSsim(ax[j], ay[j], axx[j], ayy[j], axy[j]);
            sum += s;
            ++count;
            if (mapRow)
                mapRow[j] = static_cast<float>(s);
        }
        rowSum[i] += sum;
        rowCount[i] += count;
    }
}

/// All output columns of rows [row0, row1), strip by strip in a fixed order.
void separableRows(const WindowedPlan& p, int row0, int row1, double* rowSum, std::size_t* rowCount,
                   float* map)
{
    for (int c0 = 0; c0 < p.outW; c0 += kStripColumns)
        separableStrip(p, row0, row1, c0, std::min(p.outW, c0 + kStripColumns), rowSum, rowCount, map);
}

/// Runs separableRows over all output rows, split into one contiguous block per thread (each block
/// re-filters win - 1 rows above it, so fewer, larger blocks waste less); the per-row results do
/// not depend on the split.
void runSeparable(const WindowedPlan& p, const WindowedSsimOptions& o, std::vector<double>& rowSum,
                  std::vector<std::size_t>& rowCount, float* map)
{
    rowSum.assign(std::size_t(p.outH), 0.0);
    rowCount.assign(std::size_t(p.outH), 0);
    int threads = o.threadCount;
    if (threads == 0)
        threads = std::size_t(p.outW) * std::size_t(p.outH) >= 256u * 256u ? defaultThreadCount() : 1;
    const int blocks = workerCount(std::size_t(p.outH), threads);
    parallelFor(std::size_t(blocks), blocks, [&](std::size_t b, int) {
        const int r0 = int(std::int64_t(p.outH) * std::int64_t(b) / blocks);
        const int r1 = int(std::int64_t(p.outH) * std::int64_t(b + 1) / blocks);
        separableRows(p, r0, r1, rowSum.data(), rowCount.data(), map);
    });
}

double meanOfRows(const std::vector<double>& rowSum, const std::vector<std::size_t>& rowCount, int win)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < rowSum.size(); ++i) {
        sum += rowSum[i];
        count += rowCount[i];
    }
    if (count == 0)
        throw Error(ErrorKind::InvalidInput,
                    "windowed SSIM: every " + std::to_string(win) + "x" + std::to_string(win) +
                        " window contains no-data, so no local SSIM can be computed");
    return sum / double(count);
}

} // namespace

double ssimWindowed(const float* reference, const float* estimate, int width, int height,
                    std::optional<double> dataRange, const WindowedSsimOptions& options)
{
    const WindowedPlan p = makePlan(reference, estimate, width, height, dataRange, options);
    std::vector<double> rowSum;
    std::vector<std::size_t> rowCount;
    runSeparable(p, options, rowSum, rowCount, nullptr);
    return meanOfRows(rowSum, rowCount, p.win);
}

Raster ssimWindowedMap(const Raster& reference, const Raster& estimate, std::optional<double> dataRange,
                       const WindowedSsimOptions& options)
{
    detail::checkRasterPair(reference, "reference", estimate, "estimate");
    const WindowedPlan p = makePlan(reference.data(), estimate.data(), reference.width(), reference.height(),
                                    dataRange, options);
    Raster map(p.outW, p.outH);
    std::vector<double> rowSum;
    std::vector<std::size_t> rowCount;
    runSeparable(p, options, rowSum, rowCount, map.data());

    // Entry (r, c) belongs to the window centred on pixel (r + half, c + half).
    const int half = p.win / 2;
    map.geoTransform = reference.geoTransform;
    if (reference.geoTransform.valid)
        reference.geoTransform.pixelToGeo(half, half, map.geoTransform.c[0], map.geoTransform.c[3]);
    map.crsWkt = reference.crsWkt;
    map.metadata.description = "local SSIM (" + std::to_string(p.win) + "x" + std::to_string(p.win) +
                               " Gaussian window, sigma " + std::to_string(options.gaussianSigma) + ")";
    return map;
}

double ssimWindowedDirect(const float* reference, const float* estimate, int width, int height,
                          std::optional<double> dataRange, const WindowedSsimOptions& options)
{
    const WindowedPlan p = makePlan(reference, estimate, width, height, dataRange, options);
    const int win = p.win;
    double sum = 0.0;
    std::size_t count = 0;
    for (int i = 0; i < p.outH; ++i) {
        for (int j = 0; j < p.outW; ++j) {
            if (!p.windowValid(i, j))
                continue;
            double ax = 0.0, ay = 0.0, axx = 0.0, ayy = 0.0, axy = 0.0;
            for (int u = 0; u < win; ++u) {
                for (int v = 0; v < win; ++v) {
                    const double wt = p.g[std::size_t(u)] * p.g[std::size_t(v)];
                    const std::size_t k = std::size_t(i + u) * std::size_t(width) + std::size_t(j + v);
                    const double a = double(reference[k]) - p.offset;
                    const double b = double(estimate[k]) - p.offset;
                    ax += wt * a;
                    ay += wt * b;
                    axx += wt * a * a;
                    ayy += wt * b * b;
                    axy += wt * a * b;
                }
            }
            sum += p.localSsim(ax, ay, axx, ayy, axy);
            ++count;
        }
    }
    if (count == 0)
        throw Error(ErrorKind::InvalidInput,
                    "windowed SSIM: every " + std::to_string(win) + "x" + std::to_string(win) +
                        " window contains no-data, so no local SSIM can be computed");
    return sum / double(count);
}

} // namespace insar::metrics
