// What `velocity` and `casestudy` share: the syntax of the method list, the CNN's model file, and
// the printed per-method summary and per-point velocity table of a stack study.
#pragma once

#include "common/error.h"
#include "common/text.h"
#include "nn/model_file.h"
#include "pipeline/stack_study.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace insar::cli {

/// The methods of `--methods` texts and repeated `--method` specs, in order. A `--methods` text
/// separates methods by commas ("none,deramp,gacos,cnn"); when it holds a ';', methods are
/// separated by ';' and commas chain steps inside one method ("none;gacos,cnn" is two methods, the
/// second GACOS then the CNN). `--method SPEC` is always one method in makeCorrection syntax.
inline std::vector<std::string> parseMethodList(const std::vector<std::string>& lists,
                                                const std::vector<std::string>& single)
{
    std::vector<std::string> methods;
    for (const std::string& list : lists) {
        const char separator = list.find(';') != std::string::npos ? ';' : ',';
        std::size_t start = 0;
        while (start <= list.size()) {
            const std::size_t end = std::min(list.find(separator, start), list.size());
            const std::string item = trimmed(std::string_view(list).substr(start, end - start));
            if (item.empty())
                throw Error(ErrorKind::InvalidInput, "--methods '" + list + "' has an empty method");
            methods.push_back(item);
            start = end + 1;
        }
    }
    for (const std::string& spec : single) {
        if (trimmed(spec).empty())
            throw Error(ErrorKind::InvalidInput, "--method needs a method (e.g. gacos,cnn)");
        methods.push_back(trimmed(spec));
    }
    return methods;
}

/// Two numbers "A,B" (LON,LAT or ROW,COL); insar::Error naming the option and the form expected.
inline std::pair<double, double> parseNumberPair(const std::string& text, const std::string& option,
                                                 const std::string& expected)
{
    auto number = [](std::string_view s, double& v) {
        const std::string t = trimmed(s);
        const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        return !t.empty() && ec == std::errc{} && ptr == t.data() + t.size() && std::isfinite(v);
    };
    const auto comma = text.find(',');
    double a = 0.0;
    double b = 0.0;
    if (comma == std::string::npos || !number(std::string_view(text).substr(0, comma), a) ||
        !number(std::string_view(text).substr(comma + 1), b))
        throw Error(ErrorKind::InvalidInput, option + " '" + text + "' is not " + expected);
    return {a, b};
}

/// The model file of the CNN: `--model`, else the shipped model (empty when there is none).
inline std::filesystem::path modelFor(const std::string& option)
{
    return option.empty() ? nn::defaultModelPath() : std::filesystem::path(option);
}

inline std::string velocityText(double velocity, double sigma)
{
    if (!std::isfinite(velocity))
        return "—";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f ± %.2f", velocity, sigma);
    return buf;
}

inline std::string numberText(double v, const char* format = "%.2f")
{
    if (!std::isfinite(v))
        return "—";
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

/// The files pipeline::writeStackStudy writes for `methods`, so a command checks them (output_guard.h)
/// before the work starts.
inline std::vector<std::filesystem::path> plannedStudyOutputs(const std::filesystem::path& dir,
                                                              const std::vector<std::string>& methods)
{
    std::vector<std::filesystem::path> files{dir / "points.csv", dir / "point_series.csv",
                                             dir / "summary.csv"};
    for (const std::string& m : methods) {
        const std::string part = pipeline::methodFileName(m);
        files.push_back(dir / (part == "none" ? std::string("velocity.tif") : "velocity_" + part + ".tif"));
        files.push_back(dir / ("timeseries_" + part + ".tif"));
    }
    return files;
}

/// Per method: median σ of the velocity map, mean std reduction of the corrections, no-data pixels.
inline void printMethodSummary(const pipeline::StackStudyResult& result)
{
    std::printf("%-22s %18s %15s %12s\n", "method", "median σ (mm/yr)", "std reduction", "no-data px");
    for (const pipeline::MethodResult& m : result.methods)
        std::printf("%-22s %16s %15s %12zu\n", m.method.c_str(), numberText(m.medianSigma).c_str(),
                    std::isfinite(m.meanStdReduction)
                        ? (numberText(100.0 * m.meanStdReduction, "%.1f") + " %").c_str()
                        : "—",
                    m.noDataPixels);
}

/// Velocity ± σ (mm/yr) at every point for every method, as the poster's Ontake table.
inline void printPointTable(const pipeline::StackStudyResult& result)
{
    if (result.methods.empty() || result.methods.front().points.empty())
        return;
    std::printf("\n%-12s %-22s %-24s %-9s %s\n", "point", "method", "velocity ± σ (mm/yr)", "dates", "where");
    for (std::size_t p = 0; p < result.methods.front().points.size(); ++p)
        for (const pipeline::MethodResult& m : result.methods) {
            const pipeline::PointVelocity& pv = m.points[p];
            char where[96];
            if (std::isfinite(pv.lon))
                std::snprintf(where, sizeof where, "%.5f, %.5f (row %d, col %d)", pv.lon, pv.lat, pv.row,
                              pv.col);
            else
                std::snprintf(where, sizeof where, "row %d, col %d", pv.row, pv.col);
            std::printf("%-12s %-22s %-22s %-9d %s\n", pv.name.c_str(), m.method.c_str(),
                        velocityText(pv.fit.velocity, pv.fit.sigma).c_str(), pv.fit.validDates, where);
        }
}

} // namespace insar::cli
