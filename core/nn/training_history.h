// The epoch history of a training run as history.csv (one line per epoch) and as the JSON array a
// checkpoint keeps; both follow epochFields() (nn/epoch_report.h).
#pragma once

#include "nn/epoch_report.h"

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace insar::nn {

/// Header line of the column names, then one line per epoch; numbers in their shortest exact form
/// (a double reads back bit-identical), bool as 0/1, non-finite as nan/inf.
std::string historyCsv(const std::vector<EpochReport>& history);
/// Parses historyCsv() text; insar::Error naming the line and column when malformed.
std::vector<EpochReport> parseHistoryCsv(const std::string& text);
/// Writes historyCsv() atomically.
void writeHistoryCsv(const std::filesystem::path& file, const std::vector<EpochReport>& history);

nlohmann::json historyToJson(const std::vector<EpochReport>& history);
std::vector<EpochReport> historyFromJson(const nlohmann::json& json);

} // namespace insar::nn
