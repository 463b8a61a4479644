// The numbers a user watches, named as CloudWatch names EventBridge's metrics: per rule MatchedEvents,
// TriggeredRules, Invocations, FailedInvocations; per bus events in; per target deliveries and failures.
// Depends only on the standard library.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace evb {

struct RuleMetrics {
    std::uint64_t matched_events = 0;
    std::uint64_t triggered_rules = 0;
    std::uint64_t invocations = 0;
    std::uint64_t failed_invocations = 0;
};

struct BusMetrics {
    std::uint64_t events_in = 0;
    std::uint64_t matched_events = 0;
};

struct TargetMetrics {
    std::uint64_t deliveries = 0;
    std::uint64_t failures = 0;
};

// Metrics keys buses by name, rules by ARN and targets by target_key(rule ARN, target id).
struct Metrics {
    std::map<std::string, BusMetrics> buses;
    std::map<std::string, RuleMetrics> rules;
    std::map<std::string, TargetMetrics> targets;
    std::uint64_t skipped_schedule_firings = 0;
};

// target_key returns the Metrics::targets key of a rule's target: "RULE_ARN#TARGET_ID".
inline std::string target_key(std::string_view rule_arn, std::string_view target_id) {
    return std::string(rule_arn) + "#" + std::string(target_id);
}

}  // namespace evb
