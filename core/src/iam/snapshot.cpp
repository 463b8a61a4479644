// Saving and restoring IAM: roles (trust, attached and inline policies) and customer managed policies;
// AWS managed policies are not saved, every world has them.
#include "world/snapshot_parts.hpp"

namespace evb {
namespace {

// save_role writes one role.
Json save_role(const Role& r) {
    Json out = {{"name", r.name},
                {"path", r.path},
                {"id", r.id},
                {"createMs", r.create_ms},
                {"assumeRolePolicy", r.assume_role_policy}};
    if (r.description) out["description"] = *r.description;
    out["maxSessionDuration"] = r.max_session_duration;
    out["attachedPolicyArns"] = r.attached_policy_arns;
    Json inline_policies = Json::object();
    for (const auto& [name, doc] : r.inline_policies)
        inline_policies[name] = doc;
    out["inlinePolicies"] = inline_policies;
    return out;
}

// load_role reads save_role's object.
Role load_role(const Json& j) {
    Role r;
    r.name = j.at("name").get<std::string>();
    r.path = j.at("path").get<std::string>();
    r.id = j.at("id").get<std::string>();
    r.create_ms = j.at("createMs").get<std::int64_t>();
    r.assume_role_policy = j.at("assumeRolePolicy");
    r.description = optional_string(j, "description");
    r.max_session_duration = j.at("maxSessionDuration").get<std::int64_t>();
    for (const auto& arn : j.at("attachedPolicyArns"))
        r.attached_policy_arns.push_back(arn.get<std::string>());
    for (const auto& [name, doc] : j.at("inlinePolicies").items())
        r.inline_policies[name] = doc;
    return r;
}

// save_policy writes one customer managed policy.
Json save_policy(const ManagedPolicy& p) {
    return Json{{"name", p.name},
                {"path", p.path},
                {"id", p.id},
                {"arn", p.arn},
                {"description", p.description},
                {"document", p.document},
                {"createMs", p.create_ms},
                {"updateMs", p.update_ms}};
}

// load_policy reads save_policy's object.
ManagedPolicy load_policy(const Json& j) {
    ManagedPolicy p;
    p.name = j.at("name").get<std::string>();
    p.path = j.at("path").get<std::string>();
    p.id = j.at("id").get<std::string>();
    p.arn = j.at("arn").get<std::string>();
    p.description = j.at("description").get<std::string>();
    p.document = j.at("document");
    p.create_ms = j.at("createMs").get<std::int64_t>();
    p.update_ms = j.at("updateMs").get<std::int64_t>();
    return p;
}

}  // namespace

Json save_iam(const IamState& iam) {
    Json roles = Json::array();
    for (const auto& [name, role] : iam.roles)
        roles.push_back(save_role(role));
    Json policies = Json::array();
    for (const auto& [arn, policy] : iam.policies) {
        if (!policy.aws_managed) policies.push_back(save_policy(policy));
    }
    return Json{{"roles", roles}, {"policies", policies}};
}

void load_iam(const Json& json, IamState& iam) {
    for (const auto& j : json.at("roles")) {
        Role role = load_role(j);
        iam.roles[role.name] = std::move(role);
    }
    for (const auto& j : json.at("policies")) {
        ManagedPolicy policy = load_policy(j);
        iam.policies[policy.arn] = std::move(policy);
    }
}

}  // namespace evb
