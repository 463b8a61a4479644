// Saving and restoring log groups, streams and their stored events.
#include "world/snapshot_parts.hpp"

namespace evb {
namespace {

// put_time sets key when the optional time is present.
void put_time(Json& json, const char* key, const std::optional<std::int64_t>& value) {
    if (value) json[key] = *value;
}

// get_time reads an optional time member.
std::optional<std::int64_t> get_time(const Json& json, const char* key) {
    auto it = json.find(key);
    if (it == json.end()) return std::nullopt;
    return it->get<std::int64_t>();
}

// save_stream writes a stream; each event is [timestamp, ingestionTime, message, eventId, seq].
Json save_stream(const LogStream& stream) {
    Json out = {{"name", stream.name}, {"creationMs", stream.creation_ms}};
    put_time(out, "firstEventTimestamp", stream.first_event_timestamp);
    put_time(out, "lastEventTimestamp", stream.last_event_timestamp);
    put_time(out, "lastIngestionTime", stream.last_ingestion_time);
    out["uploadSequenceToken"] = stream.upload_sequence_token;
    Json events = Json::array();
    for (const auto& e : stream.events)
        events.push_back(Json::array({e.timestamp, e.ingestion_time, e.message, e.event_id, e.seq}));
    out["events"] = events;
    return out;
}

// load_stream reads save_stream's object.
LogStream load_stream(const Json& json) {
    LogStream stream;
    stream.name = json.at("name").get<std::string>();
    stream.creation_ms = json.at("creationMs").get<std::int64_t>();
    stream.first_event_timestamp = get_time(json, "firstEventTimestamp");
    stream.last_event_timestamp = get_time(json, "lastEventTimestamp");
    stream.last_ingestion_time = get_time(json, "lastIngestionTime");
    stream.upload_sequence_token = json.at("uploadSequenceToken").get<std::string>();
    for (const auto& e : json.at("events")) {
        stream.events.push_back(LogEvent{e.at(0).get<std::int64_t>(), e.at(1).get<std::int64_t>(),
                                         e.at(2).get<std::string>(), e.at(3).get<std::string>(),
                                         e.at(4).get<std::uint64_t>()});
    }
    return stream;
}

// check_counts refuses a group whose counters do not match the events it holds.
void check_counts(const LogGroup& group) {
    std::uint64_t events = 0, bytes = 0;
    for (const auto& [name, stream] : group.streams) {
        events += stream.events.size();
        for (const auto& e : stream.events)
            bytes += e.message.size();
    }
    if (events != group.stored_events || bytes != group.stored_bytes) {
        throw SnapshotError("log group " + group.name + " counts do not match its events");
    }
}

// save_group writes a group and its counters.
Json save_group(const LogGroup& group) {
    Json out = {{"name", group.name}, {"creationMs", group.creation_ms}};
    if (group.retention_days) out["retentionDays"] = *group.retention_days;
    out["storedEvents"] = group.stored_events;
    out["storedBytes"] = group.stored_bytes;
    out["droppedEvents"] = group.dropped.entries;
    out["droppedBytes"] = group.dropped.bytes;
    if (group.dropped.since_ms) out["droppedSinceMs"] = *group.dropped.since_ms;
    out["nextSeq"] = group.next_seq;
    Json streams = Json::array();
    for (const auto& [name, stream] : group.streams)
        streams.push_back(save_stream(stream));
    out["streams"] = streams;
    return out;
}

// load_group reads save_group's object.
LogGroup load_group(const Json& json) {
    LogGroup group;
    group.name = json.at("name").get<std::string>();
    group.creation_ms = json.at("creationMs").get<std::int64_t>();
    if (json.contains("retentionDays")) group.retention_days = json.at("retentionDays").get<int>();
    group.stored_events = json.at("storedEvents").get<std::uint64_t>();
    group.stored_bytes = json.at("storedBytes").get<std::uint64_t>();
    group.dropped.entries = json.at("droppedEvents").get<std::uint64_t>();
    group.dropped.bytes = json.value("droppedBytes", std::uint64_t{0});
    if (json.contains("droppedSinceMs"))
        group.dropped.since_ms = json.at("droppedSinceMs").get<std::int64_t>();
    group.next_seq = json.at("nextSeq").get<std::uint64_t>();
    for (const auto& s : json.at("streams")) {
        LogStream stream = load_stream(s);
        group.streams[stream.name] = std::move(stream);
    }
    check_counts(group);
    return group;
}

}  // namespace

Json save_logs(const LogsState& logs) {
    Json groups = Json::array();
    for (const auto& [name, group] : logs.groups)
        groups.push_back(save_group(group));
    return Json{{"groups", groups}};
}

void load_logs(const Json& json, LogsState& logs) {
    for (const auto& g : json.at("groups")) {
        LogGroup group = load_group(g);
        logs.stored_bytes += group.stored_bytes;
        logs.groups[group.name] = std::move(group);
    }
}

}  // namespace evb
