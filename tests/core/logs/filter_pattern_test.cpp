#include "evb/logs/filter_pattern.hpp"

#include "../../deep_json.hpp"

#include <doctest/doctest.h>

namespace {

// passes parses a pattern (which must be valid) and applies it to a message.
bool passes(const char* pattern, const char* message) {
    auto result = evb::parse_log_filter(pattern);
    REQUIRE(result.filter.has_value());
    return result.filter->matches(message);
}

}  // namespace

TEST_CASE("plain filter terms must all appear, case-sensitively") {
    CHECK(passes("ERROR disk", "ERROR: disk full"));
    CHECK_FALSE(passes("ERROR disk", "ERROR: memory"));
    CHECK_FALSE(passes("error", "ERROR"));
    CHECK(passes("", "anything"));
}

TEST_CASE("quoted phrases, optional terms and excluded terms") {
    CHECK(passes("\"disk full\"", "ERROR disk full"));
    CHECK_FALSE(passes("\"disk full\"", "full disk"));
    CHECK(passes("?ERROR ?WARN", "WARN low"));
    CHECK_FALSE(passes("?ERROR ?WARN", "INFO ok"));
    CHECK(passes("ERROR -timeout", "ERROR disk"));
    CHECK_FALSE(passes("ERROR -timeout", "ERROR timeout"));
}

TEST_CASE("JSON filters compare numbers and strings with wildcards") {
    const char* order =
        R"({"source":"Order Service","detail":{"price":150,"tags":["a","b"],"paid":true,"note":null}})";
    CHECK(passes("{ $.detail.price > 100 }", order));
    CHECK_FALSE(passes("{ $.detail.price <= 100 }", order));
    CHECK(passes("{ $.detail.price = 150 }", order));
    CHECK(passes("{ $.source = \"Order*\" }", order));
    CHECK(passes("{ $.source != \"Payment\" }", order));
    CHECK(passes("{ $.detail.tags[1] = \"b\" }", order));
    CHECK(passes("{ $.detail.paid IS TRUE }", order));
    CHECK(passes("{ $.detail.note IS NULL }", order));
    CHECK(passes("{ $.detail.missing NOT EXISTS }", order));
    CHECK_FALSE(passes("{ $.detail.price > 100 }", "not json"));
}

TEST_CASE("JSON filters combine with && and || and parentheses") {
    const char* order = R"({"a":1,"b":2})";
    CHECK(passes("{ $.a = 1 && $.b = 2 }", order));
    CHECK_FALSE(passes("{ $.a = 1 && $.b = 3 }", order));
    CHECK(passes("{ $.a = 9 || $.b = 2 }", order));
    CHECK(passes("{ ($.a = 9 || $.a = 1) && $.b = 2 }", order));
}

TEST_CASE("malformed and space-delimited filter patterns are refused") {
    for (const char* bad : {"{ $.a > }", "{ $.a = 1", "{ a = 1 }", "{ $.a ~ 1 }", "[ip, user]"}) {
        CAPTURE(bad);
        auto result = evb::parse_log_filter(bad);
        CHECK_FALSE(result.filter.has_value());
        REQUIRE(result.error.has_value());
        CHECK(result.error->code == "InvalidParameterException");
    }
}

TEST_CASE("a JSON filter reaching into a message nested 100000 levels deep does not match") {
    const std::string message = evb::test::deep_objects(100000);
    CHECK_FALSE(passes("{ $.a.a.a = 1 }", message.c_str()));
    CHECK(passes("{ $.a.a.a = 1 }", R"({"a":{"a":{"a":1}}})"));
}

TEST_CASE("filter patterns longer than CloudWatch's 1024 characters are refused") {
    const std::string parens = "{ " + std::string(600, '(') + "$.a = 1" + std::string(600, ')') + " }";
    auto result = evb::parse_log_filter(parens);
    CHECK_FALSE(result.filter.has_value());
    REQUIRE(result.error.has_value());
    CHECK(result.error->code == "InvalidParameterException");
    CHECK(result.error->message == "Invalid filter pattern: longer than 1024 characters");
    CHECK(evb::parse_log_filter(std::string(1024, 'x')).filter.has_value());
}
