// Shorthand parser: the grammar and backtracking of the AWS CLI's shorthand.py, written anew.
#include "shorthand.hpp"

#include <optional>

namespace evb::cli {
namespace {

constexpr int kMaxDepth = 100;

bool is_key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '#' || c == '/' || c == ':';
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Characters a value may start with: anything but space, quotes, comma, '=', '[' and '{'.
bool is_start_char(char c) {
    return !is_space(c) && c != '"' && c != '\'' && c != ',' && c != '=' && c != '[' && c != '{';
}

// A first value continues through anything but quotes, comma, ']' and '}'.
bool is_first_follow(char c) {
    return c != '"' && c != '\'' && c != ',' && c != ']' && c != '}';
}

// A value after a comma continues through anything but quotes, comma and '='.
bool is_second_follow(char c) {
    return c != '"' && c != '\'' && c != ',' && c != '=';
}

struct SyntaxError {
    std::string expected;
    std::string actual;
    std::size_t index;
};

struct Parser {
    std::string_view input;
    std::size_t index = 0;
    int depth = 0;
    std::optional<SyntaxError> failure;

    bool eof() const { return index >= input.size(); }
    char current() const { return eof() ? '\0' : input[index]; }

    void skip_space() {
        while (!eof() && is_space(input[index]))
            ++index;
    }

    bool fail(std::string expected, std::string actual, std::size_t at) {
        if (!failure) failure = SyntaxError{std::move(expected), std::move(actual), at};
        return false;
    }

    bool expect(char c, bool consume_space = false) {
        if (consume_space) skip_space();
        if (eof()) return fail(std::string(1, c), "EOF", index);
        if (input[index] != c) return fail(std::string(1, c), std::string(1, input[index]), index);
        ++index;
        if (consume_space) skip_space();
        return true;
    }

    std::string key() {
        std::size_t start = index;
        while (!eof() && is_key_char(input[index]))
            ++index;
        return std::string(input.substr(start, index - start));
    }

    // word consumes an unquoted value whose first character passes is_start_char and the rest follow.
    std::optional<std::string> word(bool (*follow)(char)) {
        std::size_t start = index;
        auto escaped_comma = [&] {
            return current() == '\\' && index + 1 < input.size() && input[index + 1] == ',';
        };
        if (escaped_comma())
            index += 2;
        else if (!eof() && is_start_char(current()))
            ++index;
        else
            return std::nullopt;
        while (!eof()) {
            if (escaped_comma())
                index += 2;
            else if (follow(current()))
                ++index;
            else
                break;
        }
        std::string text(input.substr(start, index - start));
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == ',') continue;
            out += text[i];
        }
        while (!out.empty() && is_space(out.back()))
            out.pop_back();
        return out;
    }

    std::optional<std::string> quoted(char quote) {
        std::size_t start = index;
        std::size_t i = index + 1;
        std::string value;
        while (i < input.size() && input[i] != quote) {
            if (input[i] == '\\' && i + 1 < input.size() && (input[i + 1] == quote || input[i + 1] == '\\')) {
                value += input[i + 1];
                i += 2;
            } else {
                value += input[i++];
            }
        }
        if (i >= input.size()) {
            fail(quote == '\'' ? "<single_quoted>" : "<double_quoted>", "<none>", start);
            return std::nullopt;
        }
        index = i + 1;
        return value;
    }

    std::optional<Json> first_value() {
        if (current() == '\'' || current() == '"') {
            auto v = quoted(current());
            return v ? std::optional<Json>(*v) : std::nullopt;
        }
        auto v = word(is_first_follow);
        return Json(v.value_or(""));
    }

    std::optional<Json> second_value() {
        if (current() == '\'' || current() == '"') {
            auto v = quoted(current());
            return v ? std::optional<Json>(*v) : std::nullopt;
        }
        auto v = word(is_second_follow);
        if (!v) {
            fail("<second>", "<none>", index);
            return std::nullopt;
        }
        return Json(*v);
    }

    // csv_value parses `bar` or `bar,baz,...`, backtracking when a later item turns out to be `key=`.
    std::optional<Json> csv_value() {
        auto first = first_value();
        if (!first) return std::nullopt;
        skip_space();
        if (eof() || current() != ',') return first;
        Json list = Json::array({*first});
        std::size_t comma = index;
        expect(',', true);
        while (true) {
            auto saved_failure = failure;
            auto value = second_value();
            if (value) skip_space();
            bool ok = value && (eof() || current() == ',');
            if (!ok) {
                if (eof() && !value) return std::nullopt;
                failure = saved_failure;
                index = comma;
                break;
            }
            list.push_back(*value);
            if (eof()) break;
            comma = index;
            expect(',', true);
        }
        return list.size() == 1 ? *first : list;
    }

    std::optional<Json> values() {
        if (eof()) return Json("");
        if (current() == '[') return explicit_list();
        if (current() == '{') return hash_literal();
        return csv_value();
    }

    std::optional<Json> explicit_value() {
        if (current() == '[') return explicit_list();
        if (current() == '{') return hash_literal();
        return first_value();
    }

    std::optional<Json> explicit_list() {
        if (++depth > kMaxDepth) return fail("]", "nesting too deep", index), std::nullopt;
        if (!expect('[', true)) return std::nullopt;
        Json list = Json::array();
        while (current() != ']') {
            if (eof()) return fail("]", "EOF", index), std::nullopt;
            auto v = explicit_value();
            if (!v) return std::nullopt;
            list.push_back(*v);
            skip_space();
            if (current() != ']') {
                if (!expect(',')) return std::nullopt;
                skip_space();
            }
        }
        if (!expect(']')) return std::nullopt;
        --depth;
        return list;
    }

    std::optional<Json> hash_literal() {
        if (++depth > kMaxDepth) return fail("}", "nesting too deep", index), std::nullopt;
        if (!expect('{', true)) return std::nullopt;
        Json object = Json::object();
        while (current() != '}') {
            if (eof()) return fail("}", "EOF", index), std::nullopt;
            std::string k = key();
            if (!expect('=', true)) return std::nullopt;
            auto v = explicit_value();
            if (!v) return std::nullopt;
            skip_space();
            if (current() != '}') {
                if (!expect(',')) return std::nullopt;
                skip_space();
            }
            object[k] = *v;
        }
        if (!expect('}')) return std::nullopt;
        --depth;
        return object;
    }

    bool keyval(Json& object, std::string& duplicate) {
        std::string k = key();
        if (!expect('=', true)) return false;
        auto v = values();
        if (!v) return false;
        if (object.contains(k)) duplicate = k;
        object[k] = *v;
        return true;
    }
};

std::string error_location(std::string_view value, std::size_t index) {
    std::size_t spaces = index;
    std::string consumed(value);
    std::string remaining;
    std::size_t last_newline = value.substr(0, index).rfind('\n');
    if (last_newline != std::string_view::npos) spaces = index - last_newline - 1;
    std::size_t next_newline = value.find('\n', index);
    if (next_newline != std::string_view::npos) {
        consumed = std::string(value.substr(0, next_newline));
        remaining = std::string(value.substr(next_newline));
    }
    return consumed + "\n" + std::string(spaces, ' ') + "^" + remaining;
}

}  // namespace

ShorthandResult parse_shorthand(std::string_view text) {
    Parser parser{text, 0, 0, std::nullopt};
    Json object = Json::object();
    std::string duplicate;
    bool ok = parser.keyval(object, duplicate);
    std::size_t last_index = parser.index;
    while (ok && duplicate.empty() && !parser.eof()) {
        ok = parser.expect(',', true) && parser.keyval(object, duplicate);
        if (duplicate.empty()) last_index = parser.index;
    }
    if (!duplicate.empty()) {
        return {Json(), "Second instance of key \"" + duplicate + "\" encountered for input:\n" +
                            error_location(text, last_index + 1) +
                            "\nThis is often because there is a preceding \",\" instead of a space."};
    }
    if (!ok) {
        const SyntaxError& e = parser.failure.value_or(SyntaxError{"=", "EOF", text.size()});
        return {Json(), "Expected: '" + e.expected + "', received: '" + e.actual + "' for input:\n" +
                            error_location(text, e.index)};
    }
    return {object, ""};
}

}  // namespace evb::cli
