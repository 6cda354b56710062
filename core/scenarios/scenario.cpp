#include "scenarios/scenario.h"

#include "common/atomic_file.h"
#include "common/error.h"
#include "io/raster_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <sstream>

namespace insar::scenarios {

namespace fs = std::filesystem;

namespace {

std::string pairFileName(const Date& d1, const Date& d2)
{
    return d1.toCompact() + "_" + d2.toCompact() + ".geo.disp.tif";
}

void checkConsistent(const Scenario& s)
{
    if (s.dates.empty() || s.pairs.empty() || s.interferograms.size() != s.pairs.size() ||
        s.zenithDelays.size() != s.dates.size() || s.dem.empty() || s.truth.empty())
        throw Error(ErrorKind::InvalidInput, "scenario '" + s.name +
                                                 "' is incomplete (dates, pairs, interferograms, delays, DEM "
                                                 "or truth missing); nothing was written");
}

std::string stationsCsv(const Scenario& s)
{
    std::ostringstream out;
    out << "# GNSS sites of the synthetic '" << s.name
        << "' scenario: los_mm = true LOS displacement + Gaussian noise of sigma_mm;\n"
           "# virtual = 1: a site placed by the scenario, not the station's real position\n"
           "name,lon,lat,los_mm,sigma_mm,virtual\n";
    char line[256];
    for (const gnss::Station& st : s.stations) {
        std::snprintf(line, sizeof line, "%s,%.6f,%.6f,%.4f,%.4f,%d\n", st.name.c_str(), st.lon, st.lat,
                      st.losMm.value_or(NAN), st.sigmaMm.value_or(NAN), st.isVirtual ? 1 : 0);
        out << line;
    }
    return out.str();
}

std::string scenarioJson(const Scenario& s, const ScenarioOptions& options)
{
    nlohmann::json j;
    j["format"] = "insar-denoiser-scenario";
    j["version"] = 1;
    j["synthetic"] = true;
    j["name"] = s.name;
    j["description"] = s.description;
    j["seed"] = options.seed;
    j["size"] = s.dem.width();
    j["atmosphere_scale"] = options.atmosphereScale;
    j["wavelength_m"] = s.wavelengthM;
    j["incidence_deg"] = s.incidenceDeg;
    j["heading_deg"] = s.headingDeg;
    nlohmann::json dates = nlohmann::json::array();
    for (const Date& d : s.dates)
        dates.push_back(d.toIso());
    j["dates"] = dates;
    nlohmann::json pairs = nlohmann::json::array();
    for (const auto& [d1, d2] : s.pairs)
        pairs.push_back({d1.toIso(), d2.toIso()});
    j["pairs"] = pairs;
    j["point"] = {{"lon", s.pointLon}, {"lat", s.pointLat}};
    j["truth_name"] = s.truthName;
    j["truth_at_point"] = s.truthAtPoint;
    j["reference_station"] = s.referenceStation;
    j["files"] = {{"interferograms", "ifgs.csv"},
                  {"dem", "dem.tif"},
                  {"gacos_dir", "gacos"},
                  {"truth", "truth.tif"},
                  {"stations", s.stations.empty() ? "" : "stations.csv"}};
    j["parameters"] =
        s.parametersJson.empty() ? nlohmann::json::object() : nlohmann::json::parse(s.parametersJson);
    return j.dump(2) + "\n";
}

void writeInto(const Scenario& s, const ScenarioOptions& options, const fs::path& dir, Progress& progress)
{
    fs::create_directories(dir / "interferograms");
    fs::create_directories(dir / "gacos");
    const auto total = double(s.interferograms.size() + s.zenithDelays.size() + 2);
    double done = 0.0;
    auto step = [&] {
        done += 1.0;
        progress.setFraction(done / total);
        progress.throwIfCancelled();
    };
    std::string list = "date1,date2,file\n";
    for (std::size_t p = 0; p < s.pairs.size(); ++p) {
        const auto& [d1, d2] = s.pairs[p];
        const std::string rel = "interferograms/" + pairFileName(d1, d2);
        io::writeGeoTiff(s.interferograms[p], dir / rel);
        list += d1.toCompact() + "," + d2.toCompact() + "," + rel + "\n";
        step();
    }
    writeFileAtomically(dir / "ifgs.csv", list);
    for (std::size_t i = 0; i < s.zenithDelays.size(); ++i) {
        io::writeGeoTiff(s.zenithDelays[i], dir / "gacos" / (s.dates[i].toCompact() + ".ztd.tif"));
        step();
    }
    io::writeGeoTiff(s.dem, dir / "dem.tif");
    step();
    io::writeGeoTiff(s.truth, dir / "truth.tif");
    if (!s.stations.empty())
        writeFileAtomically(dir / "stations.csv", stationsCsv(s));
    writeFileAtomically(dir / "scenario.json", scenarioJson(s, options));
    step();
}

} // namespace

Scenario makeScenario(const std::string& name, const ScenarioOptions& options, Progress& progress)
{
    std::string key = name;
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (key == "ontake")
        return makeOntake(options, progress);
    if (key == "laquila" || key == "l'aquila")
        return makeLaquila(options, progress);
    throw Error(ErrorKind::InvalidInput, "unknown scenario '" + name + "'; the choices are: ontake, laquila");
}

void writeScenario(const Scenario& scenario, const ScenarioOptions& options, const fs::path& dir)
{
    NullProgress progress;
    writeScenario(scenario, options, dir, progress);
}

void writeScenario(const Scenario& scenario, const ScenarioOptions& options, const fs::path& dir,
                   Progress& progress)
{
    checkConsistent(scenario);
    const std::string where = "'" + dir.string() + "'";
    std::error_code ec;
    const bool exists = fs::exists(dir, ec);
    if (exists && !fs::is_directory(dir, ec))
        throw Error(ErrorKind::InvalidInput,
                    "cannot write the scenario into " + where + ": it is not a folder");
    if (exists && !fs::is_empty(dir, ec))
        throw Error(ErrorKind::InvalidInput, "cannot write the scenario into " + where +
                                                 ": the folder is not empty (give a new or empty one)");
    fs::path target = dir;
    if (!target.has_filename())
        target = target.parent_path(); // "out/" names the folder "out"
    fs::path staging;
    try {
        const fs::path parent = fs::absolute(target).parent_path();
        fs::create_directories(parent);
        staging = temporaryPathFor(target);
        progress.setStage("writing the " + scenario.name + " scenario");
        writeInto(scenario, options, staging, progress);
        if (exists)
            fs::remove(target); // empty, checked above
        fs::rename(staging, target);
    } catch (const fs::filesystem_error& e) {
        if (!staging.empty())
            fs::remove_all(staging, ec);
        throw Error(ErrorKind::Io, "cannot write the scenario into " + where + ": " + e.code().message());
    } catch (...) {
        if (!staging.empty())
            fs::remove_all(staging, ec);
        throw;
    }
    progress.setFraction(1.0);
}

} // namespace insar::scenarios
