// Numbers, fast: scanning a JSON number once into its parts, and from them the pattern engine's comparable
// value (exactly precise_number's, for every input) without allocation for the common shape (at most ten
// integer digits, a fraction, no exponent); every other shape is handed to precise_number. Depends on
// evb/pattern/numeric.hpp.
#pragma once

#include "evb/pattern/numeric.hpp"
#include "swar.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

namespace evb::matcher {

// NumberShape: where a JSON number's parts lie, found once while its grammar is checked, so that converting
// it need not scan its digits again.
struct NumberShape {
    const char* start = nullptr;  // the number's first byte
    bool negative = false;
    const char* integer = nullptr;
    std::size_t integer_digits = 0;
    const char* fraction = nullptr;  // the digits after '.', if any
    std::size_t fraction_digits = 0;
    bool exponent = false;
};

// scan_number reads the JSON number at p (its grammar exactly, with no limit on its length) into a shape;
// returns where the number ends, or nullptr when no number starts at p. Inline: the reader scans every
// number token with it, most of them for no pattern, and then the shape's stores vanish.
[[gnu::always_inline]] inline const char* scan_number(const char* p, const char* end, NumberShape& shape) {
    shape = NumberShape{};
    shape.start = p;
    shape.negative = p < end && *p == '-';
    if (shape.negative) ++p;
    if (p >= end || !is_digit(*p)) return nullptr;
    shape.integer = p;
    if (*p == '0') {
        ++p;
        if (p < end && is_digit(*p)) return nullptr;  // no leading zeros
    } else {
        p += count_digits(p, end);
    }
    shape.integer_digits = static_cast<std::size_t>(p - shape.integer);
    if (p < end && *p == '.') {
        shape.fraction = ++p;
        shape.fraction_digits = count_digits(p, end);
        if (shape.fraction_digits == 0) return nullptr;
        p += shape.fraction_digits;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        shape.exponent = true;
        ++p;
        if (p < end && (*p == '+' || *p == '-')) ++p;
        const std::size_t digits = count_digits(p, end);
        if (digits == 0) return nullptr;
        p += digits;
    }
    return p;
}

// scan_whole_number reads a whole text as one JSON number into a shape; false when it is not exactly one.
inline bool scan_whole_number(std::string_view text, NumberShape& shape) {
    const char* end = text.data() + text.size();
    return !text.empty() && scan_number(text.data(), end, shape) == end;
}

// comparable_fast returns precise_number(text), quickly.
std::optional<ComparableNumber> comparable_fast(std::string_view text);

// comparable_fast returns precise_number(text) for a number whose shape scan_number found.
std::optional<ComparableNumber> comparable_fast(std::string_view text, const NumberShape& shape);

// truncated_micros returns a number's magnitude in whole micro-units (the digits past six decimals dropped)
// for the common shape only, or nothing. Whenever comparable_fast gives a value for the same number, this is
// abs_micros of that value: a cheap first look that can rule equality out.
std::optional<std::uint64_t> truncated_micros(const NumberShape& shape);

// abs_micros returns a comparable number's magnitude in whole micro-units, truncated.
std::uint64_t abs_micros(const ComparableNumber& number);

// number_key turns a comparable number into 16 bytes (in `bytes`) that are equal exactly when the numbers
// are: a hash-table key.
inline std::string_view number_key(const ComparableNumber& number, char (&bytes)[16]) {
    std::memcpy(bytes, &number.micros, 8);
    std::memcpy(bytes + 8, &number.rest, 8);
    return std::string_view(bytes, 16);
}

}  // namespace evb::matcher
