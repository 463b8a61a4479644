// Where untrusted text stops being JSON, for messages that point at the place (the shell's "Invalid JSON",
// the page's pattern editor). Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace evb {

// JsonSyntaxError says where text stops being JSON: the offset of the offending byte and nlohmann's message.
struct JsonSyntaxError {
    std::size_t offset = 0;
    std::string message;
};

// find_json_syntax_error returns the first syntax error of untrusted text, or nothing when it is JSON.
std::optional<JsonSyntaxError> find_json_syntax_error(std::string_view text);

}  // namespace evb
