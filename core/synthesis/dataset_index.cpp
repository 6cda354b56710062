#include "synthesis/dataset_index.h"

#include "common/error.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace insar::synthesis {

namespace fs = std::filesystem;

const char* const kDatasetIndexHeader =
    "index,shard,row,seed,weight,snr,scale,offset,incidence_deg,heading_deg,"
    "centre_lon_deg,centre_lat_deg,params_json";

namespace {

constexpr std::size_t kColumns = 13;

std::string formatDouble(double v)
{
    if (std::isinf(v))
        return v > 0 ? "inf" : "-inf";
    if (std::isnan(v))
        return "nan";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string csvQuote(const std::string& s)
{
    std::string r = "\"";
    for (char c : s) {
        if (c == '"')
            r += '"';
        r += c;
    }
    return r + "\"";
}

std::string indexRow(const DatasetIndexEntry& e)
{
    return std::to_string(e.index) + ',' + std::to_string(e.shard) + ',' + std::to_string(e.row) + ',' +
           std::to_string(e.seed) + ',' + formatDouble(e.weight) + ',' + formatDouble(e.snr) + ',' +
           formatDouble(e.scaling.scale) + ',' + formatDouble(e.scaling.offset) + ',' +
           formatDouble(e.incidenceDeg) + ',' + formatDouble(e.headingDeg) + ',' +
           formatDouble(e.centreLonDeg) + ',' + formatDouble(e.centreLatDeg) + ',' + csvQuote(e.paramsJson);
}

/// Splits one CSV record (RFC 4180 quotes) into fields.
std::vector<std::string> splitCsv(const std::string& line)
{
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false;
    for (std::size_t k = 0; k < line.size(); ++k) {
        const char c = line[k];
        if (quoted) {
            if (c == '"') {
                if (k + 1 < line.size() && line[k + 1] == '"') {
                    cur += '"';
                    ++k;
                } else {
                    quoted = false;
                }
            } else {
                cur += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(cur);
            cur.clear();
        } else if (c != '\r') {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

std::string where(const fs::path& file, std::size_t line)
{
    return file.string() + ":" + std::to_string(line);
}

double parseDouble(const std::string& s, const fs::path& file, std::size_t line)
{
    if (s == "inf")
        return INFINITY;
    if (s == "-inf")
        return -INFINITY;
    if (s == "nan")
        return NAN;
    try {
        std::size_t pos = 0;
        const double v = std::stod(s, &pos);
        if (pos != s.size())
            throw std::invalid_argument(s);
        return v;
    } catch (const std::exception&) {
        throw Error(ErrorKind::Format, where(file, line) + ": '" + s + "' is not a number");
    }
}

std::uint64_t parseUnsigned(const std::string& s, const fs::path& file, std::size_t line)
{
    try {
        std::size_t pos = 0;
        if (s.empty() || s[0] == '-' || s[0] == '+' || s[0] == ' ')
            throw std::invalid_argument(s);
        const unsigned long long v = std::stoull(s, &pos);
        if (pos != s.size())
            throw std::invalid_argument(s);
        return v;
    } catch (const std::exception&) {
        throw Error(ErrorKind::Format, where(file, line) + ": '" + s + "' is not an unsigned integer");
    }
}

} // namespace

std::string datasetIndexCsv(const std::vector<DatasetIndexEntry>& entries)
{
    std::string csv = std::string(kDatasetIndexHeader) + "\n";
    for (const DatasetIndexEntry& e : entries)
        csv += indexRow(e) + "\n";
    return csv;
}

std::vector<DatasetIndexEntry> parseDatasetIndex(std::istream& in, const fs::path& file)
{
    std::vector<DatasetIndexEntry> entries;
    std::string line;
    std::size_t lineNo = 1;
    if (!std::getline(in, line) || line.rfind("index,shard,row,seed", 0) != 0)
        throw Error(ErrorKind::Format, file.string() + ": missing or wrong header");
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty() || line == "\r")
            continue;
        const std::vector<std::string> f = splitCsv(line);
        if (f.size() != kColumns)
            throw Error(ErrorKind::Format, where(file, lineNo) + ": expected " + std::to_string(kColumns) +
                                               " columns, found " + std::to_string(f.size()));
        DatasetIndexEntry e;
        e.index = parseUnsigned(f[0], file, lineNo);
        e.shard = parseUnsigned(f[1], file, lineNo);
        e.row = parseUnsigned(f[2], file, lineNo);
        e.seed = parseUnsigned(f[3], file, lineNo);
        e.weight = parseDouble(f[4], file, lineNo);
        e.snr = parseDouble(f[5], file, lineNo);
        e.scaling.scale = parseDouble(f[6], file, lineNo);
        e.scaling.offset = parseDouble(f[7], file, lineNo);
        e.incidenceDeg = parseDouble(f[8], file, lineNo);
        e.headingDeg = parseDouble(f[9], file, lineNo);
        e.centreLonDeg = parseDouble(f[10], file, lineNo);
        e.centreLatDeg = parseDouble(f[11], file, lineNo);
        e.paramsJson = f[12];
        if (e.index != entries.size())
            throw Error(ErrorKind::Format, where(file, lineNo) + ": index " + std::to_string(e.index) +
                                               " out of order (expected " + std::to_string(entries.size()) +
                                               ")");
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace insar::synthesis
