// writeStackStudy: the files of a stack study (velocity ± σ per method, time-series cubes, point
// tables, summary), all checked before any is written and renamed into place only when all are
// complete (docs/case_studies.md §2).
#include "pipeline/stack_study.h"

#include "common/atomic_file.h"
#include "common/csv_format.h"
#include "common/error.h"
#include "io/raster_writer.h"
#include "pipeline/stack_study_grid.h"

#include <cmath>
#include <cstdio>
#include <functional>
#include <set>
#include <sstream>

namespace insar::pipeline {

namespace fs = std::filesystem;
namespace {

std::string velocityFileName(const MethodResult& m)
{
    const std::string part = methodFileName(m.method);
    return part == "none" ? std::string("velocity.tif") : "velocity_" + part + ".tif";
}

} // namespace

std::vector<fs::path> writeStackStudy(const StackStudyResult& result, const fs::path& dir, bool overwrite)
{
    const std::size_t pixels =
        static_cast<std::size_t>(result.width) * static_cast<std::size_t>(result.height);
    Raster grid(result.width, result.height);
    grid.geoTransform = result.geoTransform;
    grid.crsWkt = result.crsWkt;

    // Every file is a job: target name and how to write it to a path.
    struct Output {
        fs::path target;
        std::function<void(const fs::path&)> write;
    };
    std::vector<Output> outputs;
    std::set<std::string> names;
    auto add = [&](const std::string& name, std::function<void(const fs::path&)> write) {
        if (!names.insert(name).second)
            throw Error(ErrorKind::InvalidInput,
                        "two methods give the same output file " + name + "; name them differently");
        outputs.push_back({dir / name, std::move(write)});
    };
    for (const MethodResult& m : result.methods) {
        if (m.displacementMm.size() != pixels * result.dates.size())
            throw Error(ErrorKind::Internal,
                        "method " + m.method + ": the time series does not fit the grid");
        if (!m.velocity.empty())
            add(velocityFileName(m), [&m](const fs::path& path) {
                Raster velocity = m.velocity;
                velocity.metadata.extra["method"] = m.method;
                velocity.metadata.extra["velocity_units"] = "mm/yr";
                io::writeGeoTiffBands({&velocity, &m.sigma}, {"velocity_mm_per_yr", "sigma_mm_per_yr"}, path);
            });
        add("timeseries_" + methodFileName(m.method) + ".tif",
            [&m, &result, &grid, pixels](const fs::path& path) {
                std::vector<Raster> bands;
                std::vector<std::string> bandNames;
                bands.reserve(result.dates.size());
                for (std::size_t d = 0; d < result.dates.size(); ++d) {
                    const auto first = m.displacementMm.begin() + static_cast<std::ptrdiff_t>(d * pixels);
                    bands.push_back(detail::onGrid(
                        grid, std::vector<float>(first, first + static_cast<std::ptrdiff_t>(pixels)),
                        "LOS displacement (mm) since " + result.dates.front().toIso() + ", " + m.method));
                    bands.back().metadata.units = Units::Millimetres;
                    bands.back().metadata.date1 = result.dates.front();
                    bands.back().metadata.extra["method"] = m.method;
                    bandNames.push_back(result.dates[d].toIso());
                }
                std::vector<const Raster*> pointers;
                pointers.reserve(bands.size());
                for (const Raster& b : bands)
                    pointers.push_back(&b);
                io::writeGeoTiffBands(pointers, bandNames, path);
            });
    }
    add("points.csv", [&result](const fs::path& path) {
        std::ostringstream csv;
        csv << "point,method,lon,lat,row,col,velocity_mm_yr,sigma_mm_yr,valid_dates\n";
        for (const MethodResult& m : result.methods)
            for (const PointVelocity& p : m.points)
                csv << csvField(p.name) << ',' << csvField(m.method) << ',' << csvNumber(p.lon) << ','
                    << csvNumber(p.lat) << ',' << p.row << ',' << p.col << ',' << csvNumber(p.fit.velocity)
                    << ',' << csvNumber(p.fit.sigma) << ',' << p.fit.validDates << '\n';
        writeFileAtomically(path, csv.str());
    });
    add("point_series.csv", [&result](const fs::path& path) {
        std::ostringstream csv;
        csv << "point,method,date,displacement_mm,model_mm,model_sigma_mm\n";
        for (const MethodResult& m : result.methods)
            for (const PointVelocity& p : m.points)
                for (std::size_t d = 0; d < result.dates.size(); ++d) {
                    const auto at = [d](const std::vector<double>& v) { return d < v.size() ? v[d] : NAN; };
                    csv << csvField(p.name) << ',' << csvField(m.method) << ',' << result.dates[d].toIso()
                        << ',' << csvNumber(at(p.displacementMm)) << ',' << csvNumber(at(p.fit.model)) << ','
                        << csvNumber(at(p.fit.modelSigma)) << '\n';
                }
        writeFileAtomically(path, csv.str());
    });
    add("summary.csv", [&result](const fs::path& path) {
        std::ostringstream csv;
        csv << "method,median_sigma_mm_yr,mean_std_reduction,no_data_pixels,velocity_file\n";
        for (const MethodResult& m : result.methods)
            csv << csvField(m.method) << ',' << csvNumber(m.medianSigma) << ','
                << csvNumber(m.meanStdReduction) << ',' << m.noDataPixels << ','
                << (m.velocity.empty() ? std::string() : velocityFileName(m)) << '\n';
        writeFileAtomically(path, csv.str());
    });

    for (const Output& o : outputs) {
        std::error_code ec;
        if (fs::is_directory(o.target, ec))
            throw Error(ErrorKind::InvalidInput,
                        o.target.string() + " is a folder; cannot write the file there");
        if (fs::exists(o.target, ec) && !overwrite)
            throw Error(ErrorKind::InvalidInput,
                        o.target.string() + " already exists; choose another folder or allow overwriting");
    }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(ErrorKind::Io, dir.string() + ": cannot create the output folder: " + ec.message());

    // All under temporary names first, renamed only when every one is complete.
    std::vector<fs::path> temporaries;
    try {
        for (const Output& o : outputs) {
            temporaries.push_back(temporaryPathFor(o.target));
            o.write(temporaries.back());
        }
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            fs::rename(temporaries[i], outputs[i].target);
            temporaries[i].clear();
        }
    } catch (const fs::filesystem_error& e) {
        for (const fs::path& t : temporaries)
            if (!t.empty())
                fs::remove(t, ec);
        throw Error(ErrorKind::Io,
                    std::string("writing the stack study into ") + dir.string() + ": " + e.what());
    } catch (...) {
        for (const fs::path& t : temporaries)
            if (!t.empty())
                fs::remove(t, ec);
        throw;
    }
    std::vector<fs::path> written;
    written.reserve(outputs.size());
    for (const Output& o : outputs)
        written.push_back(o.target);
    return written;
}

} // namespace insar::pipeline
