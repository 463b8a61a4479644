// The IAM API of the emulated account: roles, managed-policy attachment, inline role policies, customer
// managed policies, and the AWS managed policies tutorials use. AWS's shapes (as the CLI prints them,
// policy documents decoded), error codes and messages. Depends only on the account model.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"
#include "evb/world/operation.hpp"

#include <span>

namespace evb {

// create_role: CreateRole {RoleName, AssumeRolePolicyDocument, Path?, Description?, MaxSessionDuration?} ->
// {Role}.
ApiResult create_role(Account& account, const Json& request);
// get_role: GetRole {RoleName} -> {Role}.
ApiResult get_role(Account& account, const Json& request);
// list_roles: ListRoles {PathPrefix?, Marker?, MaxItems?} -> {Roles}.
ApiResult list_roles(Account& account, const Json& request);
// delete_role: DeleteRole {RoleName} -> {}; refused while policies are attached or inline.
ApiResult delete_role(Account& account, const Json& request);
// attach_role_policy: AttachRolePolicy {RoleName, PolicyArn} -> {}.
ApiResult attach_role_policy(Account& account, const Json& request);
// detach_role_policy: DetachRolePolicy {RoleName, PolicyArn} -> {}.
ApiResult detach_role_policy(Account& account, const Json& request);
// list_attached_role_policies: ListAttachedRolePolicies {RoleName} -> {AttachedPolicies}.
ApiResult list_attached_role_policies(Account& account, const Json& request);
// put_role_policy: PutRolePolicy {RoleName, PolicyName, PolicyDocument} -> {}.
ApiResult put_role_policy(Account& account, const Json& request);
// get_role_policy: GetRolePolicy {RoleName, PolicyName} -> {RoleName, PolicyName, PolicyDocument}.
ApiResult get_role_policy(Account& account, const Json& request);
// list_role_policies: ListRolePolicies {RoleName} -> {PolicyNames}.
ApiResult list_role_policies(Account& account, const Json& request);
// delete_role_policy: DeleteRolePolicy {RoleName, PolicyName} -> {}.
ApiResult delete_role_policy(Account& account, const Json& request);
// create_policy: CreatePolicy {PolicyName, PolicyDocument, Path?, Description?} -> {Policy}.
ApiResult create_policy(Account& account, const Json& request);
// get_policy: GetPolicy {PolicyArn} -> {Policy}.
ApiResult get_policy(Account& account, const Json& request);
// get_policy_version: GetPolicyVersion {PolicyArn, VersionId} -> {PolicyVersion}.
ApiResult get_policy_version(Account& account, const Json& request);

// iam_operations lists the iam service's operations for World::call.
std::span<const Operation> iam_operations();

}  // namespace evb
