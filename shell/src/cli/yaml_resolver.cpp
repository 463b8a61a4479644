// ruamel.yaml's Resolver, the implicit types the CLI's YAML dumper avoids when it writes a string plain:
// YAML 1.2's booleans, ints (0b, 0o, 0x, underscores), floats (.5, 1e3, .inf, .nan), null (~), timestamps,
// and the merge key `<<` and value `=`. Its regular expressions re-expressed as a cursor over the text.
#include "yaml_emitter.hpp"

#include <cctype>
#include <string_view>

namespace evb::cli {
namespace {

struct Cursor {
    std::string_view text;
    std::size_t at = 0;

    bool done() const { return at == text.size(); }
    bool take(char c) {
        if (at < text.size() && text[at] == c) return ++at, true;
        return false;
    }
    bool take_any(std::string_view set) {
        if (at < text.size() && set.find(text[at]) != std::string_view::npos) return ++at, true;
        return false;
    }
    // take_run takes at least min characters of a set; it fails (taking nothing) with fewer.
    bool take_run(std::string_view set, std::size_t min = 1, std::size_t max = std::string_view::npos) {
        std::size_t start = at, n = 0;
        while (n < max && take_any(set))
            ++n;
        if (n >= min) return true;
        at = start;
        return false;
    }
    void take_sign() { take_any("-+"); }
};

constexpr std::string_view kDigits = "0123456789";
constexpr std::string_view kDigitsOrUnderscore = "0123456789_";

bool one_of(std::string_view text, std::initializer_list<std::string_view> words) {
    for (auto w : words) {
        if (text == w) return true;
    }
    return false;
}

bool is_int(std::string_view text) {
    Cursor c{text};
    c.take_sign();
    std::string_view rest = text.substr(c.at);
    auto all_of = [&](std::size_t from, std::string_view set) {
        return rest.size() > from && rest.find_first_not_of(set, from) == std::string_view::npos;
    };
    if (rest.rfind("0b", 0) == 0 && all_of(2, "01_")) return true;
    if (rest.rfind("0o", 0) == 0 && all_of(2, "01234567_")) return true;
    if (rest.rfind("0x", 0) == 0 && all_of(2, "0123456789abcdefABCDEF_")) return true;
    return all_of(0, kDigitsOrUnderscore);
}

bool is_exponent(Cursor& c, bool sign_required) {
    if (!c.take_any("eE")) return false;
    if (!c.take_any("-+") && sign_required) return false;
    return c.take_run(kDigits);
}

bool is_float(std::string_view text) {
    if (one_of(text, {".nan", ".NaN", ".NAN"})) return true;
    Cursor c{text};
    c.take_sign();
    std::size_t after_sign = c.at;
    if (c.take('.')) {
        std::string_view rest = text.substr(c.at);
        if (one_of(rest, {"inf", "Inf", "INF"})) return true;
        if (!c.take_run(kDigitsOrUnderscore)) return false;
        return c.done() || (is_exponent(c, true) && c.done());
    }
    c.at = after_sign;
    if (!c.take_run(kDigits, 1, 1)) return false;
    c.take_run(kDigitsOrUnderscore, 0);
    if (c.take('.')) {
        c.take_run(kDigitsOrUnderscore, 0);
        return c.done() || (is_exponent(c, false) && c.done());
    }
    return is_exponent(c, false) && c.done();
}

bool is_timestamp(std::string_view text) {
    Cursor c{text};
    if (!c.take_run(kDigits, 4, 4) || !c.take('-')) return false;
    std::size_t month = c.at;
    if (c.take_run(kDigits, 2, 2) && c.take('-') && c.take_run(kDigits, 2, 2) && c.done()) return true;
    c.at = month;
    if (!c.take_run(kDigits, 1, 2) || !c.take('-') || !c.take_run(kDigits, 1, 2)) return false;
    if (!c.take_any("Tt") && !c.take_run(" \t")) return false;
    if (!c.take_run(kDigits, 1, 2) || !c.take(':') || !c.take_run(kDigits, 2, 2) || !c.take(':') ||
        !c.take_run(kDigits, 2, 2))
        return false;
    if (c.take('.')) c.take_run(kDigits, 0);
    if (c.done()) return true;
    c.take_run(" \t", 0);
    if (c.take('Z')) return c.done();
    if (!c.take_any("-+") || !c.take_run(kDigits, 1, 2)) return false;
    if (c.take(':') && !c.take_run(kDigits, 2, 2)) return false;
    return c.done();
}

}  // namespace

bool yaml_plain_is_string(const std::string& text) {
    if (text.empty()) return false;  // the empty plain scalar is null
    if (one_of(text, {"true", "True", "TRUE", "false", "False", "FALSE", "~", "null", "Null", "NULL", "<<",
                      "=", "!", "&", "*"}))
        return false;
    // The resolver tries the numeric types only for text that starts with a sign, a digit or a dot.
    if (std::string_view("-+0123456789.").find(text[0]) == std::string_view::npos) return true;
    return !is_int(text) && !is_float(text) && !is_timestamp(text);
}

}  // namespace evb::cli
