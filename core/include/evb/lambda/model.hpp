// The Lambda functions of an account. A function's behaviour is data (a FunctionBehavior document kept
// as JSON), never code we execute; warm-environment bookkeeping decides cold starts and log streams.
// Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace evb {

// LambdaFunction is one function's configuration, behaviour and execution-environment state.
struct LambdaFunction {
    std::string name;
    std::string runtime;
    std::string role;
    std::string handler;
    std::string description;
    std::int64_t timeout = 3;
    std::int64_t memory_size = 128;
    std::int64_t code_size = 0;
    std::string code_sha256;
    std::int64_t last_modified_ms = 0;
    std::string revision_id;
    Json environment;                 // {"Variables": {...}} or null
    Json behavior = Json::object();   // see evb/lambda/function_behavior.hpp
    std::uint64_t invocations = 0;    // how many times it ran; ${seq} in templates
    std::int64_t warm_until_ms = -1;  // the execution environment stays warm until then
    std::string log_stream;           // the warm environment's log stream
};

// LambdaState is every function by name.
struct LambdaState {
    std::map<std::string, LambdaFunction> functions;
};

}  // namespace evb
