// The CloudWatch Logs resources of an account: log groups, their streams and stored events, bounded by
// the world's budgets (evb/world/budgets.hpp: oldest events are dropped first and counted). Plain data;
// the logs service acts on it. Depends only on the standard library and evb/world/budgets.hpp.
#pragma once

#include "evb/world/budgets.hpp"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>

namespace evb {

// LogEvent is one stored event. seq orders events within a group and backs GetLogEvents tokens.
struct LogEvent {
    std::int64_t timestamp = 0;
    std::int64_t ingestion_time = 0;
    std::string message;
    std::string event_id;
    std::uint64_t seq = 0;
};

// LogStream keeps its events in timestamp-then-arrival order.
struct LogStream {
    std::string name;
    std::int64_t creation_ms = 0;
    std::optional<std::int64_t> first_event_timestamp;
    std::optional<std::int64_t> last_event_timestamp;
    std::optional<std::int64_t> last_ingestion_time;
    std::string upload_sequence_token;
    std::deque<LogEvent> events;
};

// StreamFronts indexes a group's streams by their first event (timestamp, then seq), so that the budgets find
// the group's oldest event without visiting every stream. A cache, not state: a copy starts empty and is
// rebuilt on first use; only core/src/logs/log_store.cpp adds or removes events while it is built.
struct StreamFronts {
    StreamFronts() = default;
    StreamFronts(const StreamFronts&) {}
    StreamFronts& operator=(const StreamFronts&) {
        clear();
        return *this;
    }
    void clear() {
        fronts.clear();
        built = false;
    }

    std::set<std::tuple<std::int64_t, std::uint64_t, LogStream*>> fronts;
    bool built = false;
};

// LogGroup counts its stored events and bytes and what the budgets dropped from it.
struct LogGroup {
    std::string name;
    std::int64_t creation_ms = 0;
    std::optional<int> retention_days;
    std::map<std::string, LogStream> streams;
    std::uint64_t stored_events = 0;
    std::uint64_t stored_bytes = 0;
    DropTally dropped;
    std::uint64_t next_seq = 1;
    StreamFronts oldest{};  // see StreamFronts; not state
};

// LogsState is every log group by name, and the message bytes they store in all.
struct LogsState {
    std::map<std::string, LogGroup> groups;
    std::uint64_t stored_bytes = 0;
};

}  // namespace evb
