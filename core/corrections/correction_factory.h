// Making corrections from the names users type ("deramp", "deramp:bilinear", "linear:2+plane",
// "gacos", "gacos,deramp"), with a registry so other libraries add methods (core/pipeline registers
// "cnn") without this library depending on them.
#pragma once

#include "corrections/correction.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace insar::corrections {

/// Builds one correction from the text after "name:" (empty when there is none); throws
/// insar::Error for an argument it does not accept.
using CorrectionFactory = std::function<std::unique_ptr<Correction>(const std::string& argument)>;

/// Adds (or replaces) the method `name` (lower-case letters, digits, '-' or '_').
/// Thread-safe. Built in: deramp, linear, gacos.
void registerCorrection(const std::string& name, CorrectionFactory factory);

/// The registered method names, sorted.
std::vector<std::string> availableCorrections();

/// Parses a comma-separated list of methods, each "name" or "name:argument":
///   deramp[:linear|bilinear|quadratic]              (default linear)
///   linear[:ORDER][+plane][+mlN]                    phase-elevation, ORDER 1-3 (default 1),
///                                                   jointly with a plane, fitted on N x N looks
///   gacos
/// One method gives that correction; several give a CorrectionChain applying them in order.
/// Unknown names, empty items and bad arguments throw insar::Error listing what is accepted.
std::unique_ptr<Correction> makeCorrection(std::string_view spec);

} // namespace insar::corrections
