// The overlay tables: the AWS CLI v2's customisations of these services (awscli/customizations:
// argrename.py, removals.py, awslambda.py) and the shell's resource kinds.
#include "cli_overlay.hpp"

namespace evb::cli {
namespace {

// Keyed by the argument's CLI name, as argrename.py keys them: stepfunctions' member is "output".
struct Rename {
    std::string_view service, command, argument, flag;
};

constexpr Rename kRenames[] = {
    {"sns", "subscribe", "--endpoint", "--notification-endpoint"},
    {"stepfunctions", "send-task-success", "--output", "--task-output"},
};

struct Removed {
    std::string_view service, command;
};

constexpr Removed kRemoved[] = {{"kinesis", "subscribe-to-shard"}};

struct ZipHoist {
    std::string_view service, command, member;
};

constexpr ZipHoist kZipHoists[] = {
    {"lambda", "create-function", "Code"},
    {"lambda", "publish-layer-version", "Content"},
};

struct NewerRow {
    std::string_view service;
    NewerMember member;
};

constexpr NewerRow kNewerMembers[] = {
    {"events", {"CreateEventBus", "Description", "string", "EventSourceName", "The event bus description."}},
    {"events",
     {"CreateEventBus", "KmsKeyIdentifier", "string", "Description",
      "The identifier of the KMS customer managed key for EventBridge to use to encrypt events on this "
      "bus."}},
    {"events",
     {"CreateEventBus", "DeadLetterConfig", "{Arn:string}", "KmsKeyIdentifier",
      "Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue (DLQ)."}},
    {"logs",
     {"CreateLogGroup", "logGroupClass", "string(STANDARD|INFREQUENT_ACCESS)", "",
      "Use this parameter to specify the log group class for this log group."}},
};

// A member naming a resource; an empty operation means in every operation of the service.
struct ResourceRow {
    std::string_view service, api, member;
    Resource kind;
};

constexpr ResourceRow kResources[] = {
    {"events", "", "EventBusName", Resource::EventBus},
    {"events", "CreateEventBus", "Name", Resource::EventBus},
    {"events", "DeleteEventBus", "Name", Resource::EventBus},
    {"events", "DescribeEventBus", "Name", Resource::EventBus},
    {"events", "ListEventBuses", "NamePrefix", Resource::EventBus},
    {"events", "PutRule", "Name", Resource::Rule},
    {"events", "DescribeRule", "Name", Resource::Rule},
    {"events", "DeleteRule", "Name", Resource::Rule},
    {"events", "EnableRule", "Name", Resource::Rule},
    {"events", "DisableRule", "Name", Resource::Rule},
    {"events", "ListRules", "NamePrefix", Resource::Rule},
    {"events", "", "Rule", Resource::Rule},
    {"events", "", "RoleArn", Resource::RoleArn},
    {"events", "", "TargetArn", Resource::TargetArn},
    {"logs", "", "logGroupName", Resource::LogGroup},
    {"logs", "", "logGroupNamePrefix", Resource::LogGroup},
    {"logs", "", "logStreamName", Resource::LogStream},
    {"logs", "", "logStreamNamePrefix", Resource::LogStream},
    {"lambda", "", "FunctionName", Resource::Function},
    {"lambda", "", "Role", Resource::RoleArn},
    {"iam", "", "RoleName", Resource::Role},
    {"iam", "", "PolicyArn", Resource::PolicyArn},
};

}  // namespace

std::string_view renamed_flag(std::string_view service, std::string_view command, std::string_view flag) {
    for (const auto& r : kRenames) {
        if (r.service == service && r.command == command && r.argument == flag) return r.flag;
    }
    return {};
}

bool command_removed(std::string_view service, std::string_view command) {
    for (const auto& r : kRemoved) {
        if (r.service == service && r.command == command) return true;
    }
    return false;
}

std::string_view zip_file_member(std::string_view service, std::string_view command) {
    for (const auto& z : kZipHoists) {
        if (z.service == service && z.command == command) return z.member;
    }
    return {};
}

std::vector<NewerMember> newer_members(std::string_view service, std::string_view api) {
    std::vector<NewerMember> out;
    for (const auto& row : kNewerMembers) {
        if (row.service == service && row.member.api == api) out.push_back(row.member);
    }
    return out;
}

Resource resource_of(std::string_view service, std::string_view api, std::string_view member) {
    for (const auto& r : kResources) {
        if (r.service == service && (r.api.empty() || r.api == api) && r.member == member) return r.kind;
    }
    return Resource::None;
}

}  // namespace evb::cli
