// Running simulated Lambda functions: an invocation plays the function's behaviour document (log lines,
// PutEvents entries authorised against its role, a return value or a failure) and writes START / END /
// REPORT lines to /aws/lambda/NAME in a Lambda-named stream, with Init Duration on cold starts.
// Depends on the account model, the log store and the events service; never executes user code.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <optional>
#include <string>

namespace evb {

// Invocation is what one run produced: request id, returned payload, error type, and its log text.
struct Invocation {
    std::string request_id;
    Json payload;
    std::optional<std::string> function_error;  // "Unhandled" when the function failed
    std::string log_text;                       // every line of this invocation, START to REPORT
};

// run_function invokes a function now with an event and returns what happened.
Invocation run_function(Account& account, LambdaFunction& function, const Json& event);

// log_tail returns the last 4 KB of an invocation's log text (what LogType Tail returns, before base64).
std::string log_tail(const std::string& log_text);

// as_string returns a JSON string's text, or other JSON as text.
std::string as_string(const Json& value);

// invoke_async runs a function the way an asynchronous invocation (EventBridge, InvocationType Event) does.
std::optional<ApiError> invoke_async(Account& account, const std::string& function_name, const Json& event);

}  // namespace evb
