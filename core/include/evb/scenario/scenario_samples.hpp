// A scenario's samples: events to fire ({"name", "event", "expect"}), clock steps ({"name", "advance_ms",
// "expect"}) or API calls ({"name", "call": {"service", "operation", "request"}, "expect"}), and what each
// did — which rules matched ("bus/rule") and which log groups received events (how many) — measured from the
// world's metrics before and after. "expect" holds
// {"rules": [...], "log_groups": [...]}: exactly those rules match and exactly those groups receive.
// Depends on the World and evb/scenario/scenario_events.hpp.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/world.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace evb {

// SampleOutcome is what firing one sample did.
struct SampleOutcome {
    std::vector<std::string> matched_rules;               // "bus/rule", sorted
    std::map<std::string, std::uint64_t> log_deliveries;  // log group -> events received
    std::optional<std::string> error;                     // PutEvents refused the entry
};

// fire_sample fires a sample's event (advances the clock, makes the call) and reports what happened.
SampleOutcome fire_sample(World& world, const Json& sample);

// sample_mismatches compares an outcome with the sample's "expect"; empty when it is as expected.
std::vector<std::string> sample_mismatches(const SampleOutcome& outcome, const Json& sample);

// sample_outcome_json shapes an outcome for the page: {matchedRules, logDeliveries, error}.
Json sample_outcome_json(const SampleOutcome& outcome);

}  // namespace evb
