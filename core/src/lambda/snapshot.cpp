// Saving and restoring Lambda functions, IAM roles and customer managed policies, and metrics.
#include "world/snapshot_parts.hpp"

namespace evb {
namespace {

// save_function writes one function's configuration, behaviour and environment state.
Json save_function(const LambdaFunction& f) {
    return Json{{"name", f.name},
                {"runtime", f.runtime},
                {"role", f.role},
                {"handler", f.handler},
                {"description", f.description},
                {"timeout", f.timeout},
                {"memorySize", f.memory_size},
                {"codeSize", f.code_size},
                {"codeSha256", f.code_sha256},
                {"lastModifiedMs", f.last_modified_ms},
                {"revisionId", f.revision_id},
                {"environment", f.environment},
                {"behavior", f.behavior},
                {"invocations", f.invocations},
                {"warmUntilMs", f.warm_until_ms},
                {"logStream", f.log_stream}};
}

// load_function reads save_function's object.
LambdaFunction load_function(const Json& j) {
    LambdaFunction f;
    f.name = j.at("name").get<std::string>();
    f.runtime = j.at("runtime").get<std::string>();
    f.role = j.at("role").get<std::string>();
    f.handler = j.at("handler").get<std::string>();
    f.description = j.at("description").get<std::string>();
    f.timeout = j.at("timeout").get<std::int64_t>();
    f.memory_size = j.at("memorySize").get<std::int64_t>();
    f.code_size = j.at("codeSize").get<std::int64_t>();
    f.code_sha256 = j.at("codeSha256").get<std::string>();
    f.last_modified_ms = j.at("lastModifiedMs").get<std::int64_t>();
    f.revision_id = j.at("revisionId").get<std::string>();
    f.environment = j.at("environment");
    f.behavior = j.at("behavior");
    f.invocations = j.at("invocations").get<std::uint64_t>();
    f.warm_until_ms = j.at("warmUntilMs").get<std::int64_t>();
    f.log_stream = j.at("logStream").get<std::string>();
    return f;
}

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

Json save_lambda(const LambdaState& lambda) {
    Json functions = Json::array();
    for (const auto& [name, f] : lambda.functions)
        functions.push_back(save_function(f));
    return Json{{"functions", functions}};
}

void load_lambda(const Json& json, LambdaState& lambda) {
    for (const auto& j : json.at("functions")) {
        LambdaFunction f = load_function(j);
        lambda.functions[f.name] = std::move(f);
    }
}

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

Json save_metrics(const Metrics& m) {
    Json buses = Json::object(), rules = Json::object(), targets = Json::object();
    for (const auto& [k, b] : m.buses)
        buses[k] = Json::array({b.events_in, b.matched_events});
    for (const auto& [k, r] : m.rules) {
        rules[k] = Json::array({r.matched_events, r.triggered_rules, r.invocations, r.failed_invocations});
    }
    for (const auto& [k, t] : m.targets)
        targets[k] = Json::array({t.deliveries, t.failures});
    return Json{{"buses", buses},
                {"rules", rules},
                {"targets", targets},
                {"skippedScheduleFirings", m.skipped_schedule_firings}};
}

void load_metrics(const Json& json, Metrics& m) {
    for (const auto& [k, v] : json.at("buses").items())
        m.buses[k] = {v.at(0).get<std::uint64_t>(), v.at(1).get<std::uint64_t>()};
    for (const auto& [k, v] : json.at("rules").items()) {
        m.rules[k] = {v.at(0).get<std::uint64_t>(), v.at(1).get<std::uint64_t>(),
                      v.at(2).get<std::uint64_t>(), v.at(3).get<std::uint64_t>()};
    }
    for (const auto& [k, v] : json.at("targets").items())
        m.targets[k] = {v.at(0).get<std::uint64_t>(), v.at(1).get<std::uint64_t>()};
    m.skipped_schedule_firings = json.at("skippedScheduleFirings").get<std::uint64_t>();
}

}  // namespace evb
