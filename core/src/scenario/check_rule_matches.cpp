// The rule-matches check: the rule's pattern, explained against each listed event.
#include "checks.hpp"
#include "evb/scenario/scenario_events.hpp"

namespace evb::checks {
namespace {

// first_wrong finds the first event the rule gets wrong and says why, or returns "".
std::string first_wrong(const World& world, const Rule& rule, const Json& events, bool should_match) {
    if (!events.is_array()) return "";
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Explanation why = rule.compiled->explain(envelope_of(world, events[i]));
        if (why.matched == should_match) continue;
        const std::string label = event_label(events[i], i);
        const std::string reason = why.reason.empty() ? "it does not fit the pattern" : why.reason;
        if (should_match)
            return "Rule " + rule.name + " should match " + label + " but does not: " + reason + ".";
        return "Rule " + rule.name + " should not match " + label + " but it does.";
    }
    return "";
}

std::size_t count_of(const Json& check, const char* name) {
    auto it = check.find(name);
    return it != check.end() && it->is_array() ? it->size() : 0;
}

}  // namespace

void rule_matches(const World& world, const Json& check, CheckResult& result) {
    const std::string bus = text_of(check, "bus", "default"), name = text_of(check, "rule");
    const Rule* rule = find_rule(world.account(), bus, name);
    if (!rule) return void(result.message = missing_rule_message(world.account(), bus, name));
    if (rule->state == "DISABLED") {
        return void(result.message = "Rule " + name + " is DISABLED, so it matches nothing: enable it.");
    }
    if (!rule->compiled)
        return void(result.message = "Rule " + name + " runs on a schedule; it needs an event pattern.");
    for (bool should_match : {true, false}) {
        std::string wrong =
            first_wrong(world, *rule, check.value(should_match ? "matches" : "does_not_match", Json::array()),
                        should_match);
        if (!wrong.empty()) return void(result.message = wrong);
    }
    result.passed = true;
    result.message = "Rule " + name + " matches all " + std::to_string(count_of(check, "matches")) +
                     " events it should and none of the " +
                     std::to_string(count_of(check, "does_not_match")) + " it should not.";
}

}  // namespace evb::checks
