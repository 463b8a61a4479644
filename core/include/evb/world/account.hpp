// Everything one emulated AWS account holds: its configuration, the virtual clock, the seeded id source,
// the resources of every service, metrics and an activity feed, within the memory budgets. The services are
// free functions over an Account; World wraps one. Depends only on the model headers; no I/O, no wall clock,
// no globals.
#pragma once

#include "evb/common/ids.hpp"
#include "evb/common/json.hpp"
#include "evb/events/metrics.hpp"
#include "evb/events/model.hpp"
#include "evb/iam/model.hpp"
#include "evb/lambda/model.hpp"
#include "evb/logs/model.hpp"
#include "evb/world/budgets.hpp"

#include <cstdint>
#include <deque>
#include <string>

namespace evb {

// WorldConfig fixes who and when the account is: region, account id, id seed and the clock's start.
struct WorldConfig {
    std::string region = "us-east-1";
    std::string account_id = "123456789012";
    std::uint64_t seed = 1;
    std::int64_t start_time_ms = 1700000000000;  // 2023-11-14T22:13:20Z
};

// kMinClockMs and kMaxClockMs bound the virtual clock to the years 1 through 9999.
inline constexpr std::int64_t kMinClockMs = -62135596800000;
inline constexpr std::int64_t kMaxClockMs = 253402300799999;

struct Account {
    explicit Account(WorldConfig cfg)
        : config(std::move(cfg)), now_ms(config.start_time_ms), ids(config.seed) {}

    WorldConfig config;
    std::int64_t now_ms;
    IdSource ids;
    EventsState events;
    LogsState logs;
    LambdaState lambda;
    IamState iam;
    Metrics metrics;
    Budgets budgets;             // how much the stores that grow with traffic may keep
    std::deque<Json> activity;   // one entry per routed event: what matched, what was delivered
    DropTally activity_dropped;  // what the activity budget dropped (entries counted, bytes not)
    std::uint64_t revision = 0;  // bumped by every change; the UI redraws when it moves
    int routing_depth = 0;       // transient: nesting of bus-to-bus and function-to-bus routing
};

}  // namespace evb
