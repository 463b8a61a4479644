// Shared pieces of the IAM service: name and path validation (code ValidationError), AWS's
// NoSuchEntity errors, policy-document checks and the JSON shapes of roles and policies.
// Private to core/src/iam.
#pragma once

#include "evb/common/json.hpp"
#include "evb/common/validation.hpp"
#include "evb/world/account.hpp"

#include <optional>
#include <string>

namespace evb {

// validate_iam_name checks a required name member: min-max of [\w+=,.@-].
void validate_iam_name(Validation& v, const Json& request, std::string_view key, std::size_t max);

// validate_path checks an optional Path member: "/" or "/.../".
void validate_path(Validation& v, const Json& request);

// find_role returns the named role, or nullptr.
Role* find_role(Account& account, const std::string& name);

// role_not_found is NoSuchEntity "The role with name NAME cannot be found."
ApiError role_not_found(const std::string& name);

// parse_policy_document reads a policy document, or returns MalformedPolicyDocument.
std::optional<ApiError> parse_policy_document(const std::string& text, Json& document, bool identity_policy);

// role_arn_of forms a role's ARN.
std::string role_arn_of(const Account& account, const Role& role);

// role_json shapes a role as CreateRole (get = false) or GetRole/ListRoles (get = true) prints it.
Json role_json(const Account& account, const Role& role, bool get);

// attachment_count counts the roles a managed policy is attached to.
std::size_t attachment_count(const Account& account, const std::string& policy_arn);

// policy_json shapes a managed policy as CreatePolicy and GetPolicy print it.
Json policy_json(const Account& account, const ManagedPolicy& policy, bool with_description);

}  // namespace evb
