#include "corrections/correction.h"

#include "common/error.h"

#include <cmath>
#include <cstdio>
#include <tuple>

namespace insar::corrections {

namespace {

std::string formatNumber(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return buf;
}

void checkContext(const Raster& input, const CorrectionContext& ctx)
{
    if (input.empty())
        throw Error(ErrorKind::InvalidInput, "cannot correct an empty raster");
    if (ctx.exclusionMask &&
        (ctx.exclusionMask->width() != input.width() || ctx.exclusionMask->height() != input.height()))
        throw Error(ErrorKind::InvalidInput,
                    "exclusion mask is " + std::to_string(ctx.exclusionMask->width()) + " x " +
                        std::to_string(ctx.exclusionMask->height()) + " but the interferogram is " +
                        std::to_string(input.width()) + " x " + std::to_string(input.height()));
}

} // namespace

std::string projectVersion()
{
    return INSAR_VERSION;
}

Raster removedNoise(const Raster& input, const Raster& corrected)
{
    if (input.width() != corrected.width() || input.height() != corrected.height())
        throw Error(ErrorKind::Internal,
                    "removed noise: the corrected map is " + std::to_string(corrected.width()) + " x " +
                        std::to_string(corrected.height()) + ", the input " + std::to_string(input.width()) +
                        " x " + std::to_string(input.height()));
    Raster removed = input;
    const float* a = input.data();
    const float* b = corrected.data();
    float* out = removed.data();
    for (std::size_t i = 0; i < removed.size(); ++i)
        out[i] = (std::isnan(a[i]) || std::isnan(b[i])) ? NAN : a[i] - b[i];
    return removed;
}

double stdReduction(double stdBefore, double stdAfter)
{
    if (!(stdBefore > 0.0) || std::isnan(stdAfter))
        return NAN;
    return (stdBefore - stdAfter) / stdBefore;
}

std::pair<double, double> commonStd(const Raster& a, const Raster& b)
{
    if (a.size() != b.size())
        throw Error(ErrorKind::Internal, "commonStd: rasters of different sizes");
    double sumA = 0.0;
    double sumB = 0.0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a.values()[i]) || std::isnan(b.values()[i]))
            continue;
        sumA += a.values()[i];
        sumB += b.values()[i];
        ++n;
    }
    if (n == 0)
        return {NAN, NAN};
    const double meanA = sumA / double(n);
    const double meanB = sumB / double(n);
    double ssA = 0.0;
    double ssB = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a.values()[i]) || std::isnan(b.values()[i]))
            continue;
        ssA += (a.values()[i] - meanA) * (a.values()[i] - meanA);
        ssB += (b.values()[i] - meanB) * (b.values()[i] - meanB);
    }
    return {std::sqrt(ssA / double(n)), std::sqrt(ssB / double(n))};
}

CorrectionResult Correction::apply(const Raster& input, const CorrectionContext& ctx,
                                   Progress& progress) const
{
    checkContext(input, ctx);
    CorrectionResult result;
    const Raster* mask = ctx.exclusionMask ? &*ctx.exclusionMask : nullptr;
    result.reference = resolveReference(input, ctx.reference, mask);
    if (!result.reference.warning.empty())
        result.messages.push_back(result.reference.warning);

    progress.setStage(name());
    SubProgress sub(progress, 0.0, 0.95);
    Raster values = correct(input, ctx, result.reference, sub, result.messages);
    if (values.width() != input.width() || values.height() != input.height())
        throw Error(ErrorKind::Internal, name() + " returned a map of another size than its input");
    progress.throwIfCancelled();

    // The output keeps the input's grid, metadata and no-data value.
    result.corrected = input;
    result.corrected.values() = std::move(values.values());
    if (!result.reference.none && !reReference(result.corrected, result.reference))
        result.messages.push_back("warning: the corrected map is no-data around the reference " +
                                  result.reference.describe() + "; it was not re-referenced");
    result.removed = removedNoise(input, result.corrected);
    std::tie(result.stdBefore, result.stdAfter) = commonStd(input, result.corrected);
    result.reduction = stdReduction(result.stdBefore, result.stdAfter);

    auto& p = result.provenance;
    p["method"] = name();
    p["parameters"] = parametersJson();
    p["version"] = projectVersion();
    p["reference"] = result.reference.describe();
    p["std_before"] = formatNumber(result.stdBefore);
    p["std_after"] = formatNumber(result.stdAfter);
    p["std_reduction"] = formatNumber(result.reduction);
    for (const auto& [key, value] : extraProvenance())
        p[key] = value;
    for (const auto& [key, value] : p) {
        result.corrected.metadata.extra[kProvenancePrefix + key] = value;
        result.removed.metadata.extra[kProvenancePrefix + key] = value;
    }
    result.corrected.metadata.description = "corrected by insar-denoiser (" + name() + ")";
    result.removed.metadata.description = "removed by insar-denoiser (" + name() + "): input - corrected";
    progress.setFraction(1.0);
    return result;
}

} // namespace insar::corrections
