// Managed policies: CreatePolicy, GetPolicy, GetPolicyVersion.
#include "evb/iam/service.hpp"

#include "evb/common/arn.hpp"
#include "evb/common/time_format.hpp"
#include "support.hpp"

namespace evb {
namespace {

// validate_create checks CreatePolicy's members.
std::optional<ApiError> validate_create(const Json& request) {
    if (auto e = check_shape(request, {{"PolicyName", FieldKind::kString},
                                       {"PolicyDocument", FieldKind::kString},
                                       {"Path", FieldKind::kString},
                                       {"Description", FieldKind::kString},
                                       {"Tags", FieldKind::kArray}})) {
        return e;
    }
    Validation v;
    validate_iam_name(v, request, "PolicyName", 128);
    validate_path(v, request);
    auto doc = string_field(request, "PolicyDocument");
    if (!doc)
        v.not_null("PolicyDocument");
    else
        v.length(*doc, "PolicyDocument", 1, 131072);
    if (auto d = string_field(request, "Description")) v.length(*d, "Description", 0, 1000);
    if (!v.ok()) return v.error("ValidationError");
    return std::nullopt;
}

// find_policy resolves a PolicyArn member, or returns NoSuchEntity.
std::optional<ApiError> find_policy(Account& account, const Json& request, const ManagedPolicy*& policy) {
    if (auto e = check_shape(request, {{"PolicyArn", FieldKind::kString}, {"VersionId", FieldKind::kString}}))
        return e;
    auto arn = string_field(request, "PolicyArn");
    Validation v;
    if (!arn)
        v.not_null("PolicyArn");
    else
        v.length(*arn, "PolicyArn", 20, 2048);
    if (!v.ok()) return v.error("ValidationError");
    auto it = account.iam.policies.find(*arn);
    if (it == account.iam.policies.end())
        return ApiError{"NoSuchEntity", "Policy " + *arn + " was not found.", 404};
    policy = &it->second;
    return std::nullopt;
}

}  // namespace

ApiResult create_policy(Account& account, const Json& request) {
    if (auto error = validate_create(request)) return *error;
    ManagedPolicy policy;
    policy.name = *string_field(request, "PolicyName");
    policy.path = string_field(request, "Path").value_or("/");
    policy.arn = iam_arn(account.config.account_id, "policy", policy.path, policy.name);
    if (account.iam.policies.count(policy.arn)) {
        return ApiError{
            "EntityAlreadyExists",
            "A policy called " + policy.name + " already exists. Duplicate names are not allowed.", 409};
    }
    if (auto error = parse_policy_document(*string_field(request, "PolicyDocument"), policy.document, true))
        return *error;
    if (policy_size(*string_field(request, "PolicyDocument")) > kMaxManagedPolicySize) {
        return ApiError{"LimitExceeded",
                        "Cannot exceed quota for PolicySize: " + std::to_string(kMaxManagedPolicySize), 409};
    }
    policy.id = "ANPA" + account.ids.upper_alnum(17);
    policy.description = string_field(request, "Description").value_or("");
    policy.create_ms = policy.update_ms = account.now_ms;
    Json out = policy_json(account, policy, false);
    account.iam.policies[policy.arn] = std::move(policy);
    return Json{{"Policy", out}};
}

ApiResult get_policy(Account& account, const Json& request) {
    const ManagedPolicy* policy = nullptr;
    if (auto error = find_policy(account, request, policy)) return *error;
    return Json{{"Policy", policy_json(account, *policy, true)}};
}

ApiResult get_policy_version(Account& account, const Json& request) {
    const ManagedPolicy* policy = nullptr;
    if (auto error = find_policy(account, request, policy)) return *error;
    const std::string version = string_field(request, "VersionId").value_or("v1");
    if (version != "v1") {
        return ApiError{
            "NoSuchEntity",
            "Policy " + policy->arn + " version " + version + " does not exist or is not attachable.", 404};
    }
    return Json{{"PolicyVersion", Json{{"Document", policy->document},
                                       {"VersionId", "v1"},
                                       {"IsDefaultVersion", true},
                                       {"CreateDate", cli_time(policy->create_ms)}}}};
}

}  // namespace evb
