// The CloudWatch Logs API of the emulated account: log groups, streams, PutLogEvents, GetLogEvents with
// forward/backward tokens, FilterLogEvents with plain-term and JSON filter patterns; AWS's shapes,
// lower-camel member names, error codes and messages. Depends on the account model and the log store.
#pragma once

#include "evb/common/json.hpp"
#include "evb/world/account.hpp"
#include "evb/world/operation.hpp"

#include <span>

namespace evb {

// create_log_group: CreateLogGroup {logGroupName} -> {}.
ApiResult create_log_group(Account& account, const Json& request);
// delete_log_group: DeleteLogGroup {logGroupName} -> {}.
ApiResult delete_log_group(Account& account, const Json& request);
// describe_log_groups: DescribeLogGroups {logGroupNamePrefix?, nextToken?, limit?} -> {logGroups}.
ApiResult describe_log_groups(Account& account, const Json& request);
// create_log_stream: CreateLogStream {logGroupName, logStreamName} -> {}.
ApiResult create_log_stream(Account& account, const Json& request);
// describe_log_streams: DescribeLogStreams {logGroupName, logStreamNamePrefix?, orderBy?, descending?} ->
// {logStreams}.
ApiResult describe_log_streams(Account& account, const Json& request);
// put_log_events: PutLogEvents {logGroupName, logStreamName, logEvents} -> {nextSequenceToken}.
ApiResult put_log_events(Account& account, const Json& request);
// get_log_events: GetLogEvents {logGroupName, logStreamName, startTime?, endTime?, nextToken?, limit?,
// startFromHead?}.
ApiResult get_log_events(Account& account, const Json& request);
// filter_log_events: FilterLogEvents {logGroupName, logStreamNames?, filterPattern?, ...} -> {events,
// searchedLogStreams}.
ApiResult filter_log_events(Account& account, const Json& request);

// logs_operations lists the logs service's operations for World::call.
std::span<const Operation> logs_operations();

}  // namespace evb
