// parse_pattern and the structural half of PatternReader: the root object, nested objects (dotted paths),
// $or alternatives and the value lists of each field. Operators live in match_expression.cpp,
// numeric_expression.cpp and anything_but.cpp.
#include "evb/pattern/pattern_parser.hpp"

#include "evb/pattern/json_quote.hpp"
#include "pattern/pattern_reader.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace evb {
namespace {

// Field names event-ruler reserves inside $or alternatives.
constexpr std::array<std::string_view, 25> kReservedInOr = {"exactly",
                                                            "equals-ignore-case",
                                                            "prefix",
                                                            "suffix",
                                                            "anything-but",
                                                            "exists",
                                                            "wildcard",
                                                            "numeric",
                                                            "cidr",
                                                            "html",
                                                            "=",
                                                            "<",
                                                            "<=",
                                                            ">",
                                                            ">=",
                                                            "regex",
                                                            "not-wildcard",
                                                            "not-equals-ignore-case",
                                                            "date-after",
                                                            "date-on-or-after",
                                                            "date-before",
                                                            "date-on-or-before",
                                                            "in-date-range",
                                                            "ip-address-in-range",
                                                            "ip-address-not-in-range"};

bool reserved_in_or(const std::string& name) {
    return std::find(kReservedInOr.begin(), kReservedInOr.end(), name) != kReservedInOr.end();
}

std::string hex_byte(unsigned char b) {
    static constexpr char kHex[] = "0123456789abcdef";
    return std::string{kHex[b >> 4], kHex[b & 0xF]};
}

std::string utf8_error(std::string_view text, std::size_t offset) {
    const unsigned char lead = static_cast<unsigned char>(text[offset]);
    if (lead >= 0xC2 && lead <= 0xF4) {
        for (std::size_t i = offset + 1; i < text.size() && i < offset + 4; ++i) {
            const unsigned char b = static_cast<unsigned char>(text[i]);
            if ((b & 0xC0) != 0x80) return "Invalid UTF-8 middle byte 0x" + hex_byte(b);
        }
        if (offset + 1 >= text.size()) return "Unexpected end-of-input in UTF-8 character";
    }
    return "Invalid UTF-8 start byte 0x" + hex_byte(lead);
}

// put_field adds a rule to a branch; a path given before (known) replaces its earlier rule, as the last of
// duplicate keys wins.
void put_field(PatternBranch& branch, const std::string& path, const FieldRule& rule, bool known) {
    for (auto& existing : branch) {
        if (!known) break;
        if (existing.path == path) {
            existing = rule;
            return;
        }
    }
    branch.push_back(rule);
}

}  // namespace

ParsedPattern parse_pattern(std::string_view text) {
    const std::size_t bad = first_invalid_utf8(text);
    if (bad < text.size()) return ParsedPattern{{}, utf8_error(text, bad)};
    return PatternReader(text).parse();
}

ParsedPattern PatternReader::parse() {
    ParsedPattern out;
    Branches rules;
    const JsonToken first = scanner_.next();
    if (first != JsonToken::kStartObject) {
        fail("Filter is not an object");
    } else if (read_object(rules, false) && check_wildcard_complexity(rules)) {
        out.branches = std::move(rules);
        return out;
    }
    out.error = scanner_.error();
    return out;
}

bool PatternReader::read_object(Branches& rules, bool in_or) {
    bool any = false;
    for (;;) {
        const JsonToken token = scanner_.next();
        if (token == JsonToken::kError) return false;
        if (token == JsonToken::kEndObject) break;
        any = true;
        if (!read_field(rules, in_or)) return false;
    }
    return any || fail("Empty objects are not allowed");
}

bool PatternReader::read_field(Branches& rules, bool in_or) {
    const std::string name = scanner_.name();
    if (name == "$or") return read_or(rules);
    if (in_or && reserved_in_or(name)) {
        return fail(name + " is Ruler reserved fieldName which cannot be used inside $or.");
    }
    const JsonToken token = scanner_.next();
    if (token == JsonToken::kStartObject) {
        steps_.push_back(name);
        const bool ok = read_object(rules, in_or);
        steps_.pop_back();
        return ok;
    }
    if (token == JsonToken::kStartArray) return read_values(rules, extended_path(name));
    return fail("\"" + name + "\" must be an object or an array");
}

bool PatternReader::read_or(Branches& rules) {
    const Branches before = std::move(rules);
    rules.clear();
    const JsonToken token = scanner_.next();
    if (token != JsonToken::kStartArray) return fail("It must be an Array followed with $or.");
    return read_or_alternatives(before, rules);
}

bool PatternReader::read_or_alternatives(const Branches& before, Branches& rules) {
    std::size_t count = 0;
    for (;;) {
        const JsonToken token = scanner_.next();
        if (token == JsonToken::kError) return false;
        if (token == JsonToken::kEndArray) break;
        ++count;
        if (token != JsonToken::kStartObject)
            return fail("Only JSON object is allowed in array of $or relationship.");
        Branches alternative = before;
        if (alternative.empty()) alternative.emplace_back();
        if (!read_object(alternative, true)) return false;
        if (rules.size() + alternative.size() > kMaxOrBranches) {
            scanner_.fail_without_location("The $or combinations expand to more than " +
                                           std::to_string(kMaxOrBranches) + " alternatives");
            return false;
        }
        std::move(alternative.begin(), alternative.end(), std::back_inserter(rules));
    }
    return count >= 2 || fail("There must have at least 2 Objects in $or relationship.");
}

bool PatternReader::read_values(Branches& rules, const std::string& path) {
    std::vector<Matcher> values;
    for (;;) {
        const JsonToken token = scanner_.next();
        if (token == JsonToken::kError) return false;
        if (token == JsonToken::kEndArray) break;
        if (!read_value(token, values)) return false;
    }
    if (values.empty()) return fail("Empty arrays are not allowed");
    if (rules.empty()) rules.emplace_back();
    const FieldRule rule{path, std::make_shared<const std::vector<Matcher>>(std::move(values))};
    const bool known = !seen_paths_.insert(path).second;
    for (auto& branch : rules)
        put_field(branch, path, rule, known);
    return true;
}

bool PatternReader::read_value(JsonToken token, std::vector<Matcher>& values) {
    Matcher m;
    if (token == JsonToken::kStartObject) {
        auto expression = read_match_expression();
        if (!expression) return false;
        values.push_back(std::move(*expression));
        return true;
    }
    if (token == JsonToken::kString) {
        const auto text = current_string();
        if (!text) return false;
        m.kind = MatchKind::kExactString;
        m.text = *text;
        IpAddress ip;
        if (parse_ip(*text, ip) == IpParse::kOk) m.ip = ip;
        m.display = quote_json(*text);
    } else if (token == JsonToken::kNumber) {
        m.kind = MatchKind::kExactNumber;
        m.text = std::string(scanner_.number_text());
        m.number = precise_number(m.text);
        m.display = m.text;
    } else if (token == JsonToken::kNull || token == JsonToken::kTrue || token == JsonToken::kFalse) {
        m.kind = MatchKind::kExactLiteral;
        m.literal = token == JsonToken::kNull   ? ValueType::kNull
                    : token == JsonToken::kTrue ? ValueType::kTrue
                                                : ValueType::kFalse;
        m.display = token_text();
    } else {
        return fail("Match value must be String, number, true, false, or null");
    }
    values.push_back(std::move(m));
    return true;
}

std::string PatternReader::extended_path(const std::string& name) const {
    std::string path;
    for (const auto& step : steps_)
        path += step + ".";
    return path + name;
}

bool PatternReader::fail(std::string_view message) {
    scanner_.fail(message);
    return false;
}

bool PatternReader::fail_in_try(std::string_view message) {
    scanner_.fail(message);
    scanner_.append_location_tail();
    return false;
}

bool PatternReader::expect_end_object(std::string_view message) {
    const JsonToken token = scanner_.next();
    if (token == JsonToken::kEndObject) return true;
    return fail(message);
}

std::optional<std::string> PatternReader::current_string() {
    std::string_view text;
    if (!scanner_.string_value(text)) return std::nullopt;
    return std::string(text);
}

std::string PatternReader::token_text() const {
    switch (scanner_.token()) {
        case JsonToken::kStartObject:
            return "{";
        case JsonToken::kEndObject:
            return "}";
        case JsonToken::kStartArray:
            return "[";
        case JsonToken::kEndArray:
            return "]";
        case JsonToken::kTrue:
            return "true";
        case JsonToken::kFalse:
            return "false";
        case JsonToken::kNull:
            return "null";
        case JsonToken::kNumber:
            return std::string(scanner_.number_text());
        case JsonToken::kFieldName:
            return scanner_.name();
        default:
            return "";
    }
}

bool PatternReader::check_wildcard_complexity(const Branches& rules) {
    std::map<std::string, std::set<std::string>> by_path;
    for (const auto& branch : rules) {
        for (const auto& field : branch) {
            for (const auto& m : *field.matchers) {
                if (m.kind == MatchKind::kWildcard) by_path[field.path].insert(m.text);
            }
        }
    }
    for (const auto& [path, texts] : by_path) {
        const std::vector<std::string> list(texts.begin(), texts.end());
        if (wildcard_complexity(list) > kMaxWildcardComplexity) {
            scanner_.fail_without_location(std::string(kTooComplexMessage));
            return false;
        }
    }
    return true;
}

}  // namespace evb
