// Strict reads of JSON values from configs and model metadata. A wrong type, a fraction
// where a whole number belongs or a number outside the target type is an insar::Error (Format)
// naming the key and the value, never a silent truncation or a library type_error.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace insar {

/// `key` is the name used in messages (e.g. "network.depth").
int jsonInt(const nlohmann::json& value, const std::string& key);
std::int64_t jsonInt64(const nlohmann::json& value, const std::string& key);
std::uint64_t jsonUint64(const nlohmann::json& value, const std::string& key);
/// A finite number.
double jsonNumber(const nlohmann::json& value, const std::string& key);
bool jsonBool(const nlohmann::json& value, const std::string& key);
std::string jsonString(const nlohmann::json& value, const std::string& key);
std::vector<int> jsonIntArray(const nlohmann::json& value, const std::string& key);
/// `object[key]`, which must exist.
const nlohmann::json& jsonMember(const nlohmann::json& object, const std::string& key,
                                 const std::string& prefix = {});

} // namespace insar
