// The memory budget of a world: how much each store that grows with traffic may keep (log events per log
// group, log bytes in all, activity feed entries), and what each store dropped to stay within it. The
// oldest entries go first, and every drop is counted, with the virtual time of the first, so that the
// page and the shell can say what was dropped; nothing is dropped silently. Plain data and pure
// functions; depends only on the standard library and nlohmann/json.
#pragma once

#include "evb/common/json.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace evb {

// The default budgets keep a million events through five log targets within about 100 MB natively and in
// a browser tab (docs/budgets.md says how they were measured).
inline constexpr std::uint64_t kDefaultLogEventsPerGroup = 10000;
inline constexpr std::uint64_t kDefaultLogBytes = 32ull << 20;
inline constexpr std::uint64_t kDefaultActivityEntries = 100;

// The bounds a budget may be set to: at least one entry, and no more than a tab can hold.
inline constexpr std::uint64_t kMaxLogEventsPerGroup = 10000000;
inline constexpr std::uint64_t kMinLogBytes = 1024;
inline constexpr std::uint64_t kMaxLogBytes = 1024ull << 20;
inline constexpr std::uint64_t kMaxActivityEntries = 100000;

// Budgets bounds each store that grows with traffic.
struct Budgets {
    std::uint64_t log_events_per_group = kDefaultLogEventsPerGroup;
    std::uint64_t log_bytes = kDefaultLogBytes;  // log event messages, all groups together
    std::uint64_t activity_entries = kDefaultActivityEntries;

    bool operator==(const Budgets&) const = default;
};

// DropTally counts what a store dropped to stay within its budget, and when it first did (virtual clock).
struct DropTally {
    std::uint64_t entries = 0;
    std::uint64_t bytes = 0;
    std::optional<std::int64_t> since_ms;

    // count adds one dropped entry of the given size, at virtual time now_ms.
    void count(std::uint64_t size, std::int64_t now_ms) {
        ++entries;
        bytes += size;
        if (!since_ms) since_ms = now_ms;
    }
};

// budgets_problem says what is wrong with a budget (a value out of its bounds), or nothing.
std::optional<std::string> budgets_problem(const Budgets& budgets);

// budgets_to_json writes the budgets as {"logEventsPerGroup", "logBytes", "activityEntries"}.
Json budgets_to_json(const Budgets& budgets);

// BudgetsRead is budgets read from JSON, or the reason they could not be (members keep their defaults).
struct BudgetsRead {
    Budgets budgets;
    std::optional<std::string> problem;
};

// budgets_from_json reads budgets_to_json's object; a missing member keeps its default, a wrong one is a
// problem and gives the defaults.
BudgetsRead budgets_from_json(const Json& json);

// drop_tally_to_json writes a tally as {"entries", "bytes", "sinceMs"} (sinceMs only after a drop).
Json drop_tally_to_json(const DropTally& tally);

// drop_tally_from_json reads drop_tally_to_json's object; nothing when it is malformed.
std::optional<DropTally> drop_tally_from_json(const Json& json);

// group_digits writes a count with thousands separators: 12345 -> "12,345".
std::string group_digits(std::uint64_t value);

// size_text writes a byte count for people: "512 bytes", "3.1 KB", "3.1 MB" (powers of 1024).
std::string size_text(std::uint64_t bytes);

// log_drop_text says what the log budgets dropped from a group: "dropped 12,345 oldest events (3.1 MB)
// from /g to stay within the budgets (10,000 events per group, 32 MB of logs in all)".
std::string log_drop_text(const std::string& group, const DropTally& tally, const Budgets& budgets);

// activity_drop_text says what the activity budget dropped: "dropped 900 oldest activity entries to stay
// within the 100-entry budget".
std::string activity_drop_text(const DropTally& tally, const Budgets& budgets);

}  // namespace evb
