// Calendar dates of acquisitions (UTC days), parsed from ISO strings or YYYYMMDD file names.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace insar {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    /// "2014-10-03" or "20141003"; nullopt when not a valid calendar date.
    static std::optional<Date> parse(std::string_view text);
    std::string toIso() const;     // 2014-10-03
    std::string toCompact() const; // 20141003
    int dayOfYear() const;         // 1..366
    long daysSinceEpoch() const;   // days since 1970-01-01
    double decimalYear() const;    // 2014.75...
    bool isValid() const;

    friend bool operator==(const Date&, const Date&) = default;
    friend auto operator<=>(const Date& a, const Date& b)
    {
        return a.daysSinceEpoch() <=> b.daysSinceEpoch();
    }
};

} // namespace insar
