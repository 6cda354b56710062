// `insar-denoiser-cli forward okada|mogi --points FILE.csv ...`: evaluates a deformation source
// at points (km, local east/north) and prints east_km,north_km,ue_m,un_m,uu_m[,los_m] as CSV on
// stdout with shortest round-trip double precision.
//
// Accepted ranges (an elastic half-space in a local flat frame; values outside cannot describe a
// real source and may not give a finite answer, so they are refused with the option named):
//   point and source east/north   |x| <= 10000 km
//   --top-depth, --depth          1e-3 .. 1000 km (1 m to the base of the upper mantle)
//   --length, --width             1e-3 .. 2000 km
//   --slip, --opening             |u| <= 1000 m
//   --dvolume                     |dV| <= 1e13 m^3 (ten times the largest known eruptions)
//   --strike, --rake, --heading   -360 .. 360 degrees; --dip (0, 90]; --incidence [0, 90)
//   --poisson                     (-1, 0.5)
// Every output value is checked to be finite as well.
#include "command_registry.h"
#include "common/error.h"
#include "common/text.h"
#include "synthesis/los_geometry.h"
#include "synthesis/mogi.h"
#include "synthesis/okada.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

using insar::Error;
using insar::ErrorKind;
using insar::trimmed;
using namespace insar::synthesis;

struct ForwardOptions {
    std::string points;
    double east = 0.0;
    double north = 0.0;
    double topDepth = 0.0;
    double strike = 0.0;
    double dip = 0.0;
    double rake = 0.0;
    double length = 0.0;
    double width = 0.0;
    double slip = 0.0;
    double opening = 0.0;
    double depth = 0.0;
    double dvolume = 0.0;
    double poisson = 0.25;
    std::optional<double> incidence;
    std::optional<double> heading;
};

struct Point {
    double east;
    double north;
};

constexpr double kMaxCoordinateKm = 1e4;

std::string number(double v);

/// Throws unless lo <= value <= hi (open ends where the flags say so), naming the option.
void requireIn(double value, const std::string& what, double lo, double hi, const char* unit,
               bool openLo = false, bool openHi = false)
{
    const bool ok =
        std::isfinite(value) && (openLo ? value > lo : value >= lo) && (openHi ? value < hi : value <= hi);
    if (!ok)
        throw Error(what + " = " + number(value) + " is outside the accepted range " + (openLo ? "(" : "[") +
                    number(lo) + ", " + number(hi) + (openHi ? ")" : "]") + (*unit != '\0' ? " " : "") +
                    unit);
}

std::vector<std::string> split(const std::string& line)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto comma = line.find(',', start);
        out.push_back(
            trimmed(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start)));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

double parseNumber(const std::string& text, const std::string& file, std::size_t line, const char* column)
{
    double v = 0.0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    if (!text.empty() && *begin == '+')
        ++begin;
    const auto [ptr, ec] = std::from_chars(begin, end, v);
    if (text.empty() || ec != std::errc() || ptr != end || !std::isfinite(v))
        throw Error(ErrorKind::Format, file + ":" + std::to_string(line) + ": column " + column + ": '" +
                                           text + "' is not a finite number");
    return v;
}

std::vector<Point> readPoints(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        throw Error(ErrorKind::Io, path + ": cannot open the points file");
    std::string line;
    std::size_t lineNo = 0;
    int eastCol = -1, northCol = -1;
    std::size_t columns = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (trimmed(line).empty())
            continue;
        const auto header = split(line);
        columns = header.size();
        for (std::size_t k = 0; k < header.size(); ++k) {
            std::string h = header[k];
            if (k == 0 && h.size() >= 3 && h.compare(0, 3, "\xEF\xBB\xBF") == 0)
                h = h.substr(3); // UTF-8 byte-order mark
            if (h == "east_km")
                eastCol = static_cast<int>(k);
            else if (h == "north_km")
                northCol = static_cast<int>(k);
        }
        break;
    }
    if (eastCol < 0 || northCol < 0)
        throw Error(ErrorKind::Format, path + ":" + std::to_string(std::max<std::size_t>(lineNo, 1)) +
                                           ": the header must name the columns east_km and north_km");
    std::vector<Point> points;
    while (std::getline(in, line)) {
        ++lineNo;
        if (trimmed(line).empty())
            continue;
        const auto fields = split(line);
        if (fields.size() != columns)
            throw Error(ErrorKind::Format, path + ":" + std::to_string(lineNo) + ": expected " +
                                               std::to_string(columns) + " columns like the header, found " +
                                               std::to_string(fields.size()));
        const Point p{parseNumber(fields[static_cast<std::size_t>(eastCol)], path, lineNo, "east_km"),
                      parseNumber(fields[static_cast<std::size_t>(northCol)], path, lineNo, "north_km")};
        const std::string where = path + ":" + std::to_string(lineNo) + ": ";
        requireIn(p.east, where + "east_km", -kMaxCoordinateKm, kMaxCoordinateKm, "km");
        requireIn(p.north, where + "north_km", -kMaxCoordinateKm, kMaxCoordinateKm, "km");
        points.push_back(p);
    }
    if (points.empty())
        throw Error(ErrorKind::Format, path + ": no points after the header");
    return points;
}

std::string number(double v)
{
    char buf[64];
    const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v); // shortest exact round trip
    return ec == std::errc() ? std::string(buf, ptr) : std::string("nan");
}

int writeResults(const std::vector<Point>& points, const ForwardOptions& o,
                 const std::function<Displacement3(double, double)>& model)
{
    if (o.incidence.has_value() != o.heading.has_value())
        throw Error("give both --incidence and --heading for the LOS column, or neither");
    std::optional<LosVector> los;
    if (o.incidence) {
        requireIn(*o.incidence, "--incidence", 0.0, 90.0, "degrees", false, true);
        requireIn(*o.heading, "--heading", -360.0, 360.0, "degrees");
        los = losUnitVector(*o.incidence, *o.heading);
    }
    std::string out = los ? "east_km,north_km,ue_m,un_m,uu_m,los_m\n" : "east_km,north_km,ue_m,un_m,uu_m\n";
    for (const Point& p : points) {
        const Displacement3 u = model(p.east, p.north);
        const double l = los ? projectToLos(u, *los) : 0.0;
        if (!std::isfinite(u.x) || !std::isfinite(u.y) || !std::isfinite(u.z) || !std::isfinite(l))
            throw Error(ErrorKind::Numerical, "the model has no finite displacement at east " +
                                                  number(p.east) + " km, north " + number(p.north) +
                                                  " km (a point on the source itself?)");
        out += number(p.east) + ',' + number(p.north) + ',' + number(u.x) + ',' + number(u.y) + ',' +
               number(u.z);
        if (los)
            out += ',' + number(l);
        out += '\n';
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

insar::cli::Runner setupForward(CLI::App& sub)
{
    auto o = std::make_shared<ForwardOptions>();
    sub.require_subcommand(1);
    auto common = [&](CLI::App* app) {
        app->add_option("--points", o->points, "CSV with a header naming east_km,north_km (km, local frame)")
            ->required();
        app->add_option("--east", o->east, "source east (km, same frame as the points)");
        app->add_option("--north", o->north, "source north (km)");
        app->add_option("--poisson", o->poisson, "Poisson's ratio (default 0.25)");
        app->add_option("--incidence", o->incidence, "incidence angle (deg) for the los_m column");
        app->add_option("--heading", o->heading, "satellite heading (deg, clockwise from north)");
    };
    CLI::App* okada =
        sub.add_subcommand("okada", "Okada (1985) rectangular dislocation; --east/--north = top-edge centre");
    common(okada);
    okada->add_option("--top-depth", o->topDepth, "depth of the top edge (km, > 0)")->required();
    okada->add_option("--strike", o->strike, "strike (deg clockwise from north, fault dips to the right)")
        ->required();
    okada->add_option("--dip", o->dip, "dip (deg, 0 < dip <= 90)")->required();
    okada->add_option("--rake", o->rake, "rake (deg: 0 left-lateral, 90 reverse, -90 normal)");
    okada->add_option("--length", o->length, "length along strike (km)")->required();
    okada->add_option("--width", o->width, "down-dip width (km)")->required();
    okada->add_option("--slip", o->slip, "slip (m)");
    okada->add_option("--opening", o->opening, "tensile opening (m)");
    CLI::App* mogi = sub.add_subcommand("mogi", "Mogi (1958) point source");
    common(mogi);
    mogi->add_option("--depth", o->depth, "source depth (km, > 0)")->required();
    mogi->add_option("--dvolume", o->dvolume, "volume change of the source (m^3)")->required();

    return [o, okada, mogi]() -> int {
        requireIn(o->east, "--east", -kMaxCoordinateKm, kMaxCoordinateKm, "km");
        requireIn(o->north, "--north", -kMaxCoordinateKm, kMaxCoordinateKm, "km");
        requireIn(o->poisson, "--poisson", -1.0, 0.5, "", true, true);
        if (okada->parsed()) {
            requireIn(o->topDepth, "--top-depth", 1e-3, 1000.0, "km");
            requireIn(o->strike, "--strike", -360.0, 360.0, "degrees");
            requireIn(o->dip, "--dip", 0.0, 90.0, "degrees", true);
            requireIn(o->rake, "--rake", -360.0, 360.0, "degrees");
            requireIn(o->length, "--length", 1e-3, 2000.0, "km");
            requireIn(o->width, "--width", 1e-3, 2000.0, "km");
            requireIn(o->slip, "--slip", -1000.0, 1000.0, "m");
            requireIn(o->opening, "--opening", -1000.0, 1000.0, "m");
            OkadaFault f;
            f.eastKm = o->east;
            f.northKm = o->north;
            f.topDepthKm = o->topDepth;
            f.strikeDeg = o->strike;
            f.dipDeg = o->dip;
            f.rakeDeg = o->rake;
            f.lengthKm = o->length;
            f.widthKm = o->width;
            f.slipM = o->slip;
            f.openingM = o->opening;
            f.poisson = o->poisson;
            const OkadaModel model(f); // validates (readable error) before reading the points
            const auto points = readPoints(o->points);
            return writeResults(points, *o, [&](double e, double n) { return model.displacement(e, n); });
        }
        requireIn(o->depth, "--depth", 1e-3, 1000.0, "km");
        requireIn(o->dvolume, "--dvolume", -1e13, 1e13, "m^3");
        MogiSource m;
        m.eastKm = o->east;
        m.northKm = o->north;
        m.depthKm = o->depth;
        m.dVolumeM3 = o->dvolume;
        m.poisson = o->poisson;
        const auto points = readPoints(o->points);
        return writeResults(points, *o, [&](double e, double n) { return mogiDisplacement(m, e, n); });
    };
}

} // namespace

INSAR_REGISTER_COMMAND(forward, "forward", "Evaluate an Okada or Mogi source at points (CSV in, CSV out)",
                       setupForward)
