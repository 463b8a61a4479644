// The Python (boto3) handler a simulated function's behaviour stands for, written the way the seed
// tutorial wrote lambda_function.py, so the page can show what the function would be in real AWS. The
// behaviour's placeholders become Python: ${requestId} -> context.aws_request_id, ${event.a.b} ->
// event['a']['b'], ${random:1:9} -> random.randint(1, 9), and so on; the inverse of lambda_code.hpp.
// Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <string>

namespace evb {

// python_handler writes lambda_function.py for a behaviour document (evb/lambda/function_behavior.hpp), its
// handler function named `function`.
std::string python_handler(const Json& behavior, const std::string& function = "lambda_handler");

}  // namespace evb
