#include "evb/lambda/function_behavior.hpp"

#include <string_view>

namespace evb {
namespace {

// event_field follows a dotted path ("detail.price") into the invocation's event.
std::optional<Json> event_field(const Json* event, std::string_view path) {
    if (!event) return std::nullopt;
    const Json* at = event;
    while (!path.empty()) {
        const std::size_t dot = path.find('.');
        const std::string key(path.substr(0, dot));
        if (!at->is_object() || !at->contains(key)) return std::nullopt;
        at = &at->at(key);
        path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    }
    return *at;
}

// random_value draws ${random:LO:HI}.
std::optional<Json> random_value(std::string_view spec, TemplateContext& context) {
    const std::size_t colon = spec.find(':');
    auto lo = parse_json(spec.substr(0, colon));
    auto hi = colon == std::string_view::npos ? std::nullopt : parse_json(spec.substr(colon + 1));
    if (!lo || !hi || !lo->is_number_integer() || !hi->is_number_integer() || !context.ids)
        return std::nullopt;
    return Json(context.ids->uniform(lo->get<std::int64_t>(), hi->get<std::int64_t>()));
}

// placeholder_value resolves one placeholder name, or nothing when it is unknown.
std::optional<Json> placeholder_value(std::string_view name, TemplateContext& context) {
    if (name == "seq") return Json(context.seq);
    if (name == "requestId") return Json(context.request_id);
    if (name == "time") return Json(context.time);
    if (name == "uuid" && context.ids) return Json(context.ids->uuid());
    if (name.rfind("random:", 0) == 0) return random_value(name.substr(7), context);
    if (name.rfind("event.", 0) == 0) return event_field(context.event, name.substr(6));
    if (name == "event" && context.event) return *context.event;
    return std::nullopt;
}

// as_text is a value as it appears inside a longer string.
std::string as_text(const Json& value) {
    return value.is_string() ? value.get<std::string>() : to_json_text(value);
}

// render_string fills the placeholders of one string.
Json render_string(const std::string& text, TemplateContext& context) {
    const bool whole = text.rfind("${", 0) == 0 && text.find('}') == text.size() - 1;
    if (whole) {
        if (auto value = placeholder_value(std::string_view(text).substr(2, text.size() - 3), context))
            return *value;
    }
    std::string out;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t open = text.find("${", at);
        const std::size_t close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) return Json(out + text.substr(at));
        out += text.substr(at, open - at);
        auto value = placeholder_value(std::string_view(text).substr(open + 2, close - open - 2), context);
        out += value ? as_text(*value) : text.substr(open, close - open + 1);
        at = close + 1;
    }
    return Json(out);
}

// check_entry checks one putEvents entry template.
std::optional<std::string> check_entry(const Json& entry) {
    if (!entry.is_object()) return "each putEvents entry must be an object";
    for (const char* key : {"Source", "DetailType", "EventBusName"}) {
        if (entry.contains(key) && !entry.at(key).is_string()) return std::string(key) + " must be a string";
    }
    return std::nullopt;
}

// check_failure checks the failure member.
std::optional<std::string> check_failure(const Json& failure) {
    if (!failure.is_object()) return "failure must be an object";
    if (failure.contains("every") &&
        (!failure.at("every").is_number_integer() || failure.at("every").get<std::int64_t>() < 1)) {
        return "failure.every must be a positive integer";
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> check_behavior(const Json& behavior) {
    if (!behavior.is_object()) return "the behavior must be a JSON object";
    if (behavior.contains("logs") && !behavior.at("logs").is_array()) return "logs must be an array of lines";
    if (behavior.contains("putEvents")) {
        if (!behavior.at("putEvents").is_array()) return "putEvents must be an array of entries";
        for (const auto& entry : behavior.at("putEvents")) {
            if (auto why = check_entry(entry)) return why;
        }
    }
    if (behavior.contains("failure")) {
        if (auto why = check_failure(behavior.at("failure"))) return why;
    }
    for (const char* key : {"durationMs", "initDurationMs", "maxMemoryUsedMb"}) {
        if (behavior.contains(key) && (!behavior.at(key).is_number() || behavior.at(key).get<double>() < 0)) {
            return std::string(key) + " must be a non-negative number";
        }
    }
    return std::nullopt;
}

Json render_template(const Json& value, TemplateContext& context) {
    if (value.is_string()) return render_string(value.get<std::string>(), context);
    if (value.is_array()) {
        Json out = Json::array();
        for (const auto& item : value)
            out.push_back(render_template(item, context));
        return out;
    }
    if (value.is_object()) {
        Json out = Json::object();
        for (const auto& [key, item] : value.items())
            out[key] = render_template(item, context);
        return out;
    }
    return value;
}

}  // namespace evb
