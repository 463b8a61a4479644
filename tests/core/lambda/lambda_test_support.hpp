// Lambda set-up shared by the Lambda suites: a function with a behaviour document and a role.
#pragma once

#include "evb/common/base64.hpp"

#include "../iam/iam_test_support.hpp"

namespace evb::test {

// make_function creates function NAME running as role_arn with the given behaviour (sent as the package).
inline Json make_function(World& world, const std::string& name, const std::string& role_arn,
                          const Json& behavior) {
    return ok_call(world, "lambda", "CreateFunction",
                   {{"FunctionName", name},
                    {"Runtime", "python3.12"},
                    {"Role", role_arn},
                    {"Handler", "app.handler"},
                    {"Code", {{"ZipFile", base64_encode(behavior.dump())}}}});
}

// log_messages lists every message of a log group, in stream then time order.
inline std::vector<std::string> log_messages(World& world, const std::string& group) {
    std::vector<std::string> out;
    const Json found = ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", group}});
    for (const auto& e : found["events"])
        out.push_back(e["message"]);
    return out;
}

}  // namespace evb::test
