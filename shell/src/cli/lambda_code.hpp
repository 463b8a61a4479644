// What uploaded Lambda code does, read from its zip: the playground simulates functions (it never runs
// Python), so for a handler written like the tutorial's (literal dicts, json.dumps, a boto3
// events.put_events(Entries=[...]) call and a returned dict) it derives the core's behaviour document:
// {"putEvents": [...], "returns": ...}. Anything it cannot read leaves the function without behaviour.
// Depends on inflate.hpp and evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace evb::cli {

// behavior_from_zip reads the handler's module ("lambda_function.lambda_handler" -> lambda_function.py)
// from a zip archive and describes what it does, or returns nothing.
std::optional<Json> behavior_from_zip(std::string_view zip_bytes, std::string_view handler);

// behavior_from_python describes what a Python handler function's source does, or returns nothing.
std::optional<Json> behavior_from_python(std::string_view source,
                                         std::string_view function = "lambda_handler");

}  // namespace evb::cli
