// Amazon Resource Names exactly as AWS forms them for the resources of the emulated account, and a
// parser for ARNs given in requests. Depends only on the standard library.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace evb {

// Arn is a parsed "arn:partition:service:region:account:resource".
struct Arn {
    std::string partition, service, region, account, resource;
};

// parse_arn splits an ARN into its six parts, or returns nothing when it is not one.
std::optional<Arn> parse_arn(std::string_view text);

// bus_arn: arn:aws:events:REGION:ACCOUNT:event-bus/NAME.
std::string bus_arn(std::string_view region, std::string_view account, std::string_view bus);

// rule_arn: rule/NAME on the default bus, rule/BUS/NAME on a custom bus.
std::string rule_arn(std::string_view region, std::string_view account, std::string_view bus,
                     std::string_view rule);

// log_group_arn: arn:aws:logs:REGION:ACCOUNT:log-group:NAME (add ":*" for DescribeLogGroups' arn field).
std::string log_group_arn(std::string_view region, std::string_view account, std::string_view group);

// log_stream_arn: the log group ARN followed by ":log-stream:NAME".
std::string log_stream_arn(std::string_view region, std::string_view account, std::string_view group,
                           std::string_view stream);

// function_arn: arn:aws:lambda:REGION:ACCOUNT:function:NAME.
std::string function_arn(std::string_view region, std::string_view account, std::string_view function);

// iam_arn: arn:aws:iam::ACCOUNT:KIND/PATH-WITHOUT-LEADING-SLASH/NAME (KIND is role or policy).
std::string iam_arn(std::string_view account, std::string_view kind, std::string_view path,
                    std::string_view name);

// assumed_role_arn: arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION, the caller a function's role becomes.
std::string assumed_role_arn(std::string_view account, std::string_view role, std::string_view session);

// bus_name_of returns the bus name in an EventBusName parameter that may be a name or a bus ARN.
std::string bus_name_of(std::string_view name_or_arn);

// function_name_of returns the function name in a FunctionName parameter (name, ARN or partial ARN).
std::string function_name_of(std::string_view name_or_arn);

}  // namespace evb
