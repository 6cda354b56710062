#include "date.h"

#include <cstdio>

namespace insar {
namespace {

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && isLeap(y)) ? 29 : kDays[m - 1];
}

// Howard Hinnant's days_from_civil.
long daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

bool Date::isValid() const
{
    return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 &&
           day <= daysInMonth(year, month);
}

std::optional<Date> Date::parse(std::string_view text)
{
    Date d;
    auto digits = [&](size_t pos, size_t n, int& out) {
        if (pos + n > text.size())
            return false;
        out = 0;
        for (size_t i = pos; i < pos + n; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    bool ok = false;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-')
        ok = digits(0, 4, d.year) && digits(5, 2, d.month) && digits(8, 2, d.day);
    else if (text.size() == 8)
        ok = digits(0, 4, d.year) && digits(4, 2, d.month) && digits(6, 2, d.day);
    if (!ok || !d.isValid())
        return std::nullopt;
    return d;
}

std::string Date::toIso() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::string Date::toCompact() const
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", year, month, day);
    return buf;
}

int Date::dayOfYear() const
{
    return static_cast<int>(daysFromCivil(year, month, day) - daysFromCivil(year, 1, 1)) + 1;
}

long Date::daysSinceEpoch() const
{
    return daysFromCivil(year, month, day);
}

double Date::decimalYear() const
{
    const double len = isLeap(year) ? 366.0 : 365.0;
    return year + (dayOfYear() - 1) / len;
}

} // namespace insar
