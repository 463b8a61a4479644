// The targets, printed next to each figure with PASS or MISS. The peers' figures in plans.json were
// measured on another machine, where a simdjson full parse ran at about 1,030 MB/s (plans README); a peer's
// listed MB/s divided by that is its ratio to a full parse, which carries across machines, and our ratio
// is measured against simdjson on the same file in the same run.
#pragma once

#include "bench_plans.hpp"

#include <map>
#include <optional>
#include <string>

namespace evb::bench {

// The figures of one rule set.
struct SetResult {
    std::string name;
    double events_per_s = 0;
    double mb_per_s = 0;
    std::optional<double> full_parse_events_per_s;  // simdjson on the same file, timed between the passes
};

// print_set prints one set's throughput and its targets: quamina's listed figure on the set (2.1x a full
// parse where plans.json lists none), and 5x event-ruler's.
void print_set(const RuleSetPlan& plan, const SetResult& result, double bytes_per_event);

// print_scaling prints how much slower the big set runs than the small one (on the same file, each measured
// against the full parse timed beside it), against the limit.
void print_scaling(const std::map<std::string, SetResult>& results, const char* big, const char* small,
                   double limit);

}  // namespace evb::bench
