// scan_number, comparable_fast and truncated_micros (see number.hpp): the integer digits one by one, the
// fraction 8 digits at a time (SWAR), keeping six fraction digits as micro-units and the next eighteen as the
// rest of a micro-unit, exactly as precise_number does.
#include "number.hpp"

#include "swar.hpp"

#include <cstdint>

namespace evb::matcher {
namespace {

constexpr int kMaxIntegerDigits = 10;              // 5e9 has ten digits; longer integer parts go the slow way
constexpr std::size_t kMaxSignificantDigits = 64;  // precise_number's limit
constexpr std::size_t kMicroDigits = 6;
constexpr std::size_t kRestDigits = 18;

// A number of the common shape: a sign, 1 to 10 integer digits, then maybe '.' and fraction digits, 64
// digits at most in all, and no exponent.
struct PlainDecimal {
    bool negative = false;
    std::uint64_t whole = 0;
    const char* fraction = nullptr;
    std::size_t fraction_digits = 0;
};

// plain_decimal takes a number's shape apart when it is of the common shape; false for every other.
bool plain_decimal(const NumberShape& shape, PlainDecimal& out) {
    if (shape.exponent || shape.integer_digits == 0 || shape.integer_digits > kMaxIntegerDigits) return false;
    // Past 64 digits in all, precise_number may count more than its 64 significant ones: let it decide.
    if (shape.integer_digits + shape.fraction_digits > kMaxSignificantDigits) return false;
    out.negative = shape.negative;
    out.whole = 0;
    for (std::size_t i = 0; i < shape.integer_digits; ++i)
        out.whole = out.whole * 10 + static_cast<std::uint64_t>(shape.integer[i] - '0');
    out.fraction = shape.fraction;
    out.fraction_digits = shape.fraction_digits;
    return true;
}

// fraction_word reads fraction digits 8k to 8k+7 as a number, the missing ones counted as zeros. No copying:
// a whole word is loaded in place; the last, partial one is loaded as the text's final 8 bytes (the fraction
// ends the text) and shifted down, with '0' lanes shifted in behind it.
std::uint64_t fraction_word(const PlainDecimal& number, std::size_t k, const char* text_begin) {
    const std::size_t first = 8 * k;
    if (number.fraction_digits >= first + 8) return parse_eight_digits(load_word(number.fraction + first));
    if (number.fraction_digits <= first) return 0;
    const std::size_t present = number.fraction_digits - first;  // 1 to 7
    const char* end = number.fraction + number.fraction_digits;
    std::uint64_t word = broadcast('0');
    if (end - text_begin >= 8) {
        word = (load_word(end - 8) >> (8 * (8 - present))) | (word << (8 * present));
    } else {
        for (std::size_t i = present; i-- > 0;)
            word = (word << 8) | static_cast<unsigned char>(number.fraction[first + i]);
    }
    return parse_eight_digits(word);
}

}  // namespace

std::optional<ComparableNumber> comparable_fast(std::string_view text) {
    NumberShape shape;
    if (!scan_whole_number(text, shape)) return precise_number(text);
    return comparable_fast(text, shape);
}

std::optional<ComparableNumber> comparable_fast(std::string_view text, const NumberShape& shape) {
    PlainDecimal number;
    if (!plain_decimal(shape, number)) return precise_number(text);
    std::uint64_t micro_part = 0, rest = 0;
    bool inexact = false;
    if (number.fraction_digits > 0) {
        // The first 24 fraction digits, 8 at a time: 6 micro digits, then 18 of rest.
        // 8 digits fit 32 bits: 32-bit division by a constant is a multiply everywhere, WebAssembly included.
        const auto first = static_cast<std::uint32_t>(fraction_word(number, 0, shape.start));
        micro_part = first / 100U;
        rest = std::uint64_t{first % 100U} * 10'000'000'000'000'000ULL +
               fraction_word(number, 1, shape.start) * 100'000'000ULL + fraction_word(number, 2, shape.start);
        for (std::size_t i = kMicroDigits + kRestDigits; i < number.fraction_digits; ++i)
            inexact = inexact || number.fraction[i] != '0';
    }
    const auto micros =
        static_cast<std::int64_t>(number.whole * static_cast<std::uint64_t>(kMicrosPerUnit) + micro_part);
    if (micros > kFiveBillionMicros || (micros == kFiveBillionMicros && (rest != 0 || inexact)))
        return std::nullopt;
    if (!number.negative || (micros == 0 && rest == 0)) return ComparableNumber{micros, rest};
    if (rest == 0) return ComparableNumber{-micros, 0};
    return ComparableNumber{-micros - 1, kRestPerMicro - rest};
}

std::optional<std::uint64_t> truncated_micros(const NumberShape& shape) {
    PlainDecimal number;
    if (!plain_decimal(shape, number)) return std::nullopt;
    const std::uint64_t micro_part = static_cast<std::uint32_t>(fraction_word(number, 0, shape.start)) / 100U;
    return number.whole * static_cast<std::uint64_t>(kMicrosPerUnit) + micro_part;
}

std::uint64_t abs_micros(const ComparableNumber& number) {
    if (number.micros >= 0) return static_cast<std::uint64_t>(number.micros);
    // A negative number with a rest was stored one micro-unit lower (see comparable_fast).
    return static_cast<std::uint64_t>(number.rest == 0 ? -number.micros : -number.micros - 1);
}

}  // namespace evb::matcher
