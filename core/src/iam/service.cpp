// The iam service's operation table for World::call.
#include "evb/iam/service.hpp"

namespace evb {
namespace {

constexpr Operation kIamOperations[] = {
    {"CreateRole", create_role, true},
    {"GetRole", get_role, false},
    {"ListRoles", list_roles, false},
    {"DeleteRole", delete_role, true},
    {"AttachRolePolicy", attach_role_policy, true},
    {"DetachRolePolicy", detach_role_policy, true},
    {"ListAttachedRolePolicies", list_attached_role_policies, false},
    {"PutRolePolicy", put_role_policy, true},
    {"GetRolePolicy", get_role_policy, false},
    {"ListRolePolicies", list_role_policies, false},
    {"DeleteRolePolicy", delete_role_policy, true},
    {"CreatePolicy", create_policy, true},
    {"GetPolicy", get_policy, false},
    {"GetPolicyVersion", get_policy_version, false},
};

}  // namespace

std::span<const Operation> iam_operations() {
    return kIamOperations;
}

}  // namespace evb
