// Error types used across core: every failure becomes an insar::Error with a readable message
// (naming the file and the problem where there is one); a cancelled job becomes CancelledError.
#pragma once

#include <stdexcept>
#include <string>

namespace insar {

enum class ErrorKind { InvalidInput, Io, Format, Unsupported, Cancelled, Numerical, Internal };

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
    explicit Error(const std::string& message) : Error(ErrorKind::InvalidInput, message) {}
    ErrorKind kind() const noexcept { return m_kind; }

private:
    ErrorKind m_kind;
};

class CancelledError : public Error {
public:
    CancelledError() : Error(ErrorKind::Cancelled, "cancelled by the user") {}
};

} // namespace insar
