// The template's frame and the portable forms of ARNs; the resources are written by cfn_export_*.cpp.
#include "evb/scenario/cfn_export.hpp"

#include "cfn_export_context.hpp"
#include "evb/common/arn.hpp"
#include "evb/scenario/cfn_template.hpp"

namespace evb {
namespace cfn_export {
namespace {

// sub_literal escapes text for a Fn::Sub string ("${" becomes "${!").
std::string sub_literal(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        out += text[i];
        if (text[i] == '$' && i + 1 < text.size() && text[i + 1] == '{') out += "{!", ++i;
    }
    return out;
}

// counted writes "1 rule" or "2 rules".
std::string counted(std::size_t n, const std::string& one, const std::string& many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// description_of summarises the template.
std::string description_of(const Account& account) {
    std::size_t rules = 0;
    for (const auto& [name, bus] : account.events.buses)
        rules += bus.rules.size();
    return "EventBridge Playground world (account " + account.config.account_id + ", region " +
           account.config.region + ") with " +
           counted(account.events.buses.size() - 1, "custom event bus", "custom event buses") + ", " +
           counted(rules, "rule", "rules") + ", " +
           counted(account.logs.groups.size(), "log group", "log groups") + ", " +
           counted(account.iam.roles.size(), "role", "roles") + " and " +
           counted(account.lambda.functions.size(), "function", "functions");
}

}  // namespace

Json Context::portable_string(const std::string& text) const {
    if (auto it = arn_refs.find(text); it != arn_refs.end()) return it->second;
    auto arn = parse_arn(text);
    if (!arn || arn->partition != "aws" || (arn->region != region() && arn->account != account_id()))
        return text;
    const std::string r = arn->region == region() ? "${AWS::Region}" : sub_literal(arn->region);
    const std::string a = arn->account == account_id() ? "${AWS::AccountId}" : sub_literal(arn->account);
    return cfn_sub("arn:${AWS::Partition}:" + sub_literal(arn->service) + ":" + r + ":" + a + ":" +
                   sub_literal(arn->resource));
}

Json Context::portable_tree(const Json& value) const {
    if (value.is_string()) return portable_string(value.get<std::string>());
    if (value.is_array()) {
        Json out = Json::array();
        for (const auto& item : value)
            out.push_back(portable_tree(item));
        return out;
    }
    if (value.is_object()) {
        Json out = Json::object();
        for (const auto& [key, item] : value.items())
            out[key] = portable_tree(item);
        return out;
    }
    return value;
}

void Context::add_resource(const std::string& id, const char* type, Json properties, Json metadata) {
    Json resource = {{"Type", type}};
    if (!metadata.is_null()) resource["Metadata"] = std::move(metadata);
    resource["Properties"] = std::move(properties);
    resources[id] = std::move(resource);
}

std::string rule_key(const Rule& rule) {
    return rule.bus == "default" ? rule.name : rule.bus + "/" + rule.name;
}

}  // namespace cfn_export

Json export_cloudformation(const Account& account) {
    cfn_export::Context context(account);
    cfn_export::register_events_refs(context);
    cfn_export::register_other_refs(context);
    cfn_export::add_event_buses(context);
    cfn_export::add_log_groups(context);
    cfn_export::add_logs_resource_policy(context);
    cfn_export::add_managed_policies(context);
    cfn_export::add_roles(context);
    cfn_export::add_functions(context);
    cfn_export::add_rules(context);
    cfn_export::add_permissions(context);
    if (context.resources.empty()) {
        context.resources["EmptyWorldPlaceholder"] =
            Json{{"Type", "AWS::CloudFormation::WaitConditionHandle"}};
    }
    return Json{{"AWSTemplateFormatVersion", "2010-09-09"},
                {"Description", cfn_export::description_of(account)},
                {"Resources", std::move(context.resources)}};
}

std::string export_cloudformation_json(const Account& account) {
    return write_cfn_json(export_cloudformation(account));
}

std::string export_cloudformation_yaml(const Account& account) {
    return write_cfn_yaml(export_cloudformation(account));
}

}  // namespace evb
