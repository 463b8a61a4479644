// EventBridge cron expressions: cron(Minutes Hours Day-of-month Month Day-of-week Year), UTC, with
// *, ?, lists, ranges, steps, month and weekday names, L, W and #. Parsing and the next firing time.
// Depends only on the standard library and evb/common/time_format.hpp.
#pragma once

#include <bitset>
#include <cstdint>
#include <optional>
#include <string_view>

namespace evb {

// CronSpec holds each field as the set of values it allows, plus the L/W/# day forms.
struct CronSpec {
    std::bitset<60> minutes;
    std::bitset<24> hours;
    std::bitset<32> days;          // 1-31, used when !days_any
    std::bitset<13> months;        // 1-12
    std::bitset<8> weekdays;       // 1-7, 1 = Sunday, used when !weekdays_any
    std::bitset<231> years;        // 1970-2200
    bool days_any = false;         // "?" in Day-of-month
    bool weekdays_any = false;     // "?" in Day-of-week
    bool last_day = false;         // "L" in Day-of-month
    int nearest_weekday = 0;       // "15W" in Day-of-month (0 = unused; -1 = "LW")
    int last_weekday = 0;          // "6L" in Day-of-week: the last Friday (0 = unused)
    int nth_weekday = 0, nth = 0;  // "6#3": the third Friday
};

// parse_cron reads the six fields inside cron(...); nothing when they are not valid.
std::optional<CronSpec> parse_cron(std::string_view fields);

// next_cron_time returns the first minute strictly after after_ms that the expression selects.
std::optional<std::int64_t> next_cron_time(const CronSpec& spec, std::int64_t after_ms);

}  // namespace evb
