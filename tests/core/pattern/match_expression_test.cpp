// Tests for match_expression.cpp: exactly, prefix, suffix, equals-ignore-case, wildcard, exists and cidr
// objects.
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

}  // namespace

TEST_CASE("pattern parser rejects unknown and malformed match expressions") {
    CHECK(reason(R"({"a": [{}]})") == "Match expression name not found");
    CHECK(reason(R"({"a": [{"EXISTS": true}]})") == "Unrecognized match type EXISTS");
    CHECK(reason(R"({"a": [{"prefix": "x", "suffix": "y"}]})") == "Only one key allowed in match expression");
    CHECK(reason(R"({"a": [{"exactly": 1}]})") == "exact match pattern must be a string");
    CHECK(reason(R"({"a": [{"prefix": 1}]})") == "prefix match pattern must be a string");
    CHECK(reason(R"({"a": [{"suffix": [".png"]}]})") == "suffix match pattern must be a string");
    CHECK(reason(R"({"a": [{"equals-ignore-case": {"prefix": "x"}}]})") ==
          "equals-ignore-case match pattern must be a string");
    CHECK(reason(R"({"a": [{"wildcard": 1}]})") == "wildcard match pattern must be a string");
    CHECK(reason(R"({"a": [{"exists": "yes"}]})") == "exists match pattern must be either true or false.");
    CHECK(reason(R"({"a": [{"exists": true, "x": 1}]})") == "Only one key allowed in match expression");
}

TEST_CASE("pattern parser validates prefix and suffix with equals-ignore-case") {
    CHECK(reason(R"({"a": [{"prefix": {"equals-ignore-case": "x"}}]})") == "");
    CHECK(reason(R"({"a": [{"prefix": {}}]})") == "Prefix expression name not found");
    CHECK(reason(R"({"a": [{"suffix": {}}]})") == "Suffix expression name not found");
    CHECK(reason(R"({"a": [{"prefix": {"wildcard": "x"}}]})") == "Unsupported prefix pattern: wildcard");
    CHECK(reason(R"({"a": [{"suffix": {"prefix": "x"}}]})") == "Unsupported suffix pattern: prefix");
    CHECK(reason(R"({"a": [{"suffix": {"equals-ignore-case": 1}}]})") ==
          "equals-ignore-case match pattern must be a string");
    CHECK(reason(R"({"a": [{"prefix": {"equals-ignore-case": "x", "y": 1}}]})") ==
          "Only one key allowed in match expression");
}

TEST_CASE("pattern parser validates cidr without a location, as AWS reports it") {
    CHECK(reason(R"({"a": [{"cidr": ["10.0.0.0/8"]}]})") == "prefix match pattern must be a string");
    CHECK(full_reason(R"({"a": [{"cidr": "bad-filter"}]})") == "Malformed CIDR, one '/' required");
    CHECK(full_reason(R"({"a": [{"cidr": "xx.11.xx/8"}]})") == "Nonstandard IP address: xx.11.xx");
}
