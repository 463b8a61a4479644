// Plain-scalar typing and quoting decisions for YAML.
#include "evb/scenario/yaml_scalar.hpp"

#include <cstdint>
#include <initializer_list>
#include <optional>

namespace evb {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// is_one_of tells whether text equals one of the spellings.
bool is_one_of(std::string_view text, std::initializer_list<std::string_view> spellings) {
    for (auto s : spellings) {
        if (text == s) return true;
    }
    return false;
}

// is_decimal_integer matches [-+]?[0-9]+.
bool is_decimal_integer(std::string_view t) {
    if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
    if (t.empty()) return false;
    for (char c : t) {
        if (!is_digit(c)) return false;
    }
    return true;
}

// is_float matches [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?, with at least one digit.
bool is_float(std::string_view t) {
    std::size_t i = 0;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
    std::size_t digits = 0;
    while (i < t.size() && is_digit(t[i]))
        ++i, ++digits;
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && is_digit(t[i]))
            ++i, ++digits;
    }
    if (digits == 0) return false;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
        std::size_t exp_digits = 0;
        while (i < t.size() && is_digit(t[i]))
            ++i, ++exp_digits;
        if (exp_digits == 0) return false;
    }
    return i == t.size();
}

// radix_integer reads 0x... and 0o... integers, or nothing.
std::optional<Json> radix_integer(std::string_view t) {
    if (t.size() < 3 || t[0] != '0' || (t[1] != 'x' && t[1] != 'o')) return std::nullopt;
    const int base = t[1] == 'x' ? 16 : 8;
    std::uint64_t value = 0;
    for (char c : t.substr(2)) {
        int d = is_digit(c)              ? c - '0'
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                         : 99;
        if (d >= base || value > (UINT64_MAX >> 4)) return std::nullopt;
        value = value * static_cast<std::uint64_t>(base) + static_cast<std::uint64_t>(d);
    }
    return Json(value);
}

// number_value parses a YAML number as JSON would (".5" and "1." and "+1" made JSON-shaped first).
std::optional<Json> number_value(std::string_view t) {
    std::string s(t);
    if (!s.empty() && s[0] == '+') s.erase(0, 1);
    const std::size_t sign = (!s.empty() && s[0] == '-') ? 1 : 0;
    if (s.size() > sign && s[sign] == '.') s.insert(sign, "0");
    const std::size_t dot = s.find('.');
    if (dot != std::string::npos && (dot + 1 == s.size() || !is_digit(s[dot + 1]))) s.insert(dot + 1, "0");
    while (s.size() > sign + 1 && s[sign] == '0' && is_digit(s[sign + 1]))
        s.erase(sign, 1);
    return parse_json(s);
}

// looks_like_date matches YYYY-MM-DD at the start, which YAML 1.1 readers turn into dates.
bool looks_like_date(std::string_view t) {
    if (t.size() < 10 || t[4] != '-' || t[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!is_digit(t[i])) return false;
    }
    return true;
}

bool is_indicator(char c) {
    return std::string_view("-?:,[]{}#&*!|>'\"%@`").find(c) != std::string_view::npos;
}

// has_unsafe_character finds characters a plain scalar cannot hold (controls, line breaks, tabs).
bool has_unsafe_character(std::string_view text) {
    for (unsigned char c : text) {
        if (c < 0x20 || c == 0x7f) return true;
    }
    return false;
}

}  // namespace

Json resolve_plain_scalar(std::string_view text) {
    if (is_one_of(text, {"", "~", "null", "Null", "NULL"})) return nullptr;
    if (is_one_of(text, {"true", "True", "TRUE"})) return true;
    if (is_one_of(text, {"false", "False", "FALSE"})) return false;
    if (auto radix = radix_integer(text)) return *radix;
    if (is_decimal_integer(text) || is_float(text)) {
        if (auto n = number_value(text)) return *n;
    }
    return std::string(text);
}

bool yaml_needs_quotes(std::string_view text) {
    if (text.empty() || has_unsafe_character(text)) return true;
    if (!resolve_plain_scalar(text).is_string()) return true;
    if (is_one_of(text,
                  {"yes", "Yes", "YES", "no", "No",   "NO",   "on",   "On",    "ON",   "off",  "Off", "OFF",
                   "y",   "Y",   "n",   "N",  ".inf", ".Inf", ".INF", "-.inf", ".nan", ".NaN", ".NAN"})) {
        return true;
    }
    if (looks_like_date(text)) return true;
    if (is_indicator(text.front()) || text.front() == ' ' || text.back() == ' ' || text.back() == ':')
        return true;
    if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos) return true;
    return text.rfind("---", 0) == 0 || text.rfind("...", 0) == 0;
}

std::string yaml_double_quoted(std::string_view text) {
    return to_json_text(Json(std::string(text)));
}

}  // namespace evb
