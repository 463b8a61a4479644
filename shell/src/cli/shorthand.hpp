// The AWS CLI's shorthand syntax for structure, list and map parameters:
//   Key=Value,Key2=[a,b],Key3={Inner=x},Key4=a,b,c   and quoted values 'a,b' "x y".
// Parses to untyped JSON (strings, lists, objects) exactly as the AWS CLI's shorthand parser does,
// including its error texts ("Expected: '=', received: 'EOF' for input: ..."). Type coercion against the
// parameter's shape happens in param_values.cpp. Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <string>
#include <string_view>

namespace evb::cli {

struct ShorthandResult {
    Json value;         // an object on success
    std::string error;  // the AWS CLI's message on failure
};

// parse_shorthand parses one shorthand argument ("Id=1,Arn=arn:aws:...") into an object.
ShorthandResult parse_shorthand(std::string_view text);

}  // namespace evb::cli
