// Tests for evb/pattern/json_scanner.hpp: tokens, lazy strings, and Jackson's error texts and locations.
#include <doctest/doctest.h>

#include "evb/pattern/json_scanner.hpp"

#include <string>
#include <vector>

namespace {

using evb::JsonScanner;
using evb::JsonToken;

// error_of scans text to its end and returns the error (empty when there was none).
std::string error_of(std::string_view text) {
    JsonScanner scanner(text);
    for (JsonToken t = scanner.next(); t != JsonToken::kEnd; t = scanner.next()) {
        if (t == JsonToken::kError) return scanner.error();
        if (t == JsonToken::kString) {
            std::string_view value;
            if (!scanner.string_value(value)) return scanner.error();
        }
    }
    return "";
}

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

}  // namespace

TEST_CASE("json scanner yields field names, values and nesting") {
    JsonScanner scanner(R"({"a": [1, "x", true, false, null], "b": {}})");
    std::vector<JsonToken> tokens;
    for (JsonToken t = scanner.next(); t != JsonToken::kEnd && t != JsonToken::kError; t = scanner.next()) {
        tokens.push_back(t);
    }
    const std::vector<JsonToken> expected = {
        JsonToken::kStartObject, JsonToken::kFieldName, JsonToken::kStartArray,  JsonToken::kNumber,
        JsonToken::kString,      JsonToken::kTrue,      JsonToken::kFalse,       JsonToken::kNull,
        JsonToken::kEndArray,    JsonToken::kFieldName, JsonToken::kStartObject, JsonToken::kEndObject,
        JsonToken::kEndObject};
    CHECK(tokens == expected);
}

TEST_CASE("json scanner decodes escapes and surrogate pairs") {
    JsonScanner scanner(R"(["a\"b\\c\/\n\u00e9\ud83d\ude80"])");
    REQUIRE(scanner.next() == JsonToken::kStartArray);
    REQUIRE(scanner.next() == JsonToken::kString);
    std::string_view value;
    REQUIRE(scanner.string_value(value));
    CHECK(value == "a\"b\\c/\n\xC3\xA9\xF0\x9F\x9A\x80");
}

TEST_CASE("json scanner turns a lone surrogate escape into U+FFFD") {
    JsonScanner scanner(R"(["\ud800x"])");
    scanner.next();
    scanner.next();
    std::string_view value;
    REQUIRE(scanner.string_value(value));
    CHECK(value == "\xEF\xBF\xBDx");
}

TEST_CASE("json scanner reports an unrecognized token as Jackson does, located after the token") {
    CHECK(error_of("this is valid json but not a dict") ==
          "Unrecognized token 'this': was expecting (JSON String, Number, Array, Object or token 'null', "
          "'true' or "
          "'false')\n at [Source: (String)\"this is valid json but not a dict\"; line: 1, column: 5]");
    CHECK(first_line(error_of("[tru]")) ==
          "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null', "
          "'true' or "
          "'false')");
    CHECK(first_line(error_of("[truex]")).find("'truex'") != std::string::npos);
}

TEST_CASE("json scanner locates an unexpected character at the character itself") {
    CHECK(
        error_of("{'bad': 'quotation'}") ==
        "Unexpected character (''' (code 39)): was expecting double-quote to start field name\n at [Source: "
        "(String)\"{'bad': 'quotation'}\"; line: 1, column: 2]");
}

TEST_CASE("json scanner words separator errors like Jackson") {
    CHECK(first_line(error_of(R"({"a" 1})")) ==
          "Unexpected character ('1' (code 49)): was expecting a colon to separate field name and value");
    CHECK(first_line(error_of(R"({"a": 1 "b": 2})")) ==
          "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
    CHECK(first_line(error_of("[1 2]")) ==
          "Unexpected character ('2' (code 50)): was expecting comma to separate Array entries");
    CHECK(
        first_line(error_of("[1,]")) ==
        "Unexpected character (']' (code 93)): expected a valid value (JSON String, Number, Array, Object or "
        "token 'null', 'true' or 'false')");
    CHECK(first_line(error_of(R"({"a": 1,})")) ==
          "Unexpected character ('}' (code 125)): was expecting double-quote to start field name");
}

TEST_CASE("json scanner reports mismatched close markers with the opening location") {
    CHECK(
        first_line(error_of("[1}")) ==
        "Unexpected close marker '}': expected ']' (for Array starting at [Source: (String)\"[1}\"; line: 1, "
        "column: 1])");
}

TEST_CASE("json scanner reports end of input inside containers and strings") {
    CHECK(first_line(error_of(R"({"a": 1)")) ==
          "Unexpected end-of-input: expected close marker for Object (start marker at [Source: "
          "(String)\"{\"a\": "
          "1\"; line: 1, column: 1])");
    CHECK(first_line(error_of(R"(["abc)")) ==
          "Unexpected end-of-input: was expecting closing quote for a string value");
    CHECK(first_line(error_of(R"({"ab)")) == "Unexpected end-of-input in field name");
    CHECK(first_line(error_of(R"({"a":)")) == "Unexpected end-of-input within/between Object entries");
}

TEST_CASE("json scanner rejects numbers JSON does not allow") {
    CHECK(first_line(error_of("[01]")) == "Invalid numeric value: Leading zeroes not allowed");
    CHECK(first_line(error_of("[1.]")) ==
          "Unexpected character (']' (code 93)) in numeric value: Decimal point not followed by a digit");
    CHECK(
        first_line(error_of("[1e]")) ==
        "Unexpected character (']' (code 93)) in numeric value: Exponent indicator not followed by a digit");
    CHECK(first_line(error_of("[-x]")) ==
          "Unexpected character ('x' (code 120)) in numeric value: expected digit (0-9) to follow minus "
          "sign, for "
          "valid numeric value");
    CHECK(first_line(error_of("[NaN]")) ==
          "Non-standard token 'NaN': enable JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS to allow");
    CHECK(first_line(error_of("1x")) ==
          "Unexpected character ('x' (code 120)): Expected space separating root-level values");
}

TEST_CASE("json scanner rejects bad escapes and raw control characters in strings") {
    CHECK(first_line(error_of(R"(["\q"])")) == "Unrecognized character escape 'q' (code 113)");
    CHECK(first_line(error_of(R"(["\u12g4"])")) ==
          "Unexpected character ('g' (code 103)): expected a hex-digit for character escape sequence");
    CHECK(first_line(error_of("[\"a\nb\"]")) ==
          "Illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped using backslash to be "
          "included in "
          "string value");
}

TEST_CASE("json scanner rejects comments and control characters between tokens") {
    CHECK(first_line(error_of("[1 // x\n]")).find("maybe a (non-standard) comment?") != std::string::npos);
    CHECK(first_line(error_of("[\x01]")) ==
          "Illegal character ((CTRL-CHAR, code 1)): only regular white space (\\r, \\n, \\t) is allowed "
          "between "
          "tokens");
}

TEST_CASE("json scanner limits nesting depth to Jackson's 1000") {
    const std::string deep_ok = std::string(1000, '[') + std::string(1000, ']');
    CHECK(error_of(deep_ok).empty());
    const std::string too_deep = std::string(1001, '[') + std::string(1001, ']');
    CHECK(error_of(too_deep) ==
          "Document nesting depth (1001) exceeds the maximum allowed (1000, from "
          "`StreamReadConstraints.getMaxNestingDepth()`)");
}

TEST_CASE("json scanner limits number length to Jackson's 1000") {
    CHECK(error_of("[" + std::string(1000, '9') + "]").empty());
    CHECK(error_of("[" + std::string(1001, '9') + "]") ==
          "Number value length (1001) exceeds the maximum allowed (1000, from "
          "`StreamReadConstraints.getMaxNumberLength()`)");
}

TEST_CASE("json scanner counts lines and truncates long sources in locations") {
    CHECK(error_of("{\n  \"a\": x}").find("line: 2, column: 9]") != std::string::npos);
    const std::string long_text = "[" + std::string(600, ' ') + "x]";
    CHECK(error_of(long_text).find("[truncated 103 chars]") != std::string::npos);
}

TEST_CASE("json scanner decodes strings lazily so compiler errors come first") {
    JsonScanner scanner(R"({"a": "bad\q"})");
    REQUIRE(scanner.next() == JsonToken::kStartObject);
    REQUIRE(scanner.next() == JsonToken::kFieldName);
    REQUIRE(scanner.next() == JsonToken::kString);
    scanner.fail("caller error");
    CHECK(scanner.error() ==
          "caller error\n at [Source: (String)\"{\"a\": \"bad\\q\"}\"; line: 1, column: 8]");
}

TEST_CASE("json scanner skips children and detects trailing content") {
    JsonScanner scanner(R"({"a": {"b": [1, {"c": "d"}]}, "e": 1} x)");
    REQUIRE(scanner.next() == JsonToken::kStartObject);
    REQUIRE(scanner.next() == JsonToken::kFieldName);
    REQUIRE(scanner.next() == JsonToken::kStartObject);
    REQUIRE(scanner.skip_children());
    REQUIRE(scanner.next() == JsonToken::kFieldName);
    CHECK(scanner.name() == "e");
    REQUIRE(scanner.next() == JsonToken::kNumber);
    REQUIRE(scanner.next() == JsonToken::kEndObject);
    CHECK_FALSE(scanner.at_root_end());
}

TEST_CASE("first_invalid_utf8 finds the first broken sequence") {
    CHECK(evb::first_invalid_utf8("abc\xC3\xA9") == 5);
    CHECK(evb::first_invalid_utf8("ab\xFFz") == 2);
    CHECK(evb::first_invalid_utf8("ab\xC3") == 2);
    CHECK(evb::first_invalid_utf8("\xED\xA0\x80") == 0);
}

TEST_CASE("jackson_char_desc describes control, Latin-1 and wider characters") {
    CHECK(evb::jackson_char_desc(10) == "(CTRL-CHAR, code 10)");
    CHECK(evb::jackson_char_desc('x') == "'x' (code 120)");
    CHECK(evb::jackson_char_desc(0xE9) == "'\xC3\xA9' (code 233)");
    CHECK(evb::jackson_char_desc(0x20AC) == "'\xE2\x82\xAC' (code 8364 / 0x20ac)");
}
