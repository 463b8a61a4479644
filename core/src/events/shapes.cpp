#include "evb/events/shapes.hpp"

#include "evb/common/arn.hpp"

namespace evb {

std::string arn_of_bus(const Account& account, const std::string& bus) {
    return bus_arn(account.config.region, account.config.account_id, bus);
}

std::string arn_of_rule(const Account& account, const Rule& rule) {
    return evb::rule_arn(account.config.region, account.config.account_id, rule.bus, rule.name);
}

Json rule_json(const Account& account, const Rule& rule, bool describe) {
    Json out = {{"Name", rule.name}, {"Arn", arn_of_rule(account, rule)}};
    // The members in the order of AWS's model: DescribeRule's response puts ScheduleExpression before
    // State, ListRules' Rule after Description (the CLI prints them in model order).
    if (rule.event_pattern) out["EventPattern"] = *rule.event_pattern;
    if (describe && rule.schedule_expression) out["ScheduleExpression"] = *rule.schedule_expression;
    out["State"] = rule.state;
    if (rule.description) out["Description"] = *rule.description;
    if (!describe && rule.schedule_expression) out["ScheduleExpression"] = *rule.schedule_expression;
    if (rule.role_arn) out["RoleArn"] = *rule.role_arn;
    out["EventBusName"] = rule.bus;
    if (describe) out["CreatedBy"] = account.config.account_id;
    return out;
}

Json target_json(const Target& target) {
    Json out = {{"Id", target.id}, {"Arn", target.arn}};
    if (target.role_arn) out["RoleArn"] = *target.role_arn;
    if (target.input) out["Input"] = *target.input;
    if (target.input_path) out["InputPath"] = *target.input_path;
    if (target.input_transformer) {
        Json transformer = Json::object();
        if (!target.input_transformer->input_paths_map.empty()) {
            transformer["InputPathsMap"] = target.input_transformer->input_paths_map;
        }
        transformer["InputTemplate"] = target.input_transformer->input_template;
        out["InputTransformer"] = transformer;
    }
    return out;
}

Json tags_json(const Tags& tags) {
    Json out = Json::array();
    for (const Tag& tag : tags)
        out.push_back(Json{{"Key", tag.key}, {"Value", tag.value}});
    return out;
}

}  // namespace evb
