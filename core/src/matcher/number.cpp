// comparable_fast (see number.hpp): one pass over the digits, keeping six fraction digits as micro-units and
// the next eighteen as the rest of a micro-unit, exactly as precise_number does.
#include "number.hpp"

#include <cstdint>

namespace evb::matcher {
namespace {

constexpr int kMaxIntegerDigits = 10;      // 5e9 has ten digits; longer integer parts go the slow way
constexpr int kMaxSignificantDigits = 64;  // precise_number's limit
constexpr int kMicroDigits = 6;
constexpr int kRestDigits = 18;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

std::optional<ComparableNumber> comparable_fast(std::string_view text) {
    const char* p = text.data();
    const char* end = p + text.size();
    const bool negative = p < end && *p == '-';
    if (negative) ++p;
    std::uint64_t whole = 0;
    int integer_digits = 0, significant = 0;
    for (; p < end && is_digit(*p); ++p) {
        if (++integer_digits > kMaxIntegerDigits) return precise_number(text);
        whole = whole * 10 + static_cast<std::uint64_t>(*p - '0');
        significant += (significant > 0 || *p != '0') ? 1 : 0;
    }
    if (integer_digits == 0) return precise_number(text);
    std::uint64_t micro_part = 0, rest = 0;
    int fraction_digits = 0;
    bool inexact = false;
    if (p < end && *p == '.') {
        for (++p; p < end && is_digit(*p); ++p, ++fraction_digits) {
            const auto digit = static_cast<std::uint64_t>(*p - '0');
            significant += (significant > 0 || digit != 0) ? 1 : 0;
            if (fraction_digits < kMicroDigits) {
                micro_part = micro_part * 10 + digit;
            } else if (fraction_digits < kMicroDigits + kRestDigits) {
                rest = rest * 10 + digit;
            } else {
                inexact = inexact || digit != 0;
            }
        }
    }
    if (p != end || significant > kMaxSignificantDigits) return precise_number(text);
    for (int i = fraction_digits; i < kMicroDigits; ++i)
        micro_part *= 10;
    for (int i = fraction_digits > kMicroDigits ? fraction_digits - kMicroDigits : 0; i < kRestDigits; ++i)
        rest *= 10;
    const auto micros =
        static_cast<std::int64_t>(whole * static_cast<std::uint64_t>(kMicrosPerUnit) + micro_part);
    if (micros > kFiveBillionMicros || (micros == kFiveBillionMicros && (rest != 0 || inexact)))
        return std::nullopt;
    if (!negative || (micros == 0 && rest == 0)) return ComparableNumber{micros, rest};
    if (rest == 0) return ComparableNumber{-micros, 0};
    return ComparableNumber{-micros - 1, kRestPerMicro - rest};
}

}  // namespace evb::matcher
