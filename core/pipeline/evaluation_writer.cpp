#include "pipeline/evaluation_writer.h"

#include "common/atomic_file.h"
#include "common/csv_format.h"
#include "common/error.h"
#include "common/units.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <vector>

namespace insar::pipeline {

namespace {

using QM = metrics::QualityMetrics;

std::size_t fieldIndex(double QM::*member)
{
    const auto& fields = QM::fields();
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].member == member)
            return i;
    throw Error(ErrorKind::Internal, "metric missing from QualityMetrics::fields()");
}

/// The four reported metrics of one bin summary (means of the "after" side): RMSE mm, windowed
/// SSIM, poster SSIM, SNR dB.
struct Four {
    double rmseMm, ssimWindowed, ssimPoster, snrDb;
};

Four fourOf(const metrics::SnrBinSummary& b)
{
    auto mean = [&](double QM::*member) { return b.metrics.at(fieldIndex(member)).meanAfter; };
    return {metresToMm(mean(&QM::rmse)), mean(&QM::ssimWindowed), mean(&QM::ssimPoster), mean(&QM::snrDb)};
}

nlohmann::json finiteOrNull(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

std::string fixedOrDash(double v, const char* format)
{
    if (!std::isfinite(v))
        return "-";
    char text[64];
    std::snprintf(text, sizeof text, format, v);
    return text;
}

} // namespace

std::string plainDecimal(double value, int significant)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0.0)
        return "0";
    const int magnitude = static_cast<int>(std::floor(std::log10(std::abs(value))));
    const int decimals = std::clamp(significant - 1 - magnitude, 0, 12);
    char text[400];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string s(text);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    if (s == "-0")
        s = "0";
    return s;
}

std::string levelRuleText()
{
    return "every method's removed map (input - estimate) is made zero-mean over valid pixels, since the "
           "synthetic atmosphere is zero-mean; a CNN told to keep its own level (cnn:free-mean, --free-mean) "
           "is scored as it comes";
}

void writeMethodsCsv(const std::filesystem::path& file, const EvaluationResult& result)
{
    std::ostringstream out;
    out << kMethodsCsvHeader << '\n';
    auto row = [&](const std::string& method, const metrics::SnrBinSummary& b, bool all) {
        const Four f = fourOf(b);
        out << csvField(method) << ',' << csvField(all ? std::string("all") : b.label) << ','
            << (all ? std::string{} : plainDecimal(b.lowerSnr)) << ','
            << (all ? std::string{} : plainDecimal(b.upperSnr)) << ',' << b.count << ','
            << plainDecimal(f.rmseMm) << ',' << plainDecimal(f.ssimWindowed) << ','
            << plainDecimal(f.ssimPoster) << ',' << plainDecimal(f.snrDb) << '\n';
    };
    for (const MethodSummary& s : result.summaries) {
        for (const auto& b : s.bins)
            row(s.method, b, false);
        row(s.method, s.all, true);
    }
    writeFileAtomically(file, out.str());
}

void writeMethodSamplesCsv(const std::filesystem::path& file, const EvaluationResult& result)
{
    std::ostringstream out;
    out << kMethodSamplesCsvHeader << '\n';
    for (const SampleScores& s : result.samples)
        for (std::size_t m = 0; m < s.methods.size() && m < result.methods.size(); ++m) {
            const QM& q = s.methods[m];
            out << csvField(s.id) << ',' << plainDecimal(s.inputSnr) << ','
                << csvField(result.methods[m].spec) << ',' << plainDecimal(metresToMm(q.rmse)) << ','
                << plainDecimal(q.ssimWindowed) << ',' << plainDecimal(q.ssimPoster) << ','
                << plainDecimal(q.snrDb) << '\n';
        }
    writeFileAtomically(file, out.str());
}

nlohmann::json methodsSummaryJson(const EvaluationResult& result)
{
    nlohmann::json j;
    j["methods"] = nlohmann::json::array();
    for (std::size_t m = 0; m < result.summaries.size(); ++m) {
        const Four f = fourOf(result.summaries[m].all);
        const EvaluationMethod& method = result.methods.at(m);
        j["methods"].push_back({{"method", method.spec},
                                {"masked", method.masked},
                                {"classical", method.isClassical()},
                                {"count", result.summaries[m].all.count},
                                {"rmse_mm", finiteOrNull(f.rmseMm)},
                                {"ssim_windowed", finiteOrNull(f.ssimWindowed)},
                                {"ssim_poster", finiteOrNull(f.ssimPoster)},
                                {"snr_db", finiteOrNull(f.snrDb)}});
    }
    auto name = [&](const std::optional<std::size_t>& m) {
        return m ? nlohmann::json(result.methods.at(*m).spec) : nlohmann::json(nullptr);
    };
    j["best_classical"] = name(result.bestClassical);
    j["best_classical_unmasked"] = name(result.bestUnmaskedClassical);
    j["cnn_rmse_ratio_to_best_classical"] = finiteOrNull(result.cnnRmseRatio());
    nlohmann::json perBin = nlohmann::json::array();
    if (!result.summaries.empty())
        for (std::size_t b = 0; b < result.summaries.front().bins.size(); ++b)
            perBin.push_back({{"bin", result.summaries.front().bins[b].label},
                              {"ratio", finiteOrNull(result.cnnRmseRatio(b))}});
    j["cnn_rmse_ratio_to_best_classical_per_bin"] = perBin;
    j["mask_rule"] = deformationMaskRule();
    j["level_rule"] = levelRuleText();
    j["messages"] = result.messages;
    return j;
}

std::string formatMethodsTable(const EvaluationResult& result)
{
    std::ostringstream out;
    std::size_t width = 6;
    for (const auto& m : result.methods)
        width = std::max(width, m.spec.size());
    char line[512];
    // Per-bin columns: "label (count)" over the bin's RMSE, each as wide as its heading.
    std::vector<std::string> binHeads;
    if (!result.summaries.empty())
        for (const auto& b : result.summaries.front().bins)
            binHeads.push_back(b.label + " (" + std::to_string(b.count) + ")");
    std::snprintf(line, sizeof line, "%-*s %9s %7s %7s %8s  |", int(width), "method", "RMSE mm", "SSIMw",
                  "SSIMp", "SNR dB");
    out << line;
    for (const auto& h : binHeads)
        out << "  " << std::string(h.size() < 8 ? 8 - h.size() : 0, ' ') << h;
    out << '\n';
    for (std::size_t m = 0; m < result.summaries.size(); ++m) {
        const Four f = fourOf(result.summaries[m].all);
        std::snprintf(line, sizeof line, "%-*s %9s %7s %7s %8s  |", int(width),
                      result.methods[m].spec.c_str(), fixedOrDash(f.rmseMm, "%.3f").c_str(),
                      fixedOrDash(f.ssimWindowed, "%.4f").c_str(), fixedOrDash(f.ssimPoster, "%.4f").c_str(),
                      fixedOrDash(f.snrDb, "%.2f").c_str());
        out << line;
        const auto& bins = result.summaries[m].bins;
        for (std::size_t b = 0; b < bins.size(); ++b) {
            const int w = b < binHeads.size() ? int(std::max<std::size_t>(8, binHeads[b].size())) : 8;
            std::snprintf(line, sizeof line, "  %*s", w, fixedOrDash(fourOf(bins[b]).rmseMm, "%.3f").c_str());
            out << line;
        }
        out << '\n';
    }
    out << "(the columns after | are the mean RMSE mm per input-SNR bin, with the bin's sample count)\n";
    if (result.bestClassical) {
        out << "best classical method (lowest overall RMSE): " << result.methods[*result.bestClassical].spec;
        if (result.bestUnmaskedClassical && result.bestUnmaskedClassical != result.bestClassical)
            out << "; without the mask: " << result.methods[*result.bestUnmaskedClassical].spec;
        out << '\n';
    }
    if (result.cnn && result.bestClassical) {
        out << "CNN RMSE / best classical: " << fixedOrDash(result.cnnRmseRatio(), "%.3f") << " overall;";
        for (std::size_t b = 0; b < result.summaries.front().bins.size(); ++b)
            out << ' ' << result.summaries.front().bins[b].label << ' '
                << fixedOrDash(result.cnnRmseRatio(b), "%.3f");
        out << '\n';
    }
    return out.str();
}

} // namespace insar::pipeline
