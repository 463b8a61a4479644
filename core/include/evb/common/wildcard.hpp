// Glob matching with * (any run of characters) and ? (any one character), as IAM policies and log
// filter patterns use it. Depends only on the standard library.
#pragma once

#include <string_view>

namespace evb {

// wildcard_match tells whether text matches a pattern with * and ?, optionally ignoring ASCII case.
bool wildcard_match(std::string_view pattern, std::string_view text, bool ignore_case = false);

}  // namespace evb
