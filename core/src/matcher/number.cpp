// comparable_fast and truncated_micros (see number.hpp): the integer digits one by one, the fraction 8 digits
// at a time (SWAR), keeping six fraction digits as micro-units and the next eighteen as the rest of a
// micro-unit, exactly as precise_number does.
#include "number.hpp"

#include "swar.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace evb::matcher {
namespace {

constexpr int kMaxIntegerDigits = 10;              // 5e9 has ten digits; longer integer parts go the slow way
constexpr std::size_t kMaxSignificantDigits = 64;  // precise_number's limit
constexpr std::size_t kMicroDigits = 6;
constexpr std::size_t kRestDigits = 18;

// A number text of the common shape: a sign, 1 to 10 integer digits, then maybe '.' and fraction digits,
// 64 digits at most in all, and nothing after them.
struct PlainDecimal {
    bool negative = false;
    std::uint64_t whole = 0;
    const char* fraction = nullptr;
    std::size_t fraction_digits = 0;
};

// read_plain_decimal splits text of the common shape; false for every other shape.
bool read_plain_decimal(std::string_view text, PlainDecimal& out) {
    const char* p = text.data();
    const char* end = p + text.size();
    out.negative = p < end && *p == '-';
    if (out.negative) ++p;
    int integer_digits = 0;
    for (; p < end && is_digit(*p); ++p) {
        if (++integer_digits > kMaxIntegerDigits) return false;
        out.whole = out.whole * 10 + static_cast<std::uint64_t>(*p - '0');
    }
    if (integer_digits == 0) return false;
    if (p < end && *p == '.') {
        out.fraction = ++p;
        out.fraction_digits = count_digits(p, end);
        p += out.fraction_digits;
        // Past 64 digits in all, precise_number may count more than its 64 significant ones: let it decide.
        if (static_cast<std::size_t>(integer_digits) + out.fraction_digits > kMaxSignificantDigits)
            return false;
    }
    return p == end;
}

// first_fraction_word reads the first 8 fraction digits as a number, zero-padded when there are fewer.
std::uint64_t first_fraction_word(const PlainDecimal& number) {
    if (number.fraction_digits >= 8) return parse_eight_digits(load_word(number.fraction));
    char padded[8];
    std::memset(padded, '0', sizeof padded);
    std::memcpy(padded, number.fraction, number.fraction_digits);
    return parse_eight_digits(load_word(padded));
}

}  // namespace

std::optional<ComparableNumber> comparable_fast(std::string_view text) {
    PlainDecimal number;
    if (!read_plain_decimal(text, number)) return precise_number(text);
    std::uint64_t micro_part = 0, rest = 0;
    bool inexact = false;
    if (number.fraction_digits > 0) {
        // The first 24 fraction digits, zero-padded, read 8 at a time: 6 micro digits, then 18 of rest.
        char padded[kMicroDigits + kRestDigits];
        std::memset(padded, '0', sizeof padded);
        std::memcpy(padded, number.fraction, std::min(number.fraction_digits, sizeof padded));
        const std::uint64_t first = parse_eight_digits(load_word(padded));
        micro_part = first / 100;
        rest = first % 100 * 10'000'000'000'000'000ULL +
               parse_eight_digits(load_word(padded + 8)) * 100'000'000ULL +
               parse_eight_digits(load_word(padded + 16));
        for (std::size_t i = sizeof padded; i < number.fraction_digits; ++i)
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

std::optional<std::uint64_t> truncated_micros(std::string_view text) {
    PlainDecimal number;
    if (!read_plain_decimal(text, number)) return std::nullopt;
    const std::uint64_t micro_part = number.fraction_digits > 0 ? first_fraction_word(number) / 100 : 0;
    return number.whole * static_cast<std::uint64_t>(kMicrosPerUnit) + micro_part;
}

std::uint64_t abs_micros(const ComparableNumber& number) {
    if (number.micros >= 0) return static_cast<std::uint64_t>(number.micros);
    // A negative number with a rest was stored one micro-unit lower (see comparable_fast).
    return static_cast<std::uint64_t>(number.rest == 0 ? -number.micros : -number.micros - 1);
}

}  // namespace evb::matcher
