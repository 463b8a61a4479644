// Comparable numbers, fast: the same result as the pattern engine's precise_number for every input, computed
// without allocation for the common shape of JSON numbers (at most ten integer digits, a fraction, no
// exponent); every other shape is handed to precise_number. Depends on evb/pattern/numeric.hpp.
#pragma once

#include "evb/pattern/numeric.hpp"

#include <optional>
#include <string_view>

namespace evb::matcher {

// comparable_fast returns precise_number(text), quickly.
std::optional<ComparableNumber> comparable_fast(std::string_view text);

// truncated_micros returns a number's magnitude in whole micro-units (the digits past six decimals dropped)
// for the common shape only, or nothing. Whenever comparable_fast gives a value for the same text, this is
// abs_micros of that value: a cheap first look that can rule equality out.
std::optional<std::uint64_t> truncated_micros(std::string_view text);

// abs_micros returns a comparable number's magnitude in whole micro-units, truncated.
std::uint64_t abs_micros(const ComparableNumber& number);

}  // namespace evb::matcher
