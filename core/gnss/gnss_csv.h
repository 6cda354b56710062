// The small CSV dialect of the GNSS files (stations, comparison tables): a header line naming the
// columns, '#' comment lines and blank lines skipped, fields split on commas and trimmed, optional
// double quotes around a field, a UTF-8 byte-order mark tolerated. Internal to insar::gnss.
#pragma once

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace insar::gnss::detail {

struct CsvRow {
    std::size_t line = 0; // 1-based line number in the file
    std::vector<std::string> fields;
};

struct CsvFile {
    std::string path;
    std::size_t headerLine = 0;
    std::vector<std::string> header; // lower-cased column names
    std::vector<CsvRow> rows;        // each with exactly header.size() fields

    /// Index of the first of `names` the header holds, or -1.
    int column(std::initializer_list<const char*> names) const;
    /// "FILE:LINE: " for messages.
    std::string where(std::size_t line) const;
};

/// Reads `path`. insar::Error (naming file and line) for a missing or unreadable file, a file
/// without a header, a header with an empty or repeated column name, or a row whose field count
/// differs from the header's.
CsvFile readCsv(const std::filesystem::path& path);

/// A finite number, or nullopt for an empty field or one of "nan", "na", "n/a", "-" (a value not
/// given). Anything else that is not a finite number throws insar::Error naming file, line and
/// column.
std::optional<double> parseOptionalNumber(const CsvFile& file, const CsvRow& row, int column);

/// As parseOptionalNumber, but a missing value is an error too.
double parseNumber(const CsvFile& file, const CsvRow& row, int column);

} // namespace insar::gnss::detail
