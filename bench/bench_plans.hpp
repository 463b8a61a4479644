// The CityLots rule sets of ../shared/bench/plans.json: rules as pattern text, expected match counts
// and the peers' measured throughput.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace evb::bench {

struct RuleSetPlan {
    std::string name;
    std::string data_file;  // citylots2.jsonl, citylots.jsonl or citylots2_geomfirst.jsonl
    std::vector<std::string> rules;
    std::vector<std::uint64_t> expected_per_rule;  // empty when the plan gives only a total
    std::uint64_t expected_total = 0;
    std::optional<double> quamina_events_per_s;
    std::optional<double> ruler_events_per_s;
};

// load_plans reads plans.json; on failure returns nothing and sets `error`.
std::optional<std::vector<RuleSetPlan>> load_plans(const std::string& path, std::string& error);

}  // namespace evb::bench
