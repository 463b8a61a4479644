// Delivering one event to one target, by the target ARN's service: a CloudWatch Logs group, a Lambda
// function (invoked asynchronously with the event), or another event bus.
#include "evb/events/routing.hpp"

#include "evb/common/arn.hpp"
#include "evb/common/ids.hpp"
#include "evb/events/input_transformer.hpp"
#include "evb/lambda/runtime.hpp"
#include "evb/logs/log_store.hpp"
#include "support.hpp"

namespace evb {
namespace {

// log_group_name_of returns the group of a log-group ARN ("log-group:NAME" or "log-group:NAME:*").
std::string log_group_name_of(const std::string& resource) {
    std::string name = resource.substr(std::string_view("log-group:").size());
    if (name.size() >= 2 && name.compare(name.size() - 2, 2, ":*") == 0) name.resize(name.size() - 2);
    return name;
}

// log_stream_name returns the stream a rule's log-group target writes: named by a hash of the rule's ARN
// and the target's id, computed once per target.
const std::string& log_stream_name(const Rule& rule, const std::string& rule_arn, const Target& target) {
    std::string key = target_key(rule_arn, target.id);
    auto it = rule.log_streams.find(key);
    if (it != rule.log_streams.end()) return it->second;
    std::string name = name_uuid(key);
    return rule.log_streams.emplace(std::move(key), std::move(name)).first->second;
}

// deliver_to_log_group writes the target input as one log event, timestamped with the event's time.
DeliveryResult deliver_to_log_group(Account& account, const Rule& rule, const std::string& rule_arn,
                                    const Target& target, const Arn& arn, const RoutedEvent& event,
                                    TargetInput& input) {
    if (arn.resource.rfind("log-group:", 0) != 0) return {false, "The target ARN is not a log group."};
    LogGroup* group = find_log_group(account, log_group_name_of(arn.resource));
    if (!group) return {false, "ResourceNotFoundException: The specified log group does not exist."};
    LogStream& stream = ensure_log_stream(account, *group, log_stream_name(rule, rule_arn, target));
    append_log_event(account, *group, stream, event.time_ms, std::move(input.text),
                     event.json.value("id", ""));
    new_sequence_token(account, stream);
    return {};
}

// deliver_to_bus routes the unchanged event through another bus of the account.
DeliveryResult deliver_to_bus(Account& account, const Arn& arn, const Json& event) {
    if (arn.resource.rfind("event-bus/", 0) != 0) return {false, "The target ARN is not an event bus."};
    const std::string bus = arn.resource.substr(10);
    if (arn.account != account.config.account_id || arn.region != account.config.region ||
        !find_bus(account, bus)) {
        return {false, "ResourceNotFoundException: Event bus " + bus + " does not exist."};
    }
    if (!route_event(account, bus, event))
        return {false, "The event was not routed: the routing depth limit was reached."};
    return {};
}

// deliver_to_function invokes a function asynchronously with the target input.
DeliveryResult deliver_to_function(Account& account, const Arn& arn, const RoutedEvent& event,
                                   const TargetInput& input) {
    if (arn.resource.rfind("function:", 0) != 0) return {false, "The target ARN is not a function."};
    const std::string name = function_name_of(arn.resource);
    auto error = invoke_async(account, name,
                              input.whole_event ? event.json
                              : input.json      ? *input.json
                                                : Json(input.text));
    if (error) return {false, error->code + ": " + error->message};
    return {};
}

}  // namespace

DeliveryResult deliver_to_target(Account& account, const Rule& rule, const Target& target,
                                 const RoutedEvent& event) {
    auto arn = parse_arn(target.arn);
    if (!arn) return {false, "The target ARN is not valid."};
    const std::string rule_arn = arn_of_rule(account, rule);
    TargetInput input =
        target_input(target, event.json, RuleContext{rule.name, rule_arn, account.now_ms}, &event.text);
    if (arn->service == "logs")
        return deliver_to_log_group(account, rule, rule_arn, target, *arn, event, input);
    if (arn->service == "events") return deliver_to_bus(account, *arn, event.json);
    if (arn->service == "lambda") return deliver_to_function(account, *arn, event, input);
    return {false, "Targets of service " + arn->service + " are not emulated in this playground."};
}

}  // namespace evb
