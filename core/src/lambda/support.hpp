// Shared pieces of the Lambda service: FunctionName validation and lookup, AWS's not-found error and the
// FunctionConfiguration shape. Private to core/src/lambda.
#pragma once

#include "evb/common/json.hpp"
#include "evb/common/validation.hpp"
#include "evb/world/account.hpp"

#include <optional>
#include <string>

namespace evb {

// validate_function_name checks a required FunctionName (a name, an ARN or a partial ARN).
void validate_function_name(Validation& v, const Json& request);

// function_not_found is ResourceNotFoundException "Function not found: ARN" (HTTP 404).
ApiError function_not_found(const Account& account, const std::string& name);

// lookup_function resolves a validated FunctionName member to a function, or returns the not-found error.
std::optional<ApiError> lookup_function(Account& account, const Json& request, LambdaFunction*& function);

// configuration_json shapes a function as CreateFunction (with_state) and ListFunctions print it.
Json configuration_json(const Account& account, const LambdaFunction& function, bool with_state);

}  // namespace evb
