// Routing an event through a bus: count it, match every enabled rule's compiled pattern, and deliver to
// each target of each matching rule (log group, Lambda function, another bus), keeping the metrics and
// the activity feed. Depends on the account model, the input transformer and the pattern engine.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"

#include <string>

namespace evb {

// kMaxRoutingDepth bounds bus-to-bus and function-to-bus chains, so a loop of rules cannot hang the page.
inline constexpr int kMaxRoutingDepth = 8;

// RoutingLevel counts one level of routing for as long as it lives, and gives it back on every path out,
// an exception included: a failed delivery must not leave the account refusing to route.
class RoutingLevel {
  public:
    explicit RoutingLevel(Account& account) : account_(account) { ++account_.routing_depth; }
    ~RoutingLevel() { --account_.routing_depth; }
    RoutingLevel(const RoutingLevel&) = delete;
    RoutingLevel& operator=(const RoutingLevel&) = delete;

  private:
    Account& account_;
};

// DeliveryResult says whether a target accepted the event, and why not.
struct DeliveryResult {
    bool ok = true;
    std::string error;
};

// RoutedEvent is an event on its way through a bus, with what every delivery reads of it computed once
// per event rather than once per target: its JSON text (as the matcher and a plain target see it) and
// its time.
struct RoutedEvent {
    explicit RoutedEvent(const Account& account, const Json& event);

    const Json& json;
    std::string text;
    std::int64_t time_ms = 0;
};

// route_event sends one envelope through a bus; false when the routing depth limit stopped it.
bool route_event(Account& account, const std::string& bus_name, const Json& event);

// fire_rule delivers an event to every target of one rule (scheduled rules use it directly).
void fire_rule(Account& account, const Rule& rule, const Json& event, Json& activity);

// fire_rule_with delivers a routed event to every target of one rule.
void fire_rule_with(Account& account, const Rule& rule, const RoutedEvent& event, Json& activity);

// deliver_to_target hands one event to one target, shaped by the target's input settings.
DeliveryResult deliver_to_target(Account& account, const Rule& rule, const Target& target,
                                 const RoutedEvent& event);

// event_time_ms returns the envelope's time in epoch milliseconds (now when absent or unreadable).
std::int64_t event_time_ms(const Account& account, const Json& event);

}  // namespace evb
