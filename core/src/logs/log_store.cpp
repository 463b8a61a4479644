#include "evb/logs/log_store.hpp"

#include <algorithm>
#include <optional>

namespace evb {
namespace {

// refresh_bounds recomputes a stream's first and last event timestamps after a change.
void refresh_bounds(LogStream& stream) {
    if (stream.events.empty()) return;
    stream.first_event_timestamp = stream.events.front().timestamp;
    stream.last_event_timestamp = stream.events.back().timestamp;
}

using FrontKey = std::tuple<std::int64_t, std::uint64_t, LogStream*>;

// front_key is a non-empty stream's entry in its group's StreamFronts.
FrontKey front_key(LogStream& stream) {
    return {stream.events.front().timestamp, stream.events.front().seq, &stream};
}

// build_fronts indexes every non-empty stream of a group by its first event.
void build_fronts(LogGroup& group) {
    group.oldest.clear();
    for (auto& [name, stream] : group.streams) {
        if (!stream.events.empty()) group.oldest.fronts.insert(front_key(stream));
    }
    group.oldest.built = true;
}

// oldest_stream returns the stream holding the group's earliest event (smallest timestamp, then arrival),
// or nullptr when the group holds no event. An index that disagrees with its stream is rebuilt.
LogStream* oldest_stream(LogGroup& group) {
    if (!group.oldest.built) build_fronts(group);
    if (group.oldest.fronts.empty()) return nullptr;
    LogStream* stream = std::get<2>(*group.oldest.fronts.begin());
    if (stream->events.empty() || front_key(*stream) != *group.oldest.fronts.begin()) {
        build_fronts(group);
        return group.oldest.fronts.empty() ? nullptr : std::get<2>(*group.oldest.fronts.begin());
    }
    return stream;
}

// drop_oldest removes the group's earliest event and counts it, keeping the group's StreamFronts; false
// when the group holds no event.
bool drop_oldest(Account& account, LogGroup& group) {
    LogStream* oldest = oldest_stream(group);
    if (!oldest) return false;
    group.oldest.fronts.erase(group.oldest.fronts.begin());
    const std::uint64_t size = oldest->events.front().message.size();
    group.stored_bytes -= size;
    account.logs.stored_bytes -= size;
    oldest->events.pop_front();
    --group.stored_events;
    group.dropped.count(size, account.now_ms);
    refresh_bounds(*oldest);
    if (!oldest->events.empty()) group.oldest.fronts.insert(front_key(*oldest));
    return true;
}

// drop_oldest_anywhere removes the earliest event of all groups (ties go to the first group by name), each
// group's earliest found through its StreamFronts; false when no group holds an event.
bool drop_oldest_anywhere(Account& account) {
    LogGroup* chosen = nullptr;
    std::int64_t chosen_time = 0;
    for (auto& [name, group] : account.logs.groups) {
        const LogStream* stream = oldest_stream(group);
        if (stream && (!chosen || stream->events.front().timestamp < chosen_time))
            chosen = &group, chosen_time = stream->events.front().timestamp;
    }
    return chosen && drop_oldest(account, *chosen);
}

// trim_group drops a group's oldest events beyond the events-per-group budget.
void trim_group(Account& account, LogGroup& group) {
    while (group.stored_events > account.budgets.log_events_per_group && drop_oldest(account, group)) {
    }
}

// trim_total drops the oldest events of all groups while they store more bytes than the budget.
void trim_total(Account& account) {
    while (account.logs.stored_bytes > account.budgets.log_bytes && drop_oldest_anywhere(account)) {
    }
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

bool forget_log_group(Account& account, const std::string& name) {
    auto it = account.logs.groups.find(name);
    if (it == account.logs.groups.end()) return false;
    account.logs.stored_bytes -= it->second.stored_bytes;
    account.logs.groups.erase(it);
    return true;
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
    account.logs.stored_bytes += message.size();
    ++group.stored_events;
    const std::optional<FrontKey> front =
        stream.events.empty() ? std::nullopt : std::optional<FrontKey>(front_key(stream));
    insert_sorted(stream, LogEvent{timestamp, account.now_ms, std::move(message), std::move(event_id),
                                   group.next_seq++});
    if (group.oldest.built && front != front_key(stream)) {  // the stream's first event changed
        if (front) group.oldest.fronts.erase(*front);
        group.oldest.fronts.insert(front_key(stream));
    }
    refresh_bounds(stream);
    stream.last_ingestion_time = account.now_ms;
    trim_group(account, group);
    trim_total(account);
}

void enforce_log_budgets(Account& account) {
    for (auto& [name, group] : account.logs.groups)
        trim_group(account, group);
    trim_total(account);
}

const std::string& new_sequence_token(Account& account, LogStream& stream) {
    stream.upload_sequence_token = account.ids.digits(56);
    return stream.upload_sequence_token;
}

}  // namespace evb
