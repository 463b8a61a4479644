// The IAM policy evaluator: may a role call an action on a resource? Explicit Deny wins, then any Allow,
// else the implicit deny; Action/NotAction and Resource/NotResource with * and ? wildcards (actions
// case-insensitive). Statements with a Condition are not applied (the playground has no request context).
// Depends only on evb/world/account.hpp.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace evb {

enum class Decision { kAllow, kImplicitDeny, kExplicitDeny };

// evaluate_policies decides an action on a resource under a set of identity-based policy documents.
Decision evaluate_policies(const std::vector<Json>& documents, std::string_view action,
                           std::string_view resource);

// role_policy_documents gathers a role's attached managed and inline policy documents.
std::vector<Json> role_policy_documents(const Account& account, const Role& role);

// find_role_by_arn returns the role with that ARN, or nullptr.
const Role* find_role_by_arn(const Account& account, std::string_view arn);

// evaluate_role decides an action on a resource for the role with the given ARN (missing role: implicit
// deny).
Decision evaluate_role(const Account& account, std::string_view role_arn, std::string_view action,
                       std::string_view resource);

// access_denied is AWS's AccessDeniedException for a caller, action, resource and decision.
ApiError access_denied(std::string_view caller_arn, std::string_view action, std::string_view resource,
                       Decision decision);

}  // namespace evb
