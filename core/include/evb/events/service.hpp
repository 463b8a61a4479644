// The EventBridge API of the emulated account: buses, rules, targets, PutEvents and TestEventPattern,
// with AWS's request/response shapes, validation, limits, error codes and messages.
// Depends on the account model and the event-pattern engine; never on UI or I/O.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"
#include "evb/world/operation.hpp"

#include <cstddef>
#include <span>

namespace evb {

inline constexpr std::size_t kMaxRulesPerBus = 300;
inline constexpr std::size_t kMaxTargetsPerRule = 5;
inline constexpr std::size_t kMaxPutEventsEntries = 10;
inline constexpr std::size_t kMaxPutEventsBytes = 256 * 1024;
inline constexpr std::size_t kMaxEventPatternLength = 4096;
inline constexpr std::size_t kMaxTagsPerResource = 50;

// create_event_bus: CreateEventBus {Name, Description?, Tags?} -> {EventBusArn}.
ApiResult create_event_bus(Account& account, const Json& request);
// delete_event_bus: DeleteEventBus {Name} -> {}; the default bus cannot be deleted.
ApiResult delete_event_bus(Account& account, const Json& request);
// describe_event_bus: DescribeEventBus {Name?} -> {Name, Arn, ...}.
ApiResult describe_event_bus(Account& account, const Json& request);
// list_event_buses: ListEventBuses {NamePrefix?, NextToken?, Limit?} -> {EventBuses}.
ApiResult list_event_buses(Account& account, const Json& request);

// put_rule: PutRule {Name, EventPattern?, ScheduleExpression?, State?, Description?, RoleArn?, Tags?,
// EventBusName?} -> {RuleArn}; Tags apply when the rule is created and are ignored on update, as in AWS.
ApiResult put_rule(Account& account, const Json& request);
// describe_rule: DescribeRule {Name, EventBusName?} -> the rule.
ApiResult describe_rule(Account& account, const Json& request);
// list_rules: ListRules {NamePrefix?, EventBusName?, NextToken?, Limit?} -> {Rules}.
ApiResult list_rules(Account& account, const Json& request);
// delete_rule: DeleteRule {Name, EventBusName?, Force?} -> {}; refused while the rule has targets.
ApiResult delete_rule(Account& account, const Json& request);
// enable_rule: EnableRule {Name, EventBusName?} -> {}.
ApiResult enable_rule(Account& account, const Json& request);
// disable_rule: DisableRule {Name, EventBusName?} -> {}.
ApiResult disable_rule(Account& account, const Json& request);

// put_targets: PutTargets {Rule, EventBusName?, Targets} -> {FailedEntryCount, FailedEntries}.
ApiResult put_targets(Account& account, const Json& request);
// remove_targets: RemoveTargets {Rule, EventBusName?, Ids} -> {FailedEntryCount, FailedEntries}.
ApiResult remove_targets(Account& account, const Json& request);
// list_targets_by_rule: ListTargetsByRule {Rule, EventBusName?} -> {Targets}.
ApiResult list_targets_by_rule(Account& account, const Json& request);
// list_rule_names_by_target: ListRuleNamesByTarget {TargetArn, EventBusName?} -> {RuleNames}.
ApiResult list_rule_names_by_target(Account& account, const Json& request);

// put_events: PutEvents {Entries} -> {FailedEntryCount, Entries}; accepted events are routed at once.
ApiResult put_events(Account& account, const Json& request);
// put_events_as_role: PutEvents called by a function running as role_arn, authorised by its policies.
ApiResult put_events_as_role(Account& account, const Json& request, const std::string& role_arn,
                             const std::string& session_name);
// test_event_pattern: TestEventPattern {EventPattern, Event} -> {Result}.
ApiResult test_event_pattern(Account& account, const Json& request);

// tag_resource: TagResource {ResourceARN, Tags} -> {}; a bus or a rule, at most 50 tags.
ApiResult tag_resource(Account& account, const Json& request);
// untag_resource: UntagResource {ResourceARN, TagKeys} -> {}; unknown keys are ignored.
ApiResult untag_resource(Account& account, const Json& request);
// list_tags_for_resource: ListTagsForResource {ResourceARN} -> {Tags}, in the order first added.
ApiResult list_tags_for_resource(Account& account, const Json& request);

// events_operations lists the events service's operations for World::call.
std::span<const Operation> events_operations();

}  // namespace evb
