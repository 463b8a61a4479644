// The Lambda API of the emulated account: CreateFunction, GetFunction, GetFunctionConfiguration,
// ListFunctions, DeleteFunction, UpdateFunctionCode and Invoke (RequestResponse, Event, DryRun; LogType
// Tail), with AWS's shapes, validation, error codes and messages. Functions are simulated
// (evb/lambda/function_behavior.hpp). Depends on the account model, IAM roles and the Lambda runtime.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"
#include "evb/world/operation.hpp"

#include <span>

namespace evb {

// create_function: CreateFunction {FunctionName, Runtime, Role, Handler, Code, ...} -> FunctionConfiguration.
ApiResult create_function(Account& account, const Json& request);
// get_function: GetFunction {FunctionName} -> {Configuration, Code}.
ApiResult get_function(Account& account, const Json& request);
// get_function_configuration: GetFunctionConfiguration {FunctionName} -> FunctionConfiguration (what
// GetFunction returns as Configuration; the function-active and function-updated waiters poll it).
ApiResult get_function_configuration(Account& account, const Json& request);
// list_functions: ListFunctions {Marker?, MaxItems?} -> {Functions}.
ApiResult list_functions(Account& account, const Json& request);
// delete_function: DeleteFunction {FunctionName} -> {}.
ApiResult delete_function(Account& account, const Json& request);
// update_function_code: UpdateFunctionCode {FunctionName, ZipFile} -> FunctionConfiguration.
ApiResult update_function_code(Account& account, const Json& request);
// invoke: Invoke {FunctionName, InvocationType?, LogType?, Payload?} -> {StatusCode, ..., Payload}.
ApiResult invoke(Account& account, const Json& request);

// lambda_operations lists the lambda service's operations for World::call.
std::span<const Operation> lambda_operations();

}  // namespace evb
