// The EventBridge resources of an account: event buses, their rules (pattern compiled once, or a
// schedule), and each rule's targets. Plain data; the events service and routing act on it.
// Depends only on evb/common/json.hpp, evb/pattern/event_pattern.hpp, evb/pattern/pattern_set_cache.hpp and
// evb/events/schedule.hpp.
#pragma once

#include "evb/common/json.hpp"
#include "evb/events/schedule.hpp"
#include "evb/pattern/event_pattern.hpp"
#include "evb/pattern/pattern_set_cache.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace evb {

// Tag is one key-value pair on a taggable resource (buses, rules), kept in the order first added, as
// ListTagsForResource returns them.
struct Tag {
    std::string key;
    std::string value;
};

using Tags = std::vector<Tag>;

// InputTransformer is a target's InputPathsMap (variable -> JSONPath, in the user's order) and template.
struct InputTransformer {
    Json input_paths_map = Json::object();
    std::string input_template;
};

// Target is where a rule sends matched events, and how it reshapes them (at most one of the three).
struct Target {
    std::string id;
    std::string arn;
    std::optional<std::string> role_arn;
    std::optional<std::string> input;
    std::optional<std::string> input_path;
    std::optional<InputTransformer> input_transformer;
};

// Rule is an event pattern (stored as text and compiled) or a schedule, on one bus.
struct Rule {
    std::string name;
    std::string bus;
    std::optional<std::string> event_pattern;
    std::optional<EventPattern> compiled;
    std::optional<std::string> schedule_expression;
    std::optional<Schedule> schedule;
    std::int64_t schedule_anchor_ms = 0;  // rate(...) periods count from here
    std::int64_t next_fire_ms = -1;       // -1 when the rule has no pending firing
    std::string state = "ENABLED";
    std::optional<std::string> description;
    std::optional<std::string> role_arn;
    std::vector<Target> targets;
    Tags tags;
    // log_streams caches, by target_key, the log stream a log-group target writes (a hash of the key,
    // the same on every delivery); not state.
    mutable std::map<std::string, std::string, std::less<>> log_streams{};
};

// EventBus holds its rules by name (sorted, as ListRules returns them).
struct EventBus {
    std::string name;
    std::optional<std::string> description;
    std::int64_t creation_ms = 0;
    std::int64_t last_modified_ms = 0;
    std::map<std::string, Rule> rules;
    Tags tags;
    PatternSetCache matcher{};  // the enabled pattern rules compiled together, for routing; not state
};

// EventsState is every bus of the account by name; "default" always exists.
struct EventsState {
    std::map<std::string, EventBus> buses;
};

}  // namespace evb
