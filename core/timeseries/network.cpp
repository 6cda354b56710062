#include "timeseries/network.h"

#include "common/error.h"

#include <algorithm>
#include <numeric>
#include <set>

namespace insar::timeseries {

namespace {

std::string pairText(const Date& a, const Date& b)
{
    return a.toIso() + "_" + b.toIso();
}

/// Union-find over date indices with path halving; small networks, so no ranks are needed.
class DisjointSets {
public:
    explicit DisjointSets(std::size_t n) : m_parent(n) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    int find(int i)
    {
        while (m_parent[static_cast<std::size_t>(i)] != i) {
            auto& p = m_parent[static_cast<std::size_t>(i)];
            p = m_parent[static_cast<std::size_t>(p)];
            i = p;
        }
        return i;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

} // namespace

Network Network::fromPairs(const std::vector<std::pair<Date, Date>>& pairs)
{
    if (pairs.empty())
        throw Error("interferogram network: no interferograms given");
    std::set<Date> unique;
    for (const auto& [a, b] : pairs) {
        if (!a.isValid() || !b.isValid())
            throw Error("interferogram network: invalid date in pair " + pairText(a, b));
        if (a == b)
            throw Error("interferogram network: pair " + pairText(a, b) + " joins a date to itself");
        if (b < a)
            throw Error("interferogram network: pair " + pairText(a, b) +
                        " is not in time order (the earlier date comes first)");
        unique.insert(a);
        unique.insert(b);
    }
    Network network;
    network.m_dates.assign(unique.begin(), unique.end());
    auto indexOf = [&](const Date& d) {
        return static_cast<int>(std::lower_bound(network.m_dates.begin(), network.m_dates.end(), d) -
                                network.m_dates.begin());
    };
    std::set<std::pair<int, int>> seen;
    network.m_pairs.reserve(pairs.size());
    for (const auto& [a, b] : pairs) {
        const DatePairIndex index{indexOf(a), indexOf(b)};
        if (!seen.insert({index.reference, index.secondary}).second)
            throw Error("interferogram network: pair " + pairText(a, b) + " is given twice");
        network.m_pairs.push_back(index);
    }
    return network;
}

Network Network::fromDates(const std::vector<Date>& dates)
{
    if (dates.empty())
        throw Error("time series: no dates given");
    for (std::size_t i = 0; i < dates.size(); ++i) {
        if (!dates[i].isValid())
            throw Error("time series: invalid date at position " + std::to_string(i + 1));
        if (i > 0 && !(dates[i - 1] < dates[i]))
            throw Error("time series: dates must be sorted and unique, but " + dates[i].toIso() +
                        " follows " + dates[i - 1].toIso());
    }
    Network network;
    network.m_dates = dates;
    return network;
}

std::vector<double> Network::yearsSinceFirst() const
{
    std::vector<double> years;
    years.reserve(m_dates.size());
    for (const Date& d : m_dates)
        years.push_back(static_cast<double>(d.daysSinceEpoch() - m_dates.front().daysSinceEpoch()) / 365.25);
    return years;
}

std::vector<int> Network::componentOfDate() const
{
    std::vector<int> component(m_dates.size(), 0);
    if (m_pairs.empty())
        return component;
    DisjointSets sets(m_dates.size());
    for (const DatePairIndex& p : m_pairs)
        sets.unite(p.reference, p.secondary);
    // Number components by their earliest date, so the first date's is 0.
    std::vector<int> label(m_dates.size(), -1);
    int next = 0;
    for (std::size_t d = 0; d < m_dates.size(); ++d) {
        const auto root = static_cast<std::size_t>(sets.find(static_cast<int>(d)));
        if (label[root] < 0)
            label[root] = next++;
        component[d] = label[root];
    }
    return component;
}

int Network::componentCount() const
{
    const auto component = componentOfDate();
    return component.empty() ? 0 : *std::max_element(component.begin(), component.end()) + 1;
}

std::string Network::describeGaps() const
{
    const auto component = componentOfDate();
    const int count = component.empty() ? 0 : *std::max_element(component.begin(), component.end()) + 1;
    if (count <= 1)
        return {};
    // Components are numbered by their earliest date; each is named by its date range (and its
    // number of dates when another component's dates fall inside that range).
    struct Part {
        int first = -1;
        int last = -1;
        int dates = 0;
    };
    std::vector<Part> parts(static_cast<std::size_t>(count));
    for (std::size_t d = 0; d < component.size(); ++d) {
        Part& part = parts[static_cast<std::size_t>(component[d])];
        if (part.first < 0)
            part.first = static_cast<int>(d);
        part.last = static_cast<int>(d);
        ++part.dates;
    }
    auto name = [&](const Part& part) {
        if (part.first == part.last)
            return m_dates[static_cast<std::size_t>(part.first)].toIso();
        std::string text = m_dates[static_cast<std::size_t>(part.first)].toIso() + " … " +
                           m_dates[static_cast<std::size_t>(part.last)].toIso();
        if (part.last - part.first + 1 != part.dates)
            text += " (" + std::to_string(part.dates) + " dates)";
        return text;
    };
    std::string text = "the network is not connected (" + std::to_string(count) + " parts):";
    for (std::size_t i = 0; i + 1 < parts.size(); ++i)
        text += std::string(i == 0 ? " " : "; ") + "no interferogram links " + name(parts[i]) + " to " +
                name(parts[i + 1]);
    return text;
}

} // namespace insar::timeseries
