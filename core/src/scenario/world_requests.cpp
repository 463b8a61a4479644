// An account's resources as the requests that create them.
#include "evb/scenario/world_requests.hpp"

#include "evb/common/base64.hpp"

namespace evb {
namespace {

void add_buses(Json& steps, const Account& account) {
    for (const auto& [name, bus] : account.events.buses) {
        if (name == "default") continue;
        Json request = {{"Name", name}};
        if (bus.description) request["Description"] = *bus.description;
        steps.push_back(request_step("events", "CreateEventBus", std::move(request)));
    }
}

void add_log_groups(Json& steps, const Account& account) {
    for (const auto& [name, group] : account.logs.groups) {
        steps.push_back(request_step("logs", "CreateLogGroup", Json{{"logGroupName", name}}));
    }
}

void add_policies(Json& steps, const Account& account) {
    for (const auto& [arn, policy] : account.iam.policies) {
        if (policy.aws_managed) continue;
        Json request = {{"PolicyName", policy.name},
                        {"Path", policy.path},
                        {"PolicyDocument", to_json_text(policy.document)}};
        if (!policy.description.empty()) request["Description"] = policy.description;
        steps.push_back(request_step("iam", "CreatePolicy", std::move(request)));
    }
}

void add_role(Json& steps, const Role& role) {
    Json request = {{"RoleName", role.name},
                    {"Path", role.path},
                    {"AssumeRolePolicyDocument", to_json_text(role.assume_role_policy)}};
    if (role.description) request["Description"] = *role.description;
    if (role.max_session_duration != 3600) request["MaxSessionDuration"] = role.max_session_duration;
    steps.push_back(request_step("iam", "CreateRole", std::move(request)));
    for (const auto& arn : role.attached_policy_arns) {
        steps.push_back(
            request_step("iam", "AttachRolePolicy", Json{{"RoleName", role.name}, {"PolicyArn", arn}}));
    }
    for (const auto& [name, document] : role.inline_policies) {
        steps.push_back(request_step(
            "iam", "PutRolePolicy",
            Json{{"RoleName", role.name}, {"PolicyName", name}, {"PolicyDocument", to_json_text(document)}}));
    }
}

void add_functions(Json& steps, const Account& account) {
    for (const auto& [name, f] : account.lambda.functions) {
        Json request = {
            {"FunctionName", name}, {"Runtime", f.runtime}, {"Role", f.role}, {"Handler", f.handler}};
        if (!f.description.empty()) request["Description"] = f.description;
        if (f.timeout != 3) request["Timeout"] = f.timeout;
        if (f.memory_size != 128) request["MemorySize"] = f.memory_size;
        if (f.environment.is_object()) request["Environment"] = f.environment;
        request["Code"] = Json{{"ZipFile", base64_encode(to_json_text(f.behavior))}};
        steps.push_back(request_step("lambda", "CreateFunction", std::move(request)));
    }
}

Json rule_request(const Rule& rule) {
    Json request = {{"Name", rule.name}};
    if (rule.event_pattern) request["EventPattern"] = *rule.event_pattern;
    if (rule.schedule_expression) request["ScheduleExpression"] = *rule.schedule_expression;
    request["State"] = rule.state;
    if (rule.description) request["Description"] = *rule.description;
    if (rule.role_arn) request["RoleArn"] = *rule.role_arn;
    if (rule.bus != "default") request["EventBusName"] = rule.bus;
    return request;
}

Json target_request(const Target& target) {
    Json out = {{"Id", target.id}, {"Arn", target.arn}};
    if (target.role_arn) out["RoleArn"] = *target.role_arn;
    if (target.input) out["Input"] = *target.input;
    if (target.input_path) out["InputPath"] = *target.input_path;
    if (target.input_transformer) {
        Json t = Json::object();
        if (!target.input_transformer->input_paths_map.empty())
            t["InputPathsMap"] = target.input_transformer->input_paths_map;
        t["InputTemplate"] = target.input_transformer->input_template;
        out["InputTransformer"] = std::move(t);
    }
    return out;
}

void add_rules(Json& steps, const Account& account) {
    for (const auto& [bus_name, bus] : account.events.buses) {
        for (const auto& [name, rule] : bus.rules)
            steps.push_back(request_step("events", "PutRule", rule_request(rule)));
    }
    for (const auto& [bus_name, bus] : account.events.buses) {
        for (const auto& [name, rule] : bus.rules) {
            if (rule.targets.empty()) continue;
            Json request = {{"Rule", name}};
            if (bus_name != "default") request["EventBusName"] = bus_name;
            request["Targets"] = Json::array();
            for (const auto& target : rule.targets)
                request["Targets"].push_back(target_request(target));
            steps.push_back(request_step("events", "PutTargets", std::move(request)));
        }
    }
}

}  // namespace

Json request_step(std::string_view service, std::string_view operation, Json request) {
    return Json{{"service", std::string(service)},
                {"operation", std::string(operation)},
                {"request", std::move(request)}};
}

Json world_requests(const Account& account) {
    Json steps = Json::array();
    add_buses(steps, account);
    add_log_groups(steps, account);
    add_policies(steps, account);
    for (const auto& [name, role] : account.iam.roles)
        add_role(steps, role);
    add_functions(steps, account);
    add_rules(steps, account);
    return steps;
}

}  // namespace evb
