// The EventBridge event-pattern language: parse and validate a pattern once (with AWS's error texts),
// compile it, and match events against it; explain field by field why an event did or did not match.
// Depends only on evb/common/json.hpp and the standard library.
#pragma once

#include "evb/common/json.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

// One step of an explanation: a pattern field, the operator tried, the event's value(s), the outcome.
struct MatchStep {
    std::string path;    // "detail.price"
    std::string op;      // `numeric [">", 100]`, `"Order Service"`, `exists true`
    std::string actual;  // the event's value(s) at path, as JSON text, or "(missing)"
    bool matched = false;
};

// Why an event matched a pattern or not: every step tried, and the first reason it failed.
struct Explanation {
    bool matched = false;
    std::vector<MatchStep> steps;
    std::string reason;  // e.g. `detail.price: numeric [">", 100] did not match 80`; empty when matched
};

class CompiledPattern;

// A validated, compiled event pattern. Cheap to copy; immutable.
class EventPattern {
  public:
    // matches tells whether an event (a parsed JSON object) matches the pattern.
    bool matches(const Json& event) const;

    // matches_text tells whether an event given as JSON text matches; invalid JSON never matches.
    bool matches_text(std::string_view event_json) const;

    // explain says field by field why the event matched or did not.
    Explanation explain(const Json& event) const;

    // explain_text explains an event given as JSON text (the shell's and the UI's form).
    Explanation explain_text(std::string_view event_json) const;

    // text returns the pattern as the user gave it.
    const std::string& text() const { return text_; }

  private:
    friend struct PatternCompiler;
    friend class PatternSet;  // compiles many patterns together (evb/pattern/pattern_set.hpp)
    std::shared_ptr<const CompiledPattern> compiled_;
    std::string text_;
};

// The outcome of compiling a pattern: the pattern, or AWS's InvalidEventPatternException.
struct PatternResult {
    std::optional<EventPattern> pattern;
    std::optional<ApiError> error;
};

// compile_event_pattern parses, validates and compiles pattern text exactly as EventBridge would.
PatternResult compile_event_pattern(std::string_view pattern_json);

// check_test_event validates TestEventPattern's Event parameter (JSON text with the envelope fields AWS
// requires); returns AWS's ValidationException or nothing when the event is acceptable.
std::optional<ApiError> check_test_event(std::string_view event_json);

}  // namespace evb
