// How libyaml (ruamel.yaml's emitter) chooses a scalar's style: the resolver (yaml_resolver.cpp) says whether
// plain text reads back as a string; the analysis says which styles can hold the text (indicators, spaces,
// breaks, characters outside libyaml's printable set).
#include "yaml_emitter.hpp"

#include <string_view>

namespace evb::cli {
namespace {

bool is_blankz(const std::u32string& text, std::size_t i) {
    return i >= text.size() || text[i] == ' ' || text[i] == '\t' || yaml_is_break(text[i]);
}

bool one_of(char32_t c, std::string_view set) {
    return c < 0x80 && set.find(static_cast<char>(c)) != std::string_view::npos;
}

// What libyaml's yaml_emitter_analyze_scalar concludes about a scalar.
struct Analysis {
    bool block_plain_allowed = true;
    bool single_quoted_allowed = true;
};

struct Scan {
    bool flow_indicators = false, block_indicators = false, line_breaks = false, special = false;
    bool leading_space = false, leading_break = false, trailing_space = false, trailing_break = false;
    bool break_space = false, space_break = false;
};

void scan_indicators(const std::u32string& text, std::size_t i, bool preceded, bool followed, Scan& s) {
    char32_t c = text[i];
    if (i == 0) {
        if (one_of(c, "#,[]{}&*!|>'\"%@`")) s.flow_indicators = s.block_indicators = true;
        if (c == '?' || c == ':') {
            s.flow_indicators = true;
            if (followed) s.block_indicators = true;
        }
        if (c == '-' && followed) s.flow_indicators = s.block_indicators = true;
        return;
    }
    if (one_of(c, ",?[]{}")) s.flow_indicators = true;
    if (c == ':') {
        s.flow_indicators = true;
        if (followed) s.block_indicators = true;
    }
    if (c == '#' && preceded) s.flow_indicators = s.block_indicators = true;
}

Scan scan(const std::u32string& text) {
    Scan s;
    if (text.compare(0, 3, U"---") == 0 || text.compare(0, 3, U"...") == 0)
        s.flow_indicators = s.block_indicators = true;
    bool preceded = true, previous_space = false, previous_break = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        bool first = i == 0, last = i + 1 == text.size();
        scan_indicators(text, i, preceded, is_blankz(text, i + 1), s);
        if (!yaml_is_printable(c)) s.special = true;
        if (yaml_is_break(c)) s.line_breaks = true;
        if (c == ' ') {
            s.leading_space = s.leading_space || first;
            s.trailing_space = s.trailing_space || last;
            s.break_space = s.break_space || previous_break;
            previous_space = true, previous_break = false;
        } else if (yaml_is_break(c)) {
            s.leading_break = s.leading_break || first;
            s.trailing_break = s.trailing_break || last;
            s.space_break = s.space_break || previous_space;
            previous_break = true, previous_space = false;
        } else {
            previous_space = previous_break = false;
        }
        preceded = is_blankz(text, i);
    }
    return s;
}

Analysis analyze(const std::u32string& text) {
    if (text.empty()) return {};
    Scan s = scan(text);
    Analysis a;
    if (s.leading_space || s.leading_break || s.trailing_space || s.trailing_break || s.line_breaks ||
        s.block_indicators)
        a.block_plain_allowed = false;
    if (s.break_space || s.space_break || s.special) a.block_plain_allowed = a.single_quoted_allowed = false;
    return a;
}

}  // namespace

bool yaml_is_break(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool yaml_is_printable(char32_t c) {
    return c == '\n' || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
}

bool yaml_multiline(const std::u32string& text) {
    for (char32_t c : text) {
        if (yaml_is_break(c)) return true;
    }
    return false;
}

YamlStyle yaml_scalar_style(const std::string& utf8, const std::u32string& text, bool simple_key_context) {
    if (simple_key_context && yaml_multiline(text)) return YamlStyle::DoubleQuoted;
    Analysis a = analyze(text);
    if (a.block_plain_allowed && yaml_plain_is_string(utf8)) return YamlStyle::Plain;
    return a.single_quoted_allowed ? YamlStyle::SingleQuoted : YamlStyle::DoubleQuoted;
}

}  // namespace evb::cli
