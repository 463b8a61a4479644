// Firing samples and comparing what they did with what they promise.
#include "evb/scenario/scenario_samples.hpp"

#include "evb/common/arn.hpp"
#include "evb/scenario/scenario_events.hpp"
#include "evb/scenario/scenario_world.hpp"

#include <set>

namespace evb {
namespace {

// Counters is a snapshot of every rule's matches and every log group's received events.
struct Counters {
    std::map<std::string, std::uint64_t> rules;
    std::map<std::string, std::uint64_t> groups;
};

Counters counters_of(const World& world) {
    Counters c;
    const Account& a = world.account();
    for (const auto& [bus_name, bus] : a.events.buses) {
        for (const auto& [name, rule] : bus.rules) {
            auto m = a.metrics.rules.find(rule_arn(a.config.region, a.config.account_id, bus_name, name));
            c.rules[bus_name + "/" + name] = m == a.metrics.rules.end() ? 0 : m->second.matched_events;
        }
    }
    for (const auto& [name, group] : a.logs.groups)
        c.groups[name] = group.stored_events + group.dropped.entries;
    return c;
}

SampleOutcome difference(const Counters& before, const Counters& after) {
    SampleOutcome out;
    for (const auto& [rule, n] : after.rules) {
        auto b = before.rules.find(rule);
        if (n > (b == before.rules.end() ? 0 : b->second)) out.matched_rules.push_back(rule);
    }
    for (const auto& [group, n] : after.groups) {
        auto b = before.groups.find(group);
        const std::uint64_t was = b == before.groups.end() ? 0 : b->second;
        if (n > was) out.log_deliveries[group] = n - was;
    }
    return out;
}

// text_of returns a string member, or its JSON text when it is something else.
std::string text_of(const Json& object, const char* name) {
    const Json value = object.value(name, Json(""));
    return value.is_string() ? value.get<std::string>() : to_json_text(value);
}

std::optional<std::string> put_sample_event(World& world, const Json& event) {
    ApiResult r =
        world.call("events", "PutEvents", Json{{"Entries", Json::array({entry_of(event, "default")})}});
    if (!r.ok()) return r.error().code + ": " + r.error().message;
    const Json& entries = r.body().value("Entries", Json::array());
    if (!entries.empty() && entries[0].contains("ErrorCode"))
        return text_of(entries[0], "ErrorCode") + ": " + text_of(entries[0], "ErrorMessage");
    return std::nullopt;
}

std::set<std::string> string_set(const Json& list) {
    std::set<std::string> out;
    if (!list.is_array()) return out;
    for (const auto& item : list) {
        if (item.is_string()) out.insert(item.get<std::string>());
    }
    return out;
}

// compare_sets describes the members missing from and extra to an expected set ("rule X to match").
void compare_sets(const std::set<std::string>& expected, const std::set<std::string>& actual,
                  const std::string& what, const std::string& verb, std::vector<std::string>& out) {
    for (const auto& e : expected) {
        if (!actual.count(e)) out.push_back("expected " + what + " " + e + " " + verb + ", but it did not");
    }
    for (const auto& a : actual) {
        if (!expected.count(a))
            out.push_back("did not expect " + what + " " + a + " " + verb + ", but it did");
    }
}

std::optional<std::string> call_sample(World& world, const Json& call) {
    const Json service = call.value("service", Json()), operation = call.value("operation", Json());
    if (!service.is_string() || !operation.is_string()) return "a call needs \"service\" and \"operation\"";
    ApiResult r = world.call(service.get<std::string>(), operation.get<std::string>(),
                             call.value("request", Json::object()));
    if (!r.ok()) return r.error().code + ": " + r.error().message;
    return std::nullopt;
}

// perform fires the sample's event, advances its clock or makes its call.
std::optional<std::string> perform(World& world, const Json& sample) {
    if (!sample.is_object()) return "a sample must be an object";
    if (sample.contains("advance_ms") && sample.at("advance_ms").is_number_integer()) {
        world.advance_ms(sample.at("advance_ms").get<std::int64_t>());
        return std::nullopt;
    }
    if (sample.contains("event")) return put_sample_event(world, sample.at("event"));
    if (sample.contains("call") && sample.at("call").is_object())
        return call_sample(world, sample.at("call"));
    return "a sample needs \"event\", \"advance_ms\" or \"call\"";
}

}  // namespace

SampleOutcome fire_sample(World& world, const Json& given) {
    const Json sample = fill_placeholders(given, world);
    const Counters before = counters_of(world);
    const std::optional<std::string> error = perform(world, sample);
    SampleOutcome out = difference(before, counters_of(world));
    out.error = error;
    return out;
}

std::vector<std::string> sample_mismatches(const SampleOutcome& outcome, const Json& sample) {
    std::vector<std::string> out;
    if (outcome.error) out.push_back("the sample failed: " + *outcome.error);
    if (!sample.is_object() || !sample.contains("expect") || !sample.at("expect").is_object()) return out;
    const Json& expect = sample.at("expect");
    if (expect.contains("rules")) {
        const std::set<std::string> matched(outcome.matched_rules.begin(), outcome.matched_rules.end());
        compare_sets(string_set(expect.at("rules")), matched, "rule", "to match", out);
    }
    if (expect.contains("log_groups")) {
        std::set<std::string> received;
        for (const auto& [group, n] : outcome.log_deliveries)
            received.insert(group);
        compare_sets(string_set(expect.at("log_groups")), received, "log group", "to receive the event", out);
    }
    return out;
}

Json sample_outcome_json(const SampleOutcome& outcome) {
    Json deliveries = Json::object();
    for (const auto& [group, n] : outcome.log_deliveries)
        deliveries[group] = n;
    return Json{{"matchedRules", outcome.matched_rules},
                {"logDeliveries", deliveries},
                {"error", outcome.error ? Json(*outcome.error) : Json()}};
}

}  // namespace evb
