// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). Parses and
// validates event-pattern JSON text the way EventBridge does (event-ruler's JsonRuleCompiler rules, read
// token by token, so errors arrive in AWS's order with AWS's wording and Jackson's location tails), and
// expands $or into branches: each branch is a set of (field path, matchers) that must all hold. Depends on
// the scanner and matcher helpers in pattern/ and the standard library; no nlohmann.
#pragma once

#include "evb/pattern/matcher.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

// The most alternatives $or may expand a pattern into (our limit; AWS does not publish one).
inline constexpr std::size_t kMaxOrBranches = 1000;

// The reason texts of errors raised outside JsonRuleCompiler's syntax checks.
inline constexpr std::string_view kTooComplexMessage =
    "Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after "
    "a "
    "wildcard character";

// One pattern field: its dotted path and the matchers of which any one must accept.
struct FieldRule {
    std::string path;
    std::shared_ptr<const std::vector<Matcher>> matchers;
};

// One $or alternative: every field rule must hold.
using PatternBranch = std::vector<FieldRule>;

// The outcome of parsing: branches, or the reason text (without "Event pattern is not valid. Reason: ").
struct ParsedPattern {
    std::vector<PatternBranch> branches;
    std::optional<std::string> error;
};

// parse_pattern parses, validates and $or-expands pattern text.
ParsedPattern parse_pattern(std::string_view text);

}  // namespace evb
