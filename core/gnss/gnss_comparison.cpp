#include "gnss/gnss_comparison.h"

#include "common/error.h"
#include "common/csv_format.h"
#include "common/units.h"
#include "gnss/gnss_csv.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace insar::gnss {

namespace {

void checkShape(const ComparisonTable& t)
{
    const std::size_t n = t.stations.size();
    if (n == 0)
        throw Error(ErrorKind::InvalidInput, "the GNSS comparison has no stations");
    if (t.versions.empty())
        throw Error(ErrorKind::InvalidInput, "the GNSS comparison has no InSAR version to compare");
    bool ok = t.gnssMm.size() == n && (t.gnssSigmaMm.empty() || t.gnssSigmaMm.size() == n) &&
              (t.isVirtual.empty() || t.isVirtual.size() == n) && t.insarMm.size() == t.versions.size();
    for (const auto& v : t.insarMm)
        ok = ok && v.size() == n;
    if (!ok)
        throw Error(ErrorKind::Internal, "the GNSS comparison table's columns differ in length");
    std::set<std::string> names;
    for (const std::string& s : t.stations)
        if (!names.insert(s).second)
            throw Error(ErrorKind::InvalidInput, "station '" + s + "' appears twice in the GNSS comparison");
}

MisfitStats statistics(const std::vector<double>& gnss, const std::vector<double>& residual)
{
    MisfitStats st;
    double sumR = 0.0;
    double sumR2 = 0.0;
    double sumG = 0.0;
    int n = 0;
    for (std::size_t s = 0; s < gnss.size(); ++s) {
        if (std::isnan(gnss[s]) || std::isnan(residual[s]))
            continue;
        sumR += residual[s];
        sumR2 += residual[s] * residual[s];
        sumG += gnss[s];
        ++n;
    }
    st.stations = n;
    if (n == 0)
        return st;
    const double meanG = sumG / n;
    st.meanResidual = sumR / n;
    double ssTot = 0.0;
    double ssDev = 0.0;
    for (std::size_t s = 0; s < gnss.size(); ++s) {
        if (std::isnan(gnss[s]) || std::isnan(residual[s]))
            continue;
        ssTot += (gnss[s] - meanG) * (gnss[s] - meanG);
        ssDev += (residual[s] - st.meanResidual) * (residual[s] - st.meanResidual);
    }
    st.l2 = std::sqrt(sumR2);
    st.rmse = std::sqrt(sumR2 / n);
    st.stdResidual = std::sqrt(ssDev / n);
    st.r2 = ssTot > 0.0 ? 1.0 - sumR2 / ssTot : NAN;
    return st;
}

} // namespace

ComparisonResult compare(ComparisonTable table, const std::string& reference)
{
    checkShape(table);
    const std::size_t n = table.stations.size();
    if (table.gnssSigmaMm.empty())
        table.gnssSigmaMm.assign(n, NAN);
    if (!reference.empty()) {
        const auto it = std::find(table.stations.begin(), table.stations.end(), reference);
        if (it == table.stations.end()) {
            std::string list;
            for (const std::string& s : table.stations)
                list += (list.empty() ? "" : ", ") + s;
            throw Error(ErrorKind::InvalidInput,
                        "reference station '" + reference + "' is not among the stations (" + list + ")");
        }
        const std::size_t ref = std::size_t(it - table.stations.begin());
        const double g0 = table.gnssMm[ref];
        if (std::isnan(g0))
            throw Error(ErrorKind::InvalidInput, "reference station '" + reference + "' has no GNSS value");
        for (std::size_t v = 0; v < table.versions.size(); ++v)
            if (std::isnan(table.insarMm[v][ref]))
                throw Error(ErrorKind::InvalidInput, "reference station '" + reference +
                                                         "' has no value in '" + table.versions[v] +
                                                         "' (outside the raster or on no-data)");
        const double sigma0 = table.gnssSigmaMm[ref];
        for (std::size_t s = 0; s < n; ++s) {
            table.gnssMm[s] -= g0;
            double& sigma = table.gnssSigmaMm[s];
            if (s == ref)
                sigma = std::isnan(sigma) ? NAN : 0.0;
            else
                sigma = std::isnan(sigma) || std::isnan(sigma0) ? NAN : std::hypot(sigma, sigma0);
        }
        for (std::size_t v = 0; v < table.versions.size(); ++v) {
            const double i0 = table.insarMm[v][ref];
            for (double& x : table.insarMm[v])
                x -= i0; // NaN stays NaN
        }
    }
    table.reference = reference;

    ComparisonResult result;
    result.residualMm.resize(table.versions.size());
    for (std::size_t v = 0; v < table.versions.size(); ++v) {
        auto& r = result.residualMm[v];
        r.resize(n);
        for (std::size_t s = 0; s < n; ++s)
            r[s] = table.insarMm[v][s] - table.gnssMm[s];
        result.stats.push_back(statistics(table.gnssMm, r));
    }
    const double l2First = result.stats.front().l2;
    for (const MisfitStats& st : result.stats)
        result.l2Reduction.push_back(l2First > 0.0 ? 1.0 - st.l2 / l2First : NAN);
    result.l2Reduction.front() = l2First > 0.0 ? 0.0 : NAN;
    result.table = std::move(table);
    return result;
}

ComparisonTable readComparisonTable(const std::filesystem::path& csv)
{
    const detail::CsvFile file = detail::readCsv(csv);
    const std::string head = file.where(file.headerLine);
    const int stationCol = file.column({"station", "name", "site"});
    const int gnssCol = file.column({"gnss_los_mm", "gnss_mm", "gnss"});
    if (stationCol < 0 || gnssCol < 0)
        throw Error(ErrorKind::Format, head + "the header must name the columns station and gnss_los_mm");
    const int sigmaCol = file.column({"gnss_sigma_mm", "sigma_mm"});
    const int virtualCol = file.column({"virtual"});
    const std::set<std::string> ignored = {"lon", "lat", "longitude", "latitude", "lon_deg", "lat_deg"};

    ComparisonTable table;
    std::vector<int> versionCols;
    for (std::size_t k = 0; k < file.header.size(); ++k) {
        const int col = int(k);
        const std::string& name = file.header[k];
        if (col == stationCol || col == gnssCol || col == sigmaCol || col == virtualCol ||
            ignored.count(name))
            continue;
        std::string version = name;
        if (version.size() > 9 && version.rfind("insar_", 0) == 0 &&
            version.compare(version.size() - 3, 3, "_mm") == 0)
            version = version.substr(6, version.size() - 9);
        if (std::find(table.versions.begin(), table.versions.end(), version) != table.versions.end()) {
            std::string message = head;
            message.append("two columns name the InSAR version '").append(version).append("'");
            throw Error(ErrorKind::Format, message);
        }
        table.versions.push_back(version);
        versionCols.push_back(col);
    }
    if (table.versions.empty())
        throw Error(ErrorKind::Format, head + "no InSAR column: name one or more, e.g. insar_uncorrected_mm");
    table.insarMm.resize(table.versions.size());

    bool anyVirtual = false;
    for (const detail::CsvRow& row : file.rows) {
        const std::string& name = row.fields[std::size_t(stationCol)];
        if (name.empty())
            throw Error(ErrorKind::Format, file.where(row.line) + "the station has no name");
        if (std::find(table.stations.begin(), table.stations.end(), name) != table.stations.end())
            throw Error(ErrorKind::Format, file.where(row.line) + "station '" + name + "' appears twice");
        table.stations.push_back(name);
        table.gnssMm.push_back(detail::parseOptionalNumber(file, row, gnssCol).value_or(NAN));
        double sigma = NAN;
        if (sigmaCol >= 0) {
            sigma = detail::parseOptionalNumber(file, row, sigmaCol).value_or(NAN);
            if (sigma < 0.0)
                throw Error(ErrorKind::Format, file.where(row.line) + "column " +
                                                   file.header[std::size_t(sigmaCol)] +
                                                   ": a sigma cannot be negative");
        }
        table.gnssSigmaMm.push_back(sigma);
        for (std::size_t v = 0; v < versionCols.size(); ++v)
            table.insarMm[v].push_back(detail::parseOptionalNumber(file, row, versionCols[v]).value_or(NAN));
        bool isVirtual = false;
        if (virtualCol >= 0) {
            const std::string& t = row.fields[std::size_t(virtualCol)];
            if (t == "1" || t == "true" || t == "yes")
                isVirtual = true;
            else if (!(t.empty() || t == "0" || t == "false" || t == "no"))
                throw Error(ErrorKind::Format,
                            file.where(row.line) + "column virtual: '" + t + "' is not 0 or 1");
        }
        anyVirtual = anyVirtual || isVirtual;
        table.isVirtual.push_back(isVirtual);
    }
    if (table.stations.empty())
        throw Error(ErrorKind::Format, file.path + ": no stations after the header");
    if (!anyVirtual)
        table.isVirtual.clear();
    return table;
}

ComparisonTable sampleComparisonTable(const std::vector<Station>& stations,
                                      const std::vector<const Raster*>& rasters,
                                      const std::vector<std::string>& versions, int window)
{
    if (rasters.size() != versions.size())
        throw Error(ErrorKind::Internal, "sampleComparisonTable: one version name per raster is needed");
    if (stations.empty())
        throw Error(ErrorKind::InvalidInput, "no GNSS stations to compare with");
    ComparisonTable table;
    bool anyVirtual = false;
    for (const Station& s : stations) {
        if (!s.losMm)
            throw Error(ErrorKind::InvalidInput,
                        "station '" + s.name +
                            "' has no LOS displacement: give the scene's incidence and "
                            "heading to project its east/north/up displacement");
        table.stations.push_back(s.name);
        table.gnssMm.push_back(*s.losMm);
        table.gnssSigmaMm.push_back(s.sigmaMm.value_or(NAN));
        table.isVirtual.push_back(s.isVirtual);
        anyVirtual = anyVirtual || s.isVirtual;
    }
    if (!anyVirtual)
        table.isVirtual.clear();
    table.versions = versions;
    for (const Raster* raster : rasters) {
        if (!raster)
            throw Error(ErrorKind::Internal, "sampleComparisonTable: null raster");
        // Unknown units: values the caller already has in the table's unit (a velocity in mm/yr).
        double factor = 1.0;
        try {
            if (raster->metadata.units != Units::Unknown)
                factor = conversionFactor(raster->metadata.units, Units::Millimetres,
                                          raster->metadata.wavelengthM);
        } catch (const Error& e) {
            throw Error(ErrorKind::InvalidInput, "'" + raster->sourcePath + "': " + e.what());
        }
        std::vector<double> values;
        values.reserve(stations.size());
        for (const Station& s : stations)
            values.push_back(sampleAt(*raster, s.lon, s.lat, window).value * factor);
        table.insarMm.push_back(std::move(values));
    }
    return table;
}

std::string comparisonCsv(const ComparisonResult& result)
{
    const ComparisonTable& t = result.table;
    const bool virtualColumn = !t.isVirtual.empty();
    std::string out;
    out += t.reference.empty() ? "# not re-referenced\n" : "# referenced to station " + t.reference + "\n";
    out += "station";
    if (virtualColumn)
        out += ",virtual";
    out += ",gnss_los_mm,gnss_sigma_mm";
    // Version names may hold commas (a chain such as "gacos,cnn"): quoted as CSV fields.
    for (const std::string& v : t.versions)
        out += "," + csvField(v + "_mm") + "," + csvField(v + "_residual_mm");
    out += "\n";
    for (std::size_t s = 0; s < t.stations.size(); ++s) {
        out += csvField(t.stations[s]);
        if (virtualColumn)
            out += t.isVirtual[s] ? ",1" : ",0";
        out += "," + csvNumber(t.gnssMm[s], 10) + "," +
               csvNumber(t.gnssSigmaMm.empty() ? NAN : t.gnssSigmaMm[s], 10);
        for (std::size_t v = 0; v < t.versions.size(); ++v)
            out += "," + csvNumber(t.insarMm[v][s], 10) + "," + csvNumber(result.residualMm[v][s], 10);
        out += "\n";
    }
    out += "\nversion,stations,l2_mm,rmse_mm,mean_residual_mm,std_residual_mm,r2,l2_reduction\n";
    for (std::size_t v = 0; v < t.versions.size(); ++v) {
        const MisfitStats& st = result.stats[v];
        out += csvField(t.versions[v]) + "," + std::to_string(st.stations) + "," + csvNumber(st.l2, 10) +
               "," + csvNumber(st.rmse, 10) + "," + csvNumber(st.meanResidual, 10) + "," +
               csvNumber(st.stdResidual, 10) + "," + csvNumber(st.r2, 10) + "," +
               csvNumber(result.l2Reduction[v], 10) + "\n";
    }
    return out;
}

} // namespace insar::gnss
