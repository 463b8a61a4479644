// Internal to the event-pattern engine (evb/event_pattern.hpp is the public API). Numbers as EventBridge
// compares them: fixed point with six decimal places, between -5e9 and 5e9 inclusive (event-ruler's
// ComparableNumber). Numbers outside that range only ever match by their exact text. Depends only on the
// standard library.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace evb {

inline constexpr std::int64_t kMicrosPerUnit = 1'000'000;
inline constexpr std::int64_t kFiveBillionMicros = 5'000'000'000LL * kMicrosPerUnit;

// AWS's message for a numeric operand outside the comparable range.
inline constexpr std::string_view kNumberRangeMessage = "Value must be between -5.0E9 and 5.0E9, inclusive";

// A numeric interval in micro-units; open ends exclude their bound.
struct NumericRange {
    std::int64_t low = -kFiveBillionMicros;
    bool open_low = false;
    std::int64_t high = kFiveBillionMicros;
    bool open_high = false;
};

// comparable_number converts JSON number text to micro-units (truncating past six decimals), or nothing when
// the text is not a number or lies outside -5e9..5e9.
std::optional<std::int64_t> comparable_number(std::string_view json_number);

// range_contains tells whether a comparable number lies in the range.
bool range_contains(const NumericRange& range, std::int64_t value);

}  // namespace evb
