#include "corrections/polygon.h"

#include "common/error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace insar::corrections {

namespace {

/// Recursive-descent reader of the WKT polygon grammar.
class WktReader {
public:
    explicit WktReader(std::string_view text) : m_text(text) {}

    MultiPolygon read()
    {
        skipSrid();
        const std::string type = word();
        if (type != "POLYGON" && type != "MULTIPOLYGON")
            fail(type.empty() ? "expected POLYGON or MULTIPOLYGON"
                              : "'" + type + "' is not a polygon (POLYGON or MULTIPOLYGON expected)");
        skipDimension();
        MultiPolygon out;
        if (type == "POLYGON") {
            out.polygons.push_back(polygon());
        } else {
            expect('(');
            do
                out.polygons.push_back(polygon());
            while (accept(','));
            expect(')');
        }
        skipSpace();
        if (m_pos != m_text.size())
            fail("unexpected text after the geometry");
        return out;
    }

private:
    [[noreturn]] void fail(const std::string& what) const
    {
        throw Error(ErrorKind::Format,
                    "malformed WKT polygon at character " + std::to_string(m_pos) + ": " + what);
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }
    std::string word()
    {
        skipSpace();
        std::string w;
        while (m_pos < m_text.size() && std::isalpha(static_cast<unsigned char>(m_text[m_pos])))
            w += char(std::toupper(static_cast<unsigned char>(m_text[m_pos++])));
        return w;
    }
    void skipSrid()
    {
        skipSpace();
        if (m_text.substr(m_pos, 5) == "SRID=" || m_text.substr(m_pos, 5) == "srid=") {
            const auto semi = m_text.find(';', m_pos);
            if (semi == std::string_view::npos)
                fail("SRID= without ';'");
            m_pos = semi + 1;
        }
    }
    void skipDimension()
    {
        const std::size_t save = m_pos;
        const std::string w = word();
        if (w == "EMPTY")
            fail("the polygon is EMPTY");
        if (w != "Z" && w != "M" && w != "ZM")
            m_pos = save;
    }
    bool accept(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    void expect(char c)
    {
        if (!accept(c))
            fail(std::string("expected '") + c + "'");
    }
    bool number(double& v)
    {
        skipSpace();
        const std::string rest(m_text.substr(m_pos, std::min<std::size_t>(64, m_text.size() - m_pos)));
        char* end = nullptr;
        v = std::strtod(rest.c_str(), &end);
        if (end == rest.c_str() || !std::isfinite(v))
            return false;
        m_pos += std::size_t(end - rest.c_str());
        return true;
    }
    std::vector<PolygonPoint> ring()
    {
        expect('(');
        std::vector<PolygonPoint> pts;
        do {
            PolygonPoint p;
            if (!number(p.x) || !number(p.y))
                fail("expected a coordinate pair 'x y'");
            double ignored = 0.0; // Z and M ordinates, if any, are read and dropped
            if (number(ignored))
                number(ignored);
            pts.push_back(p);
        } while (accept(','));
        expect(')');
        return pts;
    }
    Polygon polygon()
    {
        expect('(');
        Polygon p;
        do
            p.rings.push_back(ring());
        while (accept(','));
        expect(')');
        return p;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

/// Drops a closing vertex equal to the first and checks the ring still has three vertices.
void closeRings(MultiPolygon& mp, const std::string& where)
{
    for (Polygon& poly : mp.polygons)
        for (auto& ring : poly.rings) {
            if (ring.size() > 1 && ring.front().x == ring.back().x && ring.front().y == ring.back().y)
                ring.pop_back();
            if (ring.size() < 3)
                throw Error(ErrorKind::Format, where + ": a polygon ring has fewer than 3 distinct vertices");
        }
}

std::vector<PolygonPoint> jsonRing(const nlohmann::json& ring, const std::string& where)
{
    if (!ring.is_array())
        throw Error(ErrorKind::Format, where + ": a polygon ring is not an array of positions");
    std::vector<PolygonPoint> pts;
    for (const auto& pos : ring) {
        if (!pos.is_array() || pos.size() < 2 || !pos[0].is_number() || !pos[1].is_number())
            throw Error(ErrorKind::Format, where + ": a position is not [x, y]");
        pts.push_back({pos[0].get<double>(), pos[1].get<double>()});
    }
    return pts;
}

Polygon jsonPolygon(const nlohmann::json& coords, const std::string& where)
{
    if (!coords.is_array() || coords.empty())
        throw Error(ErrorKind::Format, where + ": Polygon coordinates are not an array of rings");
    Polygon p;
    for (const auto& ring : coords)
        p.rings.push_back(jsonRing(ring, where));
    return p;
}

/// Appends the polygons of one geometry; false when it is not a (Multi)Polygon.
bool addGeometry(const nlohmann::json& geometry, MultiPolygon& out, const std::string& where)
{
    if (!geometry.is_object() || !geometry.contains("type"))
        return false;
    const std::string type = geometry["type"].is_string() ? geometry["type"].get<std::string>() : "";
    if (type == "Polygon") {
        out.polygons.push_back(jsonPolygon(geometry.value("coordinates", nlohmann::json()), where));
        return true;
    }
    if (type == "MultiPolygon") {
        const auto& coords = geometry.value("coordinates", nlohmann::json());
        if (!coords.is_array() || coords.empty())
            throw Error(ErrorKind::Format, where + ": MultiPolygon coordinates are not an array of polygons");
        for (const auto& poly : coords)
            out.polygons.push_back(jsonPolygon(poly, where));
        return true;
    }
    if (type == "GeometryCollection" && geometry.contains("geometries")) {
        bool any = false;
        for (const auto& g : geometry["geometries"])
            any = addGeometry(g, out, where) || any;
        return any;
    }
    return false;
}

} // namespace

bool Polygon::contains(double x, double y) const
{
    bool inside = false;
    for (const auto& ring : rings) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const PolygonPoint& a = ring[i];
            const PolygonPoint& b = ring[j];
            if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x)
                inside = !inside;
        }
    }
    return inside;
}

bool MultiPolygon::contains(double x, double y) const
{
    return std::any_of(polygons.begin(), polygons.end(), [&](const Polygon& p) { return p.contains(x, y); });
}

MultiPolygon parseWktPolygon(std::string_view wkt)
{
    MultiPolygon mp = WktReader(wkt).read();
    closeRings(mp, "WKT polygon");
    return mp;
}

MultiPolygon parseGeoJsonPolygons(std::string_view text, const std::string& where, GeoJsonFeatures which)
{
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        throw Error(ErrorKind::Format, where + " is not valid JSON: " + e.what());
    }
    MultiPolygon out;
    const std::string type = doc.is_object() && doc.contains("type") && doc["type"].is_string()
                                 ? doc["type"].get<std::string>()
                                 : "";
    if (type == "FeatureCollection") {
        if (!doc.contains("features") || !doc["features"].is_array())
            throw Error(ErrorKind::Format, where + ": FeatureCollection without a \"features\" array");
        for (const auto& feature : doc["features"]) {
            if (feature.is_object() && feature.contains("geometry") &&
                addGeometry(feature["geometry"], out, where) && which == GeoJsonFeatures::First)
                break;
        }
    } else if (type == "Feature") {
        if (doc.contains("geometry"))
            addGeometry(doc["geometry"], out, where);
    } else if (type.empty()) {
        throw Error(ErrorKind::Format, where + " is not a GeoJSON object (no \"type\")");
    } else {
        addGeometry(doc, out, where);
    }
    if (out.polygons.empty())
        throw Error(ErrorKind::Format, where + " holds no Polygon or MultiPolygon geometry");
    closeRings(out, where);
    return out;
}

MultiPolygon readGeoJsonPolygons(const std::filesystem::path& file, GeoJsonFeatures which)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(ErrorKind::Io, "cannot read GeoJSON file '" + file.string() + "'");
    std::ostringstream text;
    text << in.rdbuf();
    return parseGeoJsonPolygons(text.str(), "GeoJSON file '" + file.string() + "'", which);
}

} // namespace insar::corrections
