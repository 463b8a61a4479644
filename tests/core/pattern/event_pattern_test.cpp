// Tests for event_pattern.cpp: the public API (evb/pattern/event_pattern.hpp).
#include <doctest/doctest.h>

#include "evb/pattern/event_pattern.hpp"

TEST_CASE("compile_event_pattern keeps the pattern text as given") {
    const std::string text = R"({ "source" : [ "shop" ] })";
    const evb::PatternResult result = evb::compile_event_pattern(text);
    REQUIRE(result.pattern);
    CHECK_FALSE(result.error);
    CHECK(result.pattern->text() == text);
}

TEST_CASE("compile_event_pattern rejects with AWS's code, status and message prefix") {
    const evb::PatternResult result = evb::compile_event_pattern(R"({"int": 42})");
    CHECK_FALSE(result.pattern);
    REQUIRE(result.error);
    CHECK(result.error->code == "InvalidEventPatternException");
    CHECK(result.error->status == 400);
    CHECK(result.error->message ==
          "Event pattern is not valid. Reason: \"int\" must be an object or an array\n at [Source: "
          "(String)\"{\"int\": "
          "42}\"; line: 1, column: 11]");
}

TEST_CASE("matches and matches_text agree on parsed and textual events") {
    const evb::PatternResult result = evb::compile_event_pattern(R"({"account": ["803943555226"]})");
    REQUIRE(result.pattern);
    const evb::Json event = {{"account", "803943555226"}, {"source", "orders"}};
    CHECK(result.pattern->matches(event));
    CHECK(result.pattern->matches_text(event.dump()));
    CHECK_FALSE(result.pattern->matches(evb::Json{{"account", "1"}}));
}

TEST_CASE("matches survives events whose strings are not valid UTF-8") {
    const evb::PatternResult result = evb::compile_event_pattern(R"({"a": [{"exists": true}]})");
    REQUIRE(result.pattern);
    const evb::Json event = {{"a", std::string("\xFF")}};
    CHECK(result.pattern->matches(event));
}

TEST_CASE("a default-constructed pattern matches nothing") {
    const evb::EventPattern pattern;
    CHECK_FALSE(pattern.matches_text("{}"));
    CHECK_FALSE(pattern.explain_text("{}").matched);
}

TEST_CASE("compiled patterns are cheap to copy and stay usable") {
    evb::EventPattern copy;
    {
        const evb::PatternResult result = evb::compile_event_pattern(R"({"a": [1]})");
        REQUIRE(result.pattern);
        copy = *result.pattern;
    }
    CHECK(copy.matches_text(R"({"a": 1})"));
}

TEST_CASE("the tutorial's rule matches the tutorial's order event") {
    const evb::PatternResult result = evb::compile_event_pattern(R"({"account":["803943555226"]})");
    REQUIRE(result.pattern);
    CHECK(result.pattern->matches_text(
        R"({"version":"0","id":"1","detail-type":"order","source":"manual.orders","account":"803943555226",)"
        R"("time":"2024-01-01T00:00:00Z","region":"us-east-1","resources":[],"detail":{"orderId":"1"}})"));
}
