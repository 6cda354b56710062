// readCsvBlocks of report_collect.h: CSV files of the CLI's outputs as tables (RFC 4180 quotes,
// blocks separated by blank lines, '#' lines kept as notes).
#include "report/report_collect.h"

#include "common/error.h"

#include <fstream>

namespace insar::report {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> splitCsvLine(const std::string& line, const fs::path& file, int lineNo)
{
    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"' && cell.empty()) {
            quoted = true;
        } else if (c == ',') {
            cells.push_back(std::move(cell));
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (quoted)
        throw Error(ErrorKind::InvalidInput,
                    file.string() + ": line " + std::to_string(lineNo) + " has an unclosed quote");
    cells.push_back(std::move(cell));
    return cells;
}

} // namespace

std::vector<CsvBlock> readCsvBlocks(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, "cannot read " + path.string());
    std::vector<CsvBlock> blocks;
    CsvBlock current;
    bool open = false;
    std::string line;
    int lineNo = 0;
    auto finish = [&] {
        if (open && !current.table.header.empty())
            blocks.push_back(std::move(current));
        current = CsvBlock{};
        open = false;
    };
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find('\0') != std::string::npos)
            throw Error(ErrorKind::InvalidInput, path.string() + " is not a text CSV file");
        if (line.find_first_not_of(" \t") == std::string::npos) {
            finish();
            continue;
        }
        if (line[0] == '#') {
            const auto b = line.find_first_not_of("# ");
            current.notes.push_back(b == std::string::npos ? std::string() : line.substr(b));
            open = true;
            continue;
        }
        std::vector<std::string> cells = splitCsvLine(line, path, lineNo);
        if (current.table.header.empty()) {
            current.table.header = std::move(cells);
        } else {
            if (cells.size() != current.table.header.size())
                throw Error(ErrorKind::InvalidInput, path.string() + ": line " + std::to_string(lineNo) +
                                                         " has " + std::to_string(cells.size()) +
                                                         " fields, the header has " +
                                                         std::to_string(current.table.header.size()));
            current.table.rows.push_back(std::move(cells));
        }
        open = true;
    }
    finish();
    return blocks;
}

} // namespace insar::report
