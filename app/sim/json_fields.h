// Typed, range-checked readers of JSON fields whose errors name the field ("runs[2].start[1]:
// expected a number, got string"), and the one-line description of a JSON syntax error. Used by the
// scene reader; they throw FieldError, which the reader turns into its error message.
#pragma once

#include "app/sim/scene_limits.h"
#include "optim/types.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <string>

namespace lv::sim::json {

using Json = nlohmann::json;

/// "field: what", thrown by the readers below.
struct FieldError {
  std::string message;
};

[[noreturn]] void fail(const std::string& field, const std::string& what);

/// object[key], or FieldError "<path><key>: missing field".
const Json& require(const Json& object, const std::string& key, const std::string& path);
/// Fails on a key of `object` that is not in `known`, listing the valid ones.
void checkKnownKeys(const Json& object, const std::string& path, std::initializer_list<const char*> known);

double number(const Json& j, const std::string& field);  // finite
double numberIn(const Json& j, const std::string& field, const Range& range);
size_t wholeNumberIn(const Json& j, const std::string& field, const Range& range);
bool boolean(const Json& j, const std::string& field);
std::string string(const Json& j, const std::string& field);
optim::Vec2 point(const Json& j, const std::string& field);  // [x, y], finite

/// Why `text` is not JSON, in one printable line: "not valid JSON at line L, column C: ...", or
/// for a number beyond a double "runs[0].start[1]: not a finite number (...)".
std::string syntaxError(const std::string& text, const Json::exception& e);

}  // namespace lv::sim::json
