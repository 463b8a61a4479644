// libyaml's emitter primitives and its three scalar writers (plain, single and double quoted), with the
// folding of long lines at a space past column 80 (the CLI leaves the width at libyaml's default).
#include "yaml_emitter.hpp"

#include "code_points.hpp"

#include <cstdio>

namespace evb::cli {
namespace {

constexpr int kBestIndent = 2;
constexpr int kBestWidth = 80;

bool needs_escape(char32_t c) {
    return !yaml_is_printable(c) || yaml_is_break(c) || c == '"' || c == '\\';
}

// escape is libyaml's escape sequence for a character of a double-quoted scalar.
std::string escape(char32_t c) {
    switch (c) {
        case 0x00:
            return "\\0";
        case 0x07:
            return "\\a";
        case 0x08:
            return "\\b";
        case 0x09:
            return "\\t";
        case 0x0A:
            return "\\n";
        case 0x0B:
            return "\\v";
        case 0x0C:
            return "\\f";
        case 0x0D:
            return "\\r";
        case 0x1B:
            return "\\e";
        case '"':
            return "\\\"";
        case '\\':
            return "\\\\";
        case 0x85:
            return "\\N";
        case 0xA0:
            return "\\_";
        case 0x2028:
            return "\\L";
        case 0x2029:
            return "\\P";
        default:
            break;
    }
    char buffer[12];
    if (c <= 0xFF)
        std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned>(c));
    else if (c <= 0xFFFF)
        std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(c));
    else
        std::snprintf(buffer, sizeof buffer, "\\U%08X", static_cast<unsigned>(c));
    return buffer;
}

}  // namespace

void YamlEmitter::put(const std::string& bytes) {
    out += bytes;
    ++column;
}

void YamlEmitter::put_break() {
    out += '\n';
    column = 0;
}

void YamlEmitter::increase_indent(bool flow, bool indentless) {
    indents.push_back(indent);
    if (indent < 0)
        indent = flow ? kBestIndent : 0;
    else if (!indentless)
        indent += kBestIndent;
}

void YamlEmitter::pop_indent() {
    indent = indents.back();
    indents.pop_back();
}

void YamlEmitter::write_indent() {
    int target = indent >= 0 ? indent : 0;
    if (!indention || column > target || (column == target && !whitespace)) put_break();
    while (column < target)
        put(" ");
    whitespace = true;
    indention = true;
}

void YamlEmitter::write_indicator(const std::string& indicator, bool need_whitespace, bool is_whitespace,
                                  bool is_indention) {
    if (need_whitespace && !whitespace) put(" ");
    out += indicator;
    column += static_cast<int>(indicator.size());
    whitespace = is_whitespace;
    indention = indention && is_indention;
}

void YamlEmitter::write_plain(const std::u32string& text, bool allow_breaks) {
    if (!whitespace && !text.empty()) put(" ");
    bool spaces = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ') {
            bool next_is_space = i + 1 < text.size() && text[i + 1] == ' ';
            if (allow_breaks && !spaces && column > kBestWidth && !next_is_space)
                write_indent();
            else
                put(" ");
            spaces = true;
        } else {
            put(utf8_encode(text[i]));
            indention = false;
            spaces = false;
        }
    }
    whitespace = false;
    indention = false;
}

void YamlEmitter::write_single_quoted(const std::u32string& text, bool allow_breaks) {
    write_indicator("'", true, false, false);
    bool spaces = false, breaks = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        if (c == ' ') {
            bool next_is_space = i + 1 < text.size() && text[i + 1] == ' ';
            if (allow_breaks && !spaces && column > kBestWidth && i != 0 && i + 1 != text.size() &&
                !next_is_space)
                write_indent();
            else
                put(" ");
            spaces = true;
        } else if (yaml_is_break(c)) {
            if (!breaks && c == '\n') put_break();
            if (c == '\n')
                put_break();
            else
                out += utf8_encode(c), column = 0;
            indention = true;
            breaks = true;
        } else {
            if (breaks) write_indent();
            put(c == '\'' ? std::string("''") : utf8_encode(c));
            if (c == '\'') ++column;
            indention = false;
            spaces = breaks = false;
        }
    }
    if (breaks) write_indent();
    write_indicator("'", false, false, false);
    whitespace = false;
    indention = false;
}

void YamlEmitter::write_double_quoted(const std::u32string& text, bool allow_breaks) {
    write_indicator("\"", true, false, false);
    bool spaces = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        if (needs_escape(c)) {
            std::string sequence = escape(c);
            out += sequence;
            column += static_cast<int>(sequence.size());
            spaces = false;
        } else if (c == ' ') {
            if (allow_breaks && !spaces && column > kBestWidth && i != 0 && i + 1 != text.size()) {
                write_indent();
                if (i + 1 < text.size() && text[i + 1] == ' ') put("\\");
            } else {
                put(" ");
            }
            spaces = true;
        } else {
            put(utf8_encode(c));
            spaces = false;
        }
    }
    write_indicator("\"", false, false, false);
    whitespace = false;
    indention = false;
}

void YamlEmitter::scalar(const std::string& text, bool is_string) {
    std::u32string points = utf8_decode(text);
    YamlStyle style = is_string ? yaml_scalar_style(text, points, simple_key_context) : YamlStyle::Plain;
    increase_indent(true, false);
    bool allow_breaks = !simple_key_context;
    if (style == YamlStyle::Plain)
        write_plain(points, allow_breaks);
    else if (style == YamlStyle::SingleQuoted)
        write_single_quoted(points, allow_breaks);
    else
        write_double_quoted(points, allow_breaks);
    pop_indent();
}

}  // namespace evb::cli
