// The server side of request validation: a request document checked against its operation's input shape in
// AWS's service model, as AWS's front ends check it before the service runs: JSON types, required members,
// lengths, value ranges, patterns and enums, reported as "N validation error(s) detected: Value 'x' at
// 'path' failed to satisfy constraint: ..." (joined by "; "). The shell's client-side checks (botocore's)
// are another matter; this is what every caller meets: the page, embeds, the shell, scripts.
// Depends only on evb/common/json.hpp and the standard library.
#pragma once

#include "evb/common/json.hpp"

#include <optional>
#include <string_view>

namespace evb::model {

// validate_request checks a request of an operation of a service's model; nothing when it passes, or when
// the model does not know the service or operation.
std::optional<ApiError> validate_request(std::string_view service, std::string_view operation,
                                         const Json& request);

// validation_error_code is the code a service answers a constraint failure with: InvalidParameterException
// for CloudWatch Logs, ValidationError for the query protocol (IAM, STS...), ValidationException otherwise.
std::string validation_error_code(std::string_view service);

}  // namespace evb::model
