// Checking AWS's member patterns: a loop for one repeated character class, std::regex for the rest.
#include "evb/model/pattern_check.hpp"

#include <limits>
#include <optional>

namespace evb::model {
namespace {

constexpr char32_t kMaxCodePoint = 0x10FFFF;
constexpr std::size_t kUnbounded = std::numeric_limits<std::size_t>::max();

// Java's \d, \w and \s, and what '.' leaves out (line terminators).
constexpr char32_t kDigits[][2] = {{'0', '9'}};
constexpr char32_t kWord[][2] = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
constexpr char32_t kSpace[][2] = {{'\t', '\r'}, {' ', ' '}};
constexpr char32_t kLineEnds[][2] = {{'\n', '\n'}, {'\r', '\r'}, {0x85, 0x85}, {0x2028, 0x2029}};

// Java syntax that ECMAScript reads differently or not at all: such patterns are not given to std::regex.
constexpr std::string_view kNotEcmaScript[] = {"\\p", "\\P", "\\u", "\\x{", "(?<", "\\A", "\\Z", "\\z", "\\Q",
                                               "\\h", "\\R", "(?i", "(?s",  "&&",  "*+",  "++",  "?+",  "}+"};

// decode reads one UTF-8 code point at text[i] and moves i past it (U+FFFD for a malformed sequence).
char32_t decode(std::string_view text, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i++]);
    if (lead < 0x80) return lead;
    const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
    if (extra < 0) return 0xFFFD;
    char32_t c = lead & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) {
        if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return 0xFFFD;
        c = (c << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
    }
    return c;
}

// hex_value reads n hex digits at text[i], moving i past them.
std::optional<char32_t> hex_value(std::string_view text, std::size_t& i, int n) {
    if (i + static_cast<std::size_t>(n) > text.size()) return std::nullopt;
    char32_t c = 0;
    for (int k = 0; k < n; ++k) {
        const char h = text[i++];
        const int d = h >= '0' && h <= '9'   ? h - '0'
                      : h >= 'a' && h <= 'f' ? h - 'a' + 10
                      : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                             : -1;
        if (d < 0) return std::nullopt;
        c = c * 16 + static_cast<char32_t>(d);
    }
    return c;
}

bool ecmascript_reads_as_java(std::string_view pattern) {
    for (auto bad : kNotEcmaScript) {
        if (pattern.find(bad) != std::string_view::npos) return false;
    }
    return true;
}

bool is_ascii(std::string_view value) {
    for (char c : value) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

// ClassParser reads a character class ("[...]", ".", "\w") into code point ranges, Java's way.
class ClassParser {
  public:
    ClassParser(std::string_view text, std::size_t& i) : text_(text), i_(i) {}

    // atom reads one class atom; false when it is not a plain class.
    template <typename Add>
    bool atom(bool& negated, Add&& add) {
        if (i_ >= text_.size()) return false;
        if (text_[i_] == '.') {
            ++i_;
            negated = true;
            add_all(kLineEnds, add);
            return true;
        }
        if (text_[i_] == '\\') {
            ++i_;
            return i_ < text_.size() && class_escape(text_[i_++], add);
        }
        if (text_[i_] != '[') return false;
        ++i_;
        if (i_ < text_.size() && text_[i_] == '^') {
            negated = true;
            ++i_;
        }
        return bracket(add);
    }

  private:
    template <std::size_t N, typename Add>
    static void add_all(const char32_t (&ranges)[N][2], Add& add) {
        for (const auto& r : ranges)
            add(r[0], r[1]);
    }

    // complement adds what lies outside the given sorted ranges.
    template <std::size_t N, typename Add>
    static void complement(const char32_t (&ranges)[N][2], Add& add) {
        char32_t next = 0;
        for (const auto& r : ranges) {
            if (r[0] > next) add(next, r[0] - 1);
            next = r[1] + 1;
        }
        add(next, kMaxCodePoint);
    }

    template <typename Add>
    static bool class_escape(char e, Add& add) {
        switch (e) {
            case 'd':
                return add_all(kDigits, add), true;
            case 'w':
                return add_all(kWord, add), true;
            case 's':
                return add_all(kSpace, add), true;
            case 'D':
                return complement(kDigits, add), true;
            case 'W':
                return complement(kWord, add), true;
            case 'S':
                return complement(kSpace, add), true;
            default:
                return false;
        }
    }

    // single reads one code point of a bracket class (a literal or an escape); nothing when it is not one.
    std::optional<char32_t> single() {
        if (i_ >= text_.size()) return std::nullopt;
        if (text_[i_] != '\\') {
            if (text_[i_] == '[' || text_[i_] == ']') return std::nullopt;
            return decode(text_, i_);
        }
        if (++i_ >= text_.size()) return std::nullopt;
        const char e = text_[i_++];
        if (e == 'x') return hex_value(text_, i_, 2);
        if (e == 'u') return hex_value(text_, i_, 4);
        if (e == 't') return U'\t';
        if (e == 'n') return U'\n';
        if (e == 'r') return U'\r';
        if (e == 'f') return U'\f';
        const bool letter_or_digit =
            (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9');
        if (letter_or_digit) return std::nullopt;
        return static_cast<char32_t>(static_cast<unsigned char>(e));
    }

    // bracket reads the inside of "[...]" up to and past its ']'.
    template <typename Add>
    bool bracket(Add& add) {
        bool first = true;
        while (i_ < text_.size() && (text_[i_] != ']' || first)) {
            first = false;
            if (text_[i_] == '\\' && i_ + 1 < text_.size() && class_escape(text_[i_ + 1], add)) {
                i_ += 2;
                continue;
            }
            if (text_.substr(i_, 2) == "&&") return false;
            auto lo = single();
            if (!lo) return false;
            char32_t hi = *lo;
            if (i_ + 1 < text_.size() && text_[i_] == '-' && text_[i_ + 1] != ']') {
                ++i_;
                auto end = single();
                if (!end || *end < *lo) return false;
                hi = *end;
            }
            add(*lo, hi);
        }
        if (i_ >= text_.size()) return false;
        ++i_;
        return true;
    }

    std::string_view text_;
    std::size_t& i_;
};

// read_count reads a decimal number at text[i].
std::optional<std::size_t> read_count(std::string_view text, std::size_t& i) {
    std::size_t n = 0;
    const std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 6)
        n = n * 10 + static_cast<std::size_t>(text[i++] - '0');
    if (i == start) return std::nullopt;
    return n;
}

// read_quantifier reads "+", "*", "?", "{n}", "{n,}" or "{n,m}" (or nothing: exactly once).
bool read_quantifier(std::string_view text, std::size_t& i, std::size_t& min, std::size_t& max) {
    min = max = 1;
    if (i >= text.size()) return true;
    const char q = text[i];
    if (q == '+' || q == '*' || q == '?') {
        ++i;
        min = q == '+' ? 1 : 0;
        max = q == '?' ? 1 : kUnbounded;
        return true;
    }
    if (q != '{') return true;
    ++i;
    auto lo = read_count(text, i);
    if (!lo) return false;
    min = max = *lo;
    if (i < text.size() && text[i] == ',') {
        ++i;
        max = kUnbounded;
        if (auto hi = read_count(text, i)) max = *hi;
    }
    if (i >= text.size() || text[i] != '}' || max < min) return false;
    ++i;
    return true;
}

// find_syntax returns the first position from `from` whose character, outside any class and not escaped,
// satisfies stop(position, character); npos when none does.
template <typename Stop>
std::size_t find_syntax(std::string_view text, std::size_t from, Stop&& stop) {
    bool in_class = false;
    for (std::size_t i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\') {
            ++i;
        } else if (in_class) {
            in_class = c != ']';
        } else if (c == '[') {
            in_class = true;
        } else if (stop(i, c)) {
            return i;
        }
    }
    return std::string_view::npos;
}

// group_end returns the position of the ')' closing the group opened at text[open], or npos.
std::size_t group_end(std::string_view text, std::size_t open) {
    int depth = 0;
    return find_syntax(text, open, [&](std::size_t, char c) {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        return c == ')' && depth == 0;
    });
}

// optional_group_at tells whether text[at] opens a group followed by '?' and returns the position after it.
std::size_t optional_group_at(std::string_view text, std::size_t at) {
    if (at >= text.size() || text[at] != '(') return std::string_view::npos;
    const std::size_t end = group_end(text, at);
    if (end == std::string_view::npos || end + 1 >= text.size() || text[end + 1] != '?')
        return std::string_view::npos;
    if (end + 2 < text.size() && (text[end + 2] == '?' || text[end + 2] == '+'))
        return std::string_view::npos;
    return end + 2;
}

// only_optional_groups tells whether text from at to its end is one or more optional groups.
bool only_optional_groups(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    while (at < text.size()) {
        at = optional_group_at(text, at);
        if (at == std::string_view::npos) return false;
    }
    return true;
}

// core_of strips optional groups before and after the pattern's one mandatory part, and a group around
// that part: "(arn:...)?([a-z-_]+)(:(x|y))?" -> "[a-z-_]+". Empty when the pattern is not of that form.
std::string_view core_of(std::string_view pattern) {
    std::size_t start = 0;
    for (std::size_t next; (next = optional_group_at(pattern, start)) != std::string_view::npos;)
        start = next;
    std::size_t stop = find_syntax(pattern, start, [&](std::size_t i, char c) {
        return c == '(' && i > start && only_optional_groups(pattern, i);
    });
    if (stop == std::string_view::npos) stop = pattern.size();
    std::string_view core = pattern.substr(start, stop - start);
    if (core.size() > 2 && core.front() == '(' && group_end(core, 0) == core.size() - 1)
        core = core.substr(1, core.size() - 2);
    if (core.find('(') != std::string_view::npos || core.find('|') != std::string_view::npos) return {};
    return core;
}

}  // namespace

PatternCheck::PatternCheck(std::string_view pattern) {
    if (parse_simple(pattern)) return;
    ranges_.clear();
    if (!ecmascript_reads_as_java(pattern)) return;
    if (auto core = core_of(pattern); !core.empty() && core.size() < pattern.size()) {
        auto shortcut = std::make_shared<PatternCheck>(core);
        if (shortcut->simple_) shortcut_ = std::move(shortcut);
    }
    try {
        regex_ = std::make_shared<const std::regex>(std::string(pattern), std::regex::ECMAScript);
    } catch (const std::exception&) {
        regex_ = nullptr;  // Java syntax std::regex does not read: not checked.
    }
}

bool PatternCheck::parse_simple(std::string_view pattern) {
    std::size_t i = 0;
    if (i < pattern.size() && pattern[i] == '^') ++i;
    ClassParser parser(pattern, i);
    auto add = [this](char32_t lo, char32_t hi) { ranges_.push_back(Range{lo, hi}); };
    if (!parser.atom(negated_, add)) return false;
    if (!read_quantifier(pattern, i, min_count_, max_count_)) return false;
    if (i < pattern.size() && pattern[i] == '$') ++i;
    simple_ = i == pattern.size();
    return simple_;
}

bool PatternCheck::in_class(char32_t c) const {
    bool found = false;
    for (const auto& r : ranges_) {
        if (c >= r.lo && c <= r.hi) {
            found = true;
            break;
        }
    }
    return found != negated_;
}

bool PatternCheck::simple_match(std::string_view value) const {
    std::size_t count = 0;
    for (std::size_t i = 0; i < value.size();) {
        if (!in_class(decode(value, i)) || ++count > max_count_) return false;
    }
    return count >= min_count_;
}

bool PatternCheck::matches(std::string_view value) const {
    if (simple_) return simple_match(value);
    if (shortcut_ && shortcut_->simple_match(value)) return true;
    if (!regex_ || value.size() > kMaxRegexValue || !is_ascii(value)) return true;
    try {
        return std::regex_match(value.begin(), value.end(), *regex_);
    } catch (const std::exception&) {
        return true;  // std::regex gave up (complexity): not checked.
    }
}

}  // namespace evb::model
