// The events service's operation table for World::call.
#include "evb/events/service.hpp"

namespace evb {
namespace {

constexpr Operation kEventsOperations[] = {
    {"CreateEventBus", create_event_bus, true},
    {"DeleteEventBus", delete_event_bus, true},
    {"DescribeEventBus", describe_event_bus, false},
    {"ListEventBuses", list_event_buses, false},
    {"PutRule", put_rule, true},
    {"DescribeRule", describe_rule, false},
    {"ListRules", list_rules, false},
    {"DeleteRule", delete_rule, true},
    {"EnableRule", enable_rule, true},
    {"DisableRule", disable_rule, true},
    {"PutTargets", put_targets, true},
    {"RemoveTargets", remove_targets, true},
    {"ListTargetsByRule", list_targets_by_rule, false},
    {"ListRuleNamesByTarget", list_rule_names_by_target, false},
    {"PutEvents", put_events, true},
    {"TestEventPattern", test_event_pattern, false},
    {"TagResource", tag_resource, true},
    {"UntagResource", untag_resource, true},
    {"ListTagsForResource", list_tags_for_resource, false},
};

}  // namespace

std::span<const Operation> events_operations() {
    return kEventsOperations;
}

}  // namespace evb
