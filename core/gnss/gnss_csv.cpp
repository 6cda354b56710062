#include "gnss/gnss_csv.h"

#include "common/error.h"
#include "common/text.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <fstream>
#include <set>
#include <system_error>

namespace insar::gnss::detail {

namespace {

std::string unquote(std::string s)
{
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = trimmed(s.substr(1, s.size() - 2));
    return s;
}

std::vector<std::string> split(const std::string& line)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto comma = line.find(',', start);
        out.push_back(unquote(
            trimmed(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start))));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

} // namespace

int CsvFile::column(std::initializer_list<const char*> names) const
{
    for (const char* name : names) {
        const auto it = std::find(header.begin(), header.end(), name);
        if (it != header.end())
            return int(it - header.begin());
    }
    return -1;
}

std::string CsvFile::where(std::size_t line) const
{
    return path + ":" + std::to_string(line) + ": ";
}

CsvFile readCsv(const std::filesystem::path& path)
{
    CsvFile file;
    file.path = path.string();
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error(ErrorKind::Io, file.path + ": no such file");
    if (std::filesystem::is_directory(path, ec))
        throw Error(ErrorKind::Io, file.path + ": is a folder, not a CSV file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, file.path + ": cannot open the file");

    std::string line;
    std::size_t lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (lineNo == 1 && line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0)
            line.erase(0, 3); // UTF-8 byte-order mark
        if (line.find('\0') != std::string::npos)
            throw Error(ErrorKind::Format, file.where(lineNo) + "binary data, not a CSV text file");
        const std::string t = trimmed(line);
        if (t.empty() || t.front() == '#')
            continue;
        const auto fields = split(t);
        if (file.header.empty()) {
            file.headerLine = lineNo;
            std::set<std::string> seen;
            for (std::size_t k = 0; k < fields.size(); ++k) {
                const std::string name = lower(fields[k]);
                if (name.empty())
                    throw Error(ErrorKind::Format, file.where(lineNo) + "column " + std::to_string(k + 1) +
                                                       " of the header has no name");
                if (!seen.insert(name).second)
                    throw Error(ErrorKind::Format,
                                file.where(lineNo) + "the header names column '" + name + "' twice");
                file.header.push_back(name);
            }
            continue;
        }
        if (fields.size() != file.header.size())
            throw Error(ErrorKind::Format,
                        file.where(lineNo) + "expected " + std::to_string(file.header.size()) +
                            " fields like the header, found " + std::to_string(fields.size()));
        file.rows.push_back({lineNo, fields});
    }
    if (in.bad())
        throw Error(ErrorKind::Io, file.path + ": read error");
    if (file.header.empty())
        throw Error(ErrorKind::Format, file.path + ": empty file: expected a header line naming the columns");
    return file;
}

std::optional<double> parseOptionalNumber(const CsvFile& file, const CsvRow& row, int column)
{
    const std::string& text = row.fields.at(std::size_t(column));
    const std::string l = lower(text);
    if (l.empty() || l == "nan" || l == "na" || l == "n/a" || l == "-")
        return std::nullopt;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    if (*begin == '+' && end - begin > 1 && begin[1] != '-')
        ++begin; // from_chars takes no '+'
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(begin, end, v);
    if (ec != std::errc() || ptr != end || !std::isfinite(v))
        throw Error(ErrorKind::Format, file.where(row.line) + "column " + file.header[std::size_t(column)] +
                                           ": '" + text + "' is not a finite number");
    return v;
}

double parseNumber(const CsvFile& file, const CsvRow& row, int column)
{
    const auto v = parseOptionalNumber(file, row, column);
    if (!v)
        throw Error(ErrorKind::Format, file.where(row.line) + "column " + file.header[std::size_t(column)] +
                                           ": a value is required");
    return *v;
}

} // namespace insar::gnss::detail
