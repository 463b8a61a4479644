// PatternReader's numeric operator: {"numeric": ["=", n]}, one-sided comparisons and two-sided ranges
// (">"/">=" then "<"/"<="), with EventBridge's messages and its -5e9..5e9 limit on operands.
#include "evb/pattern/json_quote.hpp"
#include "pattern/pattern_reader.hpp"

namespace evb {
namespace {

constexpr std::string_view kTooManyElements = "Too many elements in numeric expression";

}  // namespace

std::optional<Matcher> PatternReader::read_numeric() {
    if (scanner_.next() != JsonToken::kStartArray) {
        fail("Value of numeric must be an array.");
        return std::nullopt;
    }
    Matcher m;
    m.kind = MatchKind::kNumeric;
    auto result = read_numeric_terms(m);
    if (!result) return std::nullopt;
    if (scanner_.next() != JsonToken::kEndObject) {
        fail(kTooManyElements);
        return std::nullopt;
    }
    return result;
}

bool PatternReader::set_range_bound(std::string_view text, ComparableNumber& bound) {
    const auto value = precise_number(text);
    if (!value) return fail(kNumberRangeMessage);
    bound = *value;
    return true;
}

std::optional<Matcher> PatternReader::read_numeric_terms(Matcher& m) {
    JsonToken token = scanner_.next();
    if (token != JsonToken::kString) {
        fail("Invalid member in numeric match: " + token_text());
        return std::nullopt;
    }
    const auto op = current_string();
    if (!op) return std::nullopt;
    token = scanner_.next();
    if (token == JsonToken::kError) return std::nullopt;
    const bool is_number = token == JsonToken::kNumber;
    const std::string value = is_number ? std::string(scanner_.number_text()) : std::string();
    m.display = "numeric [" + quote_json(*op) + ", " + value;
    if (*op == "=") {
        if (!is_number) return fail("Value of equals must be numeric"), std::nullopt;
        if (scanner_.next() != JsonToken::kEndArray) return fail(kTooManyElements), std::nullopt;
        if (!set_range_bound(value, m.range.low)) return std::nullopt;
        m.range.high = m.range.low;
    } else if (*op == ">" || *op == ">=") {
        if (!is_number) return fail("Value of " + *op + " must be numeric"), std::nullopt;
        token = scanner_.next();
        if (token != JsonToken::kEndArray) return read_numeric_range(m, token, value, *op == ">");
        if (!set_range_bound(value, m.range.low)) return std::nullopt;
        m.range.open_low = (*op == ">");
    } else if (*op == "<" || *op == "<=") {
        if (!is_number) return fail("Value of " + *op + " must be numeric"), std::nullopt;
        if (scanner_.next() != JsonToken::kEndArray) return fail(kTooManyElements), std::nullopt;
        if (!set_range_bound(value, m.range.high)) return std::nullopt;
        m.range.open_high = (*op == "<");
    } else {
        fail("Unrecognized numeric range operator: " + *op);
        return std::nullopt;
    }
    if (m.range.low >= m.range.high && *op != "=") return fail("Bottom must be less than top"), std::nullopt;
    m.display += "]";
    return m;
}

std::optional<Matcher> PatternReader::read_numeric_range(Matcher& m, JsonToken token, std::string bottom,
                                                         bool open_bottom) {
    if (token != JsonToken::kString) return fail("Bad value in numeric range: " + token_text()), std::nullopt;
    const auto op = current_string();
    if (!op) return std::nullopt;
    if (*op != "<" && *op != "<=") return fail("Bad numeric range operator: " + *op), std::nullopt;
    if (scanner_.next() != JsonToken::kNumber)
        return fail("Value of " + *op + " must be numeric"), std::nullopt;
    const std::string top(scanner_.number_text());
    if (scanner_.next() != JsonToken::kEndArray) {
        return fail("Too many terms in numeric range expression"), std::nullopt;
    }
    if (!set_range_bound(bottom, m.range.low) || !set_range_bound(top, m.range.high)) return std::nullopt;
    if (m.range.low >= m.range.high) return fail("Bottom must be less than top"), std::nullopt;
    m.range.open_low = open_bottom;
    m.range.open_high = (*op == "<");
    m.display += ", " + quote_json(*op) + ", " + top + "]";
    return m;
}

}  // namespace evb
