#include "image_metrics.h"

#include "common/error.h"
#include "metrics_detail.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace insar::metrics {

namespace detail {

namespace {

std::string describe(const Raster& r, const char* name)
{
    std::string s = name;
    if (!r.sourcePath.empty())
        s += " '" + r.sourcePath + "'";
    return s;
}

} // namespace

void checkImage(const float* values, const char* name, int width, int height)
{
    if (width <= 0 || height <= 0)
        throw Error(ErrorKind::InvalidInput, std::string("metrics: ") + name + " has size " +
                                                 std::to_string(width) + "x" + std::to_string(height) +
                                                 " (empty image)");
    if (values == nullptr)
        throw Error(ErrorKind::InvalidInput, std::string("metrics: ") + name + " has no data");
}

void checkRasterPair(const Raster& a, const char* nameA, const Raster& b, const char* nameB)
{
    if (a.empty())
        throw Error(ErrorKind::InvalidInput, "metrics: " + describe(a, nameA) + " is empty");
    if (b.empty())
        throw Error(ErrorKind::InvalidInput, "metrics: " + describe(b, nameB) + " is empty");
    if (a.width() != b.width() || a.height() != b.height())
        throw Error(ErrorKind::InvalidInput,
                    "metrics: size mismatch: " + describe(a, nameA) + " is " + std::to_string(a.width()) +
                        "x" + std::to_string(a.height()) + " but " + describe(b, nameB) + " is " +
                        std::to_string(b.width()) + "x" + std::to_string(b.height()) + " (width x height)");
    const Units ua = a.metadata.units;
    const Units ub = b.metadata.units;
    if (ua != Units::Unknown && ub != Units::Unknown && ua != ub)
        throw Error(ErrorKind::InvalidInput, "metrics: unit mismatch: " + describe(a, nameA) + " is in " +
                                                 unitsName(ua) + " but " + describe(b, nameB) + " is in " +
                                                 unitsName(ub) + "; convert one of them first");
}

void throwInfinite(const char* name, std::size_t index, int width)
{
    throw Error(ErrorKind::Numerical, std::string("metrics: ") + name + " has an infinite value at row " +
                                          std::to_string(index / std::size_t(width)) + ", column " +
                                          std::to_string(index % std::size_t(width)));
}

PairStats pairStats(const float* x, const float* y, int width, int height)
{
    checkImage(x, "reference", width, height);
    checkImage(y, "estimate", width, height);
    const std::size_t n = std::size_t(width) * std::size_t(height);

    // Pass 1: means, shifted by the first valid value so that constant maps give exactly 0
    // deviations (and exactly 0 variances in pass 2).
    PairStats s;
    double shiftX = 0.0, shiftY = 0.0, sumX = 0.0, sumY = 0.0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (std::size_t i = 0; i < n; ++i) {
        const bool vx = usable(x[i], "reference", i, width);
        const bool vy = usable(y[i], "estimate", i, width);
        if (!vx || !vy)
            continue;
        if (s.count == 0) {
            shiftX = x[i];
            shiftY = y[i];
        }
        ++s.count;
        sumX += double(x[i]) - shiftX;
        sumY += double(y[i]) - shiftY;
        lo = std::min(lo, double(x[i]));
        hi = std::max(hi, double(x[i]));
    }
    if (s.count == 0)
        throw Error(ErrorKind::InvalidInput,
                    "metrics: no pixel holds data in both the reference and the estimate "
                    "(all no-data)");
    const double cnt = double(s.count);
    s.meanX = shiftX + sumX / cnt;
    s.meanY = shiftY + sumY / cnt;
    s.minX = lo;
    s.maxX = hi;

    // Pass 2: central moments and powers.
    double sxx = 0.0, syy = 0.0, sxy = 0.0, sx2 = 0.0, sd2 = 0.0, sres = 0.0;
    const double meanDiff = s.meanY - s.meanX;
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        const double xv = x[i];
        const double yv = y[i];
        const double dx = xv - s.meanX;
        const double dy = yv - s.meanY;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
        sx2 += xv * xv;
        sd2 += (yv - xv) * (yv - xv);
        const double dd = (yv - xv) - meanDiff;
        sres += dd * dd;
    }
    s.varX = sxx / cnt;
    s.varY = syy / cnt;
    s.covXY = sxy / cnt;
    s.sumSqX = sx2;
    s.sumSqDiff = sd2;
    s.varDiff = sres / cnt;
    return s;
}

double resolveDataRange(std::optional<double> dataRange, double minX, double maxX)
{
    if (dataRange) {
        if (!std::isfinite(*dataRange) || *dataRange <= 0.0)
            throw Error(ErrorKind::InvalidInput, "metrics: the data range must be a finite number > 0 (got " +
                                                     std::to_string(*dataRange) + ")");
        return *dataRange;
    }
    const double range = maxX - minX;
    return range > 0.0 ? range : 1.0;
}

} // namespace detail

namespace {

using detail::PairStats;

double posterSsimFrom(const PairStats& s)
{
    // Poster form (docs/physics.md §7.1); a 0/0 factor means both maps agree on it -> 1.
    const double lumDen = s.meanX * s.meanX + s.meanY * s.meanY;
    const double lum = lumDen == 0.0 ? 1.0 : 2.0 * s.meanX * s.meanY / lumDen;
    const double conDen = s.varX + s.varY;
    const double con = conDen == 0.0 ? 1.0 : 2.0 * std::sqrt(s.varX) * std::sqrt(s.varY) / conDen;
    return lum * con;
}

double globalSsimFrom(const PairStats& s, double dataRange)
{
    // Wang et al. 2004, eq. 13, one window over the whole image.
    const double c1 = (0.01 * dataRange) * (0.01 * dataRange);
    const double c2 = (0.03 * dataRange) * (0.03 * dataRange);
    return ((2.0 * s.meanX * s.meanY + c1) * (2.0 * s.covXY + c2)) /
           ((s.meanX * s.meanX + s.meanY * s.meanY + c1) * (s.varX + s.varY + c2));
}

double snrFrom(const PairStats& s)
{
    if (s.sumSqDiff == 0.0)
        return std::numeric_limits<double>::infinity();
    return s.sumSqX / s.sumSqDiff;
}

double psnrFrom(const PairStats& s, double dataRange)
{
    const double mse = s.sumSqDiff / double(s.count);
    if (mse == 0.0)
        return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(dataRange * dataRange / mse);
}

double residualStdFrom(const PairStats& s)
{
    return std::sqrt(s.varDiff);
}

} // namespace

double defaultDataRange(const float* reference, int width, int height)
{
    detail::checkImage(reference, "reference", width, height);
    const std::size_t n = std::size_t(width) * std::size_t(height);
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!detail::usable(reference[i], "reference", i, width))
            continue;
        ++count;
        lo = std::min(lo, double(reference[i]));
        hi = std::max(hi, double(reference[i]));
    }
    if (count == 0)
        throw Error(ErrorKind::InvalidInput, "metrics: the reference holds no data (all no-data)");
    return detail::resolveDataRange(std::nullopt, lo, hi);
}

double defaultDataRange(const Raster& reference)
{
    if (reference.empty())
        throw Error(ErrorKind::InvalidInput, "metrics: the reference is empty");
    return defaultDataRange(reference.data(), reference.width(), reference.height());
}

double ssimPoster(const float* reference, const float* estimate, int width, int height)
{
    return posterSsimFrom(detail::pairStats(reference, estimate, width, height));
}

double ssimPoster(const Raster& reference, const Raster& estimate)
{
    detail::checkRasterPair(reference, "reference", estimate, "estimate");
    return ssimPoster(reference.data(), estimate.data(), reference.width(), reference.height());
}

double ssimGlobal(const float* reference, const float* estimate, int width, int height,
                  std::optional<double> dataRange)
{
    const PairStats s = detail::pairStats(reference, estimate, width, height);
    return globalSsimFrom(s, detail::resolveDataRange(dataRange, s.minX, s.maxX));
}

double ssimGlobal(const Raster& reference, const Raster& estimate, std::optional<double> dataRange)
{
    detail::checkRasterPair(reference, "reference", estimate, "estimate");
    return ssimGlobal(reference.data(), estimate.data(), reference.width(), reference.height(), dataRange);
}

double ssimWindowed(const Raster& reference, const Raster& estimate, std::optional<double> dataRange,
                    const WindowedSsimOptions& options)
{
    detail::checkRasterPair(reference, "reference", estimate, "estimate");
    return ssimWindowed(reference.data(), estimate.data(), reference.width(), reference.height(), dataRange,
                        options);
}

double snrRatio(const float* reference, const float* estimate, int width, int height)
{
    return snrFrom(detail::pairStats(reference, estimate, width, height));
}

double snrRatio(const Raster& reference, const Raster& estimate)
{
    detail::checkRasterPair(reference, "reference", estimate, "estimate");
    return snrRatio(reference.data(), estimate.data(), reference.width(), reference.height());
}

double ratioToDb(double ratio)
{
    if (std::isnan(ratio) || ratio < 0.0)
        throw Error(ErrorKind::Numerical,
                    "metrics: cannot express a negative or undefined power ratio in dB");
    if (ratio == 0.0)
        return -std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(ratio);
}

double snrDb(const float* reference, const float* estimate, int width, int height)
{
    return ratioToDb(snrRatio(reference, estimate, width, height));
}

double snrDb(const Raster& reference, const Raster& estimate)
{
    return ratioToDb(snrRatio(reference, estimate));
}

double rmse(const float* reference, const float* estimate, int width, int height)
{
    const PairStats s = detail::pairStats(reference, estimate, width, height);
    return std::sqrt(s.sumSqDiff / double(s.count));
}

double rmse(const Raster& reference, const Raster& estimate)
{
    detail::checkRasterPair(reference, "reference", estimate, "estimate");
    return rmse(reference.data(), estimate.data(), reference.width(), reference.height());
}

double psnr(const float* reference, const float* estimate, int width, int height,
            std::optional<double> dataRange)
{
    const PairStats s = detail::pairStats(reference, estimate, width, height);
    return psnrFrom(s, detail::resolveDataRange(dataRange, s.minX, s.maxX));
}

double psnr(const Raster& reference, const Raster& estimate, std::optional<double> dataRange)
{
    detail::checkRasterPair(reference, "reference", estimate, "estimate");
    return psnr(reference.data(), estimate.data(), reference.width(), reference.height(), dataRange);
}

double residualStd(const float* reference, const float* estimate, int width, int height)
{
    return residualStdFrom(detail::pairStats(reference, estimate, width, height));
}

double residualStd(const Raster& reference, const Raster& estimate)
{
    detail::checkRasterPair(reference, "reference", estimate, "estimate");
    return residualStd(reference.data(), estimate.data(), reference.width(), reference.height());
}

StdReduction stdReduction(const float* reference, const float* estimate, const float* input, int width,
                          int height)
{
    detail::checkImage(reference, "reference", width, height);
    detail::checkImage(estimate, "estimate", width, height);
    detail::checkImage(input, "input", width, height);
    const std::size_t n = std::size_t(width) * std::size_t(height);

    // Residuals before (y - x) and after (x' - x) on the pixels valid in all three; two passes.
    std::size_t count = 0;
    double sumB = 0.0, sumA = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const bool vx = detail::usable(reference[i], "reference", i, width);
        const bool ve = detail::usable(estimate[i], "estimate", i, width);
        const bool vi = detail::usable(input[i], "input", i, width);
        if (!vx || !ve || !vi)
            continue;
        ++count;
        sumB += double(input[i]) - double(reference[i]);
        sumA += double(estimate[i]) - double(reference[i]);
    }
    if (count == 0)
        throw Error(ErrorKind::InvalidInput,
                    "metrics: no pixel holds data in the reference, the estimate and the input "
                    "together (all no-data)");
    const double meanB = sumB / double(count);
    const double meanA = sumA / double(count);
    double ssB = 0.0, ssA = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isnan(reference[i]) || std::isnan(estimate[i]) || std::isnan(input[i]))
            continue;
        const double b = double(input[i]) - double(reference[i]) - meanB;
        const double a = double(estimate[i]) - double(reference[i]) - meanA;
        ssB += b * b;
        ssA += a * a;
    }
    StdReduction r;
    r.stdBefore = std::sqrt(ssB / double(count));
    r.stdAfter = std::sqrt(ssA / double(count));
    r.reduction =
        r.stdBefore > 0.0 ? 1.0 - r.stdAfter / r.stdBefore : std::numeric_limits<double>::quiet_NaN();
    return r;
}

StdReduction stdReduction(const Raster& reference, const Raster& estimate, const Raster& input)
{
    detail::checkRasterPair(reference, "reference", estimate, "estimate");
    detail::checkRasterPair(reference, "reference", input, "input");
    return stdReduction(reference.data(), estimate.data(), input.data(), reference.width(),
                        reference.height());
}

const std::vector<QualityMetrics::Field>& QualityMetrics::fields()
{
    static const std::vector<Field> kFields = {
        {"ssim_poster", &QualityMetrics::ssimPoster},
        {"ssim_global", &QualityMetrics::ssimGlobal},
        {"ssim_windowed", &QualityMetrics::ssimWindowed},
        {"snr_ratio", &QualityMetrics::snrRatio},
        {"snr_db", &QualityMetrics::snrDb},
        {"rmse", &QualityMetrics::rmse},
        {"psnr_db", &QualityMetrics::psnrDb},
        {"residual_std", &QualityMetrics::residualStd},
        {"data_range", &QualityMetrics::dataRange},
    };
    return kFields;
}

QualityMetrics computeQualityMetrics(const float* reference, const float* estimate, int width, int height,
                                     std::optional<double> dataRange, const WindowedSsimOptions& options)
{
    const PairStats s = detail::pairStats(reference, estimate, width, height);
    QualityMetrics m;
    m.dataRange = detail::resolveDataRange(dataRange, s.minX, s.maxX);
    m.validCount = s.count;
    m.ssimPoster = posterSsimFrom(s);
    m.ssimGlobal = globalSsimFrom(s, m.dataRange);
    m.ssimWindowed = ssimWindowed(reference, estimate, width, height, m.dataRange, options);
    m.snrRatio = snrFrom(s);
    m.snrDb = ratioToDb(m.snrRatio);
    m.rmse = std::sqrt(s.sumSqDiff / double(s.count));
    m.psnrDb = psnrFrom(s, m.dataRange);
    m.residualStd = residualStdFrom(s);
    return m;
}

QualityMetrics computeQualityMetrics(const Raster& reference, const Raster& estimate,
                                     std::optional<double> dataRange, const WindowedSsimOptions& options)
{
    detail::checkRasterPair(reference, "reference", estimate, "estimate");
    return computeQualityMetrics(reference.data(), estimate.data(), reference.width(), reference.height(),
                                 dataRange, options);
}

} // namespace insar::metrics
