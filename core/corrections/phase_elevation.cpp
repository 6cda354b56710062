#include "corrections/phase_elevation.h"

#include "common/error.h"
#include "corrections/exclusion_mask.h"
#include "corrections/least_squares.h"
#include "io/raster_warp.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace insar::corrections {

namespace {

constexpr int kMaxOrder = 3;

void checkOptions(const PhaseElevationOptions& o)
{
    if (o.order < 1 || o.order > kMaxOrder)
        throw Error(ErrorKind::InvalidInput,
                    "phase-elevation order must be 1, 2 or 3 (got " + std::to_string(o.order) + ")");
    if (o.multilook < 1)
        throw Error(ErrorKind::InvalidInput, "phase-elevation multilook factor must be at least 1 (got " +
                                                 std::to_string(o.multilook) + ")");
}

/// One fit sample: the (block-mean) value, height and normalised position.
struct Sample {
    double value;
    double height;
    double x;
    double y;
};

/// Calls visit(sample) for every pixel, or every L x L block at least half usable (valid in the
/// input and the DEM, not excluded), without storing them: memory does not grow with the raster.
template <typename Visit>
void forEachSample(const Raster& input, const Raster& dem, const Raster* mask, int look, Progress& progress,
                   Visit&& visit)
{
    const NormalisedGrid grid(input.width(), input.height());
    for (int row0 = 0; row0 < input.height(); row0 += look) {
        progress.throwIfCancelled();
        progress.setFraction(double(row0) / input.height());
        const int row1 = std::min(row0 + look, input.height());
        for (int col0 = 0; col0 < input.width(); col0 += look) {
            const int col1 = std::min(col0 + look, input.width());
            Sample s{0.0, 0.0, 0.0, 0.0};
            int n = 0;
            for (int row = row0; row < row1; ++row)
                for (int col = col0; col < col1; ++col) {
                    if (!input.isValid(row, col) || !dem.isValid(row, col) || isExcluded(mask, row, col))
                        continue;
                    s.value += input.at(row, col);
                    s.height += dem.at(row, col);
                    s.x += grid.x(col);
                    s.y += grid.y(row);
                    ++n;
                }
            if (n == 0 || 2 * n < (row1 - row0) * (col1 - col0))
                continue;
            visit(Sample{s.value / n, s.height / n, s.x / n, s.y / n});
        }
    }
}

double binomial(int n, int k)
{
    double r = 1.0;
    for (int i = 1; i <= k; ++i)
        r = r * (n - k + i) / i;
    return r;
}

} // namespace

double PhaseElevationFit::heightTerm(double h) const
{
    double v = 0.0;
    double power = 1.0;
    for (double a : heightCoefficients) {
        power *= h;
        v += a * power;
    }
    return v;
}

PhaseElevationFit fitPhaseElevation(const Raster& input, const Raster& dem, const Raster* mask,
                                    const PhaseElevationOptions& options, Progress& progress)
{
    checkOptions(options);
    if (dem.width() != input.width() || dem.height() != input.height())
        throw Error(ErrorKind::InvalidInput,
                    "phase-elevation fit: the DEM is not on the interferogram's grid");

    // Centre and scale the heights so the powers of h stay comparable (conditioning): a first
    // pass finds their range, a second accumulates the normal equations.
    double lo = INFINITY;
    double hi = -INFINITY;
    std::size_t count = 0;
    SubProgress rangeProgress(progress, 0.0, 0.4);
    forEachSample(input, dem, mask, options.multilook, rangeProgress, [&](const Sample& s) {
        lo = std::min(lo, s.height);
        hi = std::max(hi, s.height);
        ++count;
    });
    if (count == 0 || !(hi > lo))
        throw Error(ErrorKind::InvalidInput, "phase-elevation fit: the DEM has no relief over the " +
                                                 std::to_string(count) + " usable pixels");
    const double centre = 0.5 * (hi + lo);
    const double scale = 0.5 * (hi - lo);

    const int order = options.order;
    const int p = 1 + order + (options.withPlane ? 2 : 0);
    NormalEquations eq(p);
    std::array<double, 6> terms{};
    SubProgress fitProgress(progress, 0.4, 1.0);
    forEachSample(input, dem, mask, options.multilook, fitProgress, [&](const Sample& s) {
        const double hn = (s.height - centre) / scale;
        terms[0] = 1.0;
        double power = 1.0;
        for (int k = 1; k <= order; ++k) {
            power *= hn;
            terms[std::size_t(k)] = power;
        }
        if (options.withPlane) {
            terms[std::size_t(order + 1)] = s.x;
            terms[std::size_t(order + 2)] = s.y;
        }
        eq.add(terms.data(), s.value);
    });
    const std::vector<double> theta = eq.solve("phase-elevation fit (order " + std::to_string(order) + ")");

    // Back to raw heights: sum_k t_k ((h - m)/s)^k = sum_j h^j sum_{k>=j} t_k C(k,j) (-m)^(k-j) / s^k.
    PhaseElevationFit fit;
    fit.samples = eq.count();
    fit.heightCoefficients.assign(std::size_t(order), 0.0);
    fit.offset = theta[0];
    for (int k = 1; k <= order; ++k) {
        const double tk = theta[std::size_t(k)] / std::pow(scale, k);
        fit.offset += tk * std::pow(-centre, k);
        for (int j = 1; j <= k; ++j)
            fit.heightCoefficients[std::size_t(j - 1)] += tk * binomial(k, j) * std::pow(-centre, k - j);
    }
    if (options.withPlane) {
        fit.planeX = theta[std::size_t(order + 1)];
        fit.planeY = theta[std::size_t(order + 2)];
    }
    progress.setFraction(1.0);
    return fit;
}

PhaseElevation::PhaseElevation(PhaseElevationOptions options) : m_options(options)
{
    checkOptions(m_options);
}

std::string PhaseElevation::name() const
{
    std::string n = "linear:" + std::to_string(m_options.order);
    if (m_options.withPlane)
        n += "+plane";
    if (m_options.multilook > 1)
        n += "+ml" + std::to_string(m_options.multilook);
    return n;
}

std::string PhaseElevation::parametersJson() const
{
    return nlohmann::json{{"method", "phase-elevation"},
                          {"order", m_options.order},
                          {"plane", m_options.withPlane},
                          {"multilook", m_options.multilook}}
        .dump();
}

Raster PhaseElevation::correct(const Raster& input, const CorrectionContext& ctx, const ResolvedReference&,
                               Progress& progress, std::vector<std::string>& messages) const
{
    if (!ctx.dem)
        throw Error(ErrorKind::InvalidInput, "the phase-elevation (\"linear\") correction needs a DEM (give "
                                             "one with --dem or the DEM chooser)");
    SubProgress warpProgress(progress, 0.0, 0.3);
    const Raster dem =
        io::onGridOf(*ctx.dem, input,
                     "DEM" + (ctx.dem->sourcePath.empty() ? std::string{} : " '" + ctx.dem->sourcePath + "'"),
                     messages, warpProgress);
    const Raster* mask = ctx.exclusionMask ? &*ctx.exclusionMask : nullptr;
    SubProgress fitProgress(progress, 0.3, 0.8);
    const PhaseElevationFit fit = fitPhaseElevation(input, dem, mask, m_options, fitProgress);

    std::string coeffs;
    for (std::size_t k = 0; k < fit.heightCoefficients.size(); ++k) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%sa%zu = %.6g", coeffs.empty() ? "" : ", ", k + 1,
                      fit.heightCoefficients[k]);
        coeffs += buf;
    }
    messages.push_back("phase-elevation fit on " + std::to_string(fit.samples) +
                       (m_options.multilook > 1 ? " multilooked blocks" : " pixels") + ": " + coeffs +
                       " (per metre^k)");

    Raster out = input;
    std::size_t noHeight = 0;
    for (int row = 0; row < input.height(); ++row) {
        if (row % 64 == 0)
            progress.throwIfCancelled();
        for (int col = 0; col < input.width(); ++col) {
            if (!input.isValid(row, col))
                continue;
            if (!dem.isValid(row, col)) {
                out.setNoData(row, col);
                ++noHeight;
                continue;
            }
            out.at(row, col) = float(double(input.at(row, col)) - fit.heightTerm(dem.at(row, col)));
        }
    }
    if (noHeight > 0)
        messages.push_back("warning: " + std::to_string(noHeight) +
                           " valid pixels have no DEM height and are no-data in the corrected map");
    progress.setFraction(1.0);
    return out;
}

} // namespace insar::corrections
