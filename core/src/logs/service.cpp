// The logs service's operation table for World::call.
#include "evb/logs/service.hpp"

namespace evb {
namespace {

constexpr Operation kLogsOperations[] = {
    {"CreateLogGroup", create_log_group, true},
    {"DeleteLogGroup", delete_log_group, true},
    {"DescribeLogGroups", describe_log_groups, false},
    {"CreateLogStream", create_log_stream, true},
    {"DescribeLogStreams", describe_log_streams, false},
    {"PutLogEvents", put_log_events, true},
    {"GetLogEvents", get_log_events, false},
    {"FilterLogEvents", filter_log_events, false},
};

}  // namespace

std::span<const Operation> logs_operations() {
    return kLogsOperations;
}

}  // namespace evb
