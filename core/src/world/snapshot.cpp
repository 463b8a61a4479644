#include "evb/world/snapshot.hpp"

#include "evb/iam/managed_policies.hpp"
#include "snapshot_parts.hpp"

#include <cstdio>
#include <exception>

namespace evb {
namespace {

// refused is the error of a document that cannot be loaded.
ApiError refused(const std::string& why) {
    return ApiError{"InvalidSaveDocument", why, 400};
}

// hex16 writes a 64-bit value as 16 hex digits.
std::string hex16(std::uint64_t value) {
    char buffer[20];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
    return buffer;
}

// parse_hex16 reads hex16's text.
std::uint64_t parse_hex16(const std::string& text) {
    if (text.size() != 16) throw SnapshotError("idState must be 16 hex digits");
    std::uint64_t value = 0;
    for (char c : text) {
        const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (digit < 0) throw SnapshotError("idState must be 16 hex digits");
        value = value * 16 + static_cast<std::uint64_t>(digit);
    }
    return value;
}

// config_json writes the account's fixed configuration.
Json config_json(const WorldConfig& config) {
    return Json{{"region", config.region},
                {"accountId", config.account_id},
                {"seed", config.seed},
                {"startTimeMs", config.start_time_ms}};
}

// read_config reads config_json's object.
WorldConfig read_config(const Json& json) {
    WorldConfig config;
    config.region = json.at("region").get<std::string>();
    config.account_id = json.at("accountId").get<std::string>();
    config.seed = json.at("seed").get<std::uint64_t>();
    config.start_time_ms = json.at("startTimeMs").get<std::int64_t>();
    return config;
}

// check_header accepts only our format, at our version or older.
std::optional<ApiError> check_header(const Json& doc) {
    if (!doc.is_object() || doc.value("format", Json()) != Json(kSaveFormat)) {
        return refused("This is not a saved EventBridge Playground world.");
    }
    auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer() || version->get<std::int64_t>() < 1) {
        return refused("The saved world has no valid format version.");
    }
    if (version->get<std::int64_t>() > kSaveFormatVersion) {
        return refused("This world was saved by a newer version of the playground (format version " +
                       std::to_string(version->get<std::int64_t>()) +
                       "); this version reads format version " + std::to_string(kSaveFormatVersion) +
                       " and older.");
    }
    return std::nullopt;
}

// read_budgets reads the document's budgets (a document older than budgets may name only its cap on log
// events per group); an unusable value gives the defaults and a note.
std::optional<std::string> read_budgets(const Json& doc, Account& account) {
    Json budgets = doc.value("budgets", Json::object());
    const Json& logs = doc.at("logs");
    if (!doc.contains("budgets") && logs.is_object() && logs.contains("maxEventsPerGroup"))
        budgets["logEventsPerGroup"] = logs.at("maxEventsPerGroup");
    BudgetsRead read = budgets_from_json(budgets);
    account.budgets = read.budgets;
    auto dropped = drop_tally_from_json(doc.value("activityDropped", Json::object()));
    if (dropped) account.activity_dropped = *dropped;
    if (!read.problem) return std::nullopt;
    return "The saved budgets were not usable (" + *read.problem + "); the default budgets apply.";
}

// read_account builds an Account from a header-checked document; throws on corrupted content.
Account read_account(const Json& doc) {
    Account account(read_config(doc.at("config")));
    account.now_ms = doc.at("nowMs").get<std::int64_t>();
    if (account.now_ms < kMinClockMs || account.now_ms > kMaxClockMs)
        throw SnapshotError("nowMs is out of range");
    account.ids.set_state(parse_hex16(doc.at("idState").get<std::string>()));
    install_managed_policies(account);
    load_events(doc.at("events"), account.events);
    load_logs(doc.at("logs"), account.logs);
    load_lambda(doc.at("lambda"), account.lambda);
    load_iam(doc.at("iam"), account.iam);
    load_metrics(doc.at("metrics"), account.metrics);
    for (const auto& entry : doc.at("activity"))
        account.activity.push_back(entry);
    if (!account.events.buses.count("default")) throw SnapshotError("the default event bus is missing");
    return account;
}

}  // namespace

std::string save_account(const Account& account) {
    Json doc = {{"format", kSaveFormat},
                {"version", kSaveFormatVersion},
                {"config", config_json(account.config)},
                {"nowMs", account.now_ms},
                {"idState", hex16(account.ids.state())},
                {"events", save_events(account.events)},
                {"logs", save_logs(account.logs)},
                {"lambda", save_lambda(account.lambda)},
                {"iam", save_iam(account.iam)},
                {"metrics", save_metrics(account.metrics)},
                {"budgets", budgets_to_json(account.budgets)},
                {"activity", Json(account.activity)},
                {"activityDropped", drop_tally_to_json(account.activity_dropped)}};
    return to_json_text(doc);
}

AccountLoad load_account(std::string_view text) {
    auto doc = parse_json(text);
    if (!doc) return {std::nullopt, refused("The saved world is not valid JSON."), std::nullopt};
    if (auto error = check_header(*doc)) return {std::nullopt, error, std::nullopt};
    try {
        Account account = read_account(*doc);
        std::optional<std::string> note = read_budgets(*doc, account);
        return {std::move(account), std::nullopt, std::move(note)};
    } catch (const std::exception& e) {
        return {std::nullopt, refused(std::string("The saved world is corrupted: ") + e.what()),
                std::nullopt};
    }
}

}  // namespace evb
