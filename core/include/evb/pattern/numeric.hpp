// Internal to the event-pattern engine (evb/pattern/event_pattern.hpp is the public API). Numbers as
// EventBridge compares them: between -5e9 and 5e9 inclusive (event-ruler's ComparableNumber), in micro-units
// plus the digits past the sixth decimal, so -122.42916360922355 and -122.42916374558523 differ (as they do
// for event-ruler and quamina, which compare at full precision). Numbers outside that range only ever match
// by their exact text. Depends only on the standard library.
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

// A comparable number keeps 18 digits past the micro-unit: rest counts 1e-18ths of a micro-unit.
inline constexpr std::uint64_t kRestPerMicro = 1'000'000'000'000'000'000ULL;

// A comparable number: whole micro-units rounded down, and the rest of a micro-unit (0 <= rest < 1e18).
// Ordered and equal exactly as the numbers are (to 24 decimal places).
struct ComparableNumber {
    std::int64_t micros = 0;
    std::uint64_t rest = 0;

    constexpr ComparableNumber() = default;
    constexpr ComparableNumber(std::int64_t whole_micros) : micros(whole_micros) {}  // a whole micro count
    constexpr ComparableNumber(std::int64_t whole_micros, std::uint64_t rest_of_micro)
        : micros(whole_micros), rest(rest_of_micro) {}

    friend constexpr auto operator<=>(const ComparableNumber&, const ComparableNumber&) = default;
};

// A numeric interval; open ends exclude their bound.
struct NumericRange {
    ComparableNumber low = -kFiveBillionMicros;
    bool open_low = false;
    ComparableNumber high = kFiveBillionMicros;
    bool open_high = false;
};

// precise_number converts JSON number text to its comparable form, keeping the digits past six decimals, or
// nothing when the text is not a number or lies outside -5e9..5e9.
std::optional<ComparableNumber> precise_number(std::string_view json_number);

// comparable_number converts JSON number text to micro-units (truncating past six decimals), or nothing when
// the text is not a number or lies outside -5e9..5e9.
std::optional<std::int64_t> comparable_number(std::string_view json_number);

// range_contains tells whether a comparable number lies in the range.
bool range_contains(const NumericRange& range, const ComparableNumber& value);

}  // namespace evb
