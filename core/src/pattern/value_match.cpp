// Matching one event value against one compiled matcher (see matcher.hpp). String tests only accept strings,
// numeric tests only numbers; anything-but accepts every value it does not exclude, null included.
#include "evb/pattern/case_fold.hpp"
#include "evb/pattern/matcher.hpp"

#include <algorithm>

namespace evb {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool exact_string(const Matcher& m, const EventValue& v) {
    if (v.type != ValueType::kString) return false;
    if (v.text == m.text) return true;
    if (!m.ip) return false;
    IpAddress ip;
    return parse_ip(v.text, ip) == IpParse::kOk && ip_in_range(single_ip_range(*m.ip), ip);
}

bool exact_number(const Matcher& m, const EventValue& v) {
    if (v.type != ValueType::kNumber) return false;
    if (v.text == m.text) return true;
    return m.number && v.number && *m.number == *v.number;
}

bool in_cidr(const Matcher& m, const EventValue& v) {
    if (v.type != ValueType::kString) return false;
    IpAddress ip;
    return parse_ip(v.text, ip) == IpParse::kOk && ip_in_range(m.block, ip);
}

bool numeric(const Matcher& m, const EventValue& v) {
    return v.type == ValueType::kNumber && v.number && range_contains(m.range, *v.number);
}

bool anything_but(const Matcher& m, const EventValue& v) {
    if (v.type == ValueType::kString)
        return std::find(m.texts.begin(), m.texts.end(), v.text) == m.texts.end();
    if (v.type == ValueType::kNumber && v.number) {
        return std::find(m.numbers.begin(), m.numbers.end(), *v.number) == m.numbers.end();
    }
    return true;
}

bool anything_but_string(const Matcher& m, const EventValue& v) {
    if (v.type != ValueType::kString) return true;
    switch (m.kind) {
        case MatchKind::kAnythingButPrefix:
            return std::none_of(m.texts.begin(), m.texts.end(),
                                [&](const std::string& p) { return starts_with(v.text, p); });
        case MatchKind::kAnythingButSuffix:
            return std::none_of(m.texts.begin(), m.texts.end(),
                                [&](const std::string& s) { return ends_with(v.text, s); });
        case MatchKind::kAnythingButIgnoreCase: {
            if (m.letterwise)
                return std::none_of(m.texts.begin(), m.texts.end(), [&](const std::string& t) {
                    return matches_ignoring_case(t, v.text, CaseMatch::kEquals);
                });
            const std::string folded = fold_case(v.text);
            return std::find(m.texts.begin(), m.texts.end(), folded) == m.texts.end();
        }
        default:
            return std::none_of(m.wildcards.begin(), m.wildcards.end(),
                                [&](const WildcardPattern& w) { return wildcard_matches(w, v.text); });
    }
}

bool string_test(const Matcher& m, const EventValue& v) {
    if (v.type != ValueType::kString) return false;
    switch (m.kind) {
        case MatchKind::kPrefix:
            return starts_with(v.text, m.text);
        case MatchKind::kSuffix:
            return ends_with(v.text, m.text);
        case MatchKind::kPrefixIgnoreCase:
            if (m.letterwise) return matches_ignoring_case(m.text, v.text, CaseMatch::kPrefix);
            return starts_with(fold_case(v.text), m.text);
        case MatchKind::kSuffixIgnoreCase:
            if (m.letterwise) return matches_ignoring_case(m.text, v.text, CaseMatch::kSuffix);
            return ends_with(fold_case(v.text), m.text);
        case MatchKind::kEqualsIgnoreCase:
            if (m.letterwise) return matches_ignoring_case(m.text, v.text, CaseMatch::kEquals);
            return fold_case(v.text) == m.text;
        default:
            return wildcard_matches(m.wildcards.front(), v.text);
    }
}

}  // namespace

bool is_anything_but(MatchKind kind) {
    return kind == MatchKind::kAnythingBut || kind == MatchKind::kAnythingButPrefix ||
           kind == MatchKind::kAnythingButSuffix || kind == MatchKind::kAnythingButIgnoreCase ||
           kind == MatchKind::kAnythingButWildcard;
}

bool matcher_accepts(const Matcher& matcher, const EventValue& value) {
    switch (matcher.kind) {
        case MatchKind::kExactString:
            return exact_string(matcher, value);
        case MatchKind::kExactNumber:
            return exact_number(matcher, value);
        case MatchKind::kExactLiteral:
            return value.type == matcher.literal;
        case MatchKind::kNumeric:
            return numeric(matcher, value);
        case MatchKind::kCidr:
            return in_cidr(matcher, value);
        case MatchKind::kExists:
            return true;
        case MatchKind::kAbsent:
            return false;
        case MatchKind::kAnythingBut:
            return anything_but(matcher, value);
        default:
            break;
    }
    if (is_anything_but(matcher.kind)) return anything_but_string(matcher, value);
    return string_test(matcher, value);
}

}  // namespace evb
