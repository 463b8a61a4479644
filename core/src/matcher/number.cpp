// comparable_fast (see number.hpp): the integer digits one by one, the fraction 8 digits at a time (SWAR),
// keeping six fraction digits as micro-units and the next eighteen as the rest of a micro-unit, exactly as
// precise_number does.
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

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// non_digit_lanes sets the high bit of every lane of word that is not an ASCII digit. The additions stay
// inside each lane (at most 0x7F + 0x50), so no lane disturbs its neighbour.
constexpr std::uint64_t non_digit_lanes(std::uint64_t word) {
    const std::uint64_t low = word & kLow7;
    const std::uint64_t at_least_0 = low + broadcast(0x80 - '0');     // high bit: low >= '0'
    const std::uint64_t above_9 = low + broadcast(0x80 - ('9' + 1));  // high bit: low > '9'
    return (word | ~at_least_0 | above_9) & kHighBits;
}

// count_digits returns how many ASCII digits start at p, looking at 8 bytes at a time while they last.
std::size_t count_digits(const char* p, const char* end) {
    const char* q = p;
    for (; end - q >= 8; q += 8) {
        if (const std::uint64_t stops = non_digit_lanes(load_word(q)); stops != 0)
            return static_cast<std::size_t>(q - p) + static_cast<std::size_t>(std::countr_zero(stops) >> 3);
    }
    while (q < end && is_digit(*q))
        ++q;
    return static_cast<std::size_t>(q - p);
}

// parse_eight_digits reads 8 ASCII digits (byte 0 the most significant) as a number: pairs, then
// quads, then the whole, each step one multiply-and-add across lanes.
constexpr std::uint64_t parse_eight_digits(std::uint64_t word) {
    word -= broadcast('0');
    word = (word * 10 + (word >> 8)) & 0x00FF00FF00FF00FFULL;      // 2-digit values in lanes 0, 2, 4, 6
    word = (word * 100 + (word >> 16)) & 0x0000FFFF0000FFFFULL;    // 4-digit values in lanes 0-1, 4-5
    return (word * 10000 + (word >> 32)) & 0x00000000FFFFFFFFULL;  // the 8-digit value
}

}  // namespace

std::optional<ComparableNumber> comparable_fast(std::string_view text) {
    const char* p = text.data();
    const char* end = p + text.size();
    const bool negative = p < end && *p == '-';
    if (negative) ++p;
    std::uint64_t whole = 0;
    int integer_digits = 0;
    for (; p < end && is_digit(*p); ++p) {
        if (++integer_digits > kMaxIntegerDigits) return precise_number(text);
        whole = whole * 10 + static_cast<std::uint64_t>(*p - '0');
    }
    if (integer_digits == 0) return precise_number(text);
    std::uint64_t micro_part = 0, rest = 0;
    bool inexact = false;
    if (p < end && *p == '.') {
        const std::size_t fraction_digits = count_digits(++p, end);
        // Past 64 digits in all, precise_number may count more than its 64 significant ones: let it decide.
        if (static_cast<std::size_t>(integer_digits) + fraction_digits > kMaxSignificantDigits)
            return precise_number(text);
        // The first 24 fraction digits, zero-padded, read 8 at a time: 6 micro digits, then 18 of rest.
        char padded[kMicroDigits + kRestDigits];
        std::memset(padded, '0', sizeof padded);
        std::memcpy(padded, p, std::min(fraction_digits, sizeof padded));
        const std::uint64_t first = parse_eight_digits(load_word(padded));
        micro_part = first / 100;
        rest = first % 100 * 10'000'000'000'000'000ULL +
               parse_eight_digits(load_word(padded + 8)) * 100'000'000ULL +
               parse_eight_digits(load_word(padded + 16));
        for (std::size_t i = sizeof padded; i < fraction_digits; ++i)
            inexact = inexact || p[i] != '0';
        p += fraction_digits;
    }
    if (p != end) return precise_number(text);
    const auto micros =
        static_cast<std::int64_t>(whole * static_cast<std::uint64_t>(kMicrosPerUnit) + micro_part);
    if (micros > kFiveBillionMicros || (micros == kFiveBillionMicros && (rest != 0 || inexact)))
        return std::nullopt;
    if (!negative || (micros == 0 && rest == 0)) return ComparableNumber{micros, rest};
    if (rest == 0) return ComparableNumber{-micros, 0};
    return ComparableNumber{-micros - 1, kRestPerMicro - rest};
}

}  // namespace evb::matcher
