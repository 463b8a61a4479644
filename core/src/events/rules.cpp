// Rules: PutRule, DescribeRule, ListRules, DeleteRule, EnableRule, DisableRule.
#include "evb/events/service.hpp"

#include "common/pagination.hpp"
#include "support.hpp"

namespace evb {
namespace {

constexpr std::string_view kStates = "[ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS, DISABLED, ENABLED]";

// valid_state tells whether State is one of AWS's rule states.
bool valid_state(const std::string& state) {
    return state == "ENABLED" || state == "DISABLED" ||
           state == "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";
}

// validate_put_rule checks PutRule's members (types, lengths, patterns, enum).
std::optional<ApiError> validate_put_rule(const Json& request) {
    if (auto e = check_shape(request, {{"Name", FieldKind::kString},
                                       {"EventPattern", FieldKind::kString},
                                       {"ScheduleExpression", FieldKind::kString},
                                       {"State", FieldKind::kString},
                                       {"Description", FieldKind::kString},
                                       {"RoleArn", FieldKind::kString},
                                       {"EventBusName", FieldKind::kString},
                                       {"Tags", FieldKind::kArray}})) {
        return e;
    }
    Validation v;
    validate_rule_name(v, request, "Name");
    if (auto s = string_field(request, "ScheduleExpression")) v.length(*s, "ScheduleExpression", 0, 256);
    if (auto p = string_field(request, "EventPattern"))
        v.length(*p, "EventPattern", 0, kMaxEventPatternLength);
    if (auto s = string_field(request, "State")) v.enum_value(*s, "State", valid_state(*s), kStates);
    if (auto d = string_field(request, "Description")) v.length(*d, "Description", 0, 512);
    if (auto r = string_field(request, "RoleArn")) v.length(*r, "RoleArn", 1, 1600);
    validate_bus_param(v, request);
    if (!v.ok()) return v.error();
    if (!string_field(request, "EventPattern") && !string_field(request, "ScheduleExpression")) {
        return ApiError{"ValidationException",
                        "Parameter(s) EventPattern or ScheduleExpression must be specified."};
    }
    return std::nullopt;
}

// set_schedule parses ScheduleExpression into the rule and plans its first firing from now.
std::optional<ApiError> set_schedule(Account& account, Rule& rule, const std::string& expression) {
    if (rule.bus != "default") {
        return ApiError{"ValidationException",
                        "ScheduleExpression is supported only on the default event bus."};
    }
    auto schedule = parse_schedule(expression);
    if (!schedule) return ApiError{"ValidationException", "Parameter ScheduleExpression is not valid."};
    rule.schedule_expression = expression;
    rule.schedule = *schedule;
    rule.schedule_anchor_ms = account.now_ms;
    rule.next_fire_ms = next_fire_time(*schedule, account.now_ms, account.now_ms).value_or(-1);
    return std::nullopt;
}

// build_rule makes the rule a PutRule request describes, compiling its pattern once.
std::optional<ApiError> build_rule(Account& account, const Json& request, Rule& rule) {
    if (auto pattern = string_field(request, "EventPattern")) {
        PatternResult compiled = compile_event_pattern(*pattern);
        if (compiled.error) return *compiled.error;
        if (!compiled.pattern) return ApiError{"InvalidEventPatternException", "Event pattern is not valid."};
        rule.event_pattern = *pattern;
        rule.compiled = compiled.pattern;
    }
    if (auto schedule = string_field(request, "ScheduleExpression")) {
        if (auto error = set_schedule(account, rule, *schedule)) return error;
    }
    rule.state = string_field(request, "State").value_or("ENABLED");
    rule.description = string_field(request, "Description");
    rule.role_arn = string_field(request, "RoleArn");
    return std::nullopt;
}

// lookup_rule finds the rule a request names by `key` on its EventBusName, or says why not.
std::optional<ApiError> lookup_rule(Account& account, const Json& request, std::string_view key,
                                    Rule*& rule) {
    const std::string bus_name = bus_param(request);
    EventBus* bus = find_bus(account, bus_name);
    const std::string name = *string_field(request, key);
    if (!bus) return rule_not_found(name, bus_name);
    auto it = bus->rules.find(name);
    if (it == bus->rules.end()) return rule_not_found(name, bus_name);
    rule = &it->second;
    return std::nullopt;
}

// validate_name_and_bus checks a {Name, EventBusName?} request.
std::optional<ApiError> validate_name_and_bus(const Json& request) {
    if (auto e = check_shape(request, {{"Name", FieldKind::kString},
                                       {"EventBusName", FieldKind::kString},
                                       {"Force", FieldKind::kBool}})) {
        return e;
    }
    Validation v;
    validate_rule_name(v, request, "Name");
    validate_bus_param(v, request);
    if (!v.ok()) return v.error();
    return std::nullopt;
}

// set_state enables or disables a rule; a re-enabled schedule resumes from now.
ApiResult set_state(Account& account, const Json& request, const char* state) {
    if (auto error = validate_name_and_bus(request)) return *error;
    Rule* rule = nullptr;
    if (auto error = lookup_rule(account, request, "Name", rule)) return *error;
    rule->state = state;
    if (rule->schedule)
        rule->next_fire_ms =
            next_fire_time(*rule->schedule, rule->schedule_anchor_ms, account.now_ms).value_or(-1);
    return Json::object();
}

}  // namespace

ApiResult put_rule(Account& account, const Json& request) {
    if (auto error = validate_put_rule(request)) return *error;
    const std::string bus_name = bus_param(request);
    EventBus* bus = find_bus(account, bus_name);
    if (!bus) return bus_not_found(bus_name);
    const std::string name = *string_field(request, "Name");
    const bool exists = bus->rules.count(name) > 0;
    if (!exists && bus->rules.size() >= kMaxRulesPerBus) return limit_exceeded();
    Rule rule;
    rule.name = name;
    rule.bus = bus_name;
    if (auto error = build_rule(account, request, rule)) return *error;
    if (exists) {
        rule.targets = std::move(bus->rules[name].targets);
        rule.tags = std::move(bus->rules[name].tags);
    } else if (auto error = apply_tags(rule.tags, request)) {
        return *error;
    }
    const std::string arn = arn_of_rule(account, rule);
    bus->rules[name] = std::move(rule);
    account.metrics.rules[arn];
    return Json{{"RuleArn", arn}};
}

ApiResult describe_rule(Account& account, const Json& request) {
    if (auto error = validate_name_and_bus(request)) return *error;
    Rule* rule = nullptr;
    if (auto error = lookup_rule(account, request, "Name", rule)) return *error;
    return rule_json(account, *rule, true);
}

ApiResult list_rules(Account& account, const Json& request) {
    if (auto e = check_shape(request, {{"NamePrefix", FieldKind::kString},
                                       {"EventBusName", FieldKind::kString},
                                       {"NextToken", FieldKind::kString},
                                       {"Limit", FieldKind::kNumber}})) {
        return *e;
    }
    Validation v;
    if (request.contains("NamePrefix")) validate_rule_name(v, request, "NamePrefix");
    validate_bus_param(v, request);
    if (auto limit = int_field(request, "Limit")) v.range(*limit, "Limit", 1, 100);
    if (!v.ok()) return v.error();
    const std::string bus_name = bus_param(request);
    const EventBus* bus = find_bus(account, bus_name);
    if (!bus) return bus_not_found(bus_name);
    const std::string prefix = string_field(request, "NamePrefix").value_or("");
    Json rules = Json::array();
    for (const auto& [name, rule] : bus->rules) {
        if (name.rfind(prefix, 0) == 0) rules.push_back(rule_json(account, rule, false));
    }
    auto page = paginate(rules.size(), string_field(request, "NextToken"), int_field(request, "Limit"), 100);
    if (!page) return ApiError{"ValidationException", "The NextToken provided is invalid."};
    Json out = {{"Rules", Json(rules.begin() + page->begin, rules.begin() + page->end)}};
    if (page->next_token) out["NextToken"] = *page->next_token;
    return out;
}

ApiResult delete_rule(Account& account, const Json& request) {
    if (auto error = validate_name_and_bus(request)) return *error;
    EventBus* bus = find_bus(account, bus_param(request));
    if (!bus) return Json::object();
    auto it = bus->rules.find(*string_field(request, "Name"));
    if (it == bus->rules.end()) return Json::object();
    if (!it->second.targets.empty()) {
        return ApiError{"ValidationException", "Rule can't be deleted since it has targets."};
    }
    account.metrics.rules.erase(arn_of_rule(account, it->second));
    bus->rules.erase(it);
    return Json::object();
}

ApiResult enable_rule(Account& account, const Json& request) {
    return set_state(account, request, "ENABLED");
}

ApiResult disable_rule(Account& account, const Json& request) {
    return set_state(account, request, "DISABLED");
}

}  // namespace evb
