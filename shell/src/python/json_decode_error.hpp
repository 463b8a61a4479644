// Where and why Python's json module stops reading a text: the AWS CLI reads JSON parameters with
// json.loads, so a mistyped --targets is reported in its words ("Expecting ',' delimiter: line 1 column 9
// (char 8)"). Depends only on the standard library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace evb::cli {

// python_json_error returns json.loads's error message for text ("Expecting value: line 1 column 1 (char
// 0)"), or nothing when Python would read it (NaN and Infinity included). Columns and chars count code
// points, as Python's str does; nesting deeper than max_depth is reported as Python's RecursionError.
std::optional<std::string> python_json_error(std::string_view text, int max_depth = 900);

}  // namespace evb::cli
