// Private to core/report: small text helpers shared by the collectors, and the collectors of
// `train` run folders, model files and `evaluate` output folders (report_collect_training.cpp,
// report_collect_evaluation.cpp) that collectReport dispatches to.
#pragma once

#include "report/report.h"
#include "report/report_collect.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace insar::report::detail {

inline std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

inline bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

inline int columnOf(const Table& t, const std::string& name)
{
    const auto it = std::find(t.header.begin(), t.header.end(), name);
    return it == t.header.end() ? -1 : int(it - t.header.begin());
}

/// A CSV cell as a number; empty or not a number gives NaN.
inline double number(const std::string& s)
{
    if (s.empty())
        return NAN;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    return (end != nullptr && *end == '\0') ? v : NAN;
}

inline std::string fixed(double v, int digits = 3)
{
    if (!std::isfinite(v))
        return "—";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

/// Four significant digits (losses span decades).
inline std::string significant(double v)
{
    if (!std::isfinite(v))
        return "—";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

/// A folder written by nn::Trainer: history.csv and config.json.
bool isTrainingRun(const std::filesystem::path& dir);
/// A model file (nn/model_file.h), by its extension.
bool isModelFile(const std::filesystem::path& file);
/// A folder written by `evaluate`: summary.json and snr_bins.csv.
bool isEvaluation(const std::filesystem::path& dir);

void collectTrainingRun(Report& report, const std::filesystem::path& dir);
void collectModelFile(Report& report, const std::filesystem::path& file);
void collectEvaluation(Report& report, const std::filesystem::path& dir);

} // namespace insar::report::detail
