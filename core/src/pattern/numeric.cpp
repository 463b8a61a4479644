// Comparable numbers and numeric ranges (see numeric.hpp). Exact decimal arithmetic, no floating point, no
// locale: the same text always gives the same value on every platform.
#include "evb/pattern/numeric.hpp"

#include <string>

namespace evb {
namespace {

constexpr int kMaxComparableDigits = 16;  // 5e15 micro-units has 16 digits
constexpr long kExponentClamp = 100000;

struct Decimal {
    bool negative = false;
    std::string digits;  // significant digits, no leading zeros
    long exponent = 0;   // value = digits * 10^exponent
};

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::optional<long> read_exponent(std::string_view text, std::size_t i) {
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    if (i >= text.size()) return std::nullopt;
    long value = 0;
    for (; i < text.size(); ++i) {
        if (!is_digit(text[i])) return std::nullopt;
        if (value < kExponentClamp) value = value * 10 + (text[i] - '0');
    }
    return negative ? -value : value;
}

std::optional<Decimal> read_decimal(std::string_view text) {
    Decimal d;
    std::size_t i = 0;
    if (i < text.size() && text[i] == '-') d.negative = (++i, true);
    bool any_digit = false;
    bool in_fraction = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.' && !in_fraction) {
            in_fraction = true;
            continue;
        }
        if (!is_digit(c)) break;
        any_digit = true;
        if (!(c == '0' && d.digits.empty())) d.digits.push_back(c);
        if (in_fraction) --d.exponent;
        if (d.digits.size() > 64) return std::nullopt;  // far beyond the comparable range either way
    }
    if (!any_digit) return std::nullopt;
    if (i < text.size()) {
        if (text[i] != 'e' && text[i] != 'E') return std::nullopt;
        const auto exponent = read_exponent(text, i + 1);
        if (!exponent) return std::nullopt;
        d.exponent += *exponent;
    }
    return d;
}

std::optional<std::int64_t> to_micros(const Decimal& d) {
    std::string digits = d.digits;
    const long shift = d.exponent + 6;
    if (shift < 0) {
        const auto drop = static_cast<std::size_t>(-shift);
        digits = drop >= digits.size() ? std::string() : digits.substr(0, digits.size() - drop);
    } else {
        if (digits.empty()) return 0;
        if (static_cast<long>(digits.size()) + shift > kMaxComparableDigits) return std::nullopt;
        digits.append(static_cast<std::size_t>(shift), '0');
    }
    if (static_cast<int>(digits.size()) > kMaxComparableDigits) return std::nullopt;
    std::int64_t value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    if (value > kFiveBillionMicros) return std::nullopt;
    return d.negative ? -value : value;
}

}  // namespace

std::optional<std::int64_t> comparable_number(std::string_view json_number) {
    const auto decimal = read_decimal(json_number);
    if (!decimal) return std::nullopt;
    return to_micros(*decimal);
}

bool range_contains(const NumericRange& range, std::int64_t value) {
    const bool above = range.open_low ? value > range.low : value >= range.low;
    const bool below = range.open_high ? value < range.high : value <= range.high;
    return above && below;
}

}  // namespace evb
