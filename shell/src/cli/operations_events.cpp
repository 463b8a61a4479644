// Amazon EventBridge's operations as the AWS CLI presents them (aws events ...).
#include "operation_model.hpp"

namespace evb::cli {
namespace {

constexpr const char* kTags = "list<{Key!:string,Value!:string}>";
constexpr const char* kTargets =
    "list<{Id!:string,Arn!:string,RoleArn:string,Input:string,InputPath:string,"
    "InputTransformer:{InputPathsMap:map<string>,InputTemplate!:string},"
    "RetryPolicy:{MaximumRetryAttempts:integer,MaximumEventAgeInSeconds:integer},"
    "DeadLetterConfig:{Arn:string}}>";
constexpr const char* kEntries =
    "list<{Time:timestamp,Source:string,Resources:list<string>,DetailType:string,Detail:string,"
    "EventBusName:string,TraceHeader:string}>";
constexpr const char* kState = "string(ENABLED|DISABLED|ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS)";

Paginator token_pages(const char* result_key) {
    return Paginator{"NextToken", "NextToken", "Limit", "", {result_key}};
}

}  // namespace

std::vector<OperationSpec> events_operations() {
    return {
        make_operation(
            "events", "CreateEventBus", "Creates a new event bus within your account.",
            {
                {"Name!", "string", "The name of the new event bus.", Resource::EventBus},
                {"EventSourceName", "string", "The partner event source to associate with this event bus."},
                {"Description", "string", "The event bus description."},
                {"KmsKeyIdentifier", "string", "The KMS key used to encrypt events on this bus."},
                {"DeadLetterConfig", "{Arn:string}",
                 "The dead-letter queue for events that fail to deliver."},
                {"Tags", kTags, "Tags to associate with the event bus."},
            }),
        make_operation("events", "DeleteEventBus",
                       "Deletes the specified custom event bus. The default bus cannot be deleted.",
                       {
                           {"Name!", "string", "The name of the event bus to delete.", Resource::EventBus},
                       }),
        make_operation(
            "events", "DescribeEventBus", "Displays details about an event bus in your account.",
            {
                {"Name", "string",
                 "The name or ARN of the event bus to show details for (default: the default bus).",
                 Resource::EventBus},
            }),
        make_operation("events", "ListEventBuses",
                       "Lists all the event buses in your account, including the default event bus.",
                       {
                           {"NamePrefix", "string",
                            "Lists only event buses whose names start with this prefix.", Resource::EventBus},
                           {"NextToken", "string",
                            "The token returned by a previous call, to get the next set of results."},
                           {"Limit", "integer", "The maximum number of results to return."},
                       }),
        make_operation(
            "events", "PutRule", "Creates or updates the specified rule.",
            {
                {"Name!", "string", "The name of the rule that you are creating or updating.",
                 Resource::Rule},
                {"ScheduleExpression", "string",
                 "The scheduling expression, e.g. \"cron(0 20 * * ? *)\" or \"rate(5 minutes)\"."},
                {"EventPattern", "string", "The event pattern (JSON text)."},
                {"State", kState, "Whether the rule is enabled or disabled."},
                {"Description", "string", "A description of the rule."},
                {"RoleArn", "string", "The IAM role associated with the rule.", Resource::RoleArn},
                {"Tags", kTags, "The list of key-value pairs to associate with the rule."},
                {"EventBusName", "string", "The name or ARN of the event bus to associate with this rule.",
                 Resource::EventBus},
            }),
        make_operation("events", "DescribeRule", "Describes the specified rule.",
                       {
                           {"Name!", "string", "The name of the rule.", Resource::Rule},
                           {"EventBusName", "string",
                            "The name or ARN of the event bus associated with the rule.", Resource::EventBus},
                       }),
        make_operation("events", "ListRules", "Lists your EventBridge rules, optionally by name prefix.",
                       {
                           {"NamePrefix", "string", "The prefix matching the rule name.", Resource::Rule},
                           {"EventBusName", "string",
                            "The name or ARN of the event bus to list the rules for.", Resource::EventBus},
                           {"NextToken", "string",
                            "The token returned by a previous call, to get the next set of results."},
                           {"Limit", "integer", "The maximum number of results to return."},
                       },
                       token_pages("Rules")),
        make_operation("events", "DeleteRule", "Deletes the specified rule. Remove all its targets first.",
                       {
                           {"Name!", "string", "The name of the rule.", Resource::Rule},
                           {"EventBusName", "string",
                            "The name or ARN of the event bus associated with the rule.", Resource::EventBus},
                           {"Force", "boolean", "Whether to delete a rule managed by an AWS service."},
                       }),
        make_operation("events", "EnableRule", "Enables the specified rule.",
                       {
                           {"Name!", "string", "The name of the rule.", Resource::Rule},
                           {"EventBusName", "string",
                            "The name or ARN of the event bus associated with the rule.", Resource::EventBus},
                       }),
        make_operation("events", "DisableRule",
                       "Disables the specified rule; a disabled rule matches no events.",
                       {
                           {"Name!", "string", "The name of the rule.", Resource::Rule},
                           {"EventBusName", "string",
                            "The name or ARN of the event bus associated with the rule.", Resource::EventBus},
                       }),
        make_operation("events", "PutTargets",
                       "Adds the specified targets to the specified rule, or updates them.",
                       {
                           {"Rule!", "string", "The name of the rule.", Resource::Rule},
                           {"EventBusName", "string",
                            "The name or ARN of the event bus associated with the rule.", Resource::EventBus},
                           {"Targets!", kTargets,
                            "The targets to update or add to the rule (Id, Arn, Input, InputPath, "
                            "InputTransformer ...)."},
                       }),
        make_operation(
            "events", "RemoveTargets", "Removes the specified targets from the specified rule.",
            {
                {"Rule!", "string", "The name of the rule.", Resource::Rule},
                {"EventBusName", "string", "The name or ARN of the event bus associated with the rule.",
                 Resource::EventBus},
                {"Ids!", "list<string>", "The IDs of the targets to remove from the rule."},
                {"Force", "boolean", "Whether to remove targets of a rule managed by an AWS service."},
            }),
        make_operation("events", "ListTargetsByRule", "Lists the targets assigned to the specified rule.",
                       {
                           {"Rule!", "string", "The name of the rule.", Resource::Rule},
                           {"EventBusName", "string",
                            "The name or ARN of the event bus associated with the rule.", Resource::EventBus},
                           {"NextToken", "string",
                            "The token returned by a previous call, to get the next set of results."},
                           {"Limit", "integer", "The maximum number of results to return."},
                       },
                       token_pages("Targets")),
        make_operation("events", "ListRuleNamesByTarget", "Lists the rules for the specified target.",
                       {
                           {"TargetArn!", "string", "The ARN of the target resource.", Resource::TargetArn},
                           {"EventBusName", "string", "The name or ARN of the event bus to list rules for.",
                            Resource::EventBus},
                           {"NextToken", "string",
                            "The token returned by a previous call, to get the next set of results."},
                           {"Limit", "integer", "The maximum number of results to return."},
                       },
                       token_pages("RuleNames")),
        make_operation("events", "PutEvents",
                       "Sends custom events to Amazon EventBridge so that they can be matched to rules.",
                       {
                           {"Entries!", kEntries,
                            "The entries to send (Source, DetailType, Detail, EventBusName, Resources, "
                            "Time); at most 10."},
                           {"EndpointId", "string", "The URL subdomain of a global endpoint."},
                       }),
        make_operation(
            "events", "TestEventPattern",
            "Tests whether the specified event pattern matches the provided event.",
            {
                {"EventPattern!", "string", "The event pattern (JSON text)."},
                {"Event!", "string", "The event, in JSON format, to test against the event pattern."},
            }),
    };
}

}  // namespace evb::cli
