#include "common/json_value.h"

#include "common/error.h"

#include <cmath>
#include <limits>

namespace insar {

namespace {

[[noreturn]] void wrong(const nlohmann::json& value, const std::string& key, const std::string& expected)
{
    std::string shown = value.dump();
    if (shown.size() > 60)
        shown = shown.substr(0, 57) + "...";
    throw Error(ErrorKind::Format, "key '" + key + "': expected " + expected + ", got " + shown);
}

/// An integral JSON value (an integer, or a float with no fraction such as 1e3) within [lo, hi].
long double integral(const nlohmann::json& value, const std::string& key, long double lo, long double hi,
                     const std::string& expected)
{
    long double v = 0;
    if (value.is_number_integer())
        v = value.is_number_unsigned() ? static_cast<long double>(value.get<std::uint64_t>())
                                       : static_cast<long double>(value.get<std::int64_t>());
    else if (value.is_number_float() && std::isfinite(value.get<double>()) &&
             std::trunc(value.get<double>()) == value.get<double>())
        v = value.get<double>();
    else
        wrong(value, key, expected);
    if (v < lo || v > hi)
        wrong(value, key, expected);
    return v;
}

} // namespace

int jsonInt(const nlohmann::json& value, const std::string& key)
{
    return static_cast<int>(
        integral(value, key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max(),
                 "a whole number between " + std::to_string(std::numeric_limits<int>::min()) + " and " +
                     std::to_string(std::numeric_limits<int>::max())));
}

std::int64_t jsonInt64(const nlohmann::json& value, const std::string& key)
{
    if (value.is_number_integer() && !value.is_number_unsigned())
        return value.get<std::int64_t>();
    // Beyond 2^53 a double no longer holds every whole number: refuse rather than round.
    return static_cast<std::int64_t>(integral(value, key, -9007199254740992.0L, 9007199254740992.0L,
                                              "a whole number between -2^53 and 2^53"));
}

std::uint64_t jsonUint64(const nlohmann::json& value, const std::string& key)
{
    if (value.is_number_unsigned())
        return value.get<std::uint64_t>();
    return static_cast<std::uint64_t>(
        integral(value, key, 0, 9007199254740992.0L, "a whole number between 0 and 18446744073709551615"));
}

double jsonNumber(const nlohmann::json& value, const std::string& key)
{
    if (!value.is_number() || !std::isfinite(value.get<double>()))
        wrong(value, key, "a finite number");
    return value.get<double>();
}

bool jsonBool(const nlohmann::json& value, const std::string& key)
{
    if (!value.is_boolean())
        wrong(value, key, "true or false");
    return value.get<bool>();
}

std::string jsonString(const nlohmann::json& value, const std::string& key)
{
    if (!value.is_string())
        wrong(value, key, "a string");
    return value.get<std::string>();
}

std::vector<int> jsonIntArray(const nlohmann::json& value, const std::string& key)
{
    if (!value.is_array())
        wrong(value, key, "an array of whole numbers");
    std::vector<int> out;
    for (std::size_t i = 0; i < value.size(); ++i)
        out.push_back(jsonInt(value[i], key + "[" + std::to_string(i) + "]"));
    return out;
}

const nlohmann::json& jsonMember(const nlohmann::json& object, const std::string& key,
                                 const std::string& prefix)
{
    const std::string name = prefix.empty() ? key : prefix + "." + key;
    if (!object.is_object())
        wrong(object, prefix.empty() ? std::string("(top level)") : prefix, "an object");
    const auto it = object.find(key);
    if (it == object.end())
        throw Error(ErrorKind::Format, "missing key '" + name + "'");
    return *it;
}

} // namespace insar
