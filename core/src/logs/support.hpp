// Shared pieces of the logs service: name validation and AWS's not-found errors (the JSON shapes are
// public, in evb/logs/shapes.hpp). Private to core/src/logs.
#pragma once

#include "evb/common/json.hpp"
#include "evb/common/validation.hpp"
#include "evb/logs/shapes.hpp"
#include "evb/world/account.hpp"

#include <optional>
#include <string>

namespace evb {

// validate_group_name checks a required logGroupName: 1-512 of [\.\-_/#A-Za-z0-9].
void validate_group_name(Validation& v, const Json& request, std::string_view key = "logGroupName");

// validate_stream_name checks a required logStreamName: 1-512 of [^:*].
void validate_stream_name(Validation& v, const Json& request, std::string_view key = "logStreamName");

// group_not_found is ResourceNotFoundException "The specified log group does not exist."
ApiError group_not_found();

// stream_not_found is ResourceNotFoundException "The specified log stream does not exist."
ApiError stream_not_found();

// invalid_parameter is InvalidParameterException with a message.
ApiError invalid_parameter(std::string message);

}  // namespace evb
