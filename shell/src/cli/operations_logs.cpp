// Amazon CloudWatch Logs' operations as the AWS CLI presents them (aws logs ...).
#include "operation_model.hpp"

namespace evb::cli {
namespace {

Paginator token_pages(std::vector<std::string> result_keys) {
    return Paginator{"nextToken", "nextToken", "limit", "", std::move(result_keys)};
}

}  // namespace

std::vector<OperationSpec> logs_operations() {
    return {
        make_operation("logs", "CreateLogGroup", "Creates a log group with the specified name.",
                       {
                           {"logGroupName!", "string", "A name for the log group.", Resource::LogGroup},
                           {"kmsKeyId", "string", "The ARN of the KMS key to use when encrypting log data."},
                           {"tags", "map<string>", "The key-value pairs to use for the tags."},
                           {"logGroupClass", "string(STANDARD|INFREQUENT_ACCESS)", "The log group class."},
                       }),
        make_operation("logs", "DeleteLogGroup",
                       "Deletes the specified log group and all its archived log events.",
                       {
                           {"logGroupName!", "string", "The name of the log group.", Resource::LogGroup},
                       }),
        make_operation("logs", "DescribeLogGroups", "Lists the specified log groups, sorted by name.",
                       {
                           {"logGroupNamePrefix", "string", "The prefix to match.", Resource::LogGroup},
                           {"logGroupNamePattern", "string",
                            "A case-sensitive substring to search for in log group names."},
                           {"nextToken", "string", "The token for the next set of items to return."},
                           {"limit", "integer", "The maximum number of items returned (1 to 50)."},
                       },
                       token_pages({"logGroups"})),
        make_operation("logs", "CreateLogStream", "Creates a log stream for the specified log group.",
                       {
                           {"logGroupName!", "string", "The name of the log group.", Resource::LogGroup},
                           {"logStreamName!", "string", "The name of the log stream.", Resource::LogStream},
                       }),
        make_operation("logs", "DescribeLogStreams", "Lists the log streams for the specified log group.",
                       {
                           {"logGroupName", "string", "The name of the log group.", Resource::LogGroup},
                           {"logGroupIdentifier", "string", "The name or ARN of the log group."},
                           {"logStreamNamePrefix", "string", "The prefix to match.", Resource::LogStream},
                           {"orderBy", "string(LogStreamName|LastEventTime)",
                            "Order by log stream name or by last event time."},
                           {"descending", "boolean", "List in descending order (default: ascending)."},
                           {"nextToken", "string", "The token for the next set of items to return."},
                           {"limit", "integer", "The maximum number of items returned (1 to 50)."},
                       },
                       token_pages({"logStreams"})),
        make_operation("logs", "PutLogEvents", "Uploads a batch of log events to the specified log stream.",
                       {
                           {"logGroupName!", "string", "The name of the log group.", Resource::LogGroup},
                           {"logStreamName!", "string", "The name of the log stream.", Resource::LogStream},
                           {"logEvents!", "list<{timestamp!:long,message!:string}>",
                            "The log events (timestamp in ms, message)."},
                           {"sequenceToken", "string", "Ignored: sequence tokens are no longer required."},
                       }),
        make_operation(
            "logs", "GetLogEvents", "Lists log events from the specified log stream.",
            {
                {"logGroupName", "string", "The name of the log group.", Resource::LogGroup},
                {"logGroupIdentifier", "string", "The name or ARN of the log group."},
                {"logStreamName!", "string", "The name of the log stream.", Resource::LogStream},
                {"startTime", "long", "The start of the time range, in milliseconds since the epoch."},
                {"endTime", "long", "The end of the time range, in milliseconds since the epoch."},
                {"nextToken", "string", "The token for the next set of items to return."},
                {"limit", "integer", "The maximum number of log events returned."},
                {"startFromHead", "boolean", "Return the earliest log events first."},
                {"unmask", "boolean", "Display masked data unmasked."},
            }),
        make_operation(
            "logs", "FilterLogEvents",
            "Lists log events from the specified log group, optionally filtered by a pattern.",
            {
                {"logGroupName", "string", "The name of the log group to search.", Resource::LogGroup},
                {"logGroupIdentifier", "string", "The name or ARN of the log group."},
                {"logStreamNames", "list<string>",
                 "Filters the results to only logs from these log streams."},
                {"logStreamNamePrefix", "string",
                 "Filters the results to log streams whose names start with this prefix."},
                {"startTime", "long", "The start of the time range, in milliseconds since the epoch."},
                {"endTime", "long", "The end of the time range, in milliseconds since the epoch."},
                {"filterPattern", "string",
                 "The filter pattern: terms, or a JSON pattern such as { $.detail.price > 100 }."},
                {"nextToken", "string", "The token for the next set of events to return."},
                {"limit", "integer", "The maximum number of events to return."},
                {"interleaved", "boolean", "Deprecated: results are always interleaved."},
                {"unmask", "boolean", "Display masked data unmasked."},
            },
            token_pages({"events", "searchedLogStreams"})),
    };
}

}  // namespace evb::cli
