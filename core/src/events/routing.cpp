#include "evb/events/routing.hpp"

#include "evb/common/time_format.hpp"
#include "evb/world/activity.hpp"
#include "support.hpp"

namespace evb {
namespace {

// is_enabled tells whether a rule's state lets it match events.
bool is_enabled(const Rule& rule) {
    return rule.state != "DISABLED";
}

// matching_rules returns the enabled pattern rules of a bus that match the event, in name order. They are
// matched together by the bus's cached PatternSet: one pass over the event's text, however many rules
// there are.
std::vector<const Rule*> matching_rules(EventBus& bus, const RoutedEvent& event) {
    std::vector<const Rule*> rules;
    std::vector<const EventPattern*> patterns;
    rules.reserve(bus.rules.size());
    patterns.reserve(bus.rules.size());
    for (const auto& [name, rule] : bus.rules) {
        if (!is_enabled(rule) || !rule.compiled) continue;
        rules.push_back(&rule);
        patterns.push_back(&*rule.compiled);
    }
    std::vector<std::size_t> hits;
    bus.matcher.set_for(patterns).match_text(event.text, hits);
    std::vector<const Rule*> matched;
    for (const std::size_t hit : hits)
        matched.push_back(rules[hit]);
    return matched;
}

// activity_entry starts the feed entry of an event arriving on a bus.
Json activity_entry(const Account& account, const std::string& bus_name, const Json& event) {
    return Json{{"time", cli_time(account.now_ms)},
                {"bus", bus_name},
                {"eventId", event.value("id", "")},
                {"source", event.value("source", "")},
                {"detailType", event.value("detail-type", "")},
                {"rules", Json::array()}};
}

// count_delivery updates rule and target metrics for one delivery attempt.
void count_delivery(Account& account, RuleMetrics& rule, const std::string& rule_arn, const Target& target,
                    const DeliveryResult& r) {
    TargetMetrics& t = account.metrics.targets[target_key(rule_arn, target.id)];
    ++rule.invocations;
    if (r.ok)
        ++t.deliveries;
    else
        ++rule.failed_invocations, ++t.failures;
}

// delivery_json describes one delivery in the activity feed.
Json delivery_json(const Target& target, const DeliveryResult& r) {
    Json out = {{"id", target.id}, {"arn", target.arn}, {"ok", r.ok}};
    if (!r.ok) out["error"] = r.error;
    return out;
}

}  // namespace

std::int64_t event_time_ms(const Account& account, const Json& event) {
    auto it = event.find("time");
    if (it == event.end() || !it->is_string()) return account.now_ms;
    return parse_iso8601(it->get<std::string>()).value_or(account.now_ms);
}

RoutedEvent::RoutedEvent(const Account& account, const Json& event)
    : json(event), text(to_json_text(event)), time_ms(event_time_ms(account, event)) {}

void fire_rule(Account& account, const Rule& rule, const Json& event, Json& activity) {
    fire_rule_with(account, rule, RoutedEvent(account, event), activity);
}

// fire_rule_with reads rule.targets in place: a delivery may route events further (another bus, a
// function's PutEvents) but never changes a rule.
void fire_rule_with(Account& account, const Rule& rule, const RoutedEvent& event, Json& activity) {
    const std::string arn = arn_of_rule(account, rule);
    RuleMetrics& metrics = account.metrics.rules[arn];
    ++metrics.matched_events;
    if (!rule.targets.empty()) ++metrics.triggered_rules;
    Json fired = {{"rule", rule.name}, {"targets", Json::array()}};
    Json& delivered = fired["targets"];
    for (const Target& target : rule.targets) {
        DeliveryResult result = deliver_to_target(account, rule, target, event);
        count_delivery(account, metrics, arn, target, result);
        delivered.push_back(delivery_json(target, result));
    }
    activity["rules"].push_back(std::move(fired));
}

bool route_event(Account& account, const std::string& bus_name, const Json& event) {
    EventBus* bus = find_bus(account, bus_name);
    if (!bus || account.routing_depth >= kMaxRoutingDepth) return false;
    RoutingLevel level(account);
    BusMetrics& bus_metrics = account.metrics.buses[bus_name];
    ++bus_metrics.events_in;
    Json activity = activity_entry(account, bus_name, event);
    const RoutedEvent routed(account, event);
    const std::vector<const Rule*> matched = matching_rules(*bus, routed);
    if (!matched.empty()) ++bus_metrics.matched_events;
    for (const Rule* rule : matched)
        fire_rule_with(account, *rule, routed, activity);
    record_activity(account, std::move(activity));
    return true;
}

}  // namespace evb
