// Roles: CreateRole, GetRole, ListRoles, DeleteRole.
#include "evb/iam/service.hpp"

#include "common/pagination.hpp"
#include "support.hpp"

namespace evb {
namespace {

// validate_create checks CreateRole's members.
std::optional<ApiError> validate_create(const Json& request) {
    if (auto e = check_shape(request, {{"RoleName", FieldKind::kString},
                                       {"AssumeRolePolicyDocument", FieldKind::kString},
                                       {"Path", FieldKind::kString},
                                       {"Description", FieldKind::kString},
                                       {"MaxSessionDuration", FieldKind::kNumber},
                                       {"Tags", FieldKind::kArray}})) {
        return e;
    }
    Validation v;
    validate_path(v, request);
    validate_iam_name(v, request, "RoleName", 64);
    auto doc = string_field(request, "AssumeRolePolicyDocument");
    if (!doc)
        v.not_null("AssumeRolePolicyDocument");
    else
        v.length(*doc, "AssumeRolePolicyDocument", 1, 131072);
    if (auto d = string_field(request, "Description")) v.length(*d, "Description", 0, 1000);
    if (auto m = int_field(request, "MaxSessionDuration")) v.range(*m, "MaxSessionDuration", 3600, 43200);
    if (!v.ok()) return v.error("ValidationError");
    return std::nullopt;
}

// validate_role_name_only checks a {RoleName} request.
std::optional<ApiError> validate_role_name_only(const Json& request) {
    if (auto e = check_shape(request, {{"RoleName", FieldKind::kString}})) return e;
    Validation v;
    validate_iam_name(v, request, "RoleName", 64);
    if (!v.ok()) return v.error("ValidationError");
    return std::nullopt;
}

}  // namespace

ApiResult create_role(Account& account, const Json& request) {
    if (auto error = validate_create(request)) return *error;
    const std::string name = *string_field(request, "RoleName");
    if (find_role(account, name))
        return ApiError{"EntityAlreadyExists", "Role with name " + name + " already exists.", 409};
    Role role;
    if (auto error = parse_policy_document(*string_field(request, "AssumeRolePolicyDocument"),
                                           role.assume_role_policy, false)) {
        return *error;
    }
    if (policy_size(*string_field(request, "AssumeRolePolicyDocument")) > kMaxTrustPolicySize) {
        return ApiError{"LimitExceeded",
                        "Cannot exceed quota for ACLSizePerRole: " + std::to_string(kMaxTrustPolicySize),
                        409};
    }
    role.name = name;
    role.path = string_field(request, "Path").value_or("/");
    role.id = "AROA" + account.ids.upper_alnum(17);
    role.create_ms = account.now_ms;
    role.description = string_field(request, "Description");
    role.max_session_duration = int_field(request, "MaxSessionDuration").value_or(3600);
    Json out = role_json(account, role, false);
    account.iam.roles[name] = std::move(role);
    return Json{{"Role", out}};
}

ApiResult get_role(Account& account, const Json& request) {
    if (auto error = validate_role_name_only(request)) return *error;
    const std::string name = *string_field(request, "RoleName");
    const Role* role = find_role(account, name);
    if (!role) return role_not_found(name);
    Json out = role_json(account, *role, true);
    out["RoleLastUsed"] = Json::object();
    return Json{{"Role", out}};
}

ApiResult list_roles(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"PathPrefix", FieldKind::kString},
                                       {"Marker", FieldKind::kString},
                                       {"MaxItems", FieldKind::kNumber}})) {
        return *e;
    }
    const std::string prefix = string_field(request, "PathPrefix").value_or("/");
    Json roles = Json::array();
    for (const auto& [name, role] : account.iam.roles) {
        if (role.path.rfind(prefix, 0) == 0) roles.push_back(role_json(account, role, true));
    }
    auto page = paginate(roles.size(), string_field(request, "Marker"), int_field(request, "MaxItems"), 100);
    if (!page) return ApiError{"ValidationError", "Invalid Marker."};
    Json out = {{"Roles", Json(roles.begin() + page->begin, roles.begin() + page->end)}};
    if (page->next_token) out["IsTruncated"] = true, out["Marker"] = *page->next_token;
    return out;
}

ApiResult delete_role(Account& account, const Json& request) {
    if (auto error = validate_role_name_only(request)) return *error;
    const std::string name = *string_field(request, "RoleName");
    const Role* role = find_role(account, name);
    if (!role) return role_not_found(name);
    if (!role->attached_policy_arns.empty()) {
        return ApiError{"DeleteConflict", "Cannot delete entity, must detach all policies first.", 409};
    }
    if (!role->inline_policies.empty()) {
        return ApiError{"DeleteConflict", "Cannot delete entity, must delete policies first.", 409};
    }
    account.iam.roles.erase(name);
    return Json::object();
}

}  // namespace evb
