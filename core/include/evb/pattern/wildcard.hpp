// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). Wildcard patterns:
// '*' matches any run of characters, "\*" and "\\" are literal; EventBridge's syntax errors and a complexity
// limit ("Rule is too complex ...") for sets of wildcards on one field. Depends only on the standard
// library.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

// The most wildcard work a worst-case value may cause on one field; above it a rule is "too complex".
inline constexpr std::size_t kMaxWildcardComplexity = 9;

// A parsed wildcard: the literal pieces between unescaped '*' (one piece when there is no star).
struct WildcardPattern {
    std::vector<std::string> pieces;
};

// wildcard_syntax_error returns AWS's message for an invalid wildcard ("Consecutive wildcard characters at
// pos N").
std::optional<std::string> wildcard_syntax_error(std::string_view text);

// parse_wildcard splits a valid wildcard into its literal pieces.
WildcardPattern parse_wildcard(std::string_view text);

// wildcard_matches tells whether a string matches a wildcard.
bool wildcard_matches(const WildcardPattern& pattern, std::string_view value);

// wildcard_complexity measures how many wildcard states a worst-case value keeps alive at once.
std::size_t wildcard_complexity(const std::vector<std::string>& texts);

}  // namespace evb
