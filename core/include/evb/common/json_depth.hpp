// How deeply JSON text may nest, checked before anything is built: every reader of untrusted JSON
// (parse_json, the pattern scanner, the matcher) refuses deeper text, so no walker, copy, comparison or dump
// recurses past it. Depends only on the standard library.
#pragma once

#include <string_view>

namespace evb {

// kMaxJsonDepth is the deepest nesting accepted: AWS's PutEvents API reference says "PutEvents will only
// process nested JSON up to 1000 levels deep", which is also Jackson's StreamReadConstraints default (2.15+)
// that the pattern compiler enforces.
inline constexpr int kMaxJsonDepth = 1000;

// json_nests_deeper_than returns whether text opens more than `limit` objects and arrays at once, strings
// skipped; one linear pass, so it is safe on any input (text that is not JSON is left to the parser).
bool json_nests_deeper_than(std::string_view text, int limit = kMaxJsonDepth);

}  // namespace evb
