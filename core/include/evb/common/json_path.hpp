// The JSONPath subset EventBridge evaluates for InputPath and InputPathsMap: "$", dot notation (names
// with dashes, underscores, slashes), bracketed names, array indices and the * wildcard.
// Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <optional>
#include <string_view>

namespace evb {

// is_valid_json_path tells whether path is in the supported subset.
bool is_valid_json_path(std::string_view path);

// json_path_select returns the value at path; a wildcard collects its matches into an array; nothing
// when the path is invalid or selects nothing.
std::optional<Json> json_path_select(const Json& document, std::string_view path);

}  // namespace evb
