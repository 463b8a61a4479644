#include "evb/world/budgets.hpp"

#include <cstdio>

namespace evb {
namespace {

// within says whether value lies in [low, high], naming the budget when it does not.
std::optional<std::string> within(std::uint64_t value, std::uint64_t low, std::uint64_t high,
                                  const char* name) {
    if (value >= low && value <= high) return std::nullopt;
    return std::string(name) + " must be between " + std::to_string(low) + " and " + std::to_string(high) +
           ", not " + std::to_string(value);
}

// read_count reads one budget member into value; false when it is present but not a whole number >= 0.
bool read_count(const Json& json, const char* key, std::uint64_t& value) {
    auto it = json.find(key);
    if (it == json.end()) return true;
    if (!it->is_number_integer() || (!it->is_number_unsigned() && it->get<std::int64_t>() < 0)) return false;
    value = it->get<std::uint64_t>();
    return true;
}

}  // namespace

std::optional<std::string> budgets_problem(const Budgets& budgets) {
    if (auto p = within(budgets.log_events_per_group, 1, kMaxLogEventsPerGroup, "logEventsPerGroup"))
        return p;
    if (auto p = within(budgets.log_bytes, kMinLogBytes, kMaxLogBytes, "logBytes")) return p;
    return within(budgets.activity_entries, 1, kMaxActivityEntries, "activityEntries");
}

Json budgets_to_json(const Budgets& budgets) {
    return Json{{"logEventsPerGroup", budgets.log_events_per_group},
                {"logBytes", budgets.log_bytes},
                {"activityEntries", budgets.activity_entries}};
}

BudgetsRead budgets_from_json(const Json& json) {
    BudgetsRead read;
    if (!json.is_object()) return {Budgets{}, "the budgets are not a JSON object"};
    if (!read_count(json, "logEventsPerGroup", read.budgets.log_events_per_group) ||
        !read_count(json, "logBytes", read.budgets.log_bytes) ||
        !read_count(json, "activityEntries", read.budgets.activity_entries)) {
        return {Budgets{}, "each budget must be a whole number"};
    }
    if (auto problem = budgets_problem(read.budgets)) return {Budgets{}, problem};
    return read;
}

Json drop_tally_to_json(const DropTally& tally) {
    Json out = {{"entries", tally.entries}, {"bytes", tally.bytes}};
    if (tally.since_ms) out["sinceMs"] = *tally.since_ms;
    return out;
}

std::optional<DropTally> drop_tally_from_json(const Json& json) {
    if (!json.is_object()) return std::nullopt;
    DropTally tally;
    if (!read_count(json, "entries", tally.entries) || !read_count(json, "bytes", tally.bytes))
        return std::nullopt;
    auto since = json.find("sinceMs");
    if (since != json.end()) {
        if (!since->is_number_integer()) return std::nullopt;
        tally.since_ms = since->get<std::int64_t>();
    }
    return tally;
}

std::string group_digits(std::uint64_t value) {
    std::string digits = std::to_string(value), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string size_text(std::uint64_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    const char* units[] = {"KB", "MB", "GB"};
    double value = static_cast<double>(bytes) / 1024;
    int unit = 0;
    for (; value >= 1024 && unit < 2; ++unit)
        value /= 1024;
    char text[32];
    std::snprintf(text, sizeof text, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    return text;
}

std::string log_drop_text(const std::string& group, const DropTally& tally, const Budgets& budgets) {
    return "dropped " + group_digits(tally.entries) + " oldest event" + (tally.entries == 1 ? "" : "s") +
           " (" + size_text(tally.bytes) + ") from " + group + " to stay within the budgets (" +
           group_digits(budgets.log_events_per_group) + " events per group, " + size_text(budgets.log_bytes) +
           " of logs in all)";
}

std::string activity_drop_text(const DropTally& tally, const Budgets& budgets) {
    return "dropped " + group_digits(tally.entries) + " oldest activity entr" +
           (tally.entries == 1 ? "y" : "ies") + " to stay within the " +
           group_digits(budgets.activity_entries) + "-entry budget";
}

}  // namespace evb
