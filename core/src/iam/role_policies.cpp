// A role's policies: AttachRolePolicy, DetachRolePolicy, ListAttachedRolePolicies, PutRolePolicy,
// GetRolePolicy, ListRolePolicies, DeleteRolePolicy.
#include "evb/iam/service.hpp"

#include "evb/common/arn.hpp"
#include "support.hpp"

#include <algorithm>

namespace evb {
namespace {

constexpr std::size_t kMaxManagedPoliciesPerRole = 10;

// validate_attach checks a {RoleName, PolicyArn} request.
std::optional<ApiError> validate_attach(const Json& request) {
    if (auto e = check_shape(request, {{"RoleName", FieldKind::kString}, {"PolicyArn", FieldKind::kString}}))
        return e;
    Validation v;
    validate_iam_name(v, request, "RoleName", 64);
    auto arn = string_field(request, "PolicyArn");
    if (!arn)
        v.not_null("PolicyArn");
    else
        v.length(*arn, "PolicyArn", 20, 2048);
    if (!v.ok()) return v.error("ValidationError");
    if (!parse_arn(*arn)) return ApiError{"InvalidInput", "ARN " + *arn + " is not valid.", 400};
    return std::nullopt;
}

// validate_inline checks a {RoleName, PolicyName, PolicyDocument?} request.
std::optional<ApiError> validate_inline(const Json& request, bool with_document) {
    if (auto e = check_shape(request, {{"RoleName", FieldKind::kString},
                                       {"PolicyName", FieldKind::kString},
                                       {"PolicyDocument", FieldKind::kString}})) {
        return e;
    }
    Validation v;
    validate_iam_name(v, request, "RoleName", 64);
    validate_iam_name(v, request, "PolicyName", 128);
    auto doc = string_field(request, "PolicyDocument");
    if (with_document && !doc) v.not_null("PolicyDocument");
    if (with_document && doc) v.length(*doc, "PolicyDocument", 1, 131072);
    if (!v.ok()) return v.error("ValidationError");
    return std::nullopt;
}

// inline_not_found is NoSuchEntity for a missing inline policy.
ApiError inline_not_found(const std::string& name) {
    return ApiError{"NoSuchEntity", "The role policy with name " + name + " cannot be found.", 404};
}

}  // namespace

ApiResult attach_role_policy(Account& account, const Json& request) {
    if (auto error = validate_attach(request)) return *error;
    const std::string name = *string_field(request, "RoleName");
    const std::string arn = *string_field(request, "PolicyArn");
    Role* role = find_role(account, name);
    if (!role) return role_not_found(name);
    if (!account.iam.policies.count(arn)) {
        return ApiError{"NoSuchEntity", "Policy " + arn + " does not exist or is not attachable.", 404};
    }
    auto& attached = role->attached_policy_arns;
    if (std::find(attached.begin(), attached.end(), arn) != attached.end()) return Json::object();
    if (attached.size() >= kMaxManagedPoliciesPerRole) {
        return ApiError{"LimitExceeded", "Cannot exceed quota for PoliciesPerRole: 10", 409};
    }
    attached.push_back(arn);
    return Json::object();
}

ApiResult detach_role_policy(Account& account, const Json& request) {
    if (auto error = validate_attach(request)) return *error;
    const std::string name = *string_field(request, "RoleName");
    const std::string arn = *string_field(request, "PolicyArn");
    Role* role = find_role(account, name);
    if (!role) return role_not_found(name);
    auto& attached = role->attached_policy_arns;
    auto it = std::find(attached.begin(), attached.end(), arn);
    if (it == attached.end()) return ApiError{"NoSuchEntity", "Policy " + arn + " was not found.", 404};
    attached.erase(it);
    return Json::object();
}

ApiResult list_attached_role_policies(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"RoleName", FieldKind::kString}, {"PathPrefix", FieldKind::kString}}))
        return *e;
    Validation v;
    validate_iam_name(v, request, "RoleName", 64);
    if (!v.ok()) return v.error("ValidationError");
    const std::string name = *string_field(request, "RoleName");
    const Role* role = find_role(account, name);
    if (!role) return role_not_found(name);
    const std::string prefix = string_field(request, "PathPrefix").value_or("/");
    Json list = Json::array();
    for (const auto& arn : role->attached_policy_arns) {
        const ManagedPolicy& policy = account.iam.policies.at(arn);
        if (policy.path.rfind(prefix, 0) == 0)
            list.push_back(Json{{"PolicyName", policy.name}, {"PolicyArn", arn}});
    }
    return Json{{"AttachedPolicies", list}};
}

ApiResult put_role_policy(Account& account, const Json& request) {
    if (auto error = validate_inline(request, true)) return *error;
    const std::string name = *string_field(request, "RoleName");
    Role* role = find_role(account, name);
    if (!role) return role_not_found(name);
    Json document;
    if (auto error = parse_policy_document(*string_field(request, "PolicyDocument"), document, true))
        return *error;
    const std::string policy_name = *string_field(request, "PolicyName");
    std::size_t size = policy_size(*string_field(request, "PolicyDocument"));
    for (const auto& [other, doc] : role->inline_policies)
        size += other == policy_name ? 0 : policy_size(to_json_text(doc));
    if (size > kMaxRoleInlinePoliciesSize) {
        return ApiError{"LimitExceeded",
                        "Maximum policy size of " + std::to_string(kMaxRoleInlinePoliciesSize) +
                            " bytes exceeded for role " + name,
                        409};
    }
    role->inline_policies[policy_name] = std::move(document);
    return Json::object();
}

ApiResult get_role_policy(Account& account, const Json& request) {
    if (auto error = validate_inline(request, false)) return *error;
    const std::string name = *string_field(request, "RoleName");
    const std::string policy = *string_field(request, "PolicyName");
    const Role* role = find_role(account, name);
    if (!role) return role_not_found(name);
    auto it = role->inline_policies.find(policy);
    if (it == role->inline_policies.end()) return inline_not_found(policy);
    return Json{{"RoleName", name}, {"PolicyName", policy}, {"PolicyDocument", it->second}};
}

ApiResult list_role_policies(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"RoleName", FieldKind::kString}})) return *e;
    Validation v;
    validate_iam_name(v, request, "RoleName", 64);
    if (!v.ok()) return v.error("ValidationError");
    const std::string name = *string_field(request, "RoleName");
    const Role* role = find_role(account, name);
    if (!role) return role_not_found(name);
    Json names = Json::array();
    for (const auto& [policy, doc] : role->inline_policies)
        names.push_back(policy);
    return Json{{"PolicyNames", names}};
}

ApiResult delete_role_policy(Account& account, const Json& request) {
    if (auto error = validate_inline(request, false)) return *error;
    const std::string name = *string_field(request, "RoleName");
    Role* role = find_role(account, name);
    if (!role) return role_not_found(name);
    const std::string policy = *string_field(request, "PolicyName");
    if (role->inline_policies.erase(policy) == 0) return inline_not_found(policy);
    return Json::object();
}

}  // namespace evb
