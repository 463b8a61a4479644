// Log streams: CreateLogStream, DescribeLogStreams.
#include "evb/logs/service.hpp"

#include "common/pagination.hpp"
#include "evb/logs/log_store.hpp"
#include "support.hpp"

#include <algorithm>
#include <vector>

namespace evb {
namespace {

// validate_describe checks DescribeLogStreams' members and their combinations.
std::optional<ApiError> validate_describe(const Json& request) {
    if (auto e = check_shape(request, {{"logGroupName", FieldKind::kString},
                                       {"logStreamNamePrefix", FieldKind::kString},
                                       {"orderBy", FieldKind::kString},
                                       {"descending", FieldKind::kBool},
                                       {"nextToken", FieldKind::kString},
                                       {"limit", FieldKind::kNumber}})) {
        return e;
    }
    Validation v;
    validate_group_name(v, request);
    const std::string order = string_field(request, "orderBy").value_or("LogStreamName");
    v.enum_value(order, "orderBy", order == "LogStreamName" || order == "LastEventTime",
                 "[LogStreamName, LastEventTime]");
    if (auto limit = int_field(request, "limit")) v.range(*limit, "limit", 1, 50);
    if (!v.ok()) return v.error("InvalidParameterException");
    if (order == "LastEventTime" && request.contains("logStreamNamePrefix")) {
        return invalid_parameter("Cannot order by LastEventTime with a logStreamNamePrefix.");
    }
    return std::nullopt;
}

// sorted_streams lists a group's streams with the prefix, in the requested order.
std::vector<const LogStream*> sorted_streams(const LogGroup& group, const Json& request) {
    const std::string prefix = string_field(request, "logStreamNamePrefix").value_or("");
    std::vector<const LogStream*> streams;
    for (const auto& [name, stream] : group.streams) {
        if (name.rfind(prefix, 0) == 0) streams.push_back(&stream);
    }
    if (string_field(request, "orderBy").value_or("") == "LastEventTime") {
        std::stable_sort(streams.begin(), streams.end(), [](const LogStream* a, const LogStream* b) {
            return a->last_event_timestamp.value_or(0) < b->last_event_timestamp.value_or(0);
        });
    }
    if (bool_field(request, "descending").value_or(false)) std::reverse(streams.begin(), streams.end());
    return streams;
}

}  // namespace

ApiResult create_log_stream(Account& account, const Json& request) {
    if (auto e = check_shape(request,
                             {{"logGroupName", FieldKind::kString}, {"logStreamName", FieldKind::kString}})) {
        return *e;
    }
    Validation v;
    validate_group_name(v, request);
    validate_stream_name(v, request);
    if (!v.ok()) return v.error("InvalidParameterException");
    LogGroup* group = find_log_group(account, *string_field(request, "logGroupName"));
    if (!group) return group_not_found();
    const std::string name = *string_field(request, "logStreamName");
    if (group->streams.count(name)) {
        return ApiError{"ResourceAlreadyExistsException", "The specified log stream already exists"};
    }
    ensure_log_stream(account, *group, name);
    return Json::object();
}

ApiResult describe_log_streams(Account& account, const Json& request) {
    if (auto error = validate_describe(request)) return *error;
    const LogGroup* group = find_log_group(account, *string_field(request, "logGroupName"));
    if (!group) return group_not_found();
    const auto streams = sorted_streams(*group, request);
    auto page = paginate(streams.size(), string_field(request, "nextToken"), int_field(request, "limit"), 50);
    if (!page) return invalid_parameter("The specified nextToken is invalid.");
    Json list = Json::array();
    for (std::size_t i = page->begin; i < page->end; ++i)
        list.push_back(stream_json(account, *group, *streams[i]));
    Json out = {{"logStreams", list}};
    if (page->next_token) out["nextToken"] = *page->next_token;
    return out;
}

}  // namespace evb
