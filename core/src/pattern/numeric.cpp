// Comparable numbers and numeric ranges (see numeric.hpp). Exact decimal arithmetic, no floating point, no
// locale: the same text always gives the same value on every platform.
#include "evb/pattern/numeric.hpp"

#include <string>

namespace evb {
namespace {

constexpr int kMaxComparableDigits = 16;  // 5e15 micro-units has 16 digits
constexpr long kExponentClamp = 100000;
constexpr std::size_t kRestDigits = 18;  // digits of a micro-unit kept past the sixth decimal

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

// A decimal's magnitude in whole micro-units and the rest of a micro-unit in 1e-18ths; inexact when
// nonzero digits lie past the 24th decimal place.
struct Magnitude {
    std::int64_t micros = 0;
    std::uint64_t rest = 0;
    bool inexact = false;
};

std::optional<Magnitude> to_magnitude(const Decimal& d) {
    std::string digits = d.digits;
    std::string fraction;  // the digits past the sixth decimal place
    const long shift = d.exponent + 6;
    if (shift < 0) {
        const auto drop = static_cast<std::size_t>(-shift);
        if (drop >= digits.size()) {
            fraction = std::string(drop - digits.size(), '0') + digits;
            digits.clear();
        } else {
            fraction = digits.substr(digits.size() - drop);
            digits.resize(digits.size() - drop);
        }
    } else {
        if (digits.empty()) return Magnitude{};
        if (static_cast<long>(digits.size()) + shift > kMaxComparableDigits) return std::nullopt;
        digits.append(static_cast<std::size_t>(shift), '0');
    }
    if (static_cast<int>(digits.size()) > kMaxComparableDigits) return std::nullopt;
    Magnitude m;
    for (const char c : digits)
        m.micros = m.micros * 10 + (c - '0');
    for (std::size_t i = 0; i < kRestDigits; ++i)
        m.rest = m.rest * 10 + static_cast<std::uint64_t>(i < fraction.size() ? fraction[i] - '0' : 0);
    m.inexact = fraction.find_first_not_of('0', kRestDigits) != std::string::npos;
    return m;
}

}  // namespace

std::optional<ComparableNumber> precise_number(std::string_view json_number) {
    const auto decimal = read_decimal(json_number);
    if (!decimal) return std::nullopt;
    const auto m = to_magnitude(*decimal);
    if (!m) return std::nullopt;
    const bool beyond =
        m->micros > kFiveBillionMicros || (m->micros == kFiveBillionMicros && (m->rest != 0 || m->inexact));
    if (beyond) return std::nullopt;
    if (!decimal->negative || (m->micros == 0 && m->rest == 0)) return ComparableNumber{m->micros, m->rest};
    if (m->rest == 0) return ComparableNumber{-m->micros, 0};
    return ComparableNumber{-m->micros - 1, kRestPerMicro - m->rest};
}

std::optional<std::int64_t> comparable_number(std::string_view json_number) {
    const auto decimal = read_decimal(json_number);
    if (!decimal) return std::nullopt;
    const auto m = to_magnitude(*decimal);
    if (!m || m->micros > kFiveBillionMicros) return std::nullopt;
    return decimal->negative ? -m->micros : m->micros;
}

bool range_contains(const NumericRange& range, const ComparableNumber& value) {
    const bool above = range.open_low ? value > range.low : value >= range.low;
    const bool below = range.open_high ? value < range.high : value <= range.high;
    return above && below;
}

}  // namespace evb
