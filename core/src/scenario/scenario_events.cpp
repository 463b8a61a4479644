// Scenario events: entry form and envelope form.
#include "evb/scenario/scenario_events.hpp"

#include "evb/common/time_format.hpp"

namespace evb {
namespace {

constexpr const char* kEnvelopeFields[] = {"version", "id",     "detail-type", "source", "account",
                                           "time",    "region", "resources",   "detail"};

// detail_value reads Detail given as an object or as JSON text.
Json detail_value(const Json& detail) {
    if (detail.is_string()) {
        auto parsed = parse_json(detail.get<std::string>());
        return parsed ? *parsed : Json::object();
    }
    return detail.is_null() ? Json::object() : detail;
}

// member returns a member of an object, or fallback.
Json member(const Json& object, const char* name, Json fallback) {
    auto it = object.find(name);
    return it == object.end() ? fallback : *it;
}

// without_label drops the scenario's own "name" member from an event.
Json without_label(const Json& event) {
    Json out = event;
    if (out.is_object()) out.erase("name");
    return out;
}

}  // namespace

bool is_entry_form(const Json& event) {
    return event.is_object() &&
           (event.contains("Source") || event.contains("DetailType") || event.contains("Detail"));
}

Json envelope_of(const World& world, const Json& given) {
    const Json event = without_label(given);
    if (!event.is_object()) return Json::object();
    Json defaults = {{"version", "0"},
                     {"id", "00000000-0000-4000-8000-000000000000"},
                     {"detail-type", ""},
                     {"source", ""},
                     {"account", world.account_id()},
                     {"time", event_time(world.now_ms())},
                     {"region", world.region()},
                     {"resources", Json::array()},
                     {"detail", Json::object()}};
    if (is_entry_form(event)) {
        defaults["detail-type"] = member(event, "DetailType", "");
        defaults["source"] = member(event, "Source", "");
        defaults["resources"] = member(event, "Resources", Json::array());
        defaults["detail"] = detail_value(member(event, "Detail", Json()));
        return defaults;
    }
    Json out = Json::object();
    for (const char* field : kEnvelopeFields)
        out[field] = member(event, field, defaults[field]);
    for (const auto& [key, value] : event.items()) {
        if (!out.contains(key)) out[key] = value;
    }
    return out;
}

Json entry_of(const Json& given, const std::string& default_bus) {
    const Json event = without_label(given);
    if (!event.is_object()) return Json::object();
    Json entry = Json::object();
    if (is_entry_form(event)) {
        entry = event;
        if (entry.contains("Detail") && !entry.at("Detail").is_string())
            entry["Detail"] = to_json_text(entry.at("Detail"));
    } else {
        entry["Source"] = member(event, "source", "");
        entry["DetailType"] = member(event, "detail-type", "");
        entry["Detail"] = to_json_text(member(event, "detail", Json::object()));
        if (event.contains("resources")) entry["Resources"] = event.at("resources");
    }
    if (!entry.contains("EventBusName")) entry["EventBusName"] = default_bus;
    return entry;
}

std::string event_label(const Json& event, std::size_t index) {
    if (event.is_object() && event.contains("name") && event.at("name").is_string())
        return "\"" + event.at("name").get<std::string>() + "\"";
    const Json envelope = is_entry_form(event) ? Json{{"source", member(event, "Source", "")},
                                                      {"detail-type", member(event, "DetailType", "")}}
                                               : event;
    const Json source = envelope.is_object() ? member(envelope, "source", "") : Json("");
    const Json type = envelope.is_object() ? member(envelope, "detail-type", "") : Json("");
    std::string label = "event " + std::to_string(index + 1);
    if (source.is_string() && !source.get<std::string>().empty())
        label += " (" + source.get<std::string>();
    else
        return label;
    if (type.is_string() && !type.get<std::string>().empty()) label += " / " + type.get<std::string>();
    return label + ")";
}

}  // namespace evb
