#include "evb/events/scheduler.hpp"

#include "evb/common/time_format.hpp"
#include "evb/events/routing.hpp"
#include "evb/world/activity.hpp"
#include "support.hpp"

#include <vector>

namespace evb {
namespace {

// due_rule returns the enabled scheduled rule that fires first at or before target_ms, or nullptr.
Rule* due_rule(Account& account, std::int64_t target_ms) {
    Rule* first = nullptr;
    for (auto& [bus_name, bus] : account.events.buses) {
        for (auto& [name, rule] : bus.rules) {
            if (!rule.schedule || rule.state == "DISABLED" || rule.next_fire_ms < 0 ||
                rule.next_fire_ms > target_ms)
                continue;
            if (!first || rule.next_fire_ms < first->next_fire_ms) first = &rule;
        }
    }
    return first;
}

// scheduled_event is the envelope EventBridge sends for a scheduled rule.
Json scheduled_event(Account& account, const Rule& rule) {
    return Json{{"version", "0"},
                {"id", account.ids.uuid()},
                {"detail-type", "Scheduled Event"},
                {"source", "aws.events"},
                {"account", account.config.account_id},
                {"time", event_time(account.now_ms)},
                {"region", account.config.region},
                {"resources", Json::array({arn_of_rule(account, rule)})},
                {"detail", Json::object()}};
}

// fire_scheduled sends one scheduled event to a rule's targets and plans its next firing.
void fire_scheduled(Account& account, Rule& rule) {
    account.now_ms = rule.next_fire_ms;
    const Json event = scheduled_event(account, rule);
    Json activity = {{"time", cli_time(account.now_ms)}, {"bus", rule.bus},
                     {"eventId", event["id"]},           {"source", "aws.events"},
                     {"detailType", "Scheduled Event"},  {"rules", Json::array()}};
    fire_rule(account, rule, event, activity);
    record_activity(account, std::move(activity));
    rule.next_fire_ms = next_fire_time(*rule.schedule, rule.schedule_anchor_ms, account.now_ms).value_or(-1);
}

// skip_due counts and skips every firing of a rule up to target_ms.
std::uint64_t skip_due(Rule& rule, std::int64_t target_ms) {
    std::uint64_t skipped = 0;
    if (rule.schedule->period_ms > 0) {
        skipped = static_cast<std::uint64_t>((target_ms - rule.next_fire_ms) / rule.schedule->period_ms + 1);
        rule.next_fire_ms = next_fire_time(*rule.schedule, rule.schedule_anchor_ms, target_ms).value_or(-1);
        return skipped;
    }
    while (rule.next_fire_ms >= 0 && rule.next_fire_ms <= target_ms) {
        ++skipped;
        rule.next_fire_ms = next_fire_time(*rule.schedule, 0, rule.next_fire_ms).value_or(-1);
    }
    return skipped;
}

}  // namespace

void advance_clock(Account& account, std::int64_t target_ms) {
    std::uint64_t fired = 0;
    while (Rule* rule = due_rule(account, target_ms)) {
        if (fired++ >= kMaxFiringsPerMove) {
            account.metrics.skipped_schedule_firings += skip_due(*rule, target_ms);
            continue;
        }
        fire_scheduled(account, *rule);
    }
    account.now_ms = target_ms;
}

void rewind_clock(Account& account, std::int64_t target_ms) {
    account.now_ms = target_ms;
    for (auto& [bus_name, bus] : account.events.buses) {
        for (auto& [name, rule] : bus.rules) {
            if (!rule.schedule) continue;
            if (rule.schedule_anchor_ms > target_ms) rule.schedule_anchor_ms = target_ms;
            rule.next_fire_ms =
                next_fire_time(*rule.schedule, rule.schedule_anchor_ms, target_ms).value_or(-1);
        }
    }
}

}  // namespace evb
