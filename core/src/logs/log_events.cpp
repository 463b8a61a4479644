// Log events: PutLogEvents, GetLogEvents (f/ and b/ tokens), FilterLogEvents.
#include "evb/logs/service.hpp"

#include "common/pagination.hpp"
#include "evb/logs/filter_pattern.hpp"
#include "evb/logs/log_store.hpp"
#include "support.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace evb {
namespace {

constexpr std::int64_t kHour = 3600000;
constexpr std::int64_t kDay = 24 * kHour;
constexpr std::size_t kMaxBatchBytes = 1048576;
constexpr std::size_t kEventOverheadBytes = 26;

// validate_put checks PutLogEvents' members.
std::optional<ApiError> validate_put(const Json& request) {
    if (auto e = check_shape(request, {{"logGroupName", FieldKind::kString},
                                       {"logStreamName", FieldKind::kString},
                                       {"logEvents", FieldKind::kArray},
                                       {"sequenceToken", FieldKind::kString}})) {
        return e;
    }
    Validation v;
    validate_group_name(v, request);
    validate_stream_name(v, request);
    auto events = request.find("logEvents");
    if (events == request.end() || events->is_null())
        v.not_null("logEvents");
    else
        v.count(events->size(), to_json_text(*events), "logEvents", 1, 10000);
    if (!v.ok()) return v.error("InvalidParameterException");
    for (const auto& e : *events) {
        if (!e.is_object() || !int_field(e, "timestamp") || !string_field(e, "message") ||
            string_field(e, "message")->empty()) {
            return invalid_parameter("Each log event needs a timestamp and a non-empty message.");
        }
    }
    return std::nullopt;
}

// check_batch applies the batch rules: chronological order, a 24-hour span, 1 MB in all.
std::optional<ApiError> check_batch(const Json& events) {
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < events.size(); ++i) {
        bytes += events[i].at("message").get<std::string>().size() + kEventOverheadBytes;
        if (i && events[i].at("timestamp").get<std::int64_t>() <
                     events[i - 1].at("timestamp").get<std::int64_t>()) {
            return invalid_parameter(
                "Log events in a single PutLogEvents request must be in chronological order.");
        }
    }
    const std::int64_t span = events.back().at("timestamp").get<std::int64_t>() -
                              events.front().at("timestamp").get<std::int64_t>();
    if (span > kDay) {
        return invalid_parameter(
            "The batch of log events in a single PutLogEvents request cannot span more than 24 hours.");
    }
    if (bytes > kMaxBatchBytes)
        return invalid_parameter("Upload too large: " + std::to_string(bytes) +
                                 " bytes exceeds limit of 1048576");
    return std::nullopt;
}

// store_batch appends the acceptable events and reports the rejected ranges as AWS does.
Json store_batch(Account& account, LogGroup& group, LogStream& stream, const Json& events) {
    Json rejected = Json::object();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const std::int64_t t = events[i].at("timestamp").get<std::int64_t>();
        if (t > account.now_ms + 2 * kHour) {
            if (!rejected.contains("tooNewLogEventStartIndex")) rejected["tooNewLogEventStartIndex"] = i;
        } else if (t < account.now_ms - 14 * kDay) {
            rejected["tooOldLogEventEndIndex"] = i;
        } else {
            append_log_event(account, group, stream, t, events[i].at("message").get<std::string>());
        }
    }
    return rejected;
}

// event_json shapes a stored event as GetLogEvents returns it.
Json event_json(const LogEvent& e) {
    return Json{{"timestamp", e.timestamp}, {"message", e.message}, {"ingestionTime", e.ingestion_time}};
}

// make_token writes a GetLogEvents token: direction letter, 56 digits, "/s".
std::string make_token(char direction, std::size_t index) {
    char digits[64];
    std::snprintf(digits, sizeof digits, "%056zu", index);
    return std::string(1, direction) + "/" + digits + "/s";
}

// read_token parses a token of make_token's form into its direction and index.
std::optional<std::pair<char, std::size_t>> read_token(const std::string& token) {
    if (token.size() != 60 || (token[0] != 'f' && token[0] != 'b') || token[1] != '/' ||
        token.substr(58) != "/s") {
        return std::nullopt;
    }
    std::size_t index = 0;
    for (char c : token.substr(2, 56)) {
        if (c < '0' || c > '9' || index > 100000000) return std::nullopt;
        index = index * 10 + static_cast<std::size_t>(c - '0');
    }
    return std::make_pair(token[0], index);
}

// in_window tells whether t lies in [startTime, endTime) of a request.
bool in_window(const Json& request, std::int64_t t) {
    auto start = int_field(request, "startTime");
    auto end = int_field(request, "endTime");
    return (!start || t >= *start) && (!end || t < *end);
}

// validate_get checks GetLogEvents' members.
std::optional<ApiError> validate_get(const Json& request) {
    if (auto e = check_shape(request, {{"logGroupName", FieldKind::kString},
                                       {"logStreamName", FieldKind::kString},
                                       {"startTime", FieldKind::kNumber},
                                       {"endTime", FieldKind::kNumber},
                                       {"nextToken", FieldKind::kString},
                                       {"limit", FieldKind::kNumber},
                                       {"startFromHead", FieldKind::kBool}})) {
        return e;
    }
    Validation v;
    validate_group_name(v, request);
    validate_stream_name(v, request);
    if (auto limit = int_field(request, "limit")) v.range(*limit, "limit", 1, 10000);
    if (!v.ok()) return v.error("InvalidParameterException");
    return std::nullopt;
}

// page_bounds picks the slice GetLogEvents returns from a window of n events.
std::optional<std::pair<std::size_t, std::size_t>> page_bounds(const Json& request, std::size_t n) {
    const std::size_t limit = static_cast<std::size_t>(int_field(request, "limit").value_or(10000));
    auto token_text = string_field(request, "nextToken");
    if (!token_text) {
        if (bool_field(request, "startFromHead").value_or(false))
            return std::make_pair(std::size_t{0}, std::min(n, limit));
        return std::make_pair(n > limit ? n - limit : 0, n);
    }
    auto token = read_token(*token_text);
    if (!token) return std::nullopt;
    const std::size_t at = std::min(token->second, n);
    if (token->first == 'f') return std::make_pair(at, std::min(n, at + limit));
    return std::make_pair(at > limit ? at - limit : 0, at);
}

// validate_filter checks FilterLogEvents' members.
std::optional<ApiError> validate_filter(const Json& request) {
    if (auto e = check_shape(request, {{"logGroupName", FieldKind::kString},
                                       {"logStreamNames", FieldKind::kArray},
                                       {"logStreamNamePrefix", FieldKind::kString},
                                       {"startTime", FieldKind::kNumber},
                                       {"endTime", FieldKind::kNumber},
                                       {"filterPattern", FieldKind::kString},
                                       {"nextToken", FieldKind::kString},
                                       {"limit", FieldKind::kNumber},
                                       {"interleaved", FieldKind::kBool}})) {
        return e;
    }
    Validation v;
    validate_group_name(v, request);
    if (auto limit = int_field(request, "limit")) v.range(*limit, "limit", 1, 10000);
    if (auto pattern = string_field(request, "filterPattern")) v.length(*pattern, "filterPattern", 0, 1024);
    if (!v.ok()) return v.error("InvalidParameterException");
    if (request.contains("logStreamNames") && request.contains("logStreamNamePrefix")) {
        return invalid_parameter("You cannot specify both logStreamNames and logStreamNamePrefix.");
    }
    return std::nullopt;
}

// stream_selected tells whether FilterLogEvents searches a stream.
bool stream_selected(const Json& request, const std::string& name) {
    if (auto prefix = string_field(request, "logStreamNamePrefix")) return name.rfind(*prefix, 0) == 0;
    auto names = request.find("logStreamNames");
    if (names == request.end() || !names->is_array()) return true;
    return std::find(names->begin(), names->end(), Json(name)) != names->end();
}

// Found is a matching event and the stream it is in.
struct Found {
    const LogStream* stream;
    const LogEvent* event;
};

// filtered_events collects the matching events of the selected streams in timestamp order.
std::vector<Found> filtered_events(const LogGroup& group, const Json& request, const LogFilter& filter) {
    std::vector<Found> found;
    for (const auto& [name, stream] : group.streams) {
        if (!stream_selected(request, name)) continue;
        for (const auto& e : stream.events) {
            if (in_window(request, e.timestamp) && filter.matches(e.message)) found.push_back({&stream, &e});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.event->timestamp != b.event->timestamp ? a.event->timestamp < b.event->timestamp
                                                        : a.event->seq < b.event->seq;
    });
    return found;
}

}  // namespace

ApiResult put_log_events(Account& account, const Json& request) {
    if (auto error = validate_put(request)) return *error;
    LogGroup* group = find_log_group(account, *string_field(request, "logGroupName"));
    if (!group) return group_not_found();
    auto stream = group->streams.find(*string_field(request, "logStreamName"));
    if (stream == group->streams.end()) return stream_not_found();
    const Json& events = request.at("logEvents");
    if (auto error = check_batch(events)) return *error;
    Json rejected = store_batch(account, *group, stream->second, events);
    Json out = {{"nextSequenceToken", new_sequence_token(account, stream->second)}};
    if (!rejected.empty()) out["rejectedLogEventsInfo"] = rejected;
    return out;
}

ApiResult get_log_events(Account& account, const Json& request) {
    if (auto error = validate_get(request)) return *error;
    LogGroup* group = find_log_group(account, *string_field(request, "logGroupName"));
    if (!group) return group_not_found();
    auto stream = group->streams.find(*string_field(request, "logStreamName"));
    if (stream == group->streams.end()) return stream_not_found();
    std::vector<const LogEvent*> window;
    for (const auto& e : stream->second.events) {
        if (in_window(request, e.timestamp)) window.push_back(&e);
    }
    auto bounds = page_bounds(request, window.size());
    if (!bounds) return invalid_parameter("The specified nextToken is invalid.");
    Json events = Json::array();
    for (std::size_t i = bounds->first; i < bounds->second; ++i)
        events.push_back(event_json(*window[i]));
    return Json{{"events", events},
                {"nextForwardToken", make_token('f', bounds->second)},
                {"nextBackwardToken", make_token('b', bounds->first)}};
}

ApiResult filter_log_events(Account& account, const Json& request) {
    if (auto error = validate_filter(request)) return *error;
    const LogGroup* group = find_log_group(account, *string_field(request, "logGroupName"));
    if (!group) return group_not_found();
    LogFilterResult filter = parse_log_filter(string_field(request, "filterPattern").value_or(""));
    if (filter.error) return *filter.error;
    const auto found = filtered_events(*group, request, *filter.filter);
    auto page =
        paginate(found.size(), string_field(request, "nextToken"), int_field(request, "limit"), 10000);
    if (!page) return invalid_parameter("The specified nextToken is invalid.");
    Json events = Json::array();
    for (std::size_t i = page->begin; i < page->end; ++i) {
        const auto& [stream, e] = found[i];
        events.push_back(Json{{"logStreamName", stream->name},
                              {"timestamp", e->timestamp},
                              {"message", e->message},
                              {"ingestionTime", e->ingestion_time},
                              {"eventId", e->event_id}});
    }
    Json out = {{"events", events}, {"searchedLogStreams", Json::array()}};
    if (page->next_token) out["nextToken"] = *page->next_token;
    return out;
}

}  // namespace evb
