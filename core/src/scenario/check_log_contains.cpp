// The log-contains check: count a log group's events that pass a where clause, filter or substring.
#include "checks.hpp"
#include "evb/logs/filter_pattern.hpp"
#include "evb/scenario/log_where.hpp"

namespace evb::checks {
namespace {

// condition_text says in words what the events must satisfy.
std::string condition_text(const Json& check) {
    std::string out;
    if (!text_of(check, "where").empty()) out += " where " + text_of(check, "where");
    if (!text_of(check, "filter").empty())
        out += std::string(out.empty() ? "" : " and") + " matching " + text_of(check, "filter");
    if (!text_of(check, "contains").empty())
        out += std::string(out.empty() ? "" : " and") + " containing \"" + text_of(check, "contains") + "\"";
    return out;
}

struct Counts {
    std::size_t total = 0;
    std::size_t passing = 0;
};

Counts count_events(const LogGroup& group, const LogFilter& where, const LogFilter& filter,
                    const std::string& contains) {
    Counts c;
    for (const auto& [name, stream] : group.streams) {
        for (const auto& e : stream.events) {
            ++c.total;
            if (where.matches(e.message) && filter.matches(e.message) &&
                e.message.find(contains) != std::string::npos)
                ++c.passing;
        }
    }
    return c;
}

}  // namespace

void log_contains(const World& world, const Json& check, CheckResult& result) {
    const std::string name = text_of(check, "group");
    auto group = world.account().logs.groups.find(name);
    if (group == world.account().logs.groups.end())
        return void(result.message = "Log group " + name + " does not exist yet.");
    const std::string where_text = text_of(check, "where");
    LogFilterResult where = parse_log_filter(where_text.empty() ? "" : where_to_filter_pattern(where_text));
    LogFilterResult filter = parse_log_filter(text_of(check, "filter"));
    if (!where.filter || !filter.filter) {
        return void(result.message = "This check is broken (tell your teacher): " +
                                     (where.error ? where.error : filter.error)->message);
    }
    const std::int64_t min =
        check.value("min", Json(1)).is_number_integer() ? check.value("min", Json(1)).get<std::int64_t>() : 1;
    const Counts c = count_events(group->second, *where.filter, *filter.filter, text_of(check, "contains"));
    const std::string condition = condition_text(check);
    result.passed = static_cast<std::int64_t>(c.passing) >= min;
    if (result.passed) {
        result.message =
            "Log group " + name + " holds " + std::to_string(c.passing) + " event(s)" + condition + ".";
    } else if (c.total == 0) {
        result.message = "Log group " + name + " is empty: fire an event that your rule sends there.";
    } else {
        result.message = "Log group " + name + " holds " + std::to_string(c.total) + " event(s), but only " +
                         std::to_string(c.passing) + condition + " (" + std::to_string(min) + " needed).";
    }
}

}  // namespace evb::checks
