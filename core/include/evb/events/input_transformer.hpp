// What a rule's target receives for an event: the event itself, a constant Input, the part an InputPath
// selects, or an InputTransformer's template with <variable> placeholders filled as AWS documents
// (in an object or array template, string values go in bare inside JSON strings and quoted elsewhere; a
// plain-text template gets them bare; the predefined aws.events.* variables).
// Depends only on evb/events/model.hpp, evb/common/json_path.hpp and evb/common/time_format.hpp.
#pragma once

#include "evb/common/json.hpp"
#include "evb/events/model.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace evb {

// TargetInput is the text a target receives, and its JSON value when the text is JSON and not the event
// itself (then `whole_event` is set and the caller has the event's value at hand: no copy is made).
struct TargetInput {
    std::string text;
    std::optional<Json> json;
    bool whole_event = false;
};

// RuleContext names the rule a delivery comes from, for the predefined variables (it refers to the
// caller's strings, which outlive it).
struct RuleContext {
    std::string_view name;
    std::string_view arn;
    std::int64_t ingestion_ms = 0;
};

// target_input computes what target receives for event under its Input, InputPath or InputTransformer;
// event_text, when given, is the event's JSON text (to_json_text), so that it is not serialised again.
TargetInput target_input(const Target& target, const Json& event, const RuleContext& rule,
                         const std::string* event_text = nullptr);

// render_input_template fills a template's <variable> placeholders from the event and the paths map.
std::string render_input_template(const InputTransformer& transformer, const Json& event,
                                  const RuleContext& rule);

}  // namespace evb
