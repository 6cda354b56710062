// The poster's analysis of denoising performance versus input SNR (docs/physics.md §11.4): per-sample
// metrics before and after correction, grouped into log-spaced input-SNR bins from 1e2 down to 1e-2.
#pragma once

#include "metrics/image_metrics.h"

#include <cstddef>
#include <string>
#include <vector>

namespace insar::metrics {

/// One evaluated sample: its input SNR P_x / P_{y-x} (a ratio, not dB) and the metrics of the
/// uncorrected input y (before) and of the estimate x' (after), both against the reference x.
struct EvaluationRecord {
    std::string sampleId;
    double inputSnr = 0.0;
    QualityMetrics before;
    QualityMetrics after;
};

/// Mean of one metric over the finite values in a bin: an infinite SNR (an exact estimate) is left
/// out of the mean, so finiteBefore/finiteAfter may be less than the bin's count.
struct MetricBinStats {
    std::size_t finiteBefore = 0;
    std::size_t finiteAfter = 0;
    double meanBefore = 0.0; // NaN when finiteBefore == 0
    double meanAfter = 0.0;  // NaN when finiteAfter == 0
};

/// One input-SNR bin: lowerSnr <= inputSnr < upperSnr (lowerSnr 0 / upperSnr +inf for the
/// under- and overflow bins). `metrics` follows the order of QualityMetrics::fields().
struct SnrBinSummary {
    std::string label; // e.g. "[1e-1, 1e0)", ">= 1e2", "< 1e-2"
    double lowerSnr = 0.0;
    double upperSnr = 0.0;
    std::size_t count = 0;
    std::vector<MetricBinStats> metrics;
};

/// Bin edges in input SNR (ratio). Bins are ordered from high SNR to low, as the poster reads:
/// overflow [e0, +inf), [e1, e0), ..., [e_last, e_{last-1}), underflow [0, e_last).
class SnrBinning {
public:
    /// Edges strictly decreasing, finite and > 0; throws insar::Error otherwise.
    explicit SnrBinning(std::vector<double> edgesDescending);

    /// The poster's decades: edges 1e2, 1e1, 1e0, 1e-1, 1e-2 (six bins with under/overflow).
    static SnrBinning posterDecades();
    /// Log-spaced edges from `high` down to `low` with `binsPerDecade` bins per decade.
    static SnrBinning logSpaced(double high, double low, int binsPerDecade);

    const std::vector<double>& edges() const { return m_edges; }
    std::size_t binCount() const { return m_edges.size() + 1; }
    /// 0 = overflow (>= first edge), binCount()-1 = underflow. Throws for NaN or negative SNR.
    std::size_t binIndex(double inputSnr) const;
    double binLower(std::size_t bin) const;
    double binUpper(std::size_t bin) const;
    std::string binLabel(std::size_t bin) const;

    /// Count and per-metric means per bin (every bin is returned, empty ones with count 0).
    std::vector<SnrBinSummary> aggregate(const std::vector<EvaluationRecord>& records) const;

private:
    std::vector<double> m_edges;
};

/// Mean of every metric over all records (a single "all" bin); throws when records is empty.
SnrBinSummary summarize(const std::vector<EvaluationRecord>& records);

/// Per-sample CSV: sample_id,input_snr,input_snr_db, then before_<field>... and after_<field>...
/// for every QualityMetrics field. Written atomically (common/atomic_file.h).
void writeSamplesCsv(const std::string& path, const std::vector<EvaluationRecord>& records);

/// Binned CSV: bin,lower_snr,upper_snr,count, then <field>_before_mean,<field>_after_mean for
/// every QualityMetrics field (empty cell when a bin has no finite value). Written atomically.
void writeBinnedCsv(const std::string& path, const std::vector<SnrBinSummary>& bins);

} // namespace insar::metrics
