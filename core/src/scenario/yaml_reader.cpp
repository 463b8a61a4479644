// The YAML reader: a recursive descent over characters. Block parsers return positioned at the first
// character of the next content line (or the end); the first error wins and unwinds as nullopt.
#include "evb/scenario/yaml_reader.hpp"

#include "evb/scenario/yaml_scalar.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace evb {
namespace {

using Node = std::optional<Json>;

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}
bool is_break_or_end(char c) {
    return c == '\n' || c == '\0';
}
bool is_flow_indicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

// append_utf8 writes a code point as UTF-8.
void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// normalized drops a byte-order mark and the \r of \r\n line ends.
std::string normalized(std::string_view text) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.remove_prefix(3);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        out += text[i] == '\r' ? '\n' : text[i];
    }
    return out;
}

class YamlParser {
  public:
    YamlParser(std::string text, const YamlTagFn& on_tag) : text_(std::move(text)), on_tag_(on_tag) {}

    YamlResult run() {
        // YAML excludes the NUL character; text holding one is most likely UTF-16, which the reader does not
        // take.
        if (std::size_t nul = text_.find('\0'); nul != std::string::npos) {
            pos_ = nul;
            fail("a NUL byte is not allowed in YAML (UTF-16 text? save it as UTF-8)");
            return YamlResult{std::nullopt, error_};
        }
        Node root = document();
        if (!error_.empty()) return YamlResult{std::nullopt, error_};
        return YamlResult{std::move(root), ""};
    }

  private:
    std::string text_;
    const YamlTagFn& on_tag_;
    std::size_t pos_ = 0;
    int depth_ = 0;
    std::string error_;

    // ---- characters and positions ----

    char peek(std::size_t ahead = 0) const {
        return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
    }
    bool at_end() const { return pos_ >= text_.size(); }

    int column_of(std::size_t p) const {
        std::size_t start = text_.rfind('\n', p == 0 ? 0 : p - 1);
        if (p == 0 || start == std::string::npos) return static_cast<int>(p);
        return static_cast<int>(p - start - 1);
    }

    int column() const { return at_end() ? -1 : column_of(pos_); }

    // indent is the column of the current content, -1 at the end or at a document marker.
    int current_indent() const { return at_document_marker() ? -1 : column(); }

    int line_of(std::size_t p) const {
        int line = 1;
        for (std::size_t i = 0; i < p && i < text_.size(); ++i)
            line += text_[i] == '\n';
        return line;
    }

    // fail records the first error at the current position and returns nothing.
    Node fail(const std::string& message) {
        if (error_.empty()) {
            error_ = "line " + std::to_string(line_of(pos_)) + ", column " +
                     std::to_string(column_of(pos_) + 1) + ": " + message;
        }
        return std::nullopt;
    }

    void skip_blanks() {
        while (is_blank(peek()))
            ++pos_;
    }

    // at_line_end tells whether only a comment or nothing is left on the line (after skip_blanks).
    bool at_line_end() const {
        if (is_break_or_end(peek())) return true;
        return peek() == '#' && (pos_ == 0 || is_blank(text_[pos_ - 1]) || text_[pos_ - 1] == '\n');
    }

    // finish_line requires that nothing but a comment follows, and moves past the line break.
    bool finish_line() {
        skip_blanks();
        if (!at_line_end()) {
            if (peek() == ':') return fail("a plain value must not contain \": \"; quote it").has_value();
            return fail("unexpected text after a value").has_value();
        }
        while (!is_break_or_end(peek()))
            ++pos_;
        if (peek() == '\n') ++pos_;
        return true;
    }

    bool at_document_marker() const {
        if (column() != 0) return false;
        bool dashes = text_.compare(pos_, 3, "---") == 0, dots = text_.compare(pos_, 3, "...") == 0;
        char after = peek(3);
        return (dashes || dots) && (is_blank(after) || is_break_or_end(after));
    }

    // next_content moves from a line start past blank and comment lines to the next content character and
    // returns its column (-1 at the end or at a document marker).
    int next_content() {
        while (!at_end()) {
            std::size_t line_start = pos_;
            while (peek() == ' ')
                ++pos_;
            if (peek() == '\t') {
                std::size_t p = pos_;
                skip_blanks();
                if (!at_line_end()) {
                    pos_ = p;
                    fail("tab characters must not be used for indentation");
                    return -1;
                }
            }
            if (at_line_end()) {
                while (!is_break_or_end(peek()))
                    ++pos_;
                if (peek() == '\n') ++pos_;
                continue;
            }
            if (at_document_marker()) return -1;
            return static_cast<int>(pos_ - line_start);
        }
        return -1;
    }

    bool is_complex_key() const { return peek() == '?' && (is_blank(peek(1)) || is_break_or_end(peek(1))); }

    bool is_dash_entry() const { return peek() == '-' && (is_blank(peek(1)) || is_break_or_end(peek(1))); }

    // ---- document ----

    Node document() {
        if (next_content() < 0 && !at_document_marker()) return error_.empty() ? Node(nullptr) : std::nullopt;
        while (peek() == '%') {
            while (!is_break_or_end(peek()))
                ++pos_;
            if (next_content() < 0 && !at_document_marker()) return Node(nullptr);
        }
        if (at_document_marker() && peek() == '-') {
            pos_ += 3;
            skip_blanks();
            if (at_line_end()) {
                finish_line();
                next_content();
            }
        }
        Node root = at_end() || at_document_marker() ? Node(nullptr) : block_node(-1);
        if (!root) return root;
        return document_end(std::move(root));
    }

    Node document_end(Node root) {
        if (column() > 0 || (column() == 0 && !at_document_marker()))
            return fail("unexpected content at this indentation");
        if (at_document_marker() && peek() == '-') return fail("only one YAML document is supported");
        if (at_document_marker()) {
            pos_ += 3;
            if (!finish_line()) return std::nullopt;
            if (next_content() >= 0 || at_document_marker())
                return fail("only one YAML document is supported");
        }
        return root;
    }

    // ---- block structure ----

    struct DepthGuard {
        int& depth;
        explicit DepthGuard(int& d) : depth(d) { ++depth; }
        ~DepthGuard() { --depth; }
    };

    Node block_node(int parent_indent) {
        DepthGuard guard(depth_);
        if (depth_ > kYamlMaxDepth) return fail("the document nests too deeply");
        if (is_complex_key()) return fail("complex mapping keys (?) are not supported");
        if (is_dash_entry()) return block_sequence(column());
        if (is_map_entry()) return block_mapping(column());
        return value_after_indicator(parent_indent);
    }

    // is_map_entry tells whether the current line holds "key:" followed by a blank or the line end.
    bool is_map_entry() const {
        std::size_t p = pos_;
        if (p < text_.size() && (text_[p] == '"' || text_[p] == '\'')) {
            p = quoted_end_on_line(p);
            if (p == std::string::npos) return false;
            while (p < text_.size() && is_blank(text_[p]))
                ++p;
            return p < text_.size() && text_[p] == ':' &&
                   (p + 1 >= text_.size() || is_blank(text_[p + 1]) || text_[p + 1] == '\n');
        }
        if (p < text_.size() &&
            (text_[p] == '[' || text_[p] == '{' || text_[p] == '!' || text_[p] == '|' || text_[p] == '>'))
            return false;
        for (; p < text_.size() && text_[p] != '\n'; ++p) {
            if (text_[p] == '#' && p > pos_ && is_blank(text_[p - 1])) return false;
            if (text_[p] == ':' && (p + 1 >= text_.size() || is_blank(text_[p + 1]) || text_[p + 1] == '\n'))
                return true;
        }
        return false;
    }

    // quoted_end_on_line returns the position after a quoted scalar that closes on its line, or npos.
    std::size_t quoted_end_on_line(std::size_t p) const {
        const char quote = text_[p];
        for (++p; p < text_.size() && text_[p] != '\n'; ++p) {
            if (quote == '"' && text_[p] == '\\')
                ++p;
            else if (quote == '\'' && text_[p] == '\'' && p + 1 < text_.size() && text_[p + 1] == '\'')
                ++p;
            else if (text_[p] == quote)
                return p + 1;
        }
        return std::string::npos;
    }

    Node block_mapping(int indent) {
        Json map = Json::object();
        while (true) {
            if (is_complex_key()) return fail("complex mapping keys (?) are not supported");
            const std::size_t key_start = pos_;
            std::optional<std::string> key = mapping_key();
            if (!key) return std::nullopt;
            if (map.contains(*key)) return pos_ = key_start, fail("duplicate mapping key \"" + *key + "\"");
            Node value = mapping_value(indent);
            if (!value) return std::nullopt;
            map[*key] = std::move(*value);
            const int next = current_indent();
            if (next < indent) return map;
            if (next > indent) return fail("bad indentation of a mapping entry");
            if (!is_map_entry())
                return is_dash_entry()
                           ? fail("a sequence entry cannot follow a mapping entry at the same indentation")
                           : fail("expected \"key: value\" at this indentation");
        }
    }

    // mapping_key reads a key up to and including its ':'.
    std::optional<std::string> mapping_key() {
        std::string key;
        if (peek() == '"' || peek() == '\'') {
            Node quoted = peek() == '"' ? double_quoted() : single_quoted();
            if (!quoted) return std::nullopt;
            key = quoted->get<std::string>();
        } else {
            std::size_t start = pos_;
            while (!at_end() && !(peek() == ':' && (is_blank(peek(1)) || is_break_or_end(peek(1)))))
                ++pos_;
            key = text_.substr(start, pos_ - start);
            while (!key.empty() && is_blank(key.back()))
                key.pop_back();
            if (!key.empty() && (key[0] == '&' || key[0] == '*'))
                return fail("anchors and aliases are not supported"), std::nullopt;
        }
        skip_blanks();
        ++pos_;  // the ':'
        return key;
    }

    // mapping_value reads what follows "key:", on the same line or in the lines below.
    Node mapping_value(int indent) {
        skip_blanks();
        if (!at_line_end()) return value_after_indicator(indent);
        if (!finish_line()) return std::nullopt;
        const int next = next_content();
        if (!error_.empty()) return std::nullopt;
        if (next > indent) return block_node(indent);
        if (next == indent && is_dash_entry()) return block_sequence(indent);
        return Node(nullptr);
    }

    Node block_sequence(int indent) {
        Json seq = Json::array();
        while (true) {
            ++pos_;  // the '-'
            Node item = sequence_item(indent);
            if (!item) return std::nullopt;
            seq.push_back(std::move(*item));
            const int next = current_indent();
            if (next < indent) return seq;
            if (next > indent) return fail("bad indentation of a sequence entry");
            if (!is_dash_entry()) return seq;
        }
    }

    Node sequence_item(int indent) {
        skip_blanks();
        if (at_line_end()) {
            if (!finish_line()) return std::nullopt;
            const int next = next_content();
            if (!error_.empty()) return std::nullopt;
            return next > indent ? block_node(indent) : Node(nullptr);
        }
        DepthGuard guard(depth_);
        if (depth_ > kYamlMaxDepth) return fail("the document nests too deeply");
        if (is_complex_key()) return fail("complex mapping keys (?) are not supported");
        if (is_dash_entry()) return block_sequence(column());
        if (is_map_entry()) return block_mapping(column());
        return value_after_indicator(indent);
    }

    // value_after_indicator reads a node that starts on the current line: tagged, block scalar or inline.
    Node value_after_indicator(int indent) {
        const char c = peek();
        if (c == '!') return tagged_block(indent);
        if (c == '&' || c == '*') return fail("anchors and aliases are not supported");
        if (c == '|' || c == '>') return block_scalar(indent);
        return inline_value(indent);
    }

    Node tagged_block(int indent) {
        DepthGuard guard(depth_);
        if (depth_ > kYamlMaxDepth) return fail("the document nests too deeply");
        std::string tag = read_tag();
        skip_blanks();
        Node value;
        if (at_line_end()) {
            if (!finish_line()) return std::nullopt;
            const int next = next_content();
            if (!error_.empty()) return std::nullopt;
            value = next > indent                         ? block_node(indent)
                    : (next == indent && is_dash_entry()) ? block_sequence(indent)
                                                          : Node(nullptr);
        } else {
            value = value_after_indicator(indent);
        }
        if (!value) return std::nullopt;
        return apply_tag(tag, std::move(*value));
    }

    // inline_value reads a scalar or flow collection that ends its line, then moves to the next content.
    Node inline_value(int indent) {
        Node value;
        const char c = peek();
        if (c == '"')
            value = double_quoted();
        else if (c == '\'')
            value = single_quoted();
        else if (c == '[' || c == '{')
            value = flow_node();
        else if (c == '%' || c == '@' || c == '`')
            return fail(std::string("a plain value cannot start with '") + c + "'; quote it");
        else
            value = plain_block(indent);
        if (!value || !finish_line()) return std::nullopt;
        next_content();
        if (!error_.empty()) return std::nullopt;
        return value;
    }

    // ---- tags ----

    std::string read_tag() {
        std::size_t start = ++pos_;
        while (!is_blank(peek()) && !is_break_or_end(peek()) && !is_flow_indicator(peek()))
            ++pos_;
        return text_.substr(start, pos_ - start);
    }

    Node apply_tag(const std::string& tag, Json value) {
        if (tag == "!str")
            return value.is_string() ? value : Json(value.is_null() ? "" : to_json_text(value));
        if (tag == "!binary" && value.is_string()) return value;  // base64 text, as blobs travel in JSON
        if (!tag.empty() && tag[0] == '!') return fail("the tag !" + tag + " is not supported");
        if (!on_tag_) return fail("tags such as !" + tag + " are not supported here");
        std::string why;
        Json out = on_tag_(tag, std::move(value), why);
        if (!why.empty()) return fail(why);
        return out;
    }

    // ---- plain scalars ----

    // plain_line reads a plain scalar's text on one line (block context), trailing blanks dropped.
    std::string plain_line() {
        std::size_t start = pos_;
        while (!is_break_or_end(peek())) {
            if (peek() == ':' && (is_blank(peek(1)) || is_break_or_end(peek(1)))) break;
            if (is_blank(peek()) && peek(1) == '#') break;
            ++pos_;
        }
        std::string out = text_.substr(start, pos_ - start);
        while (!out.empty() && is_blank(out.back()))
            out.pop_back();
        return out;
    }

    // plain_block reads a plain scalar and its continuation lines (indented deeper than indent), folded.
    Node plain_block(int indent) {
        std::string text = plain_line();
        while (true) {
            std::size_t save = pos_;
            skip_blanks();
            if (peek() != '\n') return pos_ = save, Node(resolve_plain_scalar(text));
            std::string breaks;
            std::size_t p = pos_;
            while (true) {
                ++p;
                std::size_t s = p;
                while (p < text_.size() && text_[p] == ' ')
                    ++p;
                std::size_t q = p;
                while (q < text_.size() && is_blank(text_[q]))
                    ++q;
                if (q < text_.size() && text_[q] == '\n') {
                    breaks += '\n';
                    p = q;
                    continue;
                }
                if (q >= text_.size() || text_[q] == '#' || static_cast<int>(p - s) <= indent)
                    return pos_ = save, Node(resolve_plain_scalar(text));
                pos_ = q;
                if (at_document_marker() || is_continuation_stop())
                    return pos_ = save, Node(resolve_plain_scalar(text));
                break;
            }
            text += breaks.empty() ? " " : breaks;
            text += plain_line();
        }
    }

    // is_continuation_stop tells whether a deeper line starts a structure instead of continuing a scalar.
    bool is_continuation_stop() const { return is_map_entry() || is_dash_entry(); }

    // plain_flow reads a plain scalar inside [ ] or { }.
    std::string plain_flow() {
        std::size_t start = pos_;
        while (!is_break_or_end(peek()) && !is_flow_indicator(peek())) {
            if (peek() == ':' &&
                (is_blank(peek(1)) || is_break_or_end(peek(1)) || is_flow_indicator(peek(1))))
                break;
            if (is_blank(peek()) && peek(1) == '#') break;
            ++pos_;
        }
        std::string out = text_.substr(start, pos_ - start);
        while (!out.empty() && is_blank(out.back()))
            out.pop_back();
        return out;
    }

    // ---- quoted scalars ----

    // fold_break handles a line break inside a quoted scalar: one break folds to a space, more keep n-1.
    void fold_break(std::string& out) {
        while (!out.empty() && is_blank(out.back()))
            out.pop_back();
        int breaks = 0;
        while (peek() == '\n') {
            ++pos_, ++breaks;
            skip_blanks();
        }
        out += breaks == 1 ? std::string(" ") : std::string(static_cast<std::size_t>(breaks - 1), '\n');
    }

    Node single_quoted() {
        ++pos_;
        std::string out;
        while (true) {
            if (at_end()) return fail("unterminated single-quoted string");
            const char c = peek();
            if (c == '\'' && peek(1) == '\'')
                out += '\'', pos_ += 2;
            else if (c == '\'')
                return ++pos_, Node(out);
            else if (c == '\n')
                fold_break(out);
            else
                out += c, ++pos_;
        }
    }

    Node double_quoted() {
        ++pos_;
        std::string out;
        while (true) {
            if (at_end()) return fail("unterminated double-quoted string");
            const char c = peek();
            if (c == '"') return ++pos_, Node(out);
            if (c == '\n')
                fold_break(out);
            else if (c != '\\')
                out += c, ++pos_;
            else if (!escape(out))
                return std::nullopt;
        }
    }

    // escape reads one backslash escape of a double-quoted scalar.
    bool escape(std::string& out) {
        ++pos_;
        const char c = peek();
        ++pos_;
        static constexpr std::string_view kFrom = "0abtnvfre \"/\\\t";
        static constexpr std::string_view kTo = std::string_view("\0\a\b\t\n\v\f\r\x1b \"/\\\t", 14);
        if (auto i = kFrom.find(c); i != std::string_view::npos && c != '\0') return out += kTo[i], true;
        if (c == 'N') return append_utf8(out, 0x85), true;
        if (c == '_') return append_utf8(out, 0xA0), true;
        if (c == 'L') return append_utf8(out, 0x2028), true;
        if (c == 'P') return append_utf8(out, 0x2029), true;
        if (c == '\n') {
            skip_blanks();
            return true;
        }
        if (c == 'x' || c == 'u' || c == 'U') return hex_escape(out, c == 'x' ? 2 : c == 'u' ? 4 : 8);
        --pos_;
        return fail(std::string("unknown escape \\") + c).has_value();
    }

    bool hex_escape(std::string& out, int digits) {
        std::uint32_t cp = 0;
        if (!read_hex(digits, cp)) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF && peek() == '\\' && peek(1) == 'u') {
            std::size_t save = pos_;
            pos_ += 2;
            std::uint32_t low = 0;
            if (read_hex(4, low) && low >= 0xDC00 && low <= 0xDFFF)
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            else
                pos_ = save;
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return fail("escape is not a Unicode scalar value").has_value();
        append_utf8(out, cp);
        return true;
    }

    bool read_hex(int digits, std::uint32_t& cp) {
        for (int i = 0; i < digits; ++i, ++pos_) {
            const char h = peek();
            int d = (h >= '0' && h <= '9')   ? h - '0'
                    : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                    : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                             : -1;
            if (d < 0) return fail("bad hexadecimal escape").has_value();
            cp = cp * 16 + static_cast<std::uint32_t>(d);
        }
        return true;
    }

    // ---- block scalars ----

    struct BlockHeader {
        bool folded = false;
        char chomp = ' ';  // '-' strip, '+' keep, ' ' clip
        int explicit_indent = 0;
    };

    Node block_scalar(int indent) {
        BlockHeader header{peek() == '>', ' ', 0};
        ++pos_;
        for (int i = 0; i < 2; ++i) {
            if (peek() == '-' || peek() == '+')
                header.chomp = peek(), ++pos_;
            else if (peek() >= '1' && peek() <= '9')
                header.explicit_indent = peek() - '0', ++pos_;
        }
        if (!finish_line()) return std::nullopt;
        const int content_indent =
            header.explicit_indent ? std::max(indent, 0) + header.explicit_indent : detect_indent(indent);
        std::vector<std::string> lines = block_lines(content_indent);
        std::string body = header.folded ? fold_lines(lines) : literal_lines(lines);
        next_content();
        if (!error_.empty()) return std::nullopt;
        return Node(chomp(body, lines, header.chomp));
    }

    // detect_indent finds the content indentation: that of the first non-empty line below.
    int detect_indent(int indent) const {
        std::size_t p = pos_;
        while (p < text_.size()) {
            std::size_t s = p;
            while (p < text_.size() && text_[p] == ' ')
                ++p;
            if (p < text_.size() && text_[p] != '\n') {
                const int n = static_cast<int>(p - s);
                return n > indent ? n : indent + 1;
            }
            ++p;
        }
        return indent + 1;
    }

    // block_lines collects the lines of a block scalar ("" for empty ones), leaving pos at the next line.
    std::vector<std::string> block_lines(int content_indent) {
        std::vector<std::string> lines;
        while (!at_end()) {
            std::size_t s = pos_, p = pos_;
            while (p < text_.size() && text_[p] == ' ')
                ++p;
            const bool empty = p >= text_.size() || text_[p] == '\n';
            if (!empty && static_cast<int>(p - s) < content_indent) break;
            std::size_t e = text_.find('\n', s);
            if (e == std::string::npos) e = text_.size();
            lines.push_back(empty ? std::string()
                                  : text_.substr(s + static_cast<std::size_t>(content_indent),
                                                 e - s - static_cast<std::size_t>(content_indent)));
            pos_ = e < text_.size() ? e + 1 : e;
        }
        return lines;
    }

    static std::string literal_lines(const std::vector<std::string>& lines) {
        std::string out;
        for (const auto& l : lines)
            out += l + "\n";
        return out;
    }

    static std::string fold_lines(const std::vector<std::string>& lines) {
        std::string out;
        bool previous_text = false, previous_more = false;
        int pending_empty = 0;
        for (const auto& l : lines) {
            if (l.empty()) {
                ++pending_empty;
                continue;
            }
            const bool more = is_blank(l[0]);
            const auto empties = static_cast<std::size_t>(pending_empty);
            if (!previous_text)
                out += std::string(empties, '\n');
            else if (more || previous_more)
                out += std::string(empties + 1, '\n');
            else
                out += empties == 0 ? std::string(" ") : std::string(empties, '\n');
            out += l;
            pending_empty = 0;
            previous_text = true;
            previous_more = more;
        }
        return out + (previous_text ? "\n" : "") + std::string(static_cast<std::size_t>(pending_empty), '\n');
    }

    // chomp applies the chomping indicator to a block scalar's text.
    static std::string chomp(std::string body, const std::vector<std::string>& lines, char indicator) {
        if (indicator == '+') return body;
        while (!body.empty() && body.back() == '\n')
            body.pop_back();
        bool has_text = false;
        for (const auto& l : lines)
            has_text = has_text || !l.empty();
        if (indicator == ' ' && has_text) body += '\n';
        return body;
    }

    // ---- flow collections ----

    void skip_flow_space() {
        while (true) {
            skip_blanks();
            if (peek() == '#' && (pos_ == 0 || is_blank(text_[pos_ - 1]) || text_[pos_ - 1] == '\n')) {
                while (!is_break_or_end(peek()))
                    ++pos_;
            }
            if (peek() != '\n') return;
            ++pos_;
        }
    }

    Node flow_node() {
        DepthGuard guard(depth_);
        if (depth_ > kYamlMaxDepth) return fail("the document nests too deeply");
        skip_flow_space();
        const char c = peek();
        if (c == '[') return flow_sequence();
        if (c == '{') return flow_mapping();
        if (c == '"') return double_quoted();
        if (c == '\'') return single_quoted();
        if (c == '!') return flow_tagged();
        if (c == '&' || c == '*') return fail("anchors and aliases are not supported");
        if (at_end()) return fail("unexpected end of the document inside [ ] or { }");
        if (c == ']' || c == '}' || c == ',') return fail(std::string("unexpected '") + c + "'");
        return Node(resolve_plain_scalar(plain_flow()));
    }

    Node flow_tagged() {
        DepthGuard guard(depth_);
        if (depth_ > kYamlMaxDepth) return fail("the document nests too deeply");
        std::string tag = read_tag();
        skip_flow_space();
        Node value = (peek() == ',' || peek() == ']' || peek() == '}') ? Node(nullptr) : flow_node();
        if (!value) return std::nullopt;
        return apply_tag(tag, std::move(*value));
    }

    Node flow_sequence() {
        ++pos_;
        Json seq = Json::array();
        while (true) {
            skip_flow_space();
            if (peek() == ']') return ++pos_, Node(seq);
            Node item = flow_node();
            if (!item) return std::nullopt;
            skip_flow_space();
            if (peek() == ':') {
                Node pair = flow_pair_value(std::move(*item));
                if (!pair) return std::nullopt;
                item = std::move(pair);
                skip_flow_space();
            }
            seq.push_back(std::move(*item));
            if (!flow_separator(']')) return std::nullopt;
        }
    }

    // flow_pair_value turns "key: value" inside [ ] into a one-entry mapping.
    Node flow_pair_value(Json key) {
        ++pos_;
        skip_flow_space();
        Node value = (peek() == ',' || peek() == ']') ? Node(nullptr) : flow_node();
        if (!value) return std::nullopt;
        Json pair = Json::object();
        pair[key.is_string() ? key.get<std::string>() : to_json_text(key)] = std::move(*value);
        return pair;
    }

    // flow_separator accepts ',' (then the loop goes on) or the closing bracket (left for the loop).
    bool flow_separator(char close) {
        skip_flow_space();
        if (peek() == ',') return ++pos_, true;
        if (peek() == close) return true;
        return fail(std::string("expected ',' or '") + close + "'").has_value();
    }

    Node flow_mapping() {
        ++pos_;
        Json map = Json::object();
        while (true) {
            skip_flow_space();
            if (peek() == '}') return ++pos_, Node(map);
            Node key = flow_key();
            if (!key) return std::nullopt;
            const std::string name = key->is_string() ? key->get<std::string>() : to_json_text(*key);
            if (map.contains(name)) return fail("duplicate mapping key \"" + name + "\"");
            skip_flow_space();
            Node value = Node(nullptr);
            if (peek() == ':') {
                ++pos_;
                skip_flow_space();
                if (peek() != ',' && peek() != '}') value = flow_node();
            }
            if (!value) return std::nullopt;
            map[name] = std::move(*value);
            if (!flow_separator('}')) return std::nullopt;
        }
    }

    Node flow_key() {
        if (peek() == '"') return double_quoted();
        if (peek() == '\'') return single_quoted();
        if (peek() == '[' || peek() == '{' || peek() == '?')
            return fail("complex mapping keys are not supported");
        if (at_end()) return fail("unexpected end of the document inside { }");
        return Node(plain_flow());
    }
};

}  // namespace

YamlResult parse_yaml(std::string_view text, const YamlTagFn& on_tag) {
    return YamlParser(normalized(text), on_tag).run();
}

}  // namespace evb
