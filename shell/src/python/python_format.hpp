// How Python prints a JSON value: the AWS CLI is Python, so its text and table output use str() and its
// error messages use repr(). Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <string>

namespace evb::cli {

// python_str renders a value as Python's str() does (True, None, 1.5, {'a': 1}).
std::string python_str(const Json& value);

// python_repr renders a value as Python's repr() does ('text' quoted, the rest as python_str).
std::string python_repr(const Json& value);

// python_type names a value's type as Python's type() prints it ("<class 'str'>").
std::string python_type(const Json& value);

// python_float formats a double as Python's repr(float) does (shortest round-trip, "1.0", "1e+20").
std::string python_float(double value);

}  // namespace evb::cli
