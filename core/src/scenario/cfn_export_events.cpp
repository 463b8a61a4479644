// The EventBridge side of the exported template: buses, rules with their targets, and the permissions
// real AWS needs before a rule may write to a log group or invoke a function.
#include "cfn_export_context.hpp"
#include "evb/common/arn.hpp"
#include "evb/scenario/cfn_template.hpp"

#include <set>

namespace evb::cfn_export {
namespace {

// portable_pattern turns the account id and region of an event pattern into pseudo parameters.
Json portable_pattern(const Context& context, const Json& pattern) {
    if (!pattern.is_object()) return pattern;
    Json out = Json::object();
    for (const auto& [key, value] : pattern.items()) {
        const std::string* own = key == "account"  ? &context.account_id()
                                 : key == "region" ? &context.region()
                                                   : nullptr;
        if (!own || !value.is_array()) {
            out[key] = context.portable_tree(value);
            continue;
        }
        Json values = Json::array();
        for (const auto& v : value) {
            values.push_back(v.is_string() && v.get<std::string>() == *own
                                 ? cfn_ref(key == "account" ? "AWS::AccountId" : "AWS::Region")
                                 : context.portable_tree(v));
        }
        out[key] = std::move(values);
    }
    return out;
}

Json target_properties(const Context& context, const Target& target) {
    Json out = {{"Id", target.id}, {"Arn", context.portable_string(target.arn)}};
    if (target.role_arn) out["RoleArn"] = context.portable_string(*target.role_arn);
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

Json rule_properties(const Context& context, const Rule& rule) {
    Json p = {{"Name", rule.name}};
    if (rule.description) p["Description"] = *rule.description;
    if (rule.bus != "default") p["EventBusName"] = cfn_ref(*context.ids.find(kBusKind, rule.bus));
    if (rule.event_pattern) {
        auto pattern = parse_json(*rule.event_pattern);
        p["EventPattern"] = pattern ? portable_pattern(context, *pattern) : Json(*rule.event_pattern);
    }
    if (rule.schedule_expression) p["ScheduleExpression"] = *rule.schedule_expression;
    p["State"] = rule.state;
    if (rule.role_arn) p["RoleArn"] = context.portable_string(*rule.role_arn);
    if (!rule.targets.empty()) {
        p["Targets"] = Json::array();
        for (const auto& target : rule.targets)
            p["Targets"].push_back(target_properties(context, target));
    }
    return p;
}

// own_function returns the name of a function of the account that an ARN names exactly, or "".
std::string own_function(const Context& context, const std::string& arn) {
    const std::string name = function_name_of(arn);
    if (!context.account.lambda.functions.count(name)) return "";
    return arn == function_arn(context.region(), context.account_id(), name) ? name : "";
}

// own_log_group returns the name of a log group of the account that an ARN names, or "".
std::string own_log_group(const Context& context, const std::string& text) {
    auto arn = parse_arn(text);
    if (!arn || arn->service != "logs" || arn->region != context.region() ||
        arn->account != context.account_id())
        return "";
    if (arn->resource.rfind("log-group:", 0) != 0) return "";
    std::string name = arn->resource.substr(10);
    if (name.size() >= 2 && name.compare(name.size() - 2, 2, ":*") == 0) name.resize(name.size() - 2);
    return context.account.logs.groups.count(name) ? name : "";
}

Json logs_policy_document(const std::set<std::string>& groups) {
    Json resources = Json::array();
    for (const auto& g : groups)
        resources.push_back("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:" + g +
                            ":*");
    return Json{{"Version", "2012-10-17"},
                {"Statement",
                 Json::array({Json{
                     {"Sid", "EventBridgeToCloudWatchLogs"},
                     {"Effect", "Allow"},
                     {"Principal", {{"Service", {"events.amazonaws.com", "delivery.logs.amazonaws.com"}}}},
                     {"Action", {"logs:CreateLogStream", "logs:PutLogEvents"}},
                     {"Resource", resources}}})}};
}

}  // namespace

void register_events_refs(Context& context) {
    const Account& a = context.account;
    for (const auto& [name, bus] : a.events.buses) {
        if (name == "default") continue;
        context.arn_refs[bus_arn(a.config.region, a.config.account_id, name)] =
            cfn_get_att(context.ids.assign(kBusKind, name), "Arn");
    }
    for (const auto& [bus_name, bus] : a.events.buses) {
        for (const auto& [name, rule] : bus.rules) {
            const std::string id = context.ids.assign(kRuleKind, rule_key(rule));
            context.arn_refs[rule_arn(a.config.region, a.config.account_id, bus_name, name)] =
                cfn_get_att(id, "Arn");
        }
    }
}

void add_event_buses(Context& context) {
    for (const auto& [name, bus] : context.account.events.buses) {
        if (name == "default") continue;
        Json p = {{"Name", name}};
        if (bus.description) p["Description"] = *bus.description;
        context.add_resource(*context.ids.find(kBusKind, name), "AWS::Events::EventBus", std::move(p));
    }
}

void add_rules(Context& context) {
    for (const auto& [bus_name, bus] : context.account.events.buses) {
        for (const auto& [name, rule] : bus.rules) {
            context.add_resource(*context.ids.find(kRuleKind, rule_key(rule)), "AWS::Events::Rule",
                                 rule_properties(context, rule));
        }
    }
}

void add_permissions(Context& context) {
    for (const auto& [bus_name, bus] : context.account.events.buses) {
        for (const auto& [name, rule] : bus.rules) {
            for (const auto& target : rule.targets) {
                const std::string function = own_function(context, target.arn);
                if (function.empty()) continue;
                const std::string id = context.ids.assign(kPermissionKind, rule_key(rule) + "/" + target.id);
                context.add_resource(
                    id, "AWS::Lambda::Permission",
                    Json{{"Action", "lambda:InvokeFunction"},
                         {"FunctionName", cfn_ref(*context.ids.find(kFunctionKind, function))},
                         {"Principal", "events.amazonaws.com"},
                         {"SourceArn", cfn_get_att(*context.ids.find(kRuleKind, rule_key(rule)), "Arn")}});
            }
        }
    }
}

void add_logs_resource_policy(Context& context) {
    std::set<std::string> groups;
    for (const auto& [bus_name, bus] : context.account.events.buses) {
        for (const auto& [name, rule] : bus.rules) {
            for (const auto& target : rule.targets) {
                if (auto g = own_log_group(context, target.arn); !g.empty()) groups.insert(g);
            }
        }
    }
    if (groups.empty()) return;
    context.add_resource(context.ids.assign("LogsResourcePolicy", "for-event-bridge"),
                         "AWS::Logs::ResourcePolicy",
                         Json{{"PolicyName", cfn_sub("${AWS::StackName}-EventBridgeToCloudWatchLogs")},
                              {"PolicyDocument", cfn_sub(to_json_text(logs_policy_document(groups), 2))}});
}

}  // namespace evb::cfn_export
