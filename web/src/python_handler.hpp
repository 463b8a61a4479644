// The Python (boto3) handler a simulated function's behaviour stands for, written the way the seed
// tutorial wrote lambda_function.py, so the page can show what the function would be in real AWS.
#pragma once

#include "evb/json.hpp"

#include <string>

namespace evb::web {

// python_handler writes lambda_function.py for a behaviour document (evb/function_behavior.hpp).
std::string python_handler(const Json& behavior);

}  // namespace evb::web
