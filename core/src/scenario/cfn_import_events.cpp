// Importing AWS::Events::EventBus and AWS::Events::Rule (with its Targets).
#include "cfn_resource_types.hpp"
#include "evb/common/arn.hpp"

namespace evb::cfn_import {
namespace {

constexpr std::string_view kTargetFields[] = {"Id",    "Arn",       "RoleArn",
                                              "Input", "InputPath", "InputTransformer"};

// target_issue names a property of the n-th target.
std::string target_property(std::size_t n, std::string_view field) {
    return "Targets[" + std::to_string(n) + "]" + (field.empty() ? "" : "." + std::string(field));
}

bool is_target_field(const std::string& key) {
    for (auto f : kTargetFields) {
        if (f == key) return true;
    }
    return false;
}

// transformer_request checks an InputTransformer: InputPathsMap of strings, InputTemplate text.
std::optional<Json> transformer_request(Properties& p, std::size_t n, const Json& t) {
    const std::string where = target_property(n, "InputTransformer");
    if (!t.is_object()) return p.fail(where, "must be an object"), std::nullopt;
    Json out = Json::object();
    for (const auto& [key, value] : t.items()) {
        if (key == "InputPathsMap" && value.is_object())
            out[key] = value;
        else if (key == "InputTemplate" && value.is_string())
            out[key] = value;
        else if (key == "InputPathsMap" || key == "InputTemplate")
            return p.fail(where + "." + key, "has the wrong type"), std::nullopt;
        else
            return p.fail(where + "." + key, "is not supported by the playground"), std::nullopt;
    }
    if (!out.contains("InputTemplate")) return p.fail(where + ".InputTemplate", "is required"), std::nullopt;
    return out;
}

// target_request turns one target into PutTargets' shape.
std::optional<Json> target_request(Properties& p, std::size_t n, const Json& target) {
    if (!target.is_object()) return p.fail(target_property(n, ""), "must be an object"), std::nullopt;
    Json out = Json::object();
    for (const auto& [key, value] : target.items()) {
        if (key == "RetryPolicy" || key == "DeadLetterConfig") {
            p.out().plan.warnings.push_back(
                CfnIssue{p.resource().id, p.resource().type, target_property(n, key),
                         "ignored: the playground delivers each event once and does not retry"});
        } else if (!is_target_field(key)) {
            return p.fail(target_property(n, key), "is not supported by the playground"), std::nullopt;
        } else if (key == "InputTransformer") {
            auto t = transformer_request(p, n, value);
            if (!t) return std::nullopt;
            out[key] = std::move(*t);
        } else if (key == "Input" && value.is_object()) {
            out[key] = to_json_text(value);
        } else if (!value.is_string()) {
            return p.fail(target_property(n, key), "must be a string"), std::nullopt;
        } else {
            out[key] = value;
        }
    }
    for (auto required : {"Id", "Arn"}) {
        if (!out.contains(required)) return p.fail(target_property(n, required), "is required"), std::nullopt;
    }
    return out;
}

std::optional<Json> targets_request(Properties& p) {
    const Json* targets = p.value("Targets");
    if (!targets) return std::nullopt;
    if (!targets->is_array()) return p.fail("Targets", "must be a list"), std::nullopt;
    Json out = Json::array();
    for (std::size_t n = 0; n < targets->size(); ++n) {
        auto t = target_request(p, n, (*targets)[n]);
        if (!t) return std::nullopt;
        out.push_back(std::move(*t));
    }
    return out;
}

// rule_request reads PutRule's members from the rule's properties.
Json rule_request(Properties& p, const std::string& name, const std::string& bus) {
    Json request = {{"Name", name}};
    if (auto pattern = p.document("EventPattern")) request["EventPattern"] = *pattern;
    if (auto schedule = p.text("ScheduleExpression")) request["ScheduleExpression"] = *schedule;
    request["State"] = p.text("State").value_or("ENABLED");
    if (auto d = p.text("Description")) request["Description"] = *d;
    if (auto role = p.text("RoleArn")) request["RoleArn"] = *role;
    if (bus != "default") request["EventBusName"] = bus;
    return request;
}

}  // namespace

std::optional<CfnIssue> translate_event_bus(const Resource& resource, Output& out,
                                            CfnAttributes& attributes) {
    Properties p(resource, out);
    auto name = p.text("Name", true);
    auto description = p.text("Description");
    p.ignore("Tags", "tags have no effect in the playground");
    if (auto error = p.finish()) return error;
    Json request = {{"Name", *name}};
    if (description) request["Description"] = *description;
    add_request(out, resource, "events", "CreateEventBus", std::move(request));
    attributes.ref = *name;
    attributes.attributes = {{"Name", *name}, {"Arn", bus_arn(out.region, out.account_id, *name)}};
    return std::nullopt;
}

std::optional<CfnIssue> translate_rule(const Resource& resource, Output& out, CfnAttributes& attributes) {
    Properties p(resource, out);
    const std::string name = p.text("Name").value_or(generated_name(out, resource.id, 64));
    const std::string bus = bus_name_of(p.text("EventBusName").value_or("default"));
    Json request = rule_request(p, name, bus);
    auto targets = targets_request(p);
    p.ignore("Tags", "tags have no effect in the playground");
    if (auto error = p.finish()) return error;
    add_request(out, resource, "events", "PutRule", std::move(request));
    if (targets && !targets->empty()) {
        Json put = {{"Rule", name}};
        if (bus != "default") put["EventBusName"] = bus;
        put["Targets"] = std::move(*targets);
        add_request(out, resource, "events", "PutTargets", std::move(put));
    }
    attributes.ref = bus == "default" ? name : bus + "|" + name;
    attributes.attributes = {{"Arn", rule_arn(out.region, out.account_id, bus, name)}};
    return std::nullopt;
}

}  // namespace evb::cfn_import
