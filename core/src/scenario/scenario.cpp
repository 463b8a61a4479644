// Reading and checking scenario files.
#include "evb/scenario/scenario.hpp"

#include <vector>

namespace evb {
namespace {

// FieldRule says what one member of a check must be.
struct FieldRule {
    std::string_view name;
    std::string_view kind;  // string, array, object, bool, integer, any
    bool required;
};

struct CheckSpec {
    std::string_view type;
    std::vector<FieldRule> fields;
};

const std::vector<CheckSpec>& check_specs() {
    static const std::vector<CheckSpec> specs = {
        {"rule-matches",
         {{"rule", "string", true},
          {"bus", "string", false},
          {"matches", "array", false},
          {"does_not_match", "array", false}}},
        {"log-contains",
         {{"group", "string", true},
          {"where", "string", false},
          {"filter", "string", false},
          {"contains", "string", false},
          {"min", "integer", false}}},
        {"resource-exists",
         {{"resource", "string", true},
          {"name", "string", true},
          {"bus", "string", false},
          {"exists", "bool", false}}},
        {"target",
         {{"rule", "string", true},
          {"bus", "string", false},
          {"arn", "string", false},
          {"log_group", "string", false},
          {"function", "string", false},
          {"event_bus", "string", false},
          {"input", "string", false},
          {"role", "bool", false}}},
        {"delivers",
         {{"event", "object", true},
          {"bus", "string", false},
          {"log_group", "string", true},
          {"message_equals", "any", false},
          {"message_contains", "string", false},
          {"delivered", "bool", false}}},
    };
    return specs;
}

bool has_kind(const Json& v, std::string_view kind) {
    if (kind == "string") return v.is_string();
    if (kind == "array") return v.is_array();
    if (kind == "object") return v.is_object();
    if (kind == "bool") return v.is_boolean();
    if (kind == "integer") return v.is_number_integer();
    return true;
}

std::string text_member(const Json& doc, const char* name) {
    auto it = doc.find(name);
    return it != doc.end() && it->is_string() ? it->get<std::string>() : "";
}

// check_fields validates one check against its type's field rules.
std::string check_fields(const Json& check, const CheckSpec& spec, const std::string& where) {
    for (const auto& [key, value] : check.items()) {
        if (key == "type" || key == "id" || key == "title") continue;
        bool known = false;
        for (const auto& f : spec.fields) {
            if (f.name != key) continue;
            known = true;
            if (!has_kind(value, f.kind))
                return where + "." + key + ": must be " + (f.kind == "integer" ? "an " : "a ") +
                       std::string(f.kind);
        }
        if (!known) return where + "." + key + ": is not a field of a " + std::string(spec.type) + " check";
    }
    for (const auto& f : spec.fields) {
        if (f.required && !check.contains(f.name)) return where + "." + std::string(f.name) + ": is required";
    }
    return "";
}

std::string check_check(const Json& check, const std::string& where) {
    if (!check.is_object()) return where + ": must be an object";
    const std::string type = text_member(check, "type");
    for (const auto& spec : check_specs()) {
        if (spec.type == type) return check_fields(check, spec, where);
    }
    std::string known;
    for (const auto& t : check_types())
        known += (known.empty() ? "" : ", ") + t;
    return where + ".type: must be one of " + known;
}

std::string check_step(const Json& step, const std::string& where) {
    if (step.is_string()) return "";
    if (!step.is_object()) return where + ": must be an aws command line or an object";
    if (step.contains("advance_ms"))
        return step.at("advance_ms").is_number_integer() ? "" : where + ".advance_ms: must be an integer";
    if (!step.contains("service") || !step.at("service").is_string() || !step.contains("operation") ||
        !step.at("operation").is_string()) {
        return where + ": an API call needs \"service\" and \"operation\" strings";
    }
    if (step.contains("request") && !step.at("request").is_object())
        return where + ".request: must be an object";
    return "";
}

std::string check_sample(const Json& sample, const std::string& where) {
    if (!sample.is_object()) return where + ": must be an object";
    const bool event = sample.contains("event"), advance = sample.contains("advance_ms"),
               call = sample.contains("call");
    if (int(event) + int(advance) + int(call) != 1)
        return where + ": needs exactly one of \"event\", \"advance_ms\" and \"call\"";
    if (event && !sample.at("event").is_object()) return where + ".event: must be an object";
    if (call) {
        if (auto why = check_step(sample.at("call"), where + ".call"); !why.empty()) return why;
        if (!sample.at("call").is_object() || sample.at("call").contains("advance_ms"))
            return where + ".call: must be an API call";
    }
    if (advance && !sample.at("advance_ms").is_number_integer())
        return where + ".advance_ms: must be an integer";
    if (sample.contains("expect") && !sample.at("expect").is_object())
        return where + ".expect: must be an object";
    return "";
}

// check_list validates every element of an optional array member.
std::string check_list(const Json& doc, const char* name,
                       std::string (*check)(const Json&, const std::string&)) {
    if (!doc.contains(name)) return "";
    if (!doc.at(name).is_array()) return std::string(name) + ": must be an array";
    for (std::size_t i = 0; i < doc.at(name).size(); ++i) {
        if (auto why = check(doc.at(name)[i], std::string(name) + "[" + std::to_string(i) + "]");
            !why.empty())
            return why;
    }
    return "";
}

std::string check_document(const Json& doc) {
    if (!doc.is_object()) return "a scenario must be a JSON object";
    const std::string format = text_member(doc, "format");
    if (format != kExampleFormat && format != kExerciseFormat)
        return "format: must be \"evb-example\" or \"evb-exercise\"";
    if (!doc.contains("version") || !doc.at("version").is_number_integer())
        return "version: must be an integer";
    if (doc.at("version").get<std::int64_t>() > kScenarioFormatVersion)
        return "version: this file needs a newer playground";
    if (text_member(doc, "title").empty()) return "title: is required";
    const std::string level = text_member(doc, "level");
    if (!level.empty() && level != "easy" && level != "medium" && level != "hard")
        return "level: must be easy, medium or hard";
    if (auto why = check_list(doc, "world", check_step); !why.empty()) return why;
    if (auto why = check_list(doc, "solution", check_step); !why.empty()) return why;
    if (auto why = check_list(doc, "samples", check_sample); !why.empty()) return why;
    if (auto why = check_list(doc, "checks", check_check); !why.empty()) return why;
    if (doc.contains("hints") && !doc.at("hints").is_array()) return "hints: must be an array";
    if (format == kExerciseFormat && (!doc.contains("checks") || doc.at("checks").empty()))
        return "checks: an exercise needs at least one check";
    return "";
}

}  // namespace

const std::vector<std::string>& check_types() {
    static const std::vector<std::string> types = [] {
        std::vector<std::string> out;
        for (const auto& spec : check_specs())
            out.emplace_back(spec.type);
        return out;
    }();
    return types;
}

ScenarioLoad parse_scenario(std::string_view text) {
    auto doc = parse_json(text);
    if (!doc) return ScenarioLoad{std::nullopt, "the scenario is not valid JSON"};
    if (auto why = check_document(*doc); !why.empty()) return ScenarioLoad{std::nullopt, why};
    Scenario s;
    s.format = text_member(*doc, "format");
    s.id = text_member(*doc, "id");
    s.title = text_member(*doc, "title");
    s.level = text_member(*doc, "level");
    s.description = text_member(*doc, "description");
    s.instructions = text_member(*doc, "instructions");
    for (auto [name, slot] :
         {std::pair{"world", &s.world}, std::pair{"samples", &s.samples}, std::pair{"checks", &s.checks},
          std::pair{"hints", &s.hints}, std::pair{"solution", &s.solution}}) {
        if (doc->contains(name)) *slot = doc->at(name);
    }
    return ScenarioLoad{std::move(s), ""};
}

Json scenario_json(const Scenario& s) {
    Json out = {{"format", s.format}, {"version", kScenarioFormatVersion}};
    if (!s.id.empty()) out["id"] = s.id;
    out["title"] = s.title;
    if (!s.level.empty()) out["level"] = s.level;
    if (!s.description.empty()) out["description"] = s.description;
    if (!s.instructions.empty()) out["instructions"] = s.instructions;
    out["world"] = s.world;
    if (!s.samples.empty()) out["samples"] = s.samples;
    if (!s.checks.empty()) out["checks"] = s.checks;
    if (!s.hints.empty()) out["hints"] = s.hints;
    if (!s.solution.empty()) out["solution"] = s.solution;
    return out;
}

}  // namespace evb
