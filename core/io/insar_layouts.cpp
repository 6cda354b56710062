#include "io/insar_layouts.h"

#include "common/error.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>
#include <utility>
#include <vector>

namespace insar::io {
namespace fs = std::filesystem;

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isFile(const fs::path& p)
{
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

fs::path withSuffix(const fs::path& p, const std::string& suffix)
{
    return fs::path(p.string() + suffix);
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::optional<double> toDouble(const std::string& text)
{
    try {
        std::size_t used = 0;
        const double v = std::stod(text, &used);
        if (used != text.size())
            return std::nullopt;
        return v;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::optional<Date> parseShortOrLongDate(std::string_view s)
{
    if (s.size() == 8 && allDigits(s))
        return Date::parse(s);
    if (s.size() == 6 && allDigits(s)) {
        // ROI_PAC YYMMDD: 00..49 -> 2000s, 50..99 -> 1900s.
        const int yy = (s[0] - '0') * 10 + (s[1] - '0');
        const std::string full = std::string(yy < 50 ? "20" : "19") + std::string(s);
        return Date::parse(full);
    }
    return std::nullopt;
}

} // namespace

std::string layoutName(InsarLayout layout)
{
    switch (layout) {
    case InsarLayout::Generic:
        return "generic";
    case InsarLayout::GeoTiff:
        return "GeoTIFF";
    case InsarLayout::Licsar:
        return "LiCSAR GeoTIFF";
    case InsarLayout::RoiPac:
        return "ROI_PAC .unw + .rsc";
    case InsarLayout::IsceXml:
        return "ISCE .unw + .xml";
    case InsarLayout::IsceVrt:
        return "ISCE .unw + .vrt";
    case InsarLayout::Envi:
        return "ENVI";
    case InsarLayout::Subdataset:
        return "GDAL subdataset";
    }
    return "generic";
}

bool isSubdatasetName(std::string_view name)
{
    const auto colon = name.find(':');
    // "C:\..." or "C:/..." are Windows drive letters, not drivers.
    if (colon == std::string_view::npos || colon < 2)
        return false;
    for (std::size_t i = 0; i < colon; ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (!(std::isalnum(c) || c == '_'))
            return false;
    }
    return true;
}

fs::path subdatasetFile(std::string_view name)
{
    if (!isSubdatasetName(name))
        return {};
    const auto open = name.find('"');
    if (open != std::string_view::npos) {
        const auto close = name.find('"', open + 1);
        if (close != std::string_view::npos)
            return fs::path(std::string(name.substr(open + 1, close - open - 1)));
    }
    // Unquoted form DRIVER:file:rest; take up to the next ':'.
    const auto colon = name.find(':');
    std::string_view rest = name.substr(colon + 1);
    const auto next = rest.find(':');
    return fs::path(std::string(rest.substr(0, next)));
}

fs::path findRscSidecar(const fs::path& data)
{
    if (isFile(withSuffix(data, ".rsc")))
        return withSuffix(data, ".rsc");
    fs::path alt = data;
    alt.replace_extension(".rsc");
    if (alt != data && isFile(alt))
        return alt;
    return {};
}

fs::path findIsceXmlSidecar(const fs::path& data)
{
    return isFile(withSuffix(data, ".xml")) ? withSuffix(data, ".xml") : fs::path{};
}

fs::path findVrtSidecar(const fs::path& data)
{
    return isFile(withSuffix(data, ".vrt")) ? withSuffix(data, ".vrt") : fs::path{};
}

fs::path findEnviHeader(const fs::path& data)
{
    if (isFile(withSuffix(data, ".hdr")))
        return withSuffix(data, ".hdr");
    fs::path alt = data;
    alt.replace_extension(".hdr");
    if (alt != data && isFile(alt))
        return alt;
    return {};
}

namespace {

/// Every distinct valid YYYYMMDD_YYYYMMDD in `name` (not inside a longer run of digits), with
/// the position just after it.
std::vector<std::pair<DatePair, std::size_t>> datePairsIn(std::string_view name)
{
    std::vector<std::pair<DatePair, std::size_t>> found;
    auto isDigit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t i = 0; i + 17 <= name.size(); ++i) {
        if ((i > 0 && isDigit(name[i - 1])) || name[i + 8] != '_' || !allDigits(name.substr(i, 8)) ||
            !allDigits(name.substr(i + 9, 8)) || (i + 17 < name.size() && isDigit(name[i + 17])))
            continue;
        const auto d1 = Date::parse(name.substr(i, 8));
        const auto d2 = Date::parse(name.substr(i + 9, 8));
        if (!d1 || !d2)
            continue;
        found.emplace_back(DatePair{*d1, *d2}, i + 17);
    }
    return found;
}

} // namespace

std::optional<DatePair> datesInFileName(const std::string& fileName)
{
    const std::string name = fs::path(fileName).filename().string();
    const auto pairs = datePairsIn(name);
    if (pairs.empty())
        return std::nullopt;
    for (const auto& [pair, end] : pairs)
        if (pair.date1 != pairs.front().first.date1 || pair.date2 != pairs.front().first.date2)
            return std::nullopt;
    return pairs.front().first;
}

bool isLicsarName(const std::string& fileName)
{
    const std::string name = lower(fs::path(fileName).filename().string());
    if (!endsWith(name, ".tif") && !endsWith(name, ".tiff"))
        return false;
    const auto dates = datesInFileName(name);
    if (!dates)
        return false;
    for (const auto& [pair, end] : datePairsIn(name))
        if (name.compare(end, 5, ".geo.") == 0)
            return true;
    return false;
}

std::optional<DatePair> parseLicsarName(const std::string& fileName)
{
    return isLicsarName(fileName) ? datesInFileName(fileName) : std::nullopt;
}

std::optional<DatePair> parseDate12(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    const auto dash = text.find_first_of("-_");
    if (dash == std::string_view::npos)
        return std::nullopt;
    const auto d1 = parseShortOrLongDate(text.substr(0, dash));
    const auto d2 = parseShortOrLongDate(text.substr(dash + 1));
    if (!d1 || !d2)
        return std::nullopt;
    return DatePair{*d1, *d2};
}

InsarLayout detectLayout(const fs::path& path)
{
    const std::string text = path.string();
    if (isSubdatasetName(text) && !isFile(path))
        return InsarLayout::Subdataset;
    const std::string name = lower(path.filename().string());
    if (endsWith(name, ".unw")) {
        if (!findVrtSidecar(path).empty())
            return InsarLayout::IsceVrt;
        if (!findIsceXmlSidecar(path).empty())
            return InsarLayout::IsceXml;
        if (!findRscSidecar(path).empty())
            return InsarLayout::RoiPac;
    }
    if (isLicsarName(name))
        return InsarLayout::Licsar;
    if (endsWith(name, ".tif") || endsWith(name, ".tiff"))
        return InsarLayout::GeoTiff;
    if (!findEnviHeader(path).empty())
        return InsarLayout::Envi;
    return InsarLayout::Generic;
}

RscHeader parseRsc(const fs::path& rscPath)
{
    const std::string where = "'" + rscPath.string() + "'";
    std::ifstream in(rscPath);
    if (!in)
        throw Error(ErrorKind::Io, "cannot read ROI_PAC header " + where);
    RscHeader h;
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string key;
        if (!(ls >> key) || key[0] == '#' || key[0] == '%')
            continue;
        std::string value;
        std::getline(ls, value);
        const auto b = value.find_first_not_of(" \t\r");
        const auto e = value.find_last_not_of(" \t\r");
        value = b == std::string::npos ? std::string{} : value.substr(b, e - b + 1);
        h.keys[key] = value;
    }
    auto intKey = [&](const char* key) {
        const auto it = h.keys.find(key);
        if (it == h.keys.end())
            throw Error(ErrorKind::Format,
                        "ROI_PAC header " + where + " has no " + key + " (needed to read the raw data)");
        int v = 0;
        const auto& s = it->second;
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc{} || ptr != s.data() + s.size() || v <= 0)
            throw Error(ErrorKind::Format,
                        "ROI_PAC header " + where + ": " + key + " '" + s + "' is not a positive integer");
        return v;
    };
    h.width = intKey("WIDTH");
    h.fileLength = intKey("FILE_LENGTH");
    auto num = [&](std::initializer_list<const char*> keys) -> std::optional<double> {
        for (const char* key : keys) {
            const auto it = h.keys.find(key);
            if (it == h.keys.end())
                continue;
            const auto v = toDouble(it->second);
            if (!v)
                throw Error(ErrorKind::Format,
                            "ROI_PAC header " + where + ": " + key + " '" + it->second + "' is not a number");
            return v;
        }
        return std::nullopt;
    };
    h.xFirst = num({"X_FIRST"});
    h.yFirst = num({"Y_FIRST"});
    h.xStep = num({"X_STEP"});
    h.yStep = num({"Y_STEP"});
    h.wavelengthM = num({"WAVELENGTH"});
    h.headingDeg = num({"HEADING_DEG", "HEADING"});
    h.incidenceDeg = num({"INCIDENCE", "INCIDENCE_DEG", "CENTER_INCIDENCE"});
    if (const auto it = h.keys.find("DATE12"); it != h.keys.end()) {
        h.dates = parseDate12(it->second);
        if (!h.dates)
            throw Error(ErrorKind::Format,
                        "ROI_PAC header " + where + ": DATE12 '" + it->second + "' is not YYMMDD-YYMMDD");
    }
    if (const auto it = h.keys.find("PROJECTION"); it != h.keys.end())
        h.projection = it->second;
    return h;
}

} // namespace insar::io
