// Schedule expressions of scheduled rules: rate(value unit) and cron(...), and when they fire next on
// the virtual clock. Depends only on evb/events/cron.hpp and the standard library.
#pragma once

#include "evb/events/cron.hpp"

#include <cstdint>
#include <optional>
#include <string_view>

namespace evb {

// Schedule is a parsed ScheduleExpression: a rate period, or a cron spec.
struct Schedule {
    std::int64_t period_ms = 0;  // > 0 for rate(...)
    CronSpec cron;               // used when period_ms == 0
};

// parse_schedule reads "rate(5 minutes)" or "cron(0 12 * * ? *)"; nothing when AWS would reject it.
std::optional<Schedule> parse_schedule(std::string_view text);

// next_fire_time returns the first firing strictly after after_ms; rates count from anchor_ms.
std::optional<std::int64_t> next_fire_time(const Schedule& schedule, std::int64_t anchor_ms,
                                           std::int64_t after_ms);

}  // namespace evb
