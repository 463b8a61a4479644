// The AWS CLI's three output formats, byte for byte: json (indent 4, fields in response order, an empty
// response prints nothing), text (tab-separated rows, keys sorted, upper-case identifiers) and table
// (the boxed MultiTable with the operation name as title, 80 columns when not on a terminal).
// Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <string>

namespace evb::cli {

// format_json renders a response as `aws --output json` does.
std::string format_json(const Json& response);

// format_text renders a response as `aws --output text` does.
std::string format_text(const Json& response);

// format_table renders a response as `aws --output table` does, titled with the operation name; a list
// whose rows differ in length prints nothing and sets *error to the CLI's message.
std::string format_table(const std::string& title, const Json& response, int terminal_width = 80,
                         std::string* error = nullptr);

// format_yaml renders a response as `aws --output yaml` does.
std::string format_yaml(const Json& response);

// display_width counts the columns of UTF-8 text as the CLI's table does (East Asian wide, fullwidth and
// ambiguous characters count two).
int display_width(const std::string& text);

}  // namespace evb::cli
