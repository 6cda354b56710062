#include "corrections/deramp.h"

#include "common/error.h"
#include "corrections/exclusion_mask.h"
#include "corrections/least_squares.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cmath>
#include <cstdio>

namespace insar::corrections {

namespace {

/// The regressors of `model` at normalised (x, y); returns their count.
int rampTerms(RampModel model, double x, double y, double* out)
{
    out[0] = 1.0;
    out[1] = x;
    out[2] = y;
    switch (model) {
    case RampModel::Linear:
        return 3;
    case RampModel::Bilinear:
        out[3] = x * y;
        return 4;
    case RampModel::Quadratic:
        out[3] = x * x;
        out[4] = y * y;
        out[5] = x * y;
        return 6;
    }
    return 3;
}

} // namespace

std::string rampModelName(RampModel model)
{
    switch (model) {
    case RampModel::Linear:
        return "linear";
    case RampModel::Bilinear:
        return "bilinear";
    case RampModel::Quadratic:
        return "quadratic";
    }
    return "linear";
}

std::optional<RampModel> parseRampModel(std::string_view text)
{
    if (text == "linear" || text == "plane")
        return RampModel::Linear;
    if (text == "bilinear")
        return RampModel::Bilinear;
    if (text == "quadratic")
        return RampModel::Quadratic;
    return std::nullopt;
}

int rampParameterCount(RampModel model)
{
    std::array<double, 6> terms{};
    return rampTerms(model, 0.0, 0.0, terms.data());
}

double RampFit::valueAt(int row, int col) const
{
    const NormalisedGrid grid(width, height);
    std::array<double, 6> terms{};
    const int p = rampTerms(model, grid.x(col), grid.y(row), terms.data());
    double v = 0.0;
    for (int j = 0; j < p; ++j)
        v += coefficients[std::size_t(j)] * terms[std::size_t(j)];
    return v;
}

Raster RampFit::surface() const
{
    Raster out(width, height);
    const NormalisedGrid grid(width, height);
    std::array<double, 6> terms{};
    for (int row = 0; row < height; ++row)
        for (int col = 0; col < width; ++col) {
            const int p = rampTerms(model, grid.x(col), grid.y(row), terms.data());
            double v = 0.0;
            for (int j = 0; j < p; ++j)
                v += coefficients[std::size_t(j)] * terms[std::size_t(j)];
            out.at(row, col) = float(v);
        }
    return out;
}

RampFit fitRamp(const Raster& input, RampModel model, const Raster* mask, Progress& progress)
{
    RampFit fit;
    fit.model = model;
    fit.width = input.width();
    fit.height = input.height();
    const NormalisedGrid grid(input.width(), input.height());
    NormalEquations eq(rampParameterCount(model));
    std::array<double, 6> terms{};
    for (int row = 0; row < input.height(); ++row) {
        if (row % 64 == 0) {
            progress.throwIfCancelled();
            progress.setFraction(double(row) / input.height());
        }
        const double y = grid.y(row);
        for (int col = 0; col < input.width(); ++col) {
            if (!input.isValid(row, col) || isExcluded(mask, row, col))
                continue;
            rampTerms(model, grid.x(col), y, terms.data());
            eq.add(terms.data(), input.at(row, col));
        }
    }
    fit.coefficients = eq.solve(rampModelName(model) + " ramp fit");
    fit.pixelsUsed = eq.count();
    progress.setFraction(1.0);
    return fit;
}

std::string Deramp::name() const
{
    return "deramp:" + rampModelName(m_model);
}

std::string Deramp::parametersJson() const
{
    return nlohmann::json{{"method", "deramp"}, {"ramp", rampModelName(m_model)}}.dump();
}

Raster Deramp::correct(const Raster& input, const CorrectionContext& ctx, const ResolvedReference&,
                       Progress& progress, std::vector<std::string>& messages) const
{
    const Raster* mask = ctx.exclusionMask ? &*ctx.exclusionMask : nullptr;
    SubProgress fitProgress(progress, 0.0, 0.7);
    const RampFit fit = fitRamp(input, m_model, mask, fitProgress);
    std::string coeffs;
    for (double c : fit.coefficients) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%s%.6g", coeffs.empty() ? "" : ", ", c);
        coeffs += buf;
    }
    messages.push_back(rampModelName(m_model) + " ramp fitted on " + std::to_string(fit.pixelsUsed) +
                       " pixels; coefficients (normalised x, y in [-1, 1]): " + coeffs);
    Raster out = input;
    const NormalisedGrid grid(input.width(), input.height());
    std::array<double, 6> terms{};
    for (int row = 0; row < input.height(); ++row) {
        if (row % 64 == 0)
            progress.throwIfCancelled();
        for (int col = 0; col < input.width(); ++col) {
            if (!input.isValid(row, col))
                continue;
            const int p = rampTerms(m_model, grid.x(col), grid.y(row), terms.data());
            double ramp = 0.0;
            for (int j = 0; j < p; ++j)
                ramp += fit.coefficients[std::size_t(j)] * terms[std::size_t(j)];
            out.at(row, col) = float(double(input.at(row, col)) - ramp);
        }
    }
    progress.setFraction(1.0);
    return out;
}

} // namespace insar::corrections
