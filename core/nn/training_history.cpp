#include "nn/training_history.h"

#include "common/atomic_file.h"
#include "common/error.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <sstream>

namespace insar::nn {

namespace {

std::string number(double v)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::vector<std::string> splitCsvLine(const std::string& line)
{
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream s(line);
    while (std::getline(s, cell, ','))
        cells.push_back(cell);
    if (!line.empty() && line.back() == ',')
        cells.emplace_back();
    return cells;
}

} // namespace

std::string historyCsv(const std::vector<EpochReport>& history)
{
    const auto& fields = epochFields();
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out += i ? "," : "";
        out += fields[i].column;
    }
    out += '\n';
    for (const EpochReport& r : history) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            out += i ? "," : "";
            out += number(fieldValue(fields[i], r));
        }
        out += '\n';
    }
    return out;
}

std::vector<EpochReport> parseHistoryCsv(const std::string& text)
{
    const auto& fields = epochFields();
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line))
        throw Error(ErrorKind::Format, "history CSV: empty");
    const std::vector<std::string> header = splitCsvLine(line);
    if (header.size() != fields.size())
        throw Error(ErrorKind::Format, "history CSV: " + std::to_string(header.size()) +
                                           " columns in the header, " + std::to_string(fields.size()) +
                                           " expected");
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (header[i] != fields[i].column)
            throw Error(ErrorKind::Format, "history CSV: column " + std::to_string(i + 1) + " is '" +
                                               header[i] + "', expected '" + std::string(fields[i].column) +
                                               "'");
    std::vector<EpochReport> history;
    int lineNo = 1;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty())
            continue;
        const std::vector<std::string> cells = splitCsvLine(line);
        if (cells.size() != fields.size())
            throw Error(ErrorKind::Format, "history CSV line " + std::to_string(lineNo) + ": " +
                                               std::to_string(cells.size()) + " cells, " +
                                               std::to_string(fields.size()) + " expected");
        EpochReport r;
        for (std::size_t i = 0; i < fields.size(); ++i) {
            double v = 0.0;
            const char* begin = cells[i].data();
            const char* end = begin + cells[i].size();
            const auto res = std::from_chars(begin, end, v);
            if (res.ec != std::errc() || res.ptr != end)
                throw Error(ErrorKind::Format, "history CSV line " + std::to_string(lineNo) + ", column '" +
                                                   std::string(fields[i].column) + "': '" + cells[i] +
                                                   "' is not a number");
            setFieldValue(fields[i], r, v);
        }
        history.push_back(r);
    }
    return history;
}

void writeHistoryCsv(const std::filesystem::path& file, const std::vector<EpochReport>& history)
{
    writeFileAtomically(file, historyCsv(history));
}

nlohmann::json historyToJson(const std::vector<EpochReport>& history)
{
    nlohmann::json j = nlohmann::json::array();
    for (const EpochReport& r : history)
        j.push_back(epochReportToJson(r));
    return j;
}

std::vector<EpochReport> historyFromJson(const nlohmann::json& json)
{
    if (!json.is_array())
        throw Error(ErrorKind::Format, "epoch history: expected a JSON array");
    std::vector<EpochReport> history;
    for (const auto& r : json)
        history.push_back(epochReportFromJson(r));
    return history;
}

} // namespace insar::nn
