// Saving and restoring buses, rules (patterns recompiled, schedules re-parsed), targets and their metrics.
#include "world/snapshot_parts.hpp"

#include "support.hpp"

namespace evb {
namespace {

// put_optional sets key when value is present.
void put_optional(Json& json, const char* key, const std::optional<std::string>& value) {
    if (value) json[key] = *value;
}

// save_tags writes tags as [[key, value], ...] when there are any.
void save_tags(Json& json, const Tags& tags) {
    if (tags.empty()) return;
    Json out = Json::array();
    for (const Tag& tag : tags)
        out.push_back(Json::array({tag.key, tag.value}));
    json["tags"] = out;
}

// load_tags reads save_tags' list (absent in worlds saved before tags).
Tags load_tags(const Json& json) {
    Tags tags;
    if (auto it = json.find("tags"); it != json.end()) {
        for (const auto& tag : *it)
            tags.push_back(Tag{tag.at(0).get<std::string>(), tag.at(1).get<std::string>()});
    }
    return tags;
}

// save_rule writes one rule and its targets.
Json save_rule(const Rule& rule) {
    Json out = {{"name", rule.name}};
    put_optional(out, "eventPattern", rule.event_pattern);
    put_optional(out, "scheduleExpression", rule.schedule_expression);
    out["scheduleAnchorMs"] = rule.schedule_anchor_ms;
    out["nextFireMs"] = rule.next_fire_ms;
    out["state"] = rule.state;
    put_optional(out, "description", rule.description);
    put_optional(out, "roleArn", rule.role_arn);
    Json targets = Json::array();
    for (const auto& target : rule.targets)
        targets.push_back(target_json(target));
    out["targets"] = targets;
    save_tags(out, rule.tags);
    return out;
}

// load_target reads one target as target_json wrote it.
Target load_target(const Json& json) {
    Target target{json.at("Id").get<std::string>(),   json.at("Arn").get<std::string>(),
                  optional_string(json, "RoleArn"),   optional_string(json, "Input"),
                  optional_string(json, "InputPath"), std::nullopt};
    if (json.contains("InputTransformer")) {
        const Json& t = json.at("InputTransformer");
        InputTransformer transformer;
        if (t.contains("InputPathsMap")) transformer.input_paths_map = t.at("InputPathsMap");
        transformer.input_template = t.at("InputTemplate").get<std::string>();
        target.input_transformer = transformer;
    }
    return target;
}

// load_rule reads one rule, recompiling its pattern and re-parsing its schedule.
Rule load_rule(const Json& json, const std::string& bus) {
    Rule rule;
    rule.name = json.at("name").get<std::string>();
    rule.bus = bus;
    rule.event_pattern = optional_string(json, "eventPattern");
    if (rule.event_pattern) {
        PatternResult compiled = compile_event_pattern(*rule.event_pattern);
        if (!compiled.pattern) throw SnapshotError("rule " + rule.name + " has an invalid event pattern");
        rule.compiled = compiled.pattern;
    }
    rule.schedule_expression = optional_string(json, "scheduleExpression");
    if (rule.schedule_expression) {
        rule.schedule = parse_schedule(*rule.schedule_expression);
        if (!rule.schedule) throw SnapshotError("rule " + rule.name + " has an invalid schedule");
    }
    rule.schedule_anchor_ms = json.at("scheduleAnchorMs").get<std::int64_t>();
    rule.next_fire_ms = json.at("nextFireMs").get<std::int64_t>();
    rule.state = json.at("state").get<std::string>();
    rule.description = optional_string(json, "description");
    rule.role_arn = optional_string(json, "roleArn");
    for (const auto& target : json.at("targets"))
        rule.targets.push_back(load_target(target));
    rule.tags = load_tags(json);
    return rule;
}

}  // namespace

std::optional<std::string> optional_string(const Json& json, const char* key) {
    auto it = json.find(key);
    if (it == json.end()) return std::nullopt;
    return it->get<std::string>();
}

Json save_events(const EventsState& events) {
    Json buses = Json::array();
    for (const auto& [name, bus] : events.buses) {
        Json out = {{"name", name}};
        put_optional(out, "description", bus.description);
        out["creationMs"] = bus.creation_ms;
        out["lastModifiedMs"] = bus.last_modified_ms;
        Json rules = Json::array();
        for (const auto& [rule_name, rule] : bus.rules)
            rules.push_back(save_rule(rule));
        out["rules"] = rules;
        save_tags(out, bus.tags);
        buses.push_back(out);
    }
    return Json{{"buses", buses}};
}

void load_events(const Json& json, EventsState& events) {
    for (const auto& b : json.at("buses")) {
        EventBus bus;
        bus.name = b.at("name").get<std::string>();
        bus.description = optional_string(b, "description");
        bus.creation_ms = b.at("creationMs").get<std::int64_t>();
        bus.last_modified_ms = b.at("lastModifiedMs").get<std::int64_t>();
        bus.tags = load_tags(b);
        for (const auto& r : b.at("rules")) {
            Rule rule = load_rule(r, bus.name);
            bus.rules[rule.name] = std::move(rule);
        }
        events.buses[bus.name] = std::move(bus);
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
