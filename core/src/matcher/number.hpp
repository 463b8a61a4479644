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

}  // namespace evb::matcher
