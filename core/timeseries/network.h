// An interferogram network: the acquisition dates and the date pairs of a small-baseline stack,
// its connectivity (which dates an inversion can tie together) and the gaps a disconnected
// network has. No I/O, no GDAL: lists of files become networks in core/io/stack_reader.h.
#pragma once

#include "common/date.h"

#include <string>
#include <utility>
#include <vector>

namespace insar::timeseries {

struct DatePairIndex {
    int reference = 0; // index into Network::dates of the earlier acquisition
    int secondary = 0; // index of the later acquisition
};

class Network {
public:
    Network() = default;
    /// Pairs (earlier, later) in the order of the stack. Throws insar::Error for an empty list, a pair
    /// whose dates are equal or not in order (naming it) and a pair given twice.
    static Network fromPairs(const std::vector<std::pair<Date, Date>>& pairs);
    /// A time series: one map per date (sorted, unique; insar::Error otherwise). It has no pairs.
    static Network fromDates(const std::vector<Date>& dates);

    const std::vector<Date>& dates() const { return m_dates; }          // sorted, unique
    const std::vector<DatePairIndex>& pairs() const { return m_pairs; } // in input order
    std::size_t dateCount() const { return m_dates.size(); }
    std::size_t pairCount() const { return m_pairs.size(); }

    /// Years since the first date, (daysSinceEpoch − first) / 365.25, one per date.
    std::vector<double> yearsSinceFirst() const;

    /// Connected component of each date over the pairs (0 = the first date's component);
    /// a time series (no pairs) is one component.
    std::vector<int> componentOfDate() const;
    int componentCount() const;
    /// Empty when connected; otherwise one sentence naming each gap, e.g. "the network is not
    /// connected: no interferogram links 2015-03-01 … 2015-06-12 to 2015-08-07 … 2016-01-02".
    std::string describeGaps() const;

private:
    std::vector<Date> m_dates;
    std::vector<DatePairIndex> m_pairs;
};

} // namespace insar::timeseries
