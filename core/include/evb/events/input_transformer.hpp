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

// TargetInput is the text a target receives, and its JSON value when the text is JSON.
struct TargetInput {
    std::string text;
    std::optional<Json> json;
};

// RuleContext names the rule a delivery comes from, for the predefined variables.
struct RuleContext {
    std::string name;
    std::string arn;
    std::int64_t ingestion_ms = 0;
};

// target_input computes what target receives for event under its Input, InputPath or InputTransformer.
TargetInput target_input(const Target& target, const Json& event, const RuleContext& rule);

// render_input_template fills a template's <variable> placeholders from the event and the paths map.
std::string render_input_template(const InputTransformer& transformer, const Json& event,
                                  const RuleContext& rule);

}  // namespace evb
