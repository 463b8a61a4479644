#include "evb/events/schedule.hpp"

namespace evb {
namespace {

// parse_rate reads "5 minutes" (value, space, unit with AWS's singular/plural rule) as milliseconds.
std::optional<std::int64_t> parse_rate(std::string_view body) {
    const std::size_t space = body.find(' ');
    if (space == std::string_view::npos || space == 0 || space > 9) return std::nullopt;
    std::int64_t value = 0;
    for (char c : body.substr(0, space)) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    const std::string_view unit = body.substr(space + 1);
    static constexpr struct {
        std::string_view one, many;
        std::int64_t ms;
    } kUnits[] = {{"minute", "minutes", 60000}, {"hour", "hours", 3600000}, {"day", "days", 86400000}};
    for (const auto& u : kUnits) {
        if (value > 0 && unit == (value == 1 ? u.one : u.many)) return value * u.ms;
    }
    return std::nullopt;
}

// inner returns the text between "name(" and ")", or nothing.
std::optional<std::string_view> inner(std::string_view text, std::string_view name) {
    if (text.size() < name.size() + 2 || text.substr(0, name.size()) != name) return std::nullopt;
    if (text[name.size()] != '(' || text.back() != ')') return std::nullopt;
    return text.substr(name.size() + 1, text.size() - name.size() - 2);
}

}  // namespace

std::optional<Schedule> parse_schedule(std::string_view text) {
    Schedule schedule;
    if (auto body = inner(text, "rate")) {
        auto period = parse_rate(*body);
        if (!period) return std::nullopt;
        schedule.period_ms = *period;
        return schedule;
    }
    if (auto body = inner(text, "cron")) {
        auto spec = parse_cron(*body);
        if (!spec) return std::nullopt;
        schedule.cron = *spec;
        return schedule;
    }
    return std::nullopt;
}

std::optional<std::int64_t> next_fire_time(const Schedule& schedule, std::int64_t anchor_ms,
                                           std::int64_t after_ms) {
    if (schedule.period_ms > 0) {
        if (after_ms < anchor_ms) return anchor_ms + schedule.period_ms;
        const std::int64_t periods = (after_ms - anchor_ms) / schedule.period_ms + 1;
        return anchor_ms + periods * schedule.period_ms;
    }
    return next_cron_time(schedule.cron, after_ms);
}

}  // namespace evb
