#include "snr_binning.h"

#include "common/atomic_file.h"
#include "common/error.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <sstream>

namespace insar::metrics {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// "1e2" for exact powers of ten, else a short %g form.
std::string formatEdge(double v)
{
    const double e = std::round(std::log10(v));
    if (std::abs(std::pow(10.0, e) - v) <= 1e-12 * v)
        return "1e" + std::to_string(static_cast<long long>(e));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

/// A CSV cell for a number: full precision, "inf"/"-inf" kept, NaN as an empty cell.
std::string cell(double v)
{
    if (std::isnan(v))
        return {};
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

/// RFC 4180 quoting where needed.
std::string quoted(const std::string& text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

void accumulate(SnrBinSummary& bin, const EvaluationRecord& record, std::vector<double>& sumBefore,
                std::vector<double>& sumAfter)
{
    const auto& fields = QualityMetrics::fields();
    ++bin.count;
    for (std::size_t f = 0; f < fields.size(); ++f) {
        const double b = record.before.*(fields[f].member);
        const double a = record.after.*(fields[f].member);
        if (std::isfinite(b)) {
            sumBefore[f] += b;
            ++bin.metrics[f].finiteBefore;
        }
        if (std::isfinite(a)) {
            sumAfter[f] += a;
            ++bin.metrics[f].finiteAfter;
        }
    }
}

void finish(SnrBinSummary& bin, const std::vector<double>& sumBefore, const std::vector<double>& sumAfter)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t f = 0; f < bin.metrics.size(); ++f) {
        MetricBinStats& m = bin.metrics[f];
        m.meanBefore = m.finiteBefore ? sumBefore[f] / double(m.finiteBefore) : kNaN;
        m.meanAfter = m.finiteAfter ? sumAfter[f] / double(m.finiteAfter) : kNaN;
    }
}

} // namespace

SnrBinning::SnrBinning(std::vector<double> edgesDescending) : m_edges(std::move(edgesDescending))
{
    if (m_edges.empty())
        throw Error(ErrorKind::InvalidInput, "SNR binning: at least one bin edge is needed");
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        if (!std::isfinite(m_edges[i]) || m_edges[i] <= 0.0)
            throw Error(ErrorKind::InvalidInput, "SNR binning: edges must be finite and > 0 (edge " +
                                                     std::to_string(i) + " is " + std::to_string(m_edges[i]) +
                                                     ")");
        if (i > 0 && !(m_edges[i] < m_edges[i - 1]))
            throw Error(ErrorKind::InvalidInput,
                        "SNR binning: edges must be strictly decreasing (from high SNR to low)");
    }
}

SnrBinning SnrBinning::posterDecades()
{
    return SnrBinning({1e2, 1e1, 1e0, 1e-1, 1e-2});
}

SnrBinning SnrBinning::logSpaced(double high, double low, int binsPerDecade)
{
    if (!(std::isfinite(high) && std::isfinite(low) && low > 0.0 && high > low))
        throw Error(ErrorKind::InvalidInput, "SNR binning: need finite 0 < low < high");
    if (binsPerDecade < 1)
        throw Error(ErrorKind::InvalidInput, "SNR binning: need at least one bin per decade");
    const double decades = std::log10(high / low);
    const int steps = std::max(1, int(std::lround(decades * binsPerDecade)));
    std::vector<double> edges;
    for (int k = 0; k <= steps; ++k)
        edges.push_back(high * std::pow(10.0, -decades * double(k) / double(steps)));
    edges.back() = low;
    return SnrBinning(std::move(edges));
}

std::size_t SnrBinning::binIndex(double inputSnr) const
{
    if (std::isnan(inputSnr) || inputSnr < 0.0)
        throw Error(ErrorKind::InvalidInput,
                    "SNR binning: an input SNR must be a ratio >= 0 (got " + std::to_string(inputSnr) + ")");
    for (std::size_t k = 0; k < m_edges.size(); ++k)
        if (inputSnr >= m_edges[k])
            return k;
    return m_edges.size();
}

double SnrBinning::binLower(std::size_t bin) const
{
    return bin < m_edges.size() ? m_edges[bin] : 0.0;
}

double SnrBinning::binUpper(std::size_t bin) const
{
    return bin == 0 ? kInf : m_edges[std::min(bin, m_edges.size()) - 1];
}

std::string SnrBinning::binLabel(std::size_t bin) const
{
    if (bin == 0)
        return ">= " + formatEdge(m_edges.front());
    if (bin >= m_edges.size())
        return "< " + formatEdge(m_edges.back());
    return "[" + formatEdge(m_edges[bin]) + ", " + formatEdge(m_edges[bin - 1]) + ")";
}

std::vector<SnrBinSummary> SnrBinning::aggregate(const std::vector<EvaluationRecord>& records) const
{
    const std::size_t nf = QualityMetrics::fields().size();
    std::vector<SnrBinSummary> bins(binCount());
    std::vector<std::vector<double>> sumB(binCount(), std::vector<double>(nf, 0.0));
    std::vector<std::vector<double>> sumA(binCount(), std::vector<double>(nf, 0.0));
    for (std::size_t b = 0; b < bins.size(); ++b) {
        bins[b].label = binLabel(b);
        bins[b].lowerSnr = binLower(b);
        bins[b].upperSnr = binUpper(b);
        bins[b].metrics.assign(nf, MetricBinStats{});
    }
    for (const auto& r : records) {
        const std::size_t b = binIndex(r.inputSnr);
        accumulate(bins[b], r, sumB[b], sumA[b]);
    }
    for (std::size_t b = 0; b < bins.size(); ++b)
        finish(bins[b], sumB[b], sumA[b]);
    return bins;
}

SnrBinSummary summarize(const std::vector<EvaluationRecord>& records)
{
    if (records.empty())
        throw Error(ErrorKind::InvalidInput, "evaluation summary: no sample was evaluated");
    const std::size_t nf = QualityMetrics::fields().size();
    SnrBinSummary all;
    all.label = "all";
    all.lowerSnr = 0.0;
    all.upperSnr = kInf;
    all.metrics.assign(nf, MetricBinStats{});
    std::vector<double> sumB(nf, 0.0), sumA(nf, 0.0);
    for (const auto& r : records)
        accumulate(all, r, sumB, sumA);
    finish(all, sumB, sumA);
    return all;
}

void writeSamplesCsv(const std::string& path, const std::vector<EvaluationRecord>& records)
{
    const auto& fields = QualityMetrics::fields();
    std::ostringstream out;
    out << "sample_id,input_snr,input_snr_db,valid_pixels";
    for (const char* side : {"before", "after"})
        for (const auto& f : fields)
            out << ',' << side << '_' << f.name;
    out << '\n';
    for (const auto& r : records) {
        const double db = r.inputSnr > 0.0 ? 10.0 * std::log10(r.inputSnr) : -kInf;
        out << quoted(r.sampleId) << ',' << cell(r.inputSnr) << ',' << cell(db) << ',' << r.after.validCount;
        for (const auto& f : fields)
            out << ',' << cell(r.before.*(f.member));
        for (const auto& f : fields)
            out << ',' << cell(r.after.*(f.member));
        out << '\n';
    }
    writeFileAtomically(path, out.str());
}

void writeBinnedCsv(const std::string& path, const std::vector<SnrBinSummary>& bins)
{
    const auto& fields = QualityMetrics::fields();
    std::ostringstream out;
    out << "bin,lower_snr,upper_snr,count";
    for (const auto& f : fields)
        out << ',' << f.name << "_before_mean," << f.name << "_after_mean";
    out << '\n';
    for (const auto& b : bins) {
        if (b.metrics.size() != fields.size())
            throw Error(ErrorKind::Internal,
                        "binned CSV: bin '" + b.label + "' does not hold one entry per metric");
        out << quoted(b.label) << ',' << cell(b.lowerSnr) << ',' << cell(b.upperSnr) << ',' << b.count;
        for (const auto& m : b.metrics)
            out << ',' << cell(m.meanBefore) << ',' << cell(m.meanAfter);
        out << '\n';
    }
    writeFileAtomically(path, out.str());
}

} // namespace insar::metrics
