#include "common/csv_format.h"

#include <cmath>
#include <cstdio>

namespace insar {

std::string csvNumber(double value, int significant)
{
    if (!std::isfinite(value))
        return {};
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", significant, value);
    return buf;
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted.push_back('"');
        quoted.push_back(c);
    }
    return quoted + "\"";
}

} // namespace insar
