// PatternReader's operator objects other than numeric and anything-but: exactly, prefix and suffix (with
// their equals-ignore-case forms), equals-ignore-case, wildcard, exists and cidr, with EventBridge's
// messages.
#include "evb/pattern/case_fold.hpp"
#include "evb/pattern/json_quote.hpp"
#include "pattern/pattern_reader.hpp"

namespace evb {
namespace {

constexpr std::string_view kOneKey = "Only one key allowed in match expression";

// set_ignore_case_text keeps an ignore-case pattern's text folded, or as written when it must be matched
// letter by letter.
void set_ignore_case_text(Matcher& m, std::string_view text) {
    m.letterwise = needs_letterwise_match(text);
    m.text = m.letterwise ? std::string(text) : fold_case(text);
}

}  // namespace

std::optional<Matcher> PatternReader::read_match_expression() {
    if (scanner_.next() != JsonToken::kFieldName) {
        fail("Match expression name not found");
        return std::nullopt;
    }
    const std::string op = scanner_.name();
    if (op == "exactly") return read_exactly();
    if (op == "prefix") return read_prefix_or_suffix(true);
    if (op == "suffix") return read_prefix_or_suffix(false);
    if (op == "numeric") return read_numeric();
    if (op == "anything-but") return read_anything_but();
    if (op == "exists") return read_exists();
    if (op == "cidr") return read_cidr();
    if (op == "equals-ignore-case") return read_equals_ignore_case();
    if (op == "wildcard") return read_wildcard();
    fail("Unrecognized match type " + op);
    return std::nullopt;
}

std::optional<Matcher> PatternReader::read_exactly() {
    if (scanner_.next() != JsonToken::kString) {
        fail("exact match pattern must be a string");
        return std::nullopt;
    }
    const auto text = current_string();
    if (!text) return std::nullopt;
    Matcher m;
    m.kind = MatchKind::kExactString;
    m.text = *text;
    m.display = quote_json(*text);
    if (!expect_end_object(kOneKey)) return std::nullopt;
    return m;
}

std::optional<Matcher> PatternReader::read_prefix_or_suffix(bool prefix) {
    const JsonToken token = scanner_.next();
    if (token == JsonToken::kStartObject) return read_ignore_case_affix(prefix);
    if (token != JsonToken::kString) {
        fail(prefix ? "prefix match pattern must be a string" : "suffix match pattern must be a string");
        return std::nullopt;
    }
    const auto text = current_string();
    if (!text) return std::nullopt;
    Matcher m;
    m.kind = prefix ? MatchKind::kPrefix : MatchKind::kSuffix;
    m.text = *text;
    m.display = std::string(prefix ? "prefix " : "suffix ") + quote_json(*text);
    if (!expect_end_object(kOneKey)) return std::nullopt;
    return m;
}

std::optional<Matcher> PatternReader::read_ignore_case_affix(bool prefix) {
    if (scanner_.next() != JsonToken::kFieldName) {
        fail(prefix ? "Prefix expression name not found" : "Suffix expression name not found");
        return std::nullopt;
    }
    if (scanner_.name() != "equals-ignore-case") {
        fail(std::string(prefix ? "Unsupported prefix pattern: " : "Unsupported suffix pattern: ") +
             scanner_.name());
        return std::nullopt;
    }
    if (scanner_.next() != JsonToken::kString) {
        fail("equals-ignore-case match pattern must be a string");
        return std::nullopt;
    }
    const auto text = current_string();
    if (!text) return std::nullopt;
    Matcher m;
    m.kind = prefix ? MatchKind::kPrefixIgnoreCase : MatchKind::kSuffixIgnoreCase;
    set_ignore_case_text(m, *text);
    m.display =
        std::string(prefix ? "prefix" : "suffix") + " {\"equals-ignore-case\": " + quote_json(*text) + "}";
    if (!expect_end_object(kOneKey) || !expect_end_object(kOneKey)) return std::nullopt;
    return m;
}

std::optional<Matcher> PatternReader::read_equals_ignore_case() {
    if (scanner_.next() != JsonToken::kString) {
        fail("equals-ignore-case match pattern must be a string");
        return std::nullopt;
    }
    const auto text = current_string();
    if (!text) return std::nullopt;
    Matcher m;
    m.kind = MatchKind::kEqualsIgnoreCase;
    set_ignore_case_text(m, *text);
    m.display = "equals-ignore-case " + quote_json(*text);
    if (!expect_end_object(kOneKey)) return std::nullopt;
    return m;
}

std::optional<Matcher> PatternReader::read_wildcard() {
    if (scanner_.next() != JsonToken::kString) {
        fail("wildcard match pattern must be a string");
        return std::nullopt;
    }
    const auto text = current_string();
    if (!text) return std::nullopt;
    if (const auto error = wildcard_syntax_error(*text)) {
        fail(*error);
        return std::nullopt;
    }
    Matcher m;
    m.kind = MatchKind::kWildcard;
    m.text = *text;
    m.wildcards.push_back(parse_wildcard(*text));
    m.display = "wildcard " + quote_json(*text);
    if (!expect_end_object(kOneKey)) return std::nullopt;
    return m;
}

std::optional<Matcher> PatternReader::read_exists() {
    const JsonToken token = scanner_.next();
    if (token != JsonToken::kTrue && token != JsonToken::kFalse) {
        fail("exists match pattern must be either true or false.");
        return std::nullopt;
    }
    Matcher m;
    m.kind = token == JsonToken::kTrue ? MatchKind::kExists : MatchKind::kAbsent;
    m.display = token == JsonToken::kTrue ? "exists true" : "exists false";
    if (!expect_end_object(kOneKey)) return std::nullopt;
    return m;
}

std::optional<Matcher> PatternReader::read_cidr() {
    if (scanner_.next() != JsonToken::kString) {
        fail("prefix match pattern must be a string");
        return std::nullopt;
    }
    const auto text = current_string();
    if (!text) return std::nullopt;
    const CidrResult cidr = parse_cidr(*text);
    if (!cidr.range) {
        scanner_.fail_without_location(cidr.error);
        return std::nullopt;
    }
    Matcher m;
    m.kind = MatchKind::kCidr;
    m.block = *cidr.range;
    m.display = "cidr " + quote_json(*text);
    if (!expect_end_object(kOneKey)) return std::nullopt;
    return m;
}

}  // namespace evb
