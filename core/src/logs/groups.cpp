// Log groups: CreateLogGroup, DeleteLogGroup, DescribeLogGroups.
#include "evb/logs/service.hpp"

#include "common/pagination.hpp"
#include "evb/logs/log_store.hpp"
#include "support.hpp"

namespace evb {
namespace {

// validate_group_request checks a {logGroupName} request.
std::optional<ApiError> validate_group_request(const Json& request) {
    if (auto e = check_shape(request, {{"logGroupName", FieldKind::kString},
                                       {"kmsKeyId", FieldKind::kString},
                                       {"tags", FieldKind::kObject},
                                       {"logGroupClass", FieldKind::kString}})) {
        return e;
    }
    Validation v;
    validate_group_name(v, request);
    if (!v.ok()) return v.error("InvalidParameterException");
    return std::nullopt;
}

}  // namespace

ApiResult create_log_group(Account& account, const Json& request) {
    if (auto error = validate_group_request(request)) return *error;
    const std::string name = *string_field(request, "logGroupName");
    if (find_log_group(account, name)) {
        return ApiError{"ResourceAlreadyExistsException", "The specified log group already exists"};
    }
    add_log_group(account, name);
    return Json::object();
}

ApiResult delete_log_group(Account& account, const Json& request) {
    if (auto error = validate_group_request(request)) return *error;
    if (!forget_log_group(account, *string_field(request, "logGroupName"))) return group_not_found();
    return Json::object();
}

ApiResult describe_log_groups(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"logGroupNamePrefix", FieldKind::kString},
                                       {"nextToken", FieldKind::kString},
                                       {"limit", FieldKind::kNumber}})) {
        return *e;
    }
    Validation v;
    const std::string prefix = string_field(request, "logGroupNamePrefix").value_or("");
    if (request.contains("logGroupNamePrefix")) validate_group_name(v, request, "logGroupNamePrefix");
    if (auto limit = int_field(request, "limit")) v.range(*limit, "limit", 1, 50);
    if (!v.ok()) return v.error("InvalidParameterException");
    Json groups = Json::array();
    for (const auto& [name, group] : account.logs.groups) {
        if (name.rfind(prefix, 0) == 0) groups.push_back(group_json(account, group));
    }
    auto page = paginate(groups.size(), string_field(request, "nextToken"), int_field(request, "limit"), 50);
    if (!page) return invalid_parameter("The specified nextToken is invalid.");
    Json out = {{"logGroups", Json(groups.begin() + page->begin, groups.begin() + page->end)}};
    if (page->next_token) out["nextToken"] = *page->next_token;
    return out;
}

}  // namespace evb
