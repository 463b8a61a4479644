// The delivers check: fire an event on a copy of the world and look at what reaches a log group.
#include "checks.hpp"
#include "evb/scenario/scenario_events.hpp"
#include "evb/scenario/scenario_samples.hpp"

#include <nlohmann/json.hpp>

#include <vector>

namespace evb::checks {
namespace {

// new_messages lists the messages a log group received after sequence number `from`.
std::vector<std::string> new_messages(const World& world, const std::string& group, std::uint64_t from) {
    std::vector<std::string> out;
    auto g = world.account().logs.groups.find(group);
    if (g == world.account().logs.groups.end()) return out;
    for (const auto& [name, stream] : g->second.streams) {
        for (const auto& e : stream.events) {
            if (e.seq >= from) out.push_back(e.message);
        }
    }
    return out;
}

// same_json compares a message with an expected value; objects compare whatever their member order.
bool same_json(const std::string& message, const Json& expected) {
    if (expected.is_string() && message == expected.get<std::string>()) return true;
    if (json_nests_deeper_than(message)) return false;
    auto parsed = nlohmann::json::parse(message, nullptr, false);
    auto wanted = nlohmann::json::parse(to_json_text(expected), nullptr, false);
    return !parsed.is_discarded() && parsed == wanted;
}

bool any_message(const std::vector<std::string>& messages, const Json& check) {
    for (const auto& m : messages) {
        bool ok = true;
        if (check.contains("message_equals")) ok = same_json(m, check.at("message_equals"));
        if (!text_of(check, "message_contains").empty())
            ok = ok && m.find(text_of(check, "message_contains")) != std::string::npos;
        if (ok) return true;
    }
    return false;
}

std::string matched_words(const SampleOutcome& outcome) {
    if (outcome.matched_rules.empty()) return "no rule matched it";
    std::string out = "it matched";
    for (const auto& r : outcome.matched_rules)
        out += " " + r + ",";
    out.pop_back();
    return out;
}

std::string wanted_words(const Json& check) {
    if (check.contains("message_equals")) return "the message " + to_json_text(check.at("message_equals"));
    return "a message containing \"" + text_of(check, "message_contains") + "\"";
}

}  // namespace

void delivers(const World& world, const Json& check, CheckResult& result) {
    const std::string group = text_of(check, "log_group");
    WorldLoad copy = World::from_save(world.save());
    if (!copy.world) return void(result.message = "The world could not be copied to try the event.");
    auto g = copy.world->account().logs.groups.find(group);
    const std::uint64_t from = g == copy.world->account().logs.groups.end() ? 0 : g->second.next_seq;
    Json event = entry_of(check.value("event", Json::object()), text_of(check, "bus", "default"));
    if (check.contains("bus")) event["EventBusName"] = text_of(check, "bus");
    const SampleOutcome outcome = fire_sample(*copy.world, Json{{"event", event}});
    if (outcome.error) return void(result.message = "The event was refused: " + *outcome.error);
    const std::vector<std::string> messages = new_messages(*copy.world, group, from);
    const bool wanted = check.value("delivered", Json(true)).is_boolean()
                            ? check.value("delivered", Json(true)).get<bool>()
                            : true;
    const std::string bus = event.value("EventBusName", Json("default")).is_string()
                                ? event.value("EventBusName", Json("default")).get<std::string>()
                                : "default";
    if (!wanted) {
        result.passed = messages.empty();
        result.message = result.passed ? "The event stays out of log group " + group + "."
                                       : "The event should not reach log group " + group + ", but it does (" +
                                             matched_words(outcome) + ").";
        return;
    }
    if (messages.empty())
        return void(result.message = "An event put on bus " + bus + " does not reach log group " + group +
                                     ": " + matched_words(outcome) + ".");
    const bool shaped = !check.contains("message_equals") && text_of(check, "message_contains").empty();
    result.passed = shaped || any_message(messages, check);
    result.message = result.passed ? "The event reaches log group " + group + "."
                                   : "The event reaches log group " + group + " as " + messages.back() +
                                         ", but the check wants " + wanted_words(check) + ".";
}

}  // namespace evb::checks
