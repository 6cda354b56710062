#include "pipeline/evaluation.h"

#include "common/error.h"
#include "common/text.h"
#include "corrections/correction_factory.h"
#include "synthesis/dataset_reader.h"
#include "synthesis/sample_generator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>
#include <utility>

namespace insar::pipeline {

namespace {

/// True when a step of the comma-separated chain is "cnn" or "cnn:ARG"; `freeMean` when it is
/// "cnn:free-mean".
bool chainUsesCnn(const std::string& chain, bool& freeMean)
{
    bool uses = false;
    std::size_t pos = 0;
    while (pos <= chain.size()) {
        const std::size_t comma = std::min(chain.find(',', pos), chain.size());
        const std::string step = trimmed(std::string_view(chain).substr(pos, comma - pos));
        const std::string name = step.substr(0, step.find(':'));
        if (name == "cnn") {
            uses = true;
            if (step == "cnn:free-mean")
                freeMean = true;
        }
        pos = comma + 1;
    }
    return uses;
}

/// Samples on which a masked method was fitted without its mask, and the first reason.
struct Fallbacks {
    std::size_t count = 0;
    std::string first;
};

/// Applies `method` with the mask when it is a masked one. When the mask leaves too little of the
/// map for the fit (a deformation covering nearly the whole sample), a user could not mask it
/// either: the method is then fitted without the mask, and `fallbacks` counts it. An error that
/// the unmasked fit gives as well is thrown as is.
corrections::CorrectionResult applyMasked(const EvaluationMethod& method, const Raster& input,
                                          const corrections::CorrectionContext& plain,
                                          const corrections::CorrectionContext& masked, Progress& progress,
                                          Fallbacks& fallbacks)
{
    if (!method.masked)
        return method.correction->apply(input, plain, progress);
    try {
        return method.correction->apply(input, masked, progress);
    } catch (const CancelledError&) {
        throw;
    } catch (const Error& e) {
        corrections::CorrectionResult r = method.correction->apply(input, plain, progress);
        if (fallbacks.count++ == 0)
            fallbacks.first = e.what();
        return r;
    }
}

} // namespace

Raster deformationExclusionMask(const Raster& reference)
{
    double maxAbs = 0.0;
    for (float v : reference.values())
        if (!std::isnan(v))
            maxAbs = std::max(maxAbs, std::abs(double(v)));
    // Compared in the map's float precision, so a value equal to the threshold (0.001f) is not above it.
    const float threshold = float(std::max(kMaskFloorM, kMaskFraction * maxAbs));
    Raster mask(reference.width(), reference.height());
    mask.geoTransform = reference.geoTransform;
    mask.crsWkt = reference.crsWkt;
    for (std::size_t i = 0; i < mask.size(); ++i) {
        const float v = reference.values()[i];
        mask.values()[i] = (!std::isnan(v) && std::abs(v) > threshold) ? 1.0f : 0.0f;
    }
    return mask;
}

std::string deformationMaskRule()
{
    char text[200];
    std::snprintf(text, sizeof text,
                  "masked methods exclude pixels where |x| > max(%g mm, %g %% of max|x|), x being the known "
                  "deformation: a stand-in for a user's best mask of the deforming area",
                  kMaskFloorM * 1000.0, kMaskFraction * 100.0);
    return text;
}

std::vector<std::string> defaultEvaluationMethods(bool withCnn)
{
    std::vector<std::string> specs{"none"};
    for (const char* c : {"deramp", "deramp:bilinear", "linear:1+plane", "linear:1+plane,deramp"}) {
        specs.emplace_back(c);
        specs.push_back(std::string(c) + std::string(kMaskedSuffix));
    }
    if (withCnn)
        for (const char* c : {"cnn", "deramp,cnn", "linear:1+plane,cnn"})
            specs.emplace_back(c);
    return specs;
}

std::vector<std::string> splitMethodList(std::string_view list)
{
    std::vector<std::string> items;
    std::string current;
    for (char ch : list) {
        if (ch == ';' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            if (!current.empty())
                items.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(ch);
        }
    }
    if (!current.empty())
        items.push_back(std::move(current));
    return items;
}

std::vector<EvaluationMethod> makeEvaluationMethods(const std::vector<std::string>& specs, bool keepCnnLevel)
{
    if (specs.empty())
        throw Error("evaluation methods: the list is empty (use e.g. \"none;deramp;cnn\")");
    std::vector<EvaluationMethod> methods;
    std::set<std::string> seen;
    auto add = [&](const std::string& raw) {
        const std::string spec = trimmed(raw);
        if (spec.empty())
            throw Error("evaluation methods: an empty method name");
        if (!seen.insert(spec).second)
            throw Error("evaluation methods: '" + spec + "' is listed twice");
        EvaluationMethod m;
        m.spec = spec;
        if (spec == "none") {
            methods.insert(methods.begin(), std::move(m));
            return;
        }
        m.correctionSpec = spec;
        if (spec.size() > kMaskedSuffix.size() && spec.ends_with(kMaskedSuffix)) {
            m.masked = true;
            m.correctionSpec = spec.substr(0, spec.size() - kMaskedSuffix.size());
        }
        bool freeMean = false;
        m.usesCnn = chainUsesCnn(m.correctionSpec, freeMean);
        m.zeroMeanRemoved = !(freeMean || (m.usesCnn && keepCnnLevel));
        try {
            m.correction = corrections::makeCorrection(m.correctionSpec);
        } catch (const CancelledError&) {
            throw;
        } catch (const Error& e) {
            throw Error(e.kind(), "evaluation method '" + spec + "': " + e.what());
        }
        methods.push_back(std::move(m));
    };
    for (const auto& s : specs)
        add(s);
    if (!seen.count("none")) {
        EvaluationMethod none;
        none.spec = "none";
        methods.insert(methods.begin(), std::move(none));
    }
    return methods;
}

EvaluationSource syntheticEvaluationSource(const synthesis::SynthesisConfig& config, std::uint64_t seed,
                                           std::size_t count, const std::string& description)
{
    auto generator = std::make_shared<const synthesis::SampleGenerator>(config);
    EvaluationSource source;
    source.count = count;
    source.description = description;
    source.sample = [generator, seed](std::size_t i) {
        const std::uint64_t s = synthesis::deriveSampleSeed(seed, i);
        synthesis::Sample sample = generator->generate(s);
        EvaluationSample out;
        out.id = "sample-" + std::to_string(i) + "-seed-" + std::to_string(s);
        out.input = std::move(sample.input);
        out.reference = std::move(sample.reference);
        out.dem = std::move(sample.dem);
        return out;
    };
    return source;
}

EvaluationSource datasetEvaluationSource(const std::filesystem::path& dir, std::size_t maxCount)
{
    auto reader = std::make_shared<const synthesis::DatasetReader>(dir);
    EvaluationSource source;
    source.count = std::min(maxCount, reader->size());
    source.description = "dataset " + dir.string();
    bool withDem = true;
    if (source.count > 0) {
        try {
            (void)reader->readSample(0);
        } catch (const CancelledError&) {
            throw;
        } catch (const Error& e) {
            withDem = false;
            source.notes.push_back(
                std::string("no DEM for the dataset's samples (methods that need one fail): ") + e.what());
        }
    }
    source.sample = [reader, withDem](std::size_t i) {
        EvaluationSample out;
        out.id = "dataset-" + std::to_string(i);
        std::vector<float> y, x;
        reader->readPairMetres(i, y, x);
        const int n = reader->sampleSize();
        out.input = Raster(n, n);
        out.reference = Raster(n, n);
        out.input.values() = std::move(y);
        out.reference.values() = std::move(x);
        out.input.metadata.units = out.reference.metadata.units = Units::Metres;
        if (withDem) {
            // The stored pair (npy8 keeps the quantised values) on the sample's own grid and DEM.
            synthesis::Sample s = reader->readSample(i);
            for (Raster* r : {&out.input, &out.reference}) {
                r->geoTransform = s.dem.geoTransform;
                r->crsWkt = s.dem.crsWkt;
            }
            out.dem = std::move(s.dem);
        }
        return out;
    };
    return source;
}

void makeRemovedZeroMean(const Raster& input, Raster& corrected)
{
    if (input.size() != corrected.size())
        throw Error(ErrorKind::Internal, "level rule: the corrected map's size differs from the input's");
    double sum = 0.0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < input.size(); ++i) {
        const float a = input.values()[i], b = corrected.values()[i];
        if (!std::isnan(a) && !std::isnan(b)) {
            sum += double(a) - double(b);
            ++n;
        }
    }
    if (n == 0)
        return;
    const double shift = sum / double(n);
    for (float& v : corrected.values())
        if (!std::isnan(v))
            v = float(double(v) + shift);
}

double EvaluationResult::overall(std::size_t m, double metrics::QualityMetrics::*member) const
{
    const auto& fields = metrics::QualityMetrics::fields();
    for (std::size_t f = 0; f < fields.size(); ++f)
        if (fields[f].member == member)
            return summaries.at(m).all.metrics.at(f).meanAfter;
    throw Error(ErrorKind::Internal, "metric missing from QualityMetrics::fields()");
}

double EvaluationResult::cnnRmseRatio(std::optional<std::size_t> bin) const
{
    if (!cnn || !bestClassical)
        return std::numeric_limits<double>::quiet_NaN();
    const auto& fields = metrics::QualityMetrics::fields();
    std::size_t f = 0;
    while (f < fields.size() && fields[f].member != &metrics::QualityMetrics::rmse)
        ++f;
    auto pick = [&](std::size_t m) {
        const MethodSummary& s = summaries.at(m);
        return bin ? s.bins.at(*bin).metrics.at(f).meanAfter : s.all.metrics.at(f).meanAfter;
    };
    const double best = pick(*bestClassical), c = pick(*cnn);
    if (!(best > 0.0) || !std::isfinite(c))
        return std::numeric_limits<double>::quiet_NaN();
    return c / best;
}

std::vector<metrics::EvaluationRecord> EvaluationResult::records(std::size_t m) const
{
    std::vector<metrics::EvaluationRecord> out;
    out.reserve(samples.size());
    for (const SampleScores& s : samples) {
        metrics::EvaluationRecord r;
        r.sampleId = s.id;
        r.inputSnr = s.inputSnr;
        r.before = s.methods.at(0); // "none" is always first
        r.after = s.methods.at(m);
        out.push_back(std::move(r));
    }
    return out;
}

EvaluationResult evaluateMethods(const EvaluationSource& source, const std::vector<EvaluationMethod>& methods,
                                 Progress& progress, const metrics::SnrBinning& binning)
{
    if (methods.empty() || !methods.front().isInput())
        throw Error(ErrorKind::Internal, "evaluateMethods: the methods must start with \"none\"");
    if (source.count == 0)
        throw Error("evaluation: no samples to evaluate (" + source.description + ")");
    EvaluationResult result;
    result.methods = methods;
    result.messages = source.notes;
    const std::size_t nm = methods.size();
    std::vector<Fallbacks> unmaskedFallbacks(nm);
    for (std::size_t i = 0; i < source.count; ++i) {
        progress.throwIfCancelled();
        const double begin = double(i) / double(source.count), end = double(i + 1) / double(source.count);
        EvaluationSample sample = source.sample(i);
        SampleScores scores;
        scores.id = sample.id;
        scores.inputSnr = metrics::snrRatio(sample.reference, sample.input);
        corrections::CorrectionContext plain;
        plain.dem = sample.dem;
        plain.reference = corrections::ReferencePoint::none();
        corrections::CorrectionContext masked = plain;
        masked.exclusionMask = deformationExclusionMask(sample.reference);
        for (std::size_t m = 0; m < nm; ++m) {
            const EvaluationMethod& method = methods[m];
            SubProgress sub(progress, begin + (end - begin) * double(m) / double(nm),
                            begin + (end - begin) * double(m + 1) / double(nm));
            try {
                if (method.isInput()) {
                    scores.methods.push_back(metrics::computeQualityMetrics(sample.reference, sample.input));
                    continue;
                }
                corrections::CorrectionResult r =
                    applyMasked(method, sample.input, plain, masked, sub, unmaskedFallbacks[m]);
                // r.messages (fitted coefficients, std reductions) are per-sample details: not kept,
                // a 40-sample run would print hundreds of lines.
                if (method.zeroMeanRemoved)
                    makeRemovedZeroMean(sample.input, r.corrected);
                scores.methods.push_back(metrics::computeQualityMetrics(sample.reference, r.corrected));
            } catch (const CancelledError&) {
                throw;
            } catch (const Error& e) {
                throw Error(e.kind(), source.description + ", " + sample.id + ", method '" + method.spec +
                                          "': " + e.what());
            }
        }
        result.samples.push_back(std::move(scores));
        progress.setFraction(end);
    }
    for (std::size_t m = 0; m < nm; ++m)
        if (unmaskedFallbacks[m].count > 0)
            result.messages.push_back(
                methods[m].spec + ": on " + std::to_string(unmaskedFallbacks[m].count) + " of " +
                std::to_string(source.count) +
                " samples the fit failed with the mask and was done without it (first: " +
                unmaskedFallbacks[m].first + ")");

    std::optional<double> bestRmse, bestUnmaskedRmse;
    for (std::size_t m = 0; m < nm; ++m) {
        const auto records = result.records(m);
        MethodSummary s;
        s.method = methods[m].spec;
        s.bins = binning.aggregate(records);
        s.all = metrics::summarize(records);
        result.summaries.push_back(std::move(s));
        const double rmse = result.overall(m, &metrics::QualityMetrics::rmse);
        if (methods[m].isClassical() && std::isfinite(rmse)) {
            if (!bestRmse || rmse < *bestRmse) {
                bestRmse = rmse;
                result.bestClassical = m;
            }
            if (!methods[m].masked && (!bestUnmaskedRmse || rmse < *bestUnmaskedRmse)) {
                bestUnmaskedRmse = rmse;
                result.bestUnmaskedClassical = m;
            }
        }
        const std::string& c = methods[m].correctionSpec;
        const bool plainCnn = c == "cnn" || (c.starts_with("cnn:") && c.find(',') == std::string::npos);
        if (!result.cnn && plainCnn && !methods[m].masked)
            result.cnn = m;
    }
    return result;
}

} // namespace insar::pipeline
