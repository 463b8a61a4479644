// PatternReader's anything-but operator: a single string or number, a list of strings or of numbers, and the
// object forms {"prefix"|"suffix"|"equals-ignore-case"|"wildcard": value or list}. Errors raised inside
// event-ruler's list loops are re-thrown there, so AWS prints their location twice; this reader does too.
#include "evb/pattern/case_fold.hpp"
#include "evb/pattern/json_quote.hpp"
#include "pattern/pattern_reader.hpp"

#include <algorithm>

namespace evb {
namespace {

constexpr std::string_view kTooManyElements = "Too many elements in numeric expression";

std::optional<MatchKind> anything_but_kind(const std::string& op) {
    if (op == "equals-ignore-case") return MatchKind::kAnythingButIgnoreCase;
    if (op == "prefix") return MatchKind::kAnythingButPrefix;
    if (op == "suffix") return MatchKind::kAnythingButSuffix;
    if (op == "wildcard") return MatchKind::kAnythingButWildcard;
    return std::nullopt;
}

std::string join_shown(const std::vector<std::string>& shown) {
    std::string out = "[";
    for (std::size_t i = 0; i < shown.size(); ++i)
        out += (i ? ", " : "") + shown[i];
    return out + "]";
}

// finish_ignore_case folds an anything-but equals-ignore-case list, or keeps it as written when one of its
// texts must be matched letter by letter; other kinds are left alone.
void finish_ignore_case(Matcher& m) {
    if (m.kind != MatchKind::kAnythingButIgnoreCase) return;
    m.letterwise = std::any_of(m.texts.begin(), m.texts.end(), needs_letterwise_match);
    if (m.letterwise) return;
    for (std::string& text : m.texts)
        text = fold_case(text);
}

}  // namespace

std::optional<Matcher> PatternReader::read_anything_but() {
    JsonToken token = scanner_.next();
    MatchKind kind = MatchKind::kAnythingBut;
    std::string op;
    if (token == JsonToken::kStartObject) {
        if (scanner_.next() != JsonToken::kFieldName) {
            fail("Anything-But expression name not found");
            return std::nullopt;
        }
        op = scanner_.name();
        const auto object_kind = anything_but_kind(op);
        if (!object_kind) {
            fail("Unsupported anything-but pattern: " + op);
            return std::nullopt;
        }
        kind = *object_kind;
        token = scanner_.next();
    }
    auto m = read_anything_but_kind(kind, token);
    if (!m) return std::nullopt;
    if (kind != MatchKind::kAnythingBut) m->display = "{" + quote_json(op) + ": " + m->display + "}";
    m->display = "anything-but " + m->display;
    return m;
}

std::optional<Matcher> PatternReader::read_anything_but_kind(MatchKind kind, JsonToken token) {
    if (token != JsonToken::kStartArray && token != JsonToken::kString && token != JsonToken::kNumber) {
        fail("Value of anything-but must be an array or single string/number value.");
        return std::nullopt;
    }
    Matcher m;
    m.kind = kind;
    const bool plain = kind == MatchKind::kAnythingBut;
    std::optional<Matcher> result;
    if (token == JsonToken::kStartArray) {
        result = plain ? read_anything_but_list(m) : read_anything_but_set_list(m);
    } else {
        result = plain ? read_anything_but_single(m, token) : read_anything_but_set_single(m, token);
    }
    if (!result) return std::nullopt;
    if (scanner_.next() != JsonToken::kEndObject) return fail(kTooManyElements), std::nullopt;
    if (!plain && scanner_.next() != JsonToken::kEndObject) return fail(kTooManyElements), std::nullopt;
    return result;
}

std::optional<Matcher> PatternReader::read_anything_but_list(Matcher& m) {
    std::vector<std::string> shown;
    for (;;) {
        const JsonToken token = scanner_.next();
        if (token == JsonToken::kEndArray) break;
        if (token == JsonToken::kString) {
            const auto text = current_string();
            if (!text) return scanner_.append_location_tail(), std::nullopt;
            m.texts.push_back(*text);
            shown.push_back(quote_json(*text));
        } else if (token == JsonToken::kNumber) {
            const auto number = precise_number(scanner_.number_text());
            if (!number) return fail(kNumberRangeMessage), std::nullopt;
            m.numbers.push_back(*number);
            shown.emplace_back(scanner_.number_text());
        } else if (token == JsonToken::kError) {
            return scanner_.append_location_tail(), std::nullopt;
        } else {
            return fail_in_try("Inside anything but list, start|null|boolean is not supported."),
                   std::nullopt;
        }
    }
    if (m.texts.empty() == m.numbers.empty()) {
        return fail(
                   "Inside anything but list, either all values are number or string, mixed type is not "
                   "supported"),
               std::nullopt;
    }
    m.display = join_shown(shown);
    return m;
}

std::optional<Matcher> PatternReader::read_anything_but_single(Matcher& m, JsonToken token) {
    if (token == JsonToken::kString) {
        const auto text = current_string();
        if (!text) return std::nullopt;
        m.texts.push_back(*text);
        m.display = quote_json(*text);
        return m;
    }
    const auto number = precise_number(scanner_.number_text());
    if (!number) {
        scanner_.fail_without_location(std::string(kNumberRangeMessage));
        return std::nullopt;
    }
    m.numbers.push_back(*number);
    m.display = std::string(scanner_.number_text());
    return m;
}

std::string_view PatternReader::set_type_error(MatchKind kind) const {
    if (kind == MatchKind::kAnythingButIgnoreCase) {
        return "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.";
    }
    if (kind == MatchKind::kAnythingButWildcard) return "wildcard match pattern must be a string";
    return "prefix/suffix match pattern must be a string";
}

bool PatternReader::add_anything_but_text(Matcher& m, std::string_view text) {
    if (m.kind == MatchKind::kAnythingButIgnoreCase) {
        m.texts.emplace_back(text);  // folded, or not, by finish_ignore_case once all are read
    } else if (m.kind == MatchKind::kAnythingButWildcard) {
        m.texts.emplace_back(text);
        m.wildcards.push_back(parse_wildcard(text));
    } else {
        if (text.empty()) return false;
        m.texts.emplace_back(text);
    }
    return true;
}

bool PatternReader::check_anything_but_wildcards(const Matcher& m) {
    if (m.kind != MatchKind::kAnythingButWildcard) return true;
    for (const auto& text : m.texts) {
        if (const auto error = wildcard_syntax_error(text)) return fail(*error);
    }
    return true;
}

std::optional<Matcher> PatternReader::read_anything_but_set_list(Matcher& m) {
    std::vector<std::string> shown;
    for (;;) {
        const JsonToken token = scanner_.next();
        if (token == JsonToken::kEndArray) break;
        if (token == JsonToken::kError) return scanner_.append_location_tail(), std::nullopt;
        if (token != JsonToken::kString) return fail_in_try(set_type_error(m.kind)), std::nullopt;
        const auto text = current_string();
        if (!text) return scanner_.append_location_tail(), std::nullopt;
        if (!add_anything_but_text(m, *text))
            return fail_in_try("Null prefix/suffix not allowed"), std::nullopt;
        shown.push_back(quote_json(*text));
    }
    if (!check_anything_but_wildcards(m)) return std::nullopt;
    finish_ignore_case(m);
    m.display = join_shown(shown);
    return m;
}

std::optional<Matcher> PatternReader::read_anything_but_set_single(Matcher& m, JsonToken token) {
    if (token != JsonToken::kString) return fail(set_type_error(m.kind)), std::nullopt;
    const auto text = current_string();
    if (!text) return std::nullopt;
    if (!add_anything_but_text(m, *text)) return fail("Null prefix/suffix not allowed"), std::nullopt;
    if (!check_anything_but_wildcards(m)) return std::nullopt;
    finish_ignore_case(m);
    m.display = quote_json(*text);
    return m;
}

}  // namespace evb
