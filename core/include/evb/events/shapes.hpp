// The JSON shapes of EventBridge resources as AWS returns them (ListRules, DescribeRule, ListTargetsByRule)
// and the ARNs of buses and rules: shared by the events service and the account's state view.
// Depends only on the account model.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <string>

namespace evb {

// arn_of_bus and arn_of_rule form the ARNs of the account's buses and rules.
std::string arn_of_bus(const Account& account, const std::string& bus);

std::string arn_of_rule(const Account& account, const Rule& rule);

// rule_json shapes a rule as ListRules (describe = false) or DescribeRule (describe = true) returns it.
Json rule_json(const Account& account, const Rule& rule, bool describe);

// target_json shapes a target as ListTargetsByRule returns it.
Json target_json(const Target& target);

// tags_json shapes tags as ListTagsForResource returns them: [{Key, Value}, ...].
Json tags_json(const Tags& tags);

}  // namespace evb
