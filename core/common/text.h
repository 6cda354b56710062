// Small text helpers shared by the parsers of method specs, CSV files and stack lists.
#pragma once

#include <string>
#include <string_view>

namespace insar {

/// `s` without leading and trailing spaces, tabs, carriage returns and line feeds.
std::string trimmed(std::string_view s);

} // namespace insar
