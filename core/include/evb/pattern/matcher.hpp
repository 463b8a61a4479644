// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). The compiled form
// of one value test in a pattern (`"x"`, `{"prefix": "x"}`, `{"numeric": [...]}`, ...) and the event values
// it is tried against. A pattern field holds a list of matchers; any one may accept. Depends on the pattern/
// value helpers (numeric, cidr, wildcard) and the standard library only.
#pragma once

#include "evb/pattern/cidr.hpp"
#include "evb/pattern/numeric.hpp"
#include "evb/pattern/wildcard.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

enum class ValueType : std::uint8_t { kString, kNumber, kTrue, kFalse, kNull };

// One leaf value of a flattened event: its type, its text (decoded string or raw number) and, for numbers in
// -5e9..5e9, its comparable form.
struct EventValue {
    ValueType type = ValueType::kNull;
    std::string_view text;
    std::optional<ComparableNumber> number;
};

enum class MatchKind : std::uint8_t {
    kExactString,
    kExactNumber,
    kExactLiteral,
    kPrefix,
    kPrefixIgnoreCase,
    kSuffix,
    kSuffixIgnoreCase,
    kEqualsIgnoreCase,
    kWildcard,
    kNumeric,
    kCidr,
    kExists,
    kAbsent,
    kAnythingBut,
    kAnythingButPrefix,
    kAnythingButSuffix,
    kAnythingButIgnoreCase,
    kAnythingButWildcard,
};

// A compiled value test. Which members are used depends on kind; display is how explanations print it.
struct Matcher {
    MatchKind kind = MatchKind::kExactString;
    ValueType literal = ValueType::kNull;  // kExactLiteral
    std::string text;                      // exact, prefix, suffix (case-folded for ignore-case kinds)
    bool letterwise = false;  // ignore-case kinds: text(s) kept as written, matched by matches_ignoring_case
    std::optional<ComparableNumber> number;  // kExactNumber's comparable form
    std::optional<IpAddress> ip;             // kExactString whose text is an IP address
    std::vector<std::string> texts;  // anything-but strings, prefixes, suffixes (folded for ignore-case)
    std::vector<ComparableNumber> numbers;   // anything-but numbers
    std::vector<WildcardPattern> wildcards;  // kWildcard (one), kAnythingButWildcard
    NumericRange range;                      // kNumeric
    IpRange block;                           // kCidr
    std::string display;
};

// matcher_accepts tells whether a matcher accepts one event value (kExists accepts any, kAbsent none).
bool matcher_accepts(const Matcher& matcher, const EventValue& value);

// is_anything_but tells whether a kind is one of the anything-but forms.
bool is_anything_but(MatchKind kind);

}  // namespace evb
