#include "evb/events/input_transformer.hpp"

#include "evb/common/json_path.hpp"
#include "evb/common/time_format.hpp"

namespace evb {
namespace {

// without_detail returns the event without its detail field (the aws.events.event variable).
Json without_detail(const Json& event) {
    Json copy = event;
    if (copy.is_object()) copy.erase("detail");
    return copy;
}

// predefined returns the value of an aws.events.* variable, or nothing for other names.
std::optional<Json> predefined(std::string_view name, const Json& event, const RuleContext& rule) {
    if (name == "aws.events.rule-arn") return Json(std::string(rule.arn));
    if (name == "aws.events.rule-name") return Json(std::string(rule.name));
    if (name == "aws.events.event.ingestion-time") return Json(event_time(rule.ingestion_ms));
    if (name == "aws.events.event") return without_detail(event);
    if (name == "aws.events.event.json") return event;
    return std::nullopt;
}

// Lookup tells whether a placeholder names a variable, and its value when the event has one.
struct Lookup {
    bool defined = false;
    std::optional<Json> value;
};

// lookup resolves a placeholder name against predefined variables and the paths map.
Lookup lookup(std::string_view name, const InputTransformer& transformer, const Json& event,
              const RuleContext& rule) {
    if (auto value = predefined(name, event, rule)) return {true, value};
    auto it = transformer.input_paths_map.find(std::string(name));
    if (it == transformer.input_paths_map.end() || !it->is_string()) return {};
    return {true, json_path_select(event, it->get<std::string>())};
}

// strip_quotes removes the double quotes of an object or array inserted into a string.
std::string strip_quotes(std::string text) {
    std::erase(text, '"');
    return text;
}

// in_string_text is a value as it appears inside a JSON string: strings bare, objects without quotes.
std::string in_string_text(const std::optional<Json>& value) {
    if (!value) return "";
    if (value->is_string()) return value->get<std::string>();
    if (value->is_structured()) return strip_quotes(to_json_text(*value));
    return to_json_text(*value);
}

// in_json_text is a value as it appears as a JSON value: quoted strings, missing values as null.
std::string in_json_text(const std::optional<Json>& value) {
    return value ? to_json_text(*value) : "null";
}

// StringScanner follows whether a position of the template is inside a JSON string literal.
struct StringScanner {
    bool in_string = false;
    bool escaped = false;

    void feed(char c) {
        if (escaped)
            escaped = false;
        else if (in_string && c == '\\')
            escaped = true;
        else if (c == '"')
            in_string = !in_string;
    }
};

// is_json_template tells whether a template is JSON (an object or array) rather than plain text.
bool is_json_template(const std::string& text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    return first != std::string::npos && (text[first] == '{' || text[first] == '[');
}

}  // namespace

std::string render_input_template(const InputTransformer& transformer, const Json& event,
                                  const RuleContext& rule) {
    const std::string& text = transformer.input_template;
    std::string out;
    StringScanner scanner;
    const bool json = is_json_template(text);
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t close = text[at] == '<' ? text.find('>', at) : std::string::npos;
        if (close != std::string::npos) {
            Lookup found =
                lookup(std::string_view(text).substr(at + 1, close - at - 1), transformer, event, rule);
            if (found.defined) {
                out += scanner.in_string || !json ? in_string_text(found.value) : in_json_text(found.value);
                at = close + 1;
                continue;
            }
        }
        scanner.feed(text[at]);
        out += text[at++];
    }
    return out;
}

TargetInput target_input(const Target& target, const Json& event, const RuleContext& rule,
                         const std::string* event_text) {
    TargetInput input;
    if (target.input) {
        input.text = *target.input;
    } else if (target.input_path) {
        input.text = to_json_text(json_path_select(event, *target.input_path).value_or(Json()));
    } else if (target.input_transformer) {
        input.text = render_input_template(*target.input_transformer, event, rule);
    } else {
        input.text = event_text ? *event_text : to_json_text(event);
        input.whole_event = true;
        return input;
    }
    input.json = parse_json(input.text);
    return input;
}

}  // namespace evb
