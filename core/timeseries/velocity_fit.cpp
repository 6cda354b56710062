#include "timeseries/velocity_fit.h"

#include "common/error.h"
#include "common/parallel_for.h"
#include "timeseries/pattern_groups.h"
#include "timeseries/velocity_pattern.h"

#include <algorithm>
#include <limits>
#include <numbers>

namespace insar::timeseries {

namespace {

using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
/// Pixels per matrix product: the gathered series and the draws' velocities stay in the L2 cache.
constexpr std::size_t kChunkPixels = 512;
/// Bootstrap draws per matrix product: draws × chunk floats stay in the L2 cache.
constexpr Eigen::Index kDrawSlice = 100;

int firstStepColumn(const VelocityModel& model)
{
    return model.seasonal ? 6 : 2;
}

void checkDates(const std::vector<Date>& dates, const char* what)
{
    if (dates.empty())
        throw Error(std::string(what) + ": no dates given");
    for (std::size_t i = 1; i < dates.size(); ++i)
        if (!(dates[i - 1] < dates[i]))
            throw Error(std::string(what) + ": dates must be sorted and unique, but " + dates[i].toIso() +
                        " follows " + dates[i - 1].toIso());
}

void checkOptions(const std::vector<Date>& dates, const VelocityOptions& options, const char* what)
{
    checkDates(dates, what);
    const std::size_t params = parameterNames(options.model).size();
    if (dates.size() <= params)
        throw Error(std::string(what) + ": " + std::to_string(dates.size()) + " dates cannot fit " +
                    std::to_string(params) + " parameters with a residual (at least " +
                    std::to_string(params + 1) + " dates are needed)");
    if (options.uncertainty == Uncertainty::Bootstrap && options.bootstrapDraws < 2)
        throw Error(std::string(what) + ": the bootstrap needs at least 2 draws, not " +
                    std::to_string(options.bootstrapDraws));
    if (options.minDates < 2)
        throw Error(std::string(what) + ": the minimum number of dates per pixel must be at least 2, not " +
                    std::to_string(options.minDates));
    if (options.blockPixels == 0)
        throw Error(std::string(what) + ": the block size must be at least one pixel");
}

Eigen::MatrixXd designEigen(const std::vector<Date>& dates, const VelocityModel& model)
{
    const std::vector<double> g = designMatrix(dates, model);
    const auto cols = static_cast<Eigen::Index>(parameterNames(model).size());
    return Eigen::Map<const RowMatrix>(g.data(), static_cast<Eigen::Index>(dates.size()), cols);
}

struct Scratch {
    std::vector<std::uint64_t> masks;
    std::vector<std::uint32_t> order;
    std::vector<detail::MaskGroup> groups;
    std::vector<int> valid;
    RowMatrix y;
    RowMatrix coef;
    RowMatrix residual;
    detail::FloatRowMatrix yf;
    detail::FloatRowMatrix draws;
    std::vector<double> sse;
    std::vector<double> sum;
    std::vector<double> sumSquares;
};

} // namespace

std::vector<std::string> parameterNames(const VelocityModel& model)
{
    std::vector<std::string> names{"offset", "velocity"};
    if (model.seasonal)
        names.insert(names.end(), {"annual_cos", "annual_sin", "semiannual_cos", "semiannual_sin"});
    for (const Date& step : model.steps)
        names.push_back("step_" + step.toCompact());
    return names;
}

std::vector<double> designMatrix(const std::vector<Date>& dates, const VelocityModel& model)
{
    checkDates(dates, "velocity design");
    for (std::size_t i = 0; i < model.steps.size(); ++i) {
        const Date& step = model.steps[i];
        if (!step.isValid() || !(dates.front() < step) || dates.back() < step)
            throw Error("velocity model: the step date " + step.toIso() + " is outside the time series (" +
                        dates.front().toIso() + " excluded … " + dates.back().toIso() +
                        "]: a step needs dates on both sides");
        for (std::size_t j = 0; j < i; ++j)
            if (model.steps[j] == step)
                throw Error("velocity model: the step date " + step.toIso() + " is given twice");
    }
    const std::size_t cols = parameterNames(model).size();
    std::vector<double> g(dates.size() * cols);
    const long day0 = dates.front().daysSinceEpoch();
    for (std::size_t r = 0; r < dates.size(); ++r) {
        double* row = g.data() + r * cols;
        const double t = static_cast<double>(dates[r].daysSinceEpoch() - day0) / 365.25;
        row[0] = 1.0;
        row[1] = t;
        std::size_t c = 2;
        if (model.seasonal) {
            const double w = 2.0 * std::numbers::pi * t;
            row[c++] = std::cos(w);
            row[c++] = std::sin(w);
            row[c++] = std::cos(2.0 * w);
            row[c++] = std::sin(2.0 * w);
        }
        for (const Date& step : model.steps)
            row[c++] = dates[r] < step ? 0.0 : 1.0;
    }
    return g;
}

VelocityResult fitVelocity(const std::vector<Date>& dates, const float* series, std::size_t pixels,
                           const VelocityOptions& options, Progress& progress)
{
    checkOptions(dates, options, "velocity fit");
    if (series == nullptr && pixels > 0)
        throw Error("velocity fit: no time-series data given");
    const Eigen::MatrixXd design = designEigen(dates, options.model);
    const int stepColumn = firstStepColumn(options.model);
    const std::size_t nDates = dates.size();
    const auto nParams = static_cast<std::size_t>(design.cols());
    const std::size_t words = detail::maskWords(nDates);
    const bool bootstrap = options.uncertainty == Uncertainty::Bootstrap;

    VelocityResult result;
    result.pixels = pixels;
    result.parameters = parameterNames(options.model);
    result.velocity.resize(pixels);
    result.sigma.resize(pixels);
    result.residualRms.resize(pixels);
    result.coefficients.resize(nParams * pixels);

    // Pixels of a block are indexed by 32-bit offsets; a larger block would not be faster anyway.
    const std::size_t blockPixels = std::min<std::size_t>(options.blockPixels, std::size_t{1} << 24);
    const std::size_t blocks = (pixels + blockPixels - 1) / blockPixels;
    std::vector<Scratch> scratch(
        static_cast<std::size_t>(workerCount(std::max<std::size_t>(blocks, 1), options.threads)));
    std::vector<std::size_t> noData(blocks, 0);
    detail::PatternCache<detail::VelocityPattern> cache;

    progress.setStage(bootstrap ? "fitting velocities (bootstrap)" : "fitting velocities");
    parallelFor(blocks, options.threads, progress, [&](std::size_t block, int worker) {
        Scratch& s = scratch[static_cast<std::size_t>(worker)];
        const std::size_t p0 = block * blockPixels;
        const std::size_t n = std::min(blockPixels, pixels - p0);

        s.masks.assign(n * words, 0);
        for (std::size_t d = 0; d < nDates; ++d) {
            const float* value = series + d * pixels + p0;
            const std::uint64_t bit = std::uint64_t{1} << (d % 64);
            std::uint64_t* m = s.masks.data() + d / 64;
            for (std::size_t j = 0; j < n; ++j)
                m[j * words] |= std::isfinite(value[j]) ? bit : 0;
        }
        detail::groupByMask(s.masks, n, words, s.order, s.groups);

        for (const detail::MaskGroup& group : s.groups) {
            const std::uint64_t* key = s.masks.data() + std::size_t{s.order[group.begin]} * words;
            const auto pattern = cache.get(key, words, [&] {
                std::vector<int> valid;
                for (std::size_t d = 0; d < nDates; ++d)
                    if (detail::testBit(key, d))
                        valid.push_back(static_cast<int>(d));
                return detail::buildVelocityPattern(design, stepColumn, valid, options);
            });
            const std::uint32_t* members = s.order.data() + group.begin;
            if (!pattern->usable) {
                noData[block] += group.count;
                for (std::size_t i = 0; i < group.count; ++i) {
                    const std::size_t p = p0 + members[i];
                    result.velocity[p] = result.sigma[p] = result.residualRms[p] = kNaN;
                    for (std::size_t k = 0; k < nParams; ++k)
                        result.coefficients[k * pixels + p] = kNaN;
                }
                continue;
            }
            const auto rows = static_cast<Eigen::Index>(pattern->dates.size());
            const auto fitted = static_cast<Eigen::Index>(pattern->params.size());
            const auto dof = static_cast<double>(rows - fitted);
            const double covVV = pattern->cov(pattern->velocityColumn, pattern->velocityColumn);
            for (std::size_t first = 0; first < group.count; first += kChunkPixels) {
                const std::size_t m = std::min(kChunkPixels, group.count - first);
                const std::uint32_t* chunk = members + first;
                s.y.resize(rows, static_cast<Eigen::Index>(m));
                for (Eigen::Index r = 0; r < rows; ++r) {
                    const float* value = series + std::size_t(pattern->dates[std::size_t(r)]) * pixels + p0;
                    double* dst = s.y.row(r).data();
                    for (std::size_t j = 0; j < m; ++j)
                        dst[j] = value[chunk[j]];
                }
                s.coef.noalias() = pattern->pinv * s.y;
                s.residual = s.y;
                s.residual.noalias() -= pattern->g * s.coef;

                std::size_t next = 0; // next parameter not fitted for this pattern
                for (std::size_t k = 0; k < nParams; ++k) {
                    float* dst = result.coefficients.data() + k * pixels + p0;
                    const bool isFitted = next < pattern->params.size() && pattern->params[next] == int(k);
                    for (std::size_t j = 0; j < m; ++j)
                        dst[chunk[j]] =
                            isFitted ? static_cast<float>(s.coef(Eigen::Index(next), Eigen::Index(j))) : kNaN;
                    next += isFitted ? 1 : 0;
                }
                const double* velocity = s.coef.row(pattern->velocityColumn).data();
                s.sse.assign(m, 0.0);
                for (Eigen::Index r = 0; r < rows; ++r) {
                    const double* e = s.residual.row(r).data();
                    for (std::size_t j = 0; j < m; ++j)
                        s.sse[j] += e[j] * e[j];
                }
                for (std::size_t j = 0; j < m; ++j) {
                    // MintPy's timeseries2velocity: σ̂² = eᵀe/(N−P), σ_v² = σ̂² (GᵀG)⁻¹_vv.
                    const std::size_t p = p0 + chunk[j];
                    result.velocity[p] = static_cast<float>(velocity[j]);
                    result.residualRms[p] = static_cast<float>(std::sqrt(s.sse[j] / double(rows)));
                    result.sigma[p] =
                        bootstrap ? kNaN : static_cast<float>(std::sqrt(s.sse[j] / dof * covVV));
                }
                if (bootstrap && pattern->bootOk) {
                    // All pixels of the chunk and a slice of draws in one product, (draws × N)·(N × pixels);
                    // the spread is accumulated around the full-data velocity (a shift close to the
                    // draws' mean keeps the one-pass variance accurate).
                    s.yf = s.y.cast<float>();
                    s.sum.assign(m, 0.0);
                    s.sumSquares.assign(m, 0.0);
                    const Eigen::Index draws = pattern->bootVelocity.rows();
                    for (Eigen::Index b0 = 0; b0 < draws; b0 += kDrawSlice) {
                        const Eigen::Index slice = std::min<Eigen::Index>(kDrawSlice, draws - b0);
                        s.draws.noalias() = pattern->bootVelocity.middleRows(b0, slice) * s.yf;
                        for (Eigen::Index b = 0; b < slice; ++b) {
                            const float* v = s.draws.row(b).data();
                            for (std::size_t j = 0; j < m; ++j) {
                                const double e = double(v[j]) - velocity[j];
                                s.sum[j] += e;
                                s.sumSquares[j] += e * e;
                            }
                        }
                    }
                    for (std::size_t j = 0; j < m; ++j) {
                        const double variance =
                            (s.sumSquares[j] - s.sum[j] * s.sum[j] / double(draws)) / double(draws - 1);
                        result.sigma[p0 + chunk[j]] = static_cast<float>(std::sqrt(std::max(variance, 0.0)));
                    }
                }
            }
        }
    });

    for (std::size_t count : noData)
        result.noDataPixels += count;
    progress.setFraction(1.0);
    return result;
}

PointFit fitPoint(const std::vector<Date>& dates, const std::vector<double>& values,
                  const VelocityOptions& options)
{
    checkOptions(dates, options, "point velocity fit");
    if (values.size() != dates.size())
        throw Error("point velocity fit: " + std::to_string(values.size()) + " values for " +
                    std::to_string(dates.size()) + " dates");
    const Eigen::MatrixXd design = designEigen(dates, options.model);
    const auto nDates = static_cast<Eigen::Index>(dates.size());
    std::vector<int> valid;
    for (std::size_t d = 0; d < dates.size(); ++d)
        if (std::isfinite(values[d]))
            valid.push_back(static_cast<int>(d));

    PointFit fit;
    fit.validDates = static_cast<int>(valid.size());
    fit.coefficients.assign(static_cast<std::size_t>(design.cols()), NAN);
    fit.model.assign(dates.size(), NAN);
    fit.modelSigma.assign(dates.size(), NAN);
    const detail::VelocityPattern pattern =
        detail::buildVelocityPattern(design, firstStepColumn(options.model), valid, options);
    if (!pattern.usable)
        return fit;

    const auto rows = static_cast<Eigen::Index>(valid.size());
    Eigen::VectorXd y(rows);
    for (Eigen::Index r = 0; r < rows; ++r)
        y(r) = values[static_cast<std::size_t>(valid[static_cast<std::size_t>(r)])];
    const Eigen::VectorXd coef = pattern.pinv * y;
    const double sse = (y - pattern.g * coef).squaredNorm();
    const double varianceFactor = sse / double(rows - coef.size());
    // Rows of the full design restricted to the fitted parameters: the model at every date.
    Eigen::MatrixXd gAll(nDates, coef.size());
    for (Eigen::Index c = 0; c < coef.size(); ++c) {
        gAll.col(c) = design.col(pattern.params[static_cast<std::size_t>(c)]);
        fit.coefficients[static_cast<std::size_t>(pattern.params[static_cast<std::size_t>(c)])] = coef(c);
    }
    const Eigen::VectorXd model = gAll * coef;
    fit.velocity = coef(pattern.velocityColumn);
    for (Eigen::Index d = 0; d < nDates; ++d)
        fit.model[static_cast<std::size_t>(d)] = model(d);

    if (options.uncertainty == Uncertainty::Residual) {
        fit.sigma = std::sqrt(varianceFactor * pattern.cov(pattern.velocityColumn, pattern.velocityColumn));
        // σ_model(t) = sqrt(g(t)ᵀ C g(t)), C = σ̂² (GᵀG)⁻¹.
        const Eigen::MatrixXd cg = gAll * pattern.cov;
        for (Eigen::Index d = 0; d < nDates; ++d)
            fit.modelSigma[static_cast<std::size_t>(d)] =
                std::sqrt(varianceFactor * cg.row(d).dot(gAll.row(d)));
        return fit;
    }
    if (!pattern.bootOk)
        return fit;
    // The same draws as fitVelocity; the band is the spread of the draws' model curves.
    const int draws = options.bootstrapDraws;
    Eigen::MatrixXd curves(draws, nDates);
    Eigen::VectorXd velocities(draws);
    Eigen::VectorXd yDraw(rows);
    detail::forEachBootstrapDraw(pattern.g, draws, options.seed,
                                 [&](int b, const std::vector<int>& idx, const Eigen::MatrixXd& pinv) {
                                     for (Eigen::Index i = 0; i < rows; ++i)
                                         yDraw(i) = y(idx[static_cast<std::size_t>(i)]);
                                     const Eigen::VectorXd c = pinv * yDraw;
                                     velocities(b) = c(pattern.velocityColumn);
                                     curves.row(b) = (gAll * c).transpose();
                                 });
    auto sampleStd = [draws](const auto& v) {
        const double mean = v.mean();
        return std::sqrt((v.array() - mean).square().sum() / double(draws - 1));
    };
    fit.sigma = sampleStd(velocities);
    for (Eigen::Index d = 0; d < nDates; ++d)
        fit.modelSigma[static_cast<std::size_t>(d)] = sampleStd(curves.col(d));
    return fit;
}

} // namespace insar::timeseries
