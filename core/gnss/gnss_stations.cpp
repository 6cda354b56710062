#include "gnss/gnss_stations.h"

#include "common/error.h"
#include "corrections/reference_point.h"
#include "gnss/gnss_csv.h"
#include "synthesis/los_geometry.h"

#include <algorithm>
#include <set>

namespace insar::gnss {

namespace {

std::string num(double v)
{
    std::string s = std::to_string(v);
    while (s.size() > 1 && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

bool parseVirtual(const detail::CsvFile& file, const detail::CsvRow& row, int column)
{
    if (column < 0)
        return false;
    std::string t = row.fields[std::size_t(column)];
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (t.empty() || t == "0" || t == "false" || t == "no")
        return false;
    if (t == "1" || t == "true" || t == "yes")
        return true;
    throw Error(ErrorKind::Format, file.where(row.line) + "column virtual: '" +
                                       row.fields[std::size_t(column)] + "' is not 0 or 1");
}

std::optional<double> readSigma(const detail::CsvFile& file, const detail::CsvRow& row, int column)
{
    if (column < 0)
        return std::nullopt;
    const auto v = detail::parseOptionalNumber(file, row, column);
    if (v && *v < 0.0)
        throw Error(ErrorKind::Format, file.where(row.line) + "column " + file.header[std::size_t(column)] +
                                           ": a sigma cannot be negative (" + num(*v) + ")");
    return v;
}

/// One angle for a station: the raster's value at its pixel when there is one, else the constant.
std::optional<double> angleAt(const Station& s, const Raster* raster, std::optional<double> constant,
                              const char* what)
{
    if (raster) {
        Sample sample;
        try {
            sample = sampleAt(*raster, s.lon, s.lat, 1);
        } catch (const Error& e) {
            throw Error(e.kind(), std::string(what) + " raster '" + raster->sourcePath + "': " + e.what());
        }
        if (!std::isnan(sample.value))
            return sample.value;
    }
    return constant;
}

} // namespace

std::vector<Station> readStations(const std::filesystem::path& csv)
{
    const detail::CsvFile file = detail::readCsv(csv);
    const std::string head = file.where(file.headerLine);
    const int nameCol = file.column({"name", "station", "site"});
    const int lonCol = file.column({"lon", "longitude", "lon_deg"});
    const int latCol = file.column({"lat", "latitude", "lat_deg"});
    if (nameCol < 0 || lonCol < 0 || latCol < 0)
        throw Error(ErrorKind::Format,
                    head + "the header must name the columns name (or station), lon and lat");
    const int losCol = file.column({"los_mm"});
    const int sigmaCol = file.column({"sigma_mm", "sigma_los_mm"});
    const int enu[3] = {file.column({"east_mm"}), file.column({"north_mm"}), file.column({"up_mm"})};
    const int enuSigma[3] = {file.column({"sigma_east_mm"}), file.column({"sigma_north_mm"}),
                             file.column({"sigma_up_mm"})};
    const char* enuNames[3] = {"east_mm", "north_mm", "up_mm"};
    const int enuColumns = int(std::count_if(std::begin(enu), std::end(enu), [](int c) { return c >= 0; }));
    if (enuColumns != 0 && enuColumns != 3) {
        std::string missing;
        for (int k = 0; k < 3; ++k)
            if (enu[k] < 0)
                missing += std::string(missing.empty() ? "" : ", ") + enuNames[k];
        throw Error(ErrorKind::Format,
                    head + "east/north/up displacements need all three columns; missing " + missing);
    }
    if (losCol < 0 && enuColumns == 0)
        throw Error(ErrorKind::Format,
                    head +
                        "the header must name los_mm, or east_mm, north_mm and up_mm (displacements in mm)");

    std::vector<Station> stations;
    std::set<std::string> names;
    for (const detail::CsvRow& row : file.rows) {
        const std::string where = file.where(row.line);
        Station s;
        s.name = row.fields[std::size_t(nameCol)];
        if (s.name.empty())
            throw Error(ErrorKind::Format, where + "the station has no name");
        if (!names.insert(s.name).second)
            throw Error(ErrorKind::Format, where + "station '" + s.name + "' appears twice");
        s.lon = detail::parseNumber(file, row, lonCol);
        s.lat = detail::parseNumber(file, row, latCol);
        if (s.lon < -180.0 || s.lon > 180.0)
            throw Error(ErrorKind::Format, where + "lon " + num(s.lon) + " of station '" + s.name +
                                               "' is outside [-180, 180] degrees");
        if (s.lat < -90.0 || s.lat > 90.0)
            throw Error(ErrorKind::Format, where + "lat " + num(s.lat) + " of station '" + s.name +
                                               "' is outside [-90, 90] degrees");
        if (losCol >= 0) {
            s.losMm = detail::parseOptionalNumber(file, row, losCol);
            if (s.losMm)
                s.sigmaMm = readSigma(file, row, sigmaCol);
        }
        if (enuColumns == 3) {
            std::optional<double>* values[3] = {&s.eastMm, &s.northMm, &s.upMm};
            std::optional<double>* sigmas[3] = {&s.sigmaEastMm, &s.sigmaNorthMm, &s.sigmaUpMm};
            int given = 0;
            int sigmasGiven = 0;
            for (int k = 0; k < 3; ++k) {
                *values[k] = detail::parseOptionalNumber(file, row, enu[k]);
                *sigmas[k] = readSigma(file, row, enuSigma[k]);
                given += values[k]->has_value() ? 1 : 0;
                sigmasGiven += sigmas[k]->has_value() ? 1 : 0;
            }
            if (given != 0 && given != 3)
                throw Error(ErrorKind::Format,
                            where + "station '" + s.name +
                                "' gives only some of east_mm, north_mm and up_mm; give all three");
            if (given == 0 && sigmasGiven != 0)
                throw Error(ErrorKind::Format,
                            where + "station '" + s.name + "' gives ENU sigmas but no ENU displacement");
            if (sigmasGiven != 0 && sigmasGiven != 3)
                throw Error(ErrorKind::Format, where + "station '" + s.name +
                                                   "' gives only some of sigma_east_mm, sigma_north_mm and "
                                                   "sigma_up_mm; give all three or none");
        }
        if (!s.losMm && !s.eastMm)
            throw Error(ErrorKind::Format,
                        where + "station '" + s.name + "' has no displacement: give " +
                            (losCol >= 0 ? "los_mm" : "east_mm, north_mm and up_mm") +
                            (losCol >= 0 && enuColumns == 3 ? " or east_mm, north_mm and up_mm" : ""));
        s.isVirtual = parseVirtual(file, row, file.column({"virtual"}));
        stations.push_back(std::move(s));
    }
    if (stations.empty())
        throw Error(ErrorKind::Format, file.path + ": no stations after the header");
    return stations;
}

LosValue enuToLos(const Station& station, double incidenceDeg, double headingDeg)
{
    if (!station.eastMm || !station.northMm || !station.upMm)
        throw Error(ErrorKind::InvalidInput,
                    "station '" + station.name + "' has no east/north/up displacement to project to LOS");
    if (!std::isfinite(incidenceDeg) || incidenceDeg < 0.0 || incidenceDeg >= 90.0)
        throw Error(ErrorKind::InvalidInput, "station '" + station.name + "': incidence " +
                                                 num(incidenceDeg) + " degrees is outside [0, 90)");
    if (!std::isfinite(headingDeg))
        throw Error(ErrorKind::InvalidInput,
                    "station '" + station.name + "': the heading is not a finite angle");
    // docs/physics.md §2.3: d_LOS = −uE sin(inc) cos(head) + uN sin(inc) sin(head) + uU cos(inc).
    const synthesis::LosVector l = synthesis::losUnitVector(incidenceDeg, headingDeg);
    LosValue out;
    out.mm = synthesis::projectToLos({*station.eastMm, *station.northMm, *station.upMm}, l);
    if (station.sigmaEastMm && station.sigmaNorthMm && station.sigmaUpMm) {
        // First-order propagation of independent component errors through the linear projection.
        const double e = l.east * *station.sigmaEastMm;
        const double n = l.north * *station.sigmaNorthMm;
        const double u = l.up * *station.sigmaUpMm;
        out.sigmaMm = std::sqrt(e * e + n * n + u * u);
    }
    return out;
}

void projectToLos(std::vector<Station>& stations, std::optional<double> incidenceDeg,
                  std::optional<double> headingDeg, const Raster* incidence, const Raster* heading)
{
    for (Station& s : stations) {
        if (s.losMm)
            continue;
        if (!s.eastMm)
            throw Error(ErrorKind::InvalidInput,
                        "station '" + s.name + "' has neither a LOS nor an ENU displacement");
        const auto inc = angleAt(s, incidence, incidenceDeg, "incidence");
        const auto head = angleAt(s, heading, headingDeg, "heading");
        if (!inc || !head) {
            std::string missing = !inc ? "incidence" : "";
            if (!head)
                missing += std::string(missing.empty() ? "" : " and ") + "heading";
            throw Error(ErrorKind::InvalidInput,
                        "station '" + s.name + "' is given in east/north/up but the " + missing +
                            " at it is unknown" +
                            ((incidence && !inc) || (heading && !head)
                                 ? " (the geometry raster is no-data or does not cover it)"
                                 : "") +
                            "; give the scene's incidence and heading");
        }
        const LosValue v = enuToLos(s, *inc, *head);
        s.losMm = v.mm;
        s.sigmaMm = std::isnan(v.sigmaMm) ? std::nullopt : std::optional<double>(v.sigmaMm);
    }
}

Sample sampleAt(const Raster& raster, double lon, double lat, int window)
{
    const std::string name =
        raster.sourcePath.empty() ? std::string("the raster") : "'" + raster.sourcePath + "'";
    if (window < 1 || window % 2 == 0)
        throw Error(ErrorKind::InvalidInput,
                    "the sampling window must be an odd number of pixels >= 1 (got " +
                        std::to_string(window) + ")");
    if (!raster.geoTransform.valid)
        throw Error(ErrorKind::InvalidInput,
                    name + " has no georeferencing: stations given in lon/lat cannot be placed on it");
    if (corrections::isProjectedCrs(raster.crsWkt))
        throw Error(ErrorKind::InvalidInput,
                    name + " is in a projected CRS: stations given in lon/lat cannot be "
                           "placed through its geotransform; warp it to lon/lat first");
    double c = 0.0;
    double r = 0.0;
    if (!raster.geoTransform.geoToPixel(lon, lat, c, r))
        throw Error(ErrorKind::InvalidInput, name + ": the geotransform is singular");
    Sample out;
    if (!std::isfinite(c) || !std::isfinite(r))
        return out;
    const double rowF = std::floor(r);
    const double colF = std::floor(c);
    if (rowF < 0.0 || colF < 0.0 || rowF >= raster.height() || colF >= raster.width())
        return out;
    out.inside = true;
    out.row = int(rowF);
    out.col = int(colF);
    const int half = window / 2;
    double sum = 0.0;
    for (int y = std::max(0, out.row - half); y <= std::min(raster.height() - 1, out.row + half); ++y)
        for (int x = std::max(0, out.col - half); x <= std::min(raster.width() - 1, out.col + half); ++x)
            if (raster.isValid(y, x)) {
                sum += raster.at(y, x);
                ++out.validPixels;
            }
    if (out.validPixels > 0)
        out.value = sum / out.validPixels;
    return out;
}

} // namespace insar::gnss
