// A reader that follows CPython's json scanner (Modules/_json.c, strict mode) step by step, only to find
// the first place it raises JSONDecodeError and the message it raises there.
#include "python/json_decode_error.hpp"

namespace evb::cli {
namespace {

struct Failure {
    const char* message;
    std::size_t at;  // byte offset
};

class Reader {
  public:
    Reader(std::string_view text, int max_depth) : s_(text), max_depth_(max_depth) {}

    std::optional<Failure> document() {
        std::size_t i = skip(0);
        if (auto f = value(i, 0)) return f;
        i = skip(i);
        if (i != s_.size()) return Failure{"Extra data", i};
        return std::nullopt;
    }

  private:
    std::string_view s_;
    int max_depth_;

    bool at(std::size_t i, char c) const { return i < s_.size() && s_[i] == c; }
    bool digit(std::size_t i) const { return i < s_.size() && s_[i] >= '0' && s_[i] <= '9'; }
    bool word(std::size_t i, std::string_view w) const { return s_.substr(i, w.size()) == w; }

    std::size_t skip(std::size_t i) const {
        while (i < s_.size() && (s_[i] == ' ' || s_[i] == '\t' || s_[i] == '\n' || s_[i] == '\r'))
            ++i;
        return i;
    }

    // value reads one value starting at i (no whitespace before it) and leaves i after it.
    std::optional<Failure> value(std::size_t& i, int depth) {
        if (depth > max_depth_) return Failure{"maximum recursion depth exceeded", i};
        if (at(i, '"')) return string(i);
        if (at(i, '{')) return object(i, depth + 1);
        if (at(i, '[')) return array(i, depth + 1);
        for (std::string_view literal : {"null", "true", "false", "NaN", "Infinity", "-Infinity"}) {
            if (word(i, literal)) {
                i += literal.size();
                return std::nullopt;
            }
        }
        return number(i);
    }

    // number matches -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? as the scanner does, backing off a
    // fraction or exponent that has no digits (they are then left for the caller to trip on).
    std::optional<Failure> number(std::size_t& i) {
        std::size_t j = i;
        if (at(j, '-')) ++j;
        if (at(j, '0'))
            ++j;
        else if (digit(j) && s_[j] != '0')
            while (digit(j))
                ++j;
        else
            return Failure{"Expecting value", i};
        if (at(j, '.') && digit(j + 1)) {
            j += 2;
            while (digit(j))
                ++j;
        }
        if (at(j, 'e') || at(j, 'E')) {
            std::size_t k = j + 1;
            if (at(k, '+') || at(k, '-')) ++k;
            if (digit(k)) {
                while (digit(k))
                    ++k;
                j = k;
            }
        }
        i = j;
        return std::nullopt;
    }

    std::optional<Failure> string(std::size_t& i) {
        const std::size_t begin = i++;
        while (true) {
            if (i >= s_.size()) return Failure{"Unterminated string starting at", begin};
            const unsigned char c = static_cast<unsigned char>(s_[i]);
            if (c == '"') {
                ++i;
                return std::nullopt;
            }
            if (c < 0x20) return Failure{"Invalid control character at", i};
            if (c != '\\') {
                ++i;
                continue;
            }
            const std::size_t slash = i++;
            if (i >= s_.size()) return Failure{"Unterminated string starting at", begin};
            const char e = s_[i++];
            if (e == 'u') {
                for (int k = 0; k < 4; ++k, ++i) {
                    const bool hex =
                        i < s_.size() &&
                        std::string_view("0123456789abcdefABCDEF").find(s_[i]) != std::string_view::npos;
                    if (!hex) return Failure{"Invalid \\uXXXX escape", slash + 1};
                }
            } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                return Failure{"Invalid \\escape", slash};
            }
        }
    }

    // members reads a container's members up to `closer`, each with read_member, separated by commas: the
    // scanner treats objects and arrays alike there.
    template <typename ReadMember>
    std::optional<Failure> members(std::size_t& i, char closer, ReadMember read_member) {
        i = skip(i + 1);
        if (at(i, closer)) {
            ++i;
            return std::nullopt;
        }
        while (true) {
            if (auto f = read_member(i)) return f;
            i = skip(i);
            if (at(i, closer)) {
                ++i;
                return std::nullopt;
            }
            if (!at(i, ',')) return Failure{"Expecting ',' delimiter", i};
            i = skip(i + 1);
        }
    }

    std::optional<Failure> object(std::size_t& i, int depth) {
        return members(i, '}', [&](std::size_t& j) -> std::optional<Failure> {
            if (!at(j, '"')) return Failure{"Expecting property name enclosed in double quotes", j};
            if (auto f = string(j)) return f;
            j = skip(j);
            if (!at(j, ':')) return Failure{"Expecting ':' delimiter", j};
            j = skip(j + 1);
            return value(j, depth);
        });
    }

    std::optional<Failure> array(std::size_t& i, int depth) {
        return members(i, ']', [&](std::size_t& j) { return value(j, depth); });
    }
};

// code_points counts the characters of text's first `bytes` bytes, as Python indexes a str.
std::size_t code_points(std::string_view text, std::size_t bytes) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < bytes && i < text.size(); ++i)
        n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    return n;
}

}  // namespace

std::optional<std::string> python_json_error(std::string_view text, int max_depth) {
    std::optional<Failure> failure = Reader(text, max_depth).document();
    if (!failure) return std::nullopt;
    if (std::string_view(failure->message) == "maximum recursion depth exceeded")
        return std::string(
            "maximum recursion depth exceeded while decoding a JSON array from a unicode string");
    std::size_t line = 1, line_start = 0;
    for (std::size_t i = 0; i < failure->at && i < text.size(); ++i) {
        if (text[i] == '\n') ++line, line_start = i + 1;
    }
    const std::size_t pos = code_points(text, failure->at);
    const std::size_t column = pos - code_points(text, line_start) + 1;
    return std::string(failure->message) + ": line " + std::to_string(line) + " column " +
           std::to_string(column) + " (char " + std::to_string(pos) + ")";
}

}  // namespace evb::cli
