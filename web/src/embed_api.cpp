#include "embed_api.hpp"

#include "app.hpp"
#include "bridge_guard.hpp"
#include "evb/common/json_access.hpp"
#include "evb/scenario/scenario_events.hpp"
#include "page.hpp"
#include "panels/examples_panel.hpp"
#include "scenario_library.hpp"

#include <emscripten/emscripten.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>

EM_JS(void, js_deliveries, (const char* json),
      { Module.evbDelivered&& Module.evbDelivered(UTF8ToString(json)); });
EM_JS(char*, js_page_options, (), {
    var text = JSON.stringify(Module.evbPageOptions || {});
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});

namespace evb::web {

Json failure(std::string code, std::string message) {
    return Json{{"ok", false}, {"error", {{"code", std::move(code)}, {"message", std::move(message)}}}};
}

namespace {

constexpr std::size_t kMaxLineBytes = 64 * 1024;

// RuleName splits a rule ARN ("...:rule/bus/name" or "...:rule/name") into its bus and name.
struct RuleName {
    std::string bus = "default";
    std::string name;
};

RuleName rule_name(const std::string& arn) {
    RuleName out;
    const auto rule = arn.find(":rule/");
    std::string rest = rule == std::string::npos ? arn : arn.substr(rule + 6);
    const auto slash = rest.find('/');
    if (slash == std::string::npos) return out.name = rest, out;
    out.bus = rest.substr(0, slash);
    out.name = rest.substr(slash + 1);
    return out;
}

std::string target_arn(App& app, const RuleName& rule, const std::string& id) {
    const ApiResult& targets =
        app.read("events", "ListTargetsByRule", Json{{"Rule", rule.name}, {"EventBusName", rule.bus}});
    for (const Json& target : items(targets.body(), "Targets"))
        if (text_member(target, "Id") == id) return text_member(target, "Arn");
    return "";
}

// Counts are the delivery counters of every target, to tell new deliveries by difference.
using Counts = std::map<std::string, std::uint64_t>;

Counts delivery_counts(const World& world) {
    Counts counts;
    for (const auto& [key, metrics] : world.metrics().targets)
        counts[key] = metrics.deliveries;
    return counts;
}

Json deliveries_between(App& app, const Counts& before, const Counts& after) {
    Json out = Json::array();
    for (const auto& [key, count] : after) {
        auto old = before.find(key);
        const std::uint64_t was = old == before.end() ? 0 : old->second;
        if (count <= was) continue;
        const auto hash = key.rfind('#');
        const std::string rule_arn = key.substr(0, hash),
                          id = hash == std::string::npos ? "" : key.substr(hash + 1);
        RuleName rule = rule_name(rule_arn);
        out.push_back(Json{{"bus", rule.bus},
                           {"rule", rule.name},
                           {"ruleArn", rule_arn},
                           {"target", id},
                           {"targetArn", target_arn(app, rule, id)},
                           {"count", count - was}});
    }
    return out;
}

Json matched_rules_between(const Metrics& before, const Metrics& after) {
    Json out = Json::array();
    for (const auto& [arn, metrics] : after.rules) {
        auto old = before.rules.find(arn);
        if (metrics.matched_events <= (old == before.rules.end() ? 0 : old->second.matched_events)) continue;
        RuleName rule = rule_name(arn);
        out.push_back(rule.bus + "/" + rule.name);
    }
    return out;
}

Json load(App& app, const Json& message) {
    const Json& scenario = member(message, "scenario");
    if (scenario.is_string()) {
        const std::string problem = load_scenario_world(app, scenario.get<std::string>());
        if (!problem.empty()) return failure("ResourceNotFoundException", problem);
        return Json{{"ok", true}, {"title", find_scenario(scenario.get<std::string>())->title}};
    }
    if (!scenario.is_object())
        return failure("ValidationException", "load needs \"scenario\": an id or a scenario object.");
    ScenarioLoad parsed = parse_scenario(to_json_text(scenario));
    if (!parsed.scenario) return failure("ValidationException", "The scenario is not valid: " + parsed.error);
    BuiltWorld built = build_world_document(*parsed.scenario, app.world().account().config);
    if (!built.error.empty())
        return failure("ValidationException", "The scenario's world failed at " + built.error);
    if (auto error = app.replace_world(built.document, "loaded " + parsed.scenario->title, built.lines))
        return failure(error->code, error->message);
    return Json{{"ok", true}, {"title", parsed.scenario->title}};
}

Json run(App& app, const Json& message) {
    const Json& line = member(message, "line");
    if (!line.is_string()) return failure("ValidationException", "run needs \"line\": an aws command line.");
    if (line.get_ref<const std::string&>().size() > kMaxLineBytes)
        return failure("ValidationException", "The command line is longer than 65536 bytes.");
    ShellResult result = app.exec(line.get<std::string>());
    return Json{{"ok", result.exit_code == 0},
                {"exitCode", result.exit_code},
                {"out", result.out},
                {"err", result.err}};
}

Json fire(App& app, const Json& message) {
    const Json& event = member(message, "event");
    if (!event.is_object())
        return failure("ValidationException", "fire needs \"event\": a PutEvents entry or an event.");
    const Json& bus = member(message, "bus");
    const Json entry = entry_of(event, bus.is_string() ? bus.get<std::string>() : "default");
    const Metrics before = app.world().metrics();
    const Counts counts_before = delivery_counts(app.world());
    ApiResult result = app.apply("events", "PutEvents", Json{{"Entries", Json::array({entry})}});
    if (!result.ok()) return failure(result.error().code, result.error().message);
    const Json& first = items(result.body(), "Entries").empty() ? Json() : items(result.body(), "Entries")[0];
    if (!text_member(first, "ErrorCode").empty())
        return failure(text_member(first, "ErrorCode"), text_member(first, "ErrorMessage"));
    return Json{{"ok", true},
                {"eventId", text_member(first, "EventId")},
                {"matchedRules", matched_rules_between(before, app.world().metrics())},
                {"deliveries", deliveries_between(app, counts_before, delivery_counts(app.world()))}};
}

Json results(App& app, const Json& message) {
    const std::string only = text_member(message, "logGroup");
    Json groups = Json::object();
    for (const Json& group :
         items(app.read("logs", "DescribeLogGroups", Json::object()).body(), "logGroups")) {
        const std::string name = text_member(group, "logGroupName");
        if (!only.empty() && name != only) continue;
        Json events = Json::array();
        const ApiResult& found =
            app.read("logs", "FilterLogEvents", Json{{"logGroupName", name}, {"limit", 100}});
        for (const Json& event : items(found.body(), "events")) {
            const std::string text = text_member(event, "message");
            events.push_back(parse_json(text).value_or(Json(text)));
        }
        groups[name] = events;
    }
    Json rules = Json::array();
    for (const auto& [arn, metrics] : app.world().metrics().rules) {
        RuleName rule = rule_name(arn);
        rules.push_back(
            Json{{"bus", rule.bus}, {"rule", rule.name}, {"matchedEvents", metrics.matched_events}});
    }
    return Json{{"ok", true}, {"logGroups", groups}, {"rules", rules}};
}

}  // namespace

Json host_request(App& app, const Json& message) {
    if (!message.is_object()) return failure("ValidationException", "A message must be a JSON object.");
    const std::string type = text_member(message, "type");
    if (type == "load") return load(app, message);
    if (type == "run") return run(app, message);
    if (type == "fire") return fire(app, message);
    if (type == "results") return results(app, message);
    if (type == "state") return Json{{"ok", true}, {"world", app.snapshot()}};
    return failure("ValidationException", "Unknown message type '" + type.substr(0, 64) +
                                              "': expected load, run, fire, results or state.");
}

void notify_deliveries(App& app) {
    static std::uint64_t seen_revision = ~std::uint64_t{0};
    static Counts seen;
    if (app.world().revision() == seen_revision) return;
    const bool first = seen_revision == ~std::uint64_t{0};
    seen_revision = app.world().revision();
    Counts now = delivery_counts(app.world());
    Json deliveries = first ? Json::array() : deliveries_between(app, seen, now);
    seen = std::move(now);
    if (!deliveries.empty()) js_deliveries(to_json_text(deliveries).c_str());
}

PageOptions browser_page_options() {
    char* text = js_page_options();
    std::optional<Json> query = parse_json(text ? text : "");
    std::free(text);
    return parse_page_options(query.value_or(Json()));
}

}  // namespace evb::web

// Called by site/evb-share.js with a host page's message (JSON text); the answer stays valid until the
// next call.
extern "C" EMSCRIPTEN_KEEPALIVE const char* evb_host_message(const char* text) {
    static std::string answer;
    evb::Json reply = evb::web::guarded(
        "a message from the host page",
        [text] {
            std::optional<evb::Json> message = evb::parse_json(text ? text : "");
            return message ? evb::web::host_request(evb::web::page().app, *message)
                           : evb::web::failure("SerializationException", "The message is not JSON.");
        },
        [](const char* what) {
            return evb::web::failure("InternalFailure",
                                     std::string("The request processing has failed: ") + what);
        });
    evb::web::request_frames(3);
    answer = evb::to_json_text(reply);
    return answer.c_str();
}
