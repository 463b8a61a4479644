#include "evb/logs/log_store.hpp"

#include <algorithm>

namespace evb {
namespace {

// refresh_bounds recomputes a stream's first and last event timestamps after a change.
void refresh_bounds(LogStream& stream) {
    if (stream.events.empty()) return;
    stream.first_event_timestamp = stream.events.front().timestamp;
    stream.last_event_timestamp = stream.events.back().timestamp;
}

// drop_oldest removes the group's earliest event (smallest timestamp, then arrival) and counts it;
// false when the group holds no event.
bool drop_oldest(LogGroup& group) {
    LogStream* oldest = nullptr;
    for (auto& [name, stream] : group.streams) {
        if (stream.events.empty()) continue;
        const LogEvent& front = stream.events.front();
        if (!oldest || front.timestamp < oldest->events.front().timestamp ||
            (front.timestamp == oldest->events.front().timestamp && front.seq < oldest->events.front().seq)) {
            oldest = &stream;
        }
    }
    if (!oldest) return false;
    group.stored_bytes -= oldest->events.front().message.size();
    oldest->events.pop_front();
    --group.stored_events;
    ++group.dropped_events;
    refresh_bounds(*oldest);
    return true;
}

// insert_sorted places an event after every event with an earlier or equal timestamp.
void insert_sorted(LogStream& stream, LogEvent event) {
    if (stream.events.empty() || stream.events.back().timestamp <= event.timestamp) {
        stream.events.push_back(std::move(event));
        return;
    }
    auto at = std::upper_bound(stream.events.begin(), stream.events.end(), event.timestamp,
                               [](std::int64_t t, const LogEvent& e) { return t < e.timestamp; });
    stream.events.insert(at, std::move(event));
}

}  // namespace

LogGroup* find_log_group(Account& account, const std::string& name) {
    auto it = account.logs.groups.find(name);
    return it == account.logs.groups.end() ? nullptr : &it->second;
}

LogGroup& add_log_group(Account& account, const std::string& name) {
    LogGroup& group = account.logs.groups[name];
    group.name = name;
    group.creation_ms = account.now_ms;
    return group;
}

LogStream& ensure_log_stream(Account& account, LogGroup& group, const std::string& name) {
    auto it = group.streams.find(name);
    if (it != group.streams.end()) return it->second;
    LogStream& stream = group.streams[name];
    stream.name = name;
    stream.creation_ms = account.now_ms;
    return stream;
}

void append_log_event(Account& account, LogGroup& group, LogStream& stream, std::int64_t timestamp,
                      std::string message, std::string event_id) {
    if (event_id.empty()) event_id = account.ids.digits(56);
    group.stored_bytes += message.size();
    ++group.stored_events;
    insert_sorted(stream, LogEvent{timestamp, account.now_ms, std::move(message), std::move(event_id),
                                   group.next_seq++});
    refresh_bounds(stream);
    stream.last_ingestion_time = account.now_ms;
    while (group.stored_events > account.logs.max_events_per_group && drop_oldest(group)) {
    }
}

const std::string& new_sequence_token(Account& account, LogStream& stream) {
    stream.upload_sequence_token = account.ids.digits(56);
    return stream.upload_sequence_token;
}

}  // namespace evb
