// botocore's client-side parameter validation, with its messages: missing required members, unknown
// members, wrong types ("Parameter validation failed:\nMissing required parameter in Targets[0]: \"Arn\"").
// Depends on shape.hpp.
#pragma once

#include "evb/common/json.hpp"
#include "shape.hpp"

#include <string>
#include <vector>

namespace evb::cli {

// validate_request returns botocore's error lines for a request against its input shape (empty when valid).
std::vector<std::string> validate_request(const Json& request, const Shape& input);

}  // namespace evb::cli
