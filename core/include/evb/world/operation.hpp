// The table entry behind World::call: an API operation's name, its typed function over an Account, and
// whether it changes the account. Depends only on evb/world/account.hpp.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <string_view>

namespace evb {

using OperationFn = ApiResult (*)(Account&, const Json&);

struct Operation {
    std::string_view name;
    OperationFn fn;
    bool mutates;
};

// find_operation returns the operation of a service ("events", "logs", "lambda", "iam", "sts"), or nullptr.
const Operation* find_operation(std::string_view service, std::string_view name);

// read_only_allows tells whether a read-only world runs an operation: the reads (Describe*, List*, Get*,
// Test*, Filter*) and sending through what exists (PutEvents, Invoke), never a change to resources.
bool read_only_allows(std::string_view operation);

}  // namespace evb
