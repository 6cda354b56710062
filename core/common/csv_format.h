// Writing CSV cells: numbers with a chosen number of significant digits (empty for NaN and
// infinities, as spreadsheets and pandas read a missing value) and text fields quoted per RFC 4180.
#pragma once

#include <string>

namespace insar {

/// `value` with `significant` significant digits ("%.*g"); empty when it is not finite.
std::string csvNumber(double value, int significant = 6);

/// `text` as one CSV field: as is, or in double quotes with inner quotes doubled when it holds a
/// comma, a quote or a line break (method chains such as "gacos,cnn" hold commas).
std::string csvField(const std::string& text);

} // namespace insar
