#include "io/stack_reader.h"

#include "common/error.h"
#include "common/text.h"
#include "io/gdal_handles.h"
#include "io/gdal_setup.h"
#include "io/insar_layouts.h"
#include "io/raster_reader.h"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <utility>

namespace insar::io {
namespace fs = std::filesystem;

namespace {

/// A list file is a few hundred lines; anything far larger is not one.
constexpr std::uintmax_t kMaxListBytes = 16u << 20;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

long pairKey(const Date& d1, const Date& d2)
{
    return d1.daysSinceEpoch() * 1000000L + d2.daysSinceEpoch();
}

std::string pairText(const Date& d1, const Date& d2)
{
    return d1.toCompact() + "_" + d2.toCompact();
}

void sortEntries(std::vector<StackEntry>& entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const StackEntry& a, const StackEntry& b) {
        if (a.date1 != b.date1)
            return a.date1 < b.date1;
        return a.date2.value_or(Date{}) < b.date2.value_or(Date{});
    });
}

// --- interferograms from file names ---------------------------------------------------------

bool isRasterName(const fs::path& p)
{
    static const std::array<const char*, 6> kExtensions{".tif", ".tiff", ".unw", ".grd", ".nc", ".img"};
    const std::string ext = lower(p.extension().string());
    return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

bool isCoherenceName(const fs::path& p)
{
    const std::string name = lower(p.filename().string());
    return name.find(".cc.") != std::string::npos || name.find("coh") != std::string::npos;
}

/// The raster files of `folder`, and of its subfolders named by a date pair, sorted by path.
std::vector<fs::path> listFolder(const fs::path& folder)
{
    std::vector<fs::path> files;
    auto scan = [&](const fs::path& dir, bool descend) {
        std::error_code ec;
        fs::directory_iterator it(dir, ec);
        if (ec)
            throw Error(ErrorKind::Io, dir.string() + ": cannot list the folder (" + ec.message() + ")");
        std::vector<fs::path> subfolders;
        for (const fs::directory_entry& e : it) {
            std::error_code sec;
            if (e.is_regular_file(sec) && isRasterName(e.path()))
                files.push_back(e.path());
            else if (descend && e.is_directory(sec) && datesInFileName(e.path().filename().string()))
                subfolders.push_back(e.path());
        }
        return subfolders;
    };
    try {
        for (const fs::path& sub : scan(folder, true))
            scan(sub, false);
    } catch (const fs::filesystem_error& e) {
        throw Error(ErrorKind::Io, folder.string() + ": cannot list the folder (" + e.code().message() + ")");
    }
    std::sort(files.begin(), files.end());
    return files;
}

// --- CSV lists ------------------------------------------------------------------------------

struct CsvRow {
    int line = 0;
    std::vector<std::string> fields;
};

std::string at(const fs::path& csv, int line)
{
    return csv.string() + ":" + std::to_string(line) + ": ";
}

/// Splits one CSV line (RFC 4180 quoting on one line; unquoted fields are trimmed).
std::vector<std::string> splitCsvLine(const std::string& text, const fs::path& csv, int line)
{
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && trimmed(field).empty()) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == ',') {
            fields.push_back(wasQuoted ? field : trimmed(field));
            field.clear();
            wasQuoted = false;
        } else if (!wasQuoted) {
            field += c;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            throw Error(ErrorKind::Format, at(csv, line) + "text after a closing quote");
        }
    }
    if (quoted)
        throw Error(ErrorKind::Format, at(csv, line) + "a quoted field is not closed");
    fields.push_back(wasQuoted ? field : trimmed(field));
    return fields;
}

std::vector<CsvRow> readCsv(const fs::path& csv)
{
    std::error_code ec;
    if (!fs::exists(csv, ec))
        throw Error(ErrorKind::Io, csv.string() + ": file does not exist");
    if (fs::is_directory(csv, ec))
        throw Error(ErrorKind::InvalidInput, csv.string() + ": is a folder, not a CSV list");
    if (fs::file_size(csv, ec) > kMaxListBytes)
        throw Error(ErrorKind::InvalidInput, csv.string() + ": too large for a list of maps (over 16 MiB)");
    std::ifstream in(csv, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, csv.string() + ": cannot be read");
    std::vector<CsvRow> rows;
    std::string text;
    int line = 0;
    while (std::getline(in, text)) {
        ++line;
        if (line == 1 && text.rfind("\xEF\xBB\xBF", 0) == 0) // UTF-8 byte-order mark
            text.erase(0, 3);
        if (text.find('\0') != std::string::npos)
            throw Error(ErrorKind::Format, at(csv, line) + "binary data; not a CSV text file");
        const std::string t = trimmed(text);
        if (t.empty() || t.front() == '#')
            continue;
        rows.push_back({line, splitCsvLine(text, csv, line)});
    }
    if (in.bad())
        throw Error(ErrorKind::Io, csv.string() + ": read error");
    return rows;
}

/// Column name as a key: lower case, letters and digits only ("Date 1" -> "date1").
std::string columnKey(const std::string& name)
{
    std::string k;
    for (unsigned char c : name)
        if (std::isalnum(c))
            k += static_cast<char>(std::tolower(c));
    return k;
}

struct ColumnSpec {
    const char* name;                 // as messages say it
    std::vector<std::string> aliases; // header names (columnKey form)
    bool required;
};

/// Column indices of `specs`: by header name when the first row is a header naming every
/// required column, else by position. Returns the rows that hold data.
std::vector<int> columnIndices(std::vector<CsvRow>& rows, const std::vector<ColumnSpec>& specs,
                               bool& hasHeader)
{
    std::vector<int> idx(specs.size());
    for (std::size_t i = 0; i < specs.size(); ++i)
        idx[i] = static_cast<int>(i);
    hasHeader = false;
    if (rows.empty())
        return idx;
    // A header starts with a name, never a digit, and holds no date (a first line with a
    // mistyped date is data, and fails as such).
    const std::vector<std::string>& first = rows.front().fields;
    const bool startsWithName =
        !first.front().empty() && !std::isdigit(static_cast<unsigned char>(first.front().front()));
    const bool holdsDate = std::any_of(first.begin(), first.end(),
                                       [](const std::string& f) { return Date::parse(f).has_value(); });
    if (!startsWithName || holdsDate)
        return idx;
    hasHeader = true;
    std::vector<int> byName(specs.size(), -1);
    for (std::size_t s = 0; s < specs.size(); ++s)
        for (std::size_t c = 0; c < first.size() && byName[s] < 0; ++c)
            if (std::find(specs[s].aliases.begin(), specs[s].aliases.end(), columnKey(first[c])) !=
                specs[s].aliases.end())
                byName[s] = static_cast<int>(c);
    bool allRequired = true;
    for (std::size_t s = 0; s < specs.size(); ++s)
        allRequired = allRequired && (byName[s] >= 0 || !specs[s].required);
    rows.erase(rows.begin());
    return allRequired ? byName : idx;
}

std::string expectedColumns(const std::vector<ColumnSpec>& specs)
{
    std::string s;
    for (const ColumnSpec& c : specs)
        s += c.required ? (s.empty() ? "" : ",") + std::string(c.name) : "[," + std::string(c.name) + "]";
    return s;
}

class ListParser {
public:
    ListParser(const fs::path& csv, const std::vector<ColumnSpec>& specs) : m_csv(csv), m_specs(specs)
    {
        m_rows = readCsv(csv);
        m_columns = columnIndices(m_rows, specs, m_hasHeader);
    }

    const std::vector<CsvRow>& rows() const { return m_rows; }

    /// Field `spec` of `row`; empty when an optional column is absent. Errors for a required one.
    std::string field(const CsvRow& row, std::size_t spec) const
    {
        if (!m_hasHeader && row.fields.size() > m_specs.size())
            throw Error(ErrorKind::Format, at(m_csv, row.line) + std::to_string(row.fields.size()) +
                                               " columns; expected " + expectedColumns(m_specs));
        const int c = m_columns[spec];
        std::string value = c >= 0 && static_cast<std::size_t>(c) < row.fields.size()
                                ? row.fields[static_cast<std::size_t>(c)]
                                : std::string{};
        if (value.empty() && m_specs[spec].required)
            throw Error(ErrorKind::Format, at(m_csv, row.line) + "missing column '" + m_specs[spec].name +
                                               "' (expected " + expectedColumns(m_specs) + ")");
        return value;
    }

    Date date(const CsvRow& row, std::size_t spec) const
    {
        const std::string text = field(row, spec);
        const auto d = Date::parse(text);
        if (!d)
            throw Error(ErrorKind::Format, at(m_csv, row.line) + "malformed date '" + text + "' in column '" +
                                               m_specs[spec].name + "' (expected YYYYMMDD or YYYY-MM-DD)");
        return *d;
    }

    /// A map named in the list: relative to the CSV's folder; it must exist.
    fs::path file(const CsvRow& row, std::size_t spec) const
    {
        const std::string text = field(row, spec);
        if (text.empty())
            return {};
        if (isSubdatasetName(text))
            return text; // HDF5:"f.h5"://ds: opened (and checked) as readRaster does
        fs::path p(text);
        if (p.is_relative())
            p = (m_csv.parent_path() / p).lexically_normal();
        std::error_code ec;
        if (!fs::is_regular_file(p, ec))
            throw Error(ErrorKind::Io, at(m_csv, row.line) + m_specs[spec].name + " '" + text +
                                           (fs::exists(p, ec) ? "' is not a file" : "' does not exist") +
                                           (p.string() != text ? " (looked for " + p.string() + ")" : ""));
        return p;
    }

    int band(const CsvRow& row, std::size_t spec) const
    {
        const std::string text = field(row, spec);
        if (text.empty())
            return 0;
        int band = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), band);
        if (ec != std::errc() || end != text.data() + text.size() || band < 1)
            throw Error(ErrorKind::Format,
                        at(m_csv, row.line) + "band '" + text + "' is not a positive whole number");
        return band;
    }

    [[noreturn]] void fail(const CsvRow& row, const std::string& problem) const
    {
        throw Error(ErrorKind::InvalidInput, at(m_csv, row.line) + problem);
    }

private:
    fs::path m_csv;
    std::vector<ColumnSpec> m_specs;
    std::vector<CsvRow> m_rows;
    std::vector<int> m_columns;
    bool m_hasHeader = false;
};

// --- MintPy ---------------------------------------------------------------------------------

std::string subdatasetOf(const fs::path& h5, const char* dataset)
{
    return "HDF5:\"" + h5.string() + "\"://" + dataset;
}

bool isHdf5Name(const fs::path& p)
{
    const std::string ext = lower(p.extension().string());
    return ext == ".h5" || ext == ".he5" || ext == ".hdf5";
}

/// The file name readRaster opens for `entry`.
std::string openName(const StackEntry& entry, StackList::Kind kind)
{
    std::string file = entry.file.string();
    if (kind == StackList::Kind::TimeSeries && !isSubdatasetName(file) && isHdf5Name(entry.file))
        return subdatasetOf(entry.file, "timeseries");
    return file;
}

std::optional<double> number(CSLConstList md, const char* key)
{
    const char* text = CSLFetchNameValue(md, key);
    if (text == nullptr)
        return std::nullopt;
    char* end = nullptr;
    const double v = CPLStrtod(text, &end);
    if (end == text || !std::isfinite(v))
        return std::nullopt;
    return v;
}

/// MintPy's geocoded products carry X_FIRST/Y_FIRST (upper-left corner of the first pixel, as in
/// ROI_PAC .rsc) and X_STEP/Y_STEP as file attributes that GDAL 3.6's HDF5 driver does not turn
/// into a geotransform; EPSG or X_UNIT=degrees give the CRS (MintPy docs, "Attributes").
bool mintPyGeoreferencing(const std::string& name, GeoTransform& gt, std::string& crsWkt)
{
    ensureGdalReady();
    GdalErrorScope errors;
    detail::DatasetPtr ds(GDALDataset::FromHandle(
        GDALOpenEx(name.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!ds)
        return false;
    CSLConstList md = ds->GetMetadata();
    const auto x0 = number(md, "X_FIRST");
    const auto y0 = number(md, "Y_FIRST");
    const auto dx = number(md, "X_STEP");
    const auto dy = number(md, "Y_STEP");
    if (!x0 || !y0 || !dx || !dy || *dx == 0.0 || *dy == 0.0)
        return false;
    gt.c = {*x0, *dx, 0.0, *y0, 0.0, *dy};
    gt.valid = true;
    OGRSpatialReference srs;
    const auto epsg = number(md, "EPSG");
    const char* xUnit = CSLFetchNameValue(md, "X_UNIT");
    bool haveCrs = false;
    if (epsg && *epsg > 0 && *epsg < 1e6)
        haveCrs = srs.importFromEPSG(static_cast<int>(*epsg)) == OGRERR_NONE;
    else if (xUnit != nullptr && lower(xUnit).rfind("deg", 0) == 0)
        haveCrs = srs.importFromEPSG(4326) == OGRERR_NONE;
    if (haveCrs) {
        char* wkt = nullptr;
        const char* options[] = {"FORMAT=WKT2_2018", nullptr};
        if (srs.exportToWkt(&wkt, options) == OGRERR_NONE && wkt != nullptr)
            crsWkt = wkt;
        CPLFree(wkt);
    }
    return true;
}

std::string formatTransform(const GeoTransform& gt)
{
    if (!gt.valid)
        return "none";
    std::string s = "(";
    for (std::size_t i = 0; i < 6; ++i) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.10g", gt.c[i]);
        s += (i ? ", " : "") + std::string(buf);
    }
    return s + ")";
}

bool sameTransform(const GeoTransform& a, const GeoTransform& b)
{
    if (a.valid != b.valid)
        return false;
    if (!a.valid)
        return true;
    // Relative to the coefficient, or to the pixel size for the (usually zero) rotation terms.
    const double pixel = std::max(std::abs(a.c[1]), std::abs(a.c[5]));
    for (std::size_t i = 0; i < 6; ++i) {
        const double scale = std::max({std::abs(a.c[i]), std::abs(b.c[i]), pixel});
        if (std::abs(a.c[i] - b.c[i]) > 1e-9 * scale)
            return false;
    }
    return true;
}

/// Progress for one map's read: fraction and cancel go to the stack's progress, the reader's own
/// stage text does not (the stack's "reading NAME (i/n)" stays).
class MapProgress final : public Progress {
public:
    MapProgress(Progress& parent, double begin, double end) : m_sub(parent, begin, end) {}
    void setFraction(double fraction) override { m_sub.setFraction(fraction); }
    bool isCancelled() const override { return m_sub.isCancelled(); }

private:
    SubProgress m_sub;
};

void checkGrid(const Raster& r, const std::string& label, const Raster& first, const std::string& firstLabel)
{
    if (r.width() != first.width() || r.height() != first.height())
        throw Error(ErrorKind::InvalidInput, label + ": grid " + std::to_string(r.width()) + " × " +
                                                 std::to_string(r.height()) + " differs from " + firstLabel +
                                                 "'s " + std::to_string(first.width()) + " × " +
                                                 std::to_string(first.height()));
    if (!sameTransform(r.geoTransform, first.geoTransform))
        throw Error(ErrorKind::InvalidInput, label + ": geotransform " + formatTransform(r.geoTransform) +
                                                 " differs from " + firstLabel + "'s " +
                                                 formatTransform(first.geoTransform));
}

} // namespace

std::string describeEntry(const StackEntry& entry)
{
    return entry.file.string() + (entry.band > 0 ? " band " + std::to_string(entry.band) : "");
}

StackList interferogramsFromFiles(const std::vector<fs::path>& filesOrFolder)
{
    if (filesOrFolder.empty())
        throw Error(ErrorKind::InvalidInput, "no interferogram files given");
    StackList list;
    list.kind = StackList::Kind::Interferograms;
    std::error_code ec;
    const bool fromFolder = filesOrFolder.size() == 1 && fs::is_directory(filesOrFolder.front(), ec);
    std::vector<fs::path> files;
    if (fromFolder) {
        list.source = filesOrFolder.front().string();
        files = listFolder(filesOrFolder.front());
    } else {
        for (const fs::path& p : filesOrFolder) {
            if (fs::is_directory(p, ec))
                throw Error(ErrorKind::InvalidInput,
                            p.string() + ": is a folder; give one folder or a list of files, not both");
            if (!fs::exists(p, ec))
                throw Error(ErrorKind::Io, p.string() + ": file does not exist");
        }
        files = filesOrFolder;
        list.source = files.front().string() +
                      (files.size() > 1 ? " and " + std::to_string(files.size() - 1) + " more files" : "");
    }

    std::map<long, fs::path> coherence;
    std::map<long, std::vector<fs::path>> byPair;
    std::map<long, DatePair> pairs;
    for (const fs::path& f : files) {
        const std::string name = f.filename().string();
        const auto dates = datesInFileName(name);
        if (!dates) {
            if (fromFolder) {
                list.ignored.push_back(f);
                continue;
            }
            throw Error(ErrorKind::InvalidInput,
                        f.string() + ": the name carries no date pair YYYYMMDD_YYYYMMDD (or several); "
                                     "list such interferograms in a CSV date1,date2,file");
        }
        if (!(dates->date1 < dates->date2))
            throw Error(ErrorKind::InvalidInput, f.string() + ": dates " + dates->date1.toIso() + " and " +
                                                     dates->date2.toIso() +
                                                     " are not in order (the first must be the earlier)");
        const long key = pairKey(dates->date1, dates->date2);
        if (isCoherenceName(f)) {
            if (const auto it = coherence.find(key); it != coherence.end())
                throw Error(ErrorKind::InvalidInput, f.string() + ": a second coherence file for " +
                                                         pairText(dates->date1, dates->date2) +
                                                         " (the first is " + it->second.string() + ")");
            coherence[key] = f;
            continue;
        }
        byPair[key].push_back(f);
        pairs[key] = *dates;
    }

    for (auto& [key, candidates] : byPair) {
        fs::path chosen = candidates.front();
        if (candidates.size() > 1) {
            std::vector<fs::path> unwrapped;
            for (const fs::path& c : candidates)
                if (lower(c.filename().string()).find(".unw") != std::string::npos)
                    unwrapped.push_back(c);
            if (!fromFolder || unwrapped.size() != 1)
                throw Error(ErrorKind::InvalidInput, candidates[1].string() + ": date pair " +
                                                         pairText(pairs[key].date1, pairs[key].date2) +
                                                         " given twice (also " + candidates[0].string() +
                                                         ")");
            chosen = unwrapped.front();
            for (const fs::path& c : candidates)
                if (c != chosen)
                    list.ignored.push_back(c);
        }
        StackEntry e;
        e.date1 = pairs[key].date1;
        e.date2 = pairs[key].date2;
        e.file = chosen;
        if (const auto it = coherence.find(key); it != coherence.end()) {
            e.coherence = it->second;
            coherence.erase(it);
        }
        list.entries.push_back(std::move(e));
    }
    for (const auto& [key, file] : coherence)
        list.ignored.push_back(file); // coherence of a pair with no interferogram
    std::sort(list.ignored.begin(), list.ignored.end());
    if (list.entries.empty())
        throw Error(ErrorKind::InvalidInput,
                    list.source + ": no interferograms (files named with YYYYMMDD_YYYYMMDD ending in "
                                  ".tif, .tiff, .unw, .grd, .nc or .img, not coherence)");
    sortEntries(list.entries);
    return list;
}

StackList readInterferogramList(const fs::path& csv)
{
    const std::vector<ColumnSpec> specs{
        {"date1", {"date1", "reference", "ref", "refdate", "primary", "master", "start", "startdate"}, true},
        {"date2", {"date2", "secondary", "sec", "secdate", "slave", "end", "enddate"}, true},
        {"file", {"file", "path", "filename", "interferogram", "ifg", "unw", "map"}, true},
        {"coherence", {"coherence", "coh", "cc", "cor", "corr"}, false}};
    const ListParser parser(csv, specs);
    StackList list;
    list.kind = StackList::Kind::Interferograms;
    list.source = csv.string();
    std::map<long, int> seen; // date pair -> line
    for (const CsvRow& row : parser.rows()) {
        StackEntry e;
        e.date1 = parser.date(row, 0);
        e.date2 = parser.date(row, 1);
        if (!(e.date1 < *e.date2))
            parser.fail(row, "date1 " + e.date1.toIso() + " is not before date2 " + e.date2->toIso());
        const long key = pairKey(e.date1, *e.date2);
        if (const auto it = seen.find(key); it != seen.end())
            parser.fail(row, "date pair " + pairText(e.date1, *e.date2) + " already given on line " +
                                 std::to_string(it->second));
        seen[key] = row.line;
        e.file = parser.file(row, 2);
        e.coherence = parser.file(row, 3);
        list.entries.push_back(std::move(e));
    }
    if (list.entries.empty())
        throw Error(ErrorKind::InvalidInput, csv.string() + ": lists no interferograms (expected lines " +
                                                 expectedColumns(specs) + ")");
    sortEntries(list.entries);
    return list;
}

StackList readTimeSeriesList(const fs::path& csv)
{
    const std::vector<ColumnSpec> specs{{"date", {"date", "epoch", "acquisition"}, true},
                                        {"file", {"file", "path", "filename", "map", "displacement"}, true},
                                        {"band", {"band"}, false}};
    const ListParser parser(csv, specs);
    StackList list;
    list.kind = StackList::Kind::TimeSeries;
    list.source = csv.string();
    std::map<long, int> seen;
    for (const CsvRow& row : parser.rows()) {
        StackEntry e;
        e.date1 = parser.date(row, 0);
        if (const auto it = seen.find(e.date1.daysSinceEpoch()); it != seen.end())
            parser.fail(row,
                        "date " + e.date1.toIso() + " already given on line " + std::to_string(it->second));
        seen[e.date1.daysSinceEpoch()] = row.line;
        e.file = parser.file(row, 1);
        e.band = parser.band(row, 2);
        list.entries.push_back(std::move(e));
    }
    if (list.entries.empty())
        throw Error(ErrorKind::InvalidInput,
                    csv.string() + ": lists no maps (expected lines " + expectedColumns(specs) + ")");
    sortEntries(list.entries);
    return list;
}

StackList readMintPyTimeSeries(const fs::path& h5)
{
    const std::string display = h5.string();
    ensureGdalReady();
    if (!gdalHasDriver("HDF5"))
        throw Error(ErrorKind::Unsupported,
                    display + ": this GDAL (" + gdalVersion() + ") has no HDF5 driver to read MintPy files");
    std::error_code ec;
    if (!fs::exists(h5, ec))
        throw Error(ErrorKind::Io, display + ": file does not exist");
    if (fs::is_directory(h5, ec))
        throw Error(ErrorKind::InvalidInput, display + ": is a folder, not a MintPy .h5 file");

    // The HDF5 driver alone: it identifies the file by its signature before the HDF5 library
    // sees it (which would print pages of diagnostics for a file of another format).
    GdalErrorScope errors;
    const char* const hdf5Only[] = {"HDF5", nullptr};
    detail::DatasetPtr md(GDALDataset::FromHandle(
        GDALOpenEx(display.c_str(), GDAL_OF_MULTIDIM_RASTER | GDAL_OF_READONLY, hdf5Only, nullptr, nullptr)));
    if (!md)
        throw Error(ErrorKind::Format,
                    display + ": is not an HDF5 file" +
                        (errors.hasError() ? " (" + errors.message() + ")" : std::string{}));
    const std::shared_ptr<GDALGroup> root = md->GetRootGroup();
    if (!root)
        throw Error(ErrorKind::Format,
                    display + ": cannot read the HDF5 groups (" + errors.message("GDAL") + ")");
    const std::shared_ptr<GDALMDArray> cube = root->OpenMDArray("timeseries");
    if (!cube) {
        std::string names;
        for (const std::string& n : root->GetMDArrayNames())
            names += (names.empty() ? "" : ", ") + n;
        throw Error(ErrorKind::Format, display + ": no `timeseries` dataset; it holds " +
                                           (names.empty() ? std::string("no datasets") : names) +
                                           " (give MintPy's timeseries.h5)");
    }
    if (cube->GetDimensionCount() != 3)
        throw Error(ErrorKind::Format, display + ": `timeseries` has " +
                                           std::to_string(cube->GetDimensionCount()) +
                                           " dimensions, not 3 (dates × rows × columns)");
    const GUInt64 maps = cube->GetDimensions().front()->GetSize();
    const std::shared_ptr<GDALMDArray> dateArray = root->OpenMDArray("date");
    if (!dateArray)
        throw Error(ErrorKind::Format,
                    display + ": no `date` dataset; is this a MintPy timeseries.h5 (FILE_TYPE=timeseries)?");
    const auto& dims = dateArray->GetDimensions();
    if (dims.size() != 1)
        throw Error(ErrorKind::Format, display + ": `date` has " + std::to_string(dims.size()) +
                                           " dimensions, not 1 (an ifgramStack.h5?); give MintPy's "
                                           "timeseries.h5");
    const GUInt64 count = dims.front()->GetSize();
    if (count != maps)
        throw Error(ErrorKind::Format, display + ": `date` holds " + std::to_string(count) +
                                           " dates but `timeseries` has " + std::to_string(maps) + " maps");
    std::vector<char*> strings(static_cast<std::size_t>(count), nullptr);
    const GUInt64 start = 0;
    const std::size_t n = strings.size();
    const bool read =
        dateArray->Read(&start, &n, nullptr, nullptr, GDALExtendedDataType::CreateString(), strings.data());
    std::vector<std::string> texts;
    for (char* s : strings) {
        texts.emplace_back(s != nullptr ? s : "");
        CPLFree(s);
    }
    if (!read)
        throw Error(ErrorKind::Format,
                    display + ": cannot read `date` as text (" + errors.message("GDAL error") + ")");

    StackList list;
    list.kind = StackList::Kind::TimeSeries;
    list.source = display;
    auto badDate = [&display](std::size_t i, const std::string& text) {
        return Error(ErrorKind::Format,
                     display + ": date " + std::to_string(i + 1) + " '" + text + "' is not a YYYYMMDD date");
    };
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const std::string text = trimmed(texts[i]);
        const auto d = Date::parse(text);
        if (!d)
            throw badDate(i, text);
        for (const StackEntry& e : list.entries)
            if (e.date1 == *d)
                throw Error(ErrorKind::Format, display + ": date " + d->toIso() + " appears twice in `date`");
        StackEntry e;
        e.date1 = *d;
        e.file = h5;
        e.band = static_cast<int>(i) + 1;
        list.entries.push_back(std::move(e));
    }
    if (list.entries.empty())
        throw Error(ErrorKind::Format, display + ": `date` is empty");
    sortEntries(list.entries); // MintPy writes them in order; band numbers follow the entries
    return list;
}

Stack readStack(const StackList& list, Progress& progress)
{
    if (list.entries.empty())
        throw Error(ErrorKind::InvalidInput,
                    (list.source.empty() ? std::string("stack") : list.source) + ": no maps to read");
    Stack stack;
    stack.list = list;
    const std::size_t n = list.entries.size();
    const auto withCoherence = static_cast<std::size_t>(std::count_if(
        list.entries.begin(), list.entries.end(), [](const StackEntry& e) { return !e.coherence.empty(); }));
    const bool readCoherence = withCoherence == n;
    if (withCoherence > 0 && !readCoherence)
        stack.warnings.push_back(std::to_string(withCoherence) + " of " + std::to_string(n) +
                                 " interferograms have a coherence file; coherence is not used");
    const double share = readCoherence ? 0.5 : 1.0; // of each entry's step: map, then coherence
    std::map<std::string, std::pair<GeoTransform, std::string>> hdf5Georef;
    stack.maps.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const StackEntry& e = list.entries[i];
        const std::string label = describeEntry(e);
        progress.throwIfCancelled();
        progress.setStage("reading " + e.file.filename().string() + " (" + std::to_string(i + 1) + "/" +
                          std::to_string(n) + ")");
        const std::string name = openName(e, list.kind);
        ReadOptions options;
        options.band = e.band;
        const double begin = static_cast<double>(i) / static_cast<double>(n);
        const double step = 1.0 / static_cast<double>(n);
        MapProgress sub(progress, begin, begin + share * step);
        Raster map;
        try {
            map = readRaster(name, options, sub);
        } catch (const CancelledError&) {
            throw;
        } catch (const Error& err) {
            const std::string msg = err.what();
            // readRaster names what it opened; an entry of a multi-band file also needs its band.
            throw Error(err.kind(),
                        msg.rfind(name, 0) == 0 && e.band > 0 ? label + msg.substr(name.size()) : msg);
        }
        if (!map.geoTransform.valid && isSubdatasetName(name) && lower(name).rfind("hdf5:", 0) == 0) {
            auto it = hdf5Georef.find(name);
            if (it == hdf5Georef.end()) {
                std::pair<GeoTransform, std::string> g;
                mintPyGeoreferencing(name, g.first, g.second);
                it = hdf5Georef.emplace(name, g).first;
            }
            map.geoTransform = it->second.first;
            if (map.crsWkt.empty())
                map.crsWkt = it->second.second;
        }
        map.metadata.date1 = e.date1;
        map.metadata.date2 = e.date2;
        if (i > 0)
            checkGrid(map, label, stack.maps.front(), describeEntry(list.entries.front()));
        stack.maps.push_back(std::move(map));
        if (readCoherence) {
            progress.throwIfCancelled();
            MapProgress cohProgress(progress, begin + share * step, begin + step);
            Raster coh = readRaster(e.coherence, ReadOptions{}, cohProgress);
            checkGrid(coh, e.coherence.string(), stack.maps.front(), describeEntry(list.entries.front()));
            coh.metadata.date1 = e.date1;
            coh.metadata.date2 = e.date2;
            stack.coherence.push_back(std::move(coh));
        }
        progress.setFraction(static_cast<double>(i + 1) / static_cast<double>(n));
    }
    return stack;
}

} // namespace insar::io
