// The public event-pattern API (evb/pattern/event_pattern.hpp): compile once with AWS's validation, then
// match and explain events given as JSON text (the fast path, no DOM) or as parsed Json (serialised, then the
// same path). No exceptions leave these functions.
#include "evb/pattern/event_pattern.hpp"

#include "evb/pattern/compiled_pattern.hpp"
#include "evb/pattern/event_text.hpp"
#include "evb/pattern/explain.hpp"
#include "evb/pattern/flatten.hpp"
#include "evb/pattern/match.hpp"

namespace evb {

// PatternCompiler builds EventPattern values (the friend named by the public header).
struct PatternCompiler {
    static EventPattern make(std::shared_ptr<const CompiledPattern> compiled, std::string text) {
        EventPattern pattern;
        pattern.compiled_ = std::move(compiled);
        pattern.text_ = std::move(text);
        return pattern;
    }
};

namespace {

constexpr std::string_view kInvalidPrefix = "Event pattern is not valid. Reason: ";

}  // namespace

PatternResult compile_event_pattern(std::string_view pattern_json) {
    ParsedPattern parsed = parse_pattern(pattern_json);
    if (parsed.error) {
        return PatternResult{std::nullopt, ApiError{"InvalidEventPatternException",
                                                    std::string(kInvalidPrefix) + *parsed.error, 400}};
    }
    auto compiled = std::make_shared<const CompiledPattern>(compile_branches(parsed.branches));
    return PatternResult{PatternCompiler::make(std::move(compiled), std::string(pattern_json)), std::nullopt};
}

bool EventPattern::matches_text(std::string_view event_json) const {
    if (!compiled_) return false;
    FlatEvent event;
    if (!flatten_event(event_json, compiled_->index, event)) return false;
    return pattern_matches(*compiled_, event);
}

bool EventPattern::matches(const Json& event) const {
    const auto text = event_text(event);
    return text && matches_text(*text);
}

Explanation EventPattern::explain_text(std::string_view event_json) const {
    if (!compiled_) return Explanation{false, {}, "no pattern"};
    FlatEvent event;
    if (!flatten_event(event_json, compiled_->index, event)) return explain_unreadable(event.error);
    return explain_flat(*compiled_, event);
}

Explanation EventPattern::explain(const Json& event) const {
    const auto text = event_text(event);
    if (!text) return explain_unreadable("it could not be serialised");
    return explain_text(*text);
}

}  // namespace evb
