// Turning the words after a flag into the API value its shape asks for, as the AWS CLI does: file:// and
// fileb:// read the workspace; JSON or shorthand for structures, lists and maps; shorthand strings coerced
// to integers and booleans; blobs base64-encoded for the request (AWS's JSON wire form).
// Depends on operation_model.hpp, shorthand.hpp and the workspace.
#pragma once

#include "evb/shell.hpp"
#include "evb/workspace.hpp"
#include "operation_model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace evb::cli {

struct ValueContext {
    const Workspace& workspace;
    bool raw_binary = false;  // --cli-binary-format raw-in-base64-out
};

struct ConvertedValue {
    Json value;
    std::optional<ShellResult> error;
};

// convert_param converts a parameter's words (one, or several for a list) into its API value.
ConvertedValue convert_param(const ParamSpec& param, const std::vector<std::string>& words,
                             const ValueContext& context);

// load_param_file resolves a file:// or fileb:// word from the workspace; nothing when it is neither.
std::optional<ConvertedValue> load_param_file(const std::string& flag, const std::string& word,
                                              const Workspace& workspace);

// coerce_to_shape converts shorthand strings to the shape's scalar types and wraps lone values in lists.
Json coerce_to_shape(const Json& value, const Shape& shape);

// parse_timestamp reads epoch seconds or ISO 8601 ("2020-08-16T08:57:54Z") into epoch seconds.
std::optional<double> parse_timestamp(const std::string& text);

}  // namespace evb::cli
