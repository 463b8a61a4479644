#include "budgets_command.hpp"

#include "evb/common/time_format.hpp"

#include <charconv>

namespace evb::cli {
namespace {

constexpr const char* kUsage =
    "usage: budgets [--log-events-per-group N] [--log-bytes N] [--activity-entries N]\n";

// budget_member returns the member a flag sets, or nullptr.
std::uint64_t* budget_member(Budgets& budgets, const std::string& flag) {
    if (flag == "--log-events-per-group") return &budgets.log_events_per_group;
    if (flag == "--log-bytes") return &budgets.log_bytes;
    if (flag == "--activity-entries") return &budgets.activity_entries;
    return nullptr;
}

// parse_count reads a whole number.
std::optional<std::uint64_t> parse_count(const std::string& text) {
    std::uint64_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

// drops_text lists every store's drops, with the virtual time of the first.
std::string drops_text(const Account& account) {
    std::string out;
    for (const auto& [name, group] : account.logs.groups) {
        if (group.dropped.entries == 0) continue;
        out += log_drop_text(name, group.dropped, account.budgets) + ", since " +
               cli_time(*group.dropped.since_ms) + "\n";
    }
    if (account.activity_dropped.entries > 0) {
        out += activity_drop_text(account.activity_dropped, account.budgets) + ", since " +
               cli_time(*account.activity_dropped.since_ms) + "\n";
    }
    return out.empty() ? "nothing dropped\n" : out;
}

// show prints the budgets, what the logs hold against them, and the drops.
std::string show(const World& world) {
    const Budgets& b = world.budgets();
    return "log events per group  " + group_digits(b.log_events_per_group) + "\n" + "log bytes in all      " +
           group_digits(b.log_bytes) + " (" + size_text(b.log_bytes) + "; " +
           size_text(world.account().logs.stored_bytes) + " stored)\n" + "activity entries      " +
           group_digits(b.activity_entries) + "\n" + drops_text(world.account());
}

}  // namespace

ShellResult budgets_command(const std::vector<std::string>& args, CommandContext& context) {
    Budgets budgets = context.world.budgets();
    for (std::size_t i = 1; i < args.size(); i += 2) {
        std::uint64_t* member = budget_member(budgets, args[i]);
        if (!member) return {2, "", "budgets: unknown option " + args[i] + "\n" + kUsage};
        auto value = i + 1 < args.size() ? parse_count(args[i + 1]) : std::nullopt;
        if (!value) return {2, "", "budgets: " + args[i] + " needs a whole number\n" + kUsage};
        *member = *value;
    }
    if (args.size() > 1) {
        if (context.world.read_only())
            return {1, "", "budgets: this playground is read-only; its budgets cannot change\n"};
        if (auto error = context.world.set_budgets(budgets))
            return {2, "", "budgets: " + error->message + "\n"};
    }
    return {0, show(context.world), ""};
}

}  // namespace evb::cli

namespace evb {
namespace {

// note tells one store's first drops, once.
void note(std::vector<std::string>& told, const std::string& store, const std::string& text,
          std::string& out) {
    for (const auto& name : told)
        if (name == store) return;
    told.push_back(store);
    out += "evb: " + text + "; the oldest go first from now on (`budgets` shows and changes the budgets)\n";
}

}  // namespace

std::string BudgetWatch::notes(const World& world) {
    const Account& account = world.account();
    std::string out;
    for (const auto& [name, group] : account.logs.groups)
        if (group.dropped.entries > 0)
            note(told_, "logs " + name, log_drop_text(name, group.dropped, account.budgets), out);
    if (account.activity_dropped.entries > 0)
        note(told_, "activity", activity_drop_text(account.activity_dropped, account.budgets), out);
    return out;
}

}  // namespace evb
