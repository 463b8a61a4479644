// Tests for numeric_expression.cpp: numeric operators, ranges and their messages.
#include <doctest/doctest.h>

#include "evb/pattern/event_pattern.hpp"
#include "evb/pattern/pattern_parser.hpp"

#include <string>

namespace {

// reason returns the first line of the error for a pattern, or "" when it parses.
std::string reason(std::string_view text) {
    const evb::ParsedPattern parsed = evb::parse_pattern(text);
    if (!parsed.error) return "";
    return parsed.error->substr(0, parsed.error->find('\n'));
}

}  // namespace

TEST_CASE("pattern parser validates numeric expressions") {
    CHECK(reason(R"({"a": [{"numeric": [">", 0, "<=", 5]}]})") == "");
    CHECK(reason(R"({"a": [{"numeric": 10}]})") == "Value of numeric must be an array.");
    CHECK(reason(R"({"a": [{"numeric": []}]})") == "Invalid member in numeric match: ]");
    CHECK(reason(R"({"a": [{"numeric": [5]}]})") == "Invalid member in numeric match: 5");
    CHECK(reason(R"({"a": [{"numeric": ["=", "5"]}]})") == "Value of equals must be numeric");
    CHECK(reason(R"({"a": [{"numeric": [">=", null]}]})") == "Value of >= must be numeric");
    CHECK(reason(R"({"a": [{"numeric": [">", 0, "<"]}]})") == "Value of < must be numeric");
    CHECK(reason(R"({"a": [{"numeric": ["!=", 5]}]})") == "Unrecognized numeric range operator: !=");
    CHECK(reason(R"({"a": [{"numeric": [">", 0, 5]}]})") == "Bad value in numeric range: 5");
    CHECK(reason(R"({"a": [{"numeric": [">", 0, ">", 0]}]})") == "Bad numeric range operator: >");
    CHECK(reason(R"({"a": [{"numeric": ["=", 1, 2]}]})") == "Too many elements in numeric expression");
    CHECK(reason(R"({"a": [{"numeric": ["<", 1, 2]}]})") == "Too many elements in numeric expression");
    CHECK(reason(R"({"a": [{"numeric": [">", 0, "<", 5, 6]}]})") ==
          "Too many terms in numeric range expression");
    CHECK(reason(R"({"a": [{"numeric": ["<", 1], "x": 1}]})") == "Too many elements in numeric expression");
    CHECK(reason(R"({"a": [{"numeric": [">", 5, "<", 5]}]})") == "Bottom must be less than top");
    CHECK(reason(R"({"a": [{"numeric": [">", 5e9]}]})") == "Bottom must be less than top");
    CHECK(reason(R"({"a": [{"numeric": ["<", 1e10]}]})") ==
          "Value must be between -5.0E9 and 5.0E9, inclusive");
}

TEST_CASE("numeric expressions compile to the intervals they describe") {
    const auto range_of = [](const char* terms) {
        const auto parsed = evb::parse_pattern(std::string(R"({"a": [{"numeric": )") + terms + "}]}");
        REQUIRE_FALSE(parsed.error);
        return (*parsed.branches[0][0].matchers)[0];
    };
    const evb::Matcher between = range_of(R"([">", 0, "<=", 5])");
    CHECK(between.range.open_low);
    CHECK_FALSE(between.range.open_high);
    CHECK(between.display == R"(numeric [">", 0, "<=", 5])");
    const evb::Matcher equal = range_of(R"(["=", 3.018e2])");
    CHECK(equal.range.low == equal.range.high);
    CHECK(equal.display == R"(numeric ["=", 3.018e2])");
    const evb::Matcher below = range_of(R"(["<", 10])");
    CHECK(below.range.open_high);
    CHECK(below.range.low == -evb::kFiveBillionMicros);
}

TEST_CASE("numeric expressions accept the limits of the comparable range") {
    CHECK(reason(R"({"a": [{"numeric": [">=", -5e9, "<=", 5e9]}]})") == "");
    CHECK(reason(R"({"a": [{"numeric": [">=", -5000000000.000001]}]})") ==
          "Value must be between -5.0E9 and 5.0E9, inclusive");
}
