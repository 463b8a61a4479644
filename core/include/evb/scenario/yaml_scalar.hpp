// How YAML plain scalars read and when a string must be quoted, shared by the YAML reader and writer so
// that what the writer leaves plain the reader takes back as the same string. The core schema of YAML 1.2
// (null, true/false, integers, floats); the writer also quotes what YAML 1.1 readers would take for
// something else (yes/no/on/off, dates).
// Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <string>
#include <string_view>

namespace evb {

// resolve_plain_scalar gives a plain (unquoted) scalar its JSON value: null, a boolean, a number or a string.
Json resolve_plain_scalar(std::string_view text);

// yaml_needs_quotes tells whether a string would not read back unchanged as a plain scalar.
bool yaml_needs_quotes(std::string_view text);

// yaml_double_quoted writes a string as a YAML double-quoted scalar (JSON escapes, UTF-8 kept).
std::string yaml_double_quoted(std::string_view text);

}  // namespace evb
