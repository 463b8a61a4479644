// Tests for anything_but.cpp: anything-but values, lists and object forms, and their messages.
#include <doctest/doctest.h>

#include "evb/pattern/pattern_parser.hpp"

#include <string>

namespace {

// reason returns the first line of the error for a pattern, or "" when it parses.
std::string reason(std::string_view text) {
    const evb::ParsedPattern parsed = evb::parse_pattern(text);
    if (!parsed.error) return "";
    return parsed.error->substr(0, parsed.error->find('\n'));
}

std::string full_reason(std::string_view text) {
    return evb::parse_pattern(text).error.value_or("");
}

std::size_t tails(const std::string& message) {
    std::size_t count = 0;
    for (std::size_t at = message.find("\n at ["); at != std::string::npos;
         at = message.find("\n at [", at + 1)) {
        ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("pattern parser validates anything-but values") {
    CHECK(reason(R"({"a": [{"anything-but": null}]})") ==
          "Value of anything-but must be an array or single string/number value.");
    CHECK(reason(R"({"a": [{"anything-but": {}}]})") == "Anything-But expression name not found");
    CHECK(reason(R"({"a": [{"anything-but": {"numeric": [1]}}]})") ==
          "Unsupported anything-but pattern: numeric");
    CHECK(reason(R"({"a": [{"anything-but": ["a", null]}]})") ==
          "Inside anything but list, start|null|boolean is not supported.");
    CHECK(reason(R"({"a": [{"anything-but": ["a", 1]}]})") ==
          "Inside anything but list, either all values are number or string, mixed type is not supported");
    CHECK(reason(R"({"a": [{"anything-but": []}]})") ==
          "Inside anything but list, either all values are number or string, mixed type is not supported");
    CHECK(reason(R"({"a": [{"anything-but": "x", "y": 1}]})") == "Too many elements in numeric expression");
    CHECK(reason(R"({"a": [{"anything-but": 1e10}]})") ==
          "Value must be between -5.0E9 and 5.0E9, inclusive");
}

TEST_CASE("pattern parser validates the anything-but object forms") {
    CHECK(reason(R"({"a": [{"anything-but": {"prefix": ""}}]})") == "Null prefix/suffix not allowed");
    CHECK(reason(R"({"a": [{"anything-but": {"suffix": ["x", ""]}}]})") == "Null prefix/suffix not allowed");
    CHECK(reason(R"({"a": [{"anything-but": {"prefix": 1}}]})") ==
          "prefix/suffix match pattern must be a string");
    CHECK(reason(R"({"a": [{"anything-but": {"wildcard": [1]}}]})") ==
          "wildcard match pattern must be a string");
    CHECK(reason(R"({"a": [{"anything-but": {"wildcard": "a**"}}]})") ==
          "Consecutive wildcard characters at pos 2");
    CHECK(reason(R"({"a": [{"anything-but": {"equals-ignore-case": [1]}}]})") ==
          "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.");
    CHECK(reason(R"({"a": [{"anything-but": {"prefix": {"equals-ignore-case": "x"}}}]})") ==
          "Value of anything-but must be an array or single string/number value.");
    CHECK(reason(R"({"a": [{"anything-but": {"prefix": "x", "suffix": "y"}}]})") ==
          "Too many elements in numeric expression");
    CHECK(reason(R"({"a": [{"anything-but": {"wildcard": ""}}]})") == "");
    CHECK(reason(R"({"a": [{"anything-but": {"prefix": []}}]})") == "");
}

TEST_CASE("pattern parser repeats the location of errors raised inside anything-but lists, as AWS does") {
    CHECK(tails(full_reason(R"({"a": [{"anything-but": ["x", null]}]})")) == 2);
    CHECK(tails(full_reason(R"({"a": [{"anything-but": {"prefix": [1]}}]})")) == 2);
    CHECK(tails(full_reason(R"({"a": [{"anything-but": {"prefix": 1}}]})")) == 1);
    CHECK(tails(full_reason(R"({"a": [{"anything-but": 1e10}]})")) == 0);
}
