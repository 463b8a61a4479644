// Shared pieces of the IAM service: name and path validation (code ValidationError), AWS's
// NoSuchEntity errors, policy-document checks and the JSON shapes of roles and policies.
// Private to core/src/iam.
#pragma once

#include "evb/common/json.hpp"
#include "evb/common/validation.hpp"
#include "evb/world/account.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace evb {

// validate_iam_name checks a required name member: min-max of [\w+=,.@-].
void validate_iam_name(Validation& v, const Json& request, std::string_view key, std::size_t max);

// validate_path checks an optional Path member: "/" or "/.../".
void validate_path(Validation& v, const Json& request);

// find_role returns the named role, or nullptr.
Role* find_role(Account& account, const std::string& name);

// role_not_found is NoSuchEntity "The role with name NAME cannot be found."
ApiError role_not_found(const std::string& name);

// IAM's quotas on policy size, counted in characters other than whitespace ("IAM and AWS STS quotas"): a
// role's trust policy (AssumeRolePolicySizeQuota), a role's inline policies together, one managed policy.
inline constexpr std::size_t kMaxTrustPolicySize = 2048;
inline constexpr std::size_t kMaxRoleInlinePoliciesSize = 10240;
inline constexpr std::size_t kMaxManagedPolicySize = 6144;

// policy_size counts a policy's characters other than whitespace, as IAM's size quotas do.
std::size_t policy_size(std::string_view text);

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
