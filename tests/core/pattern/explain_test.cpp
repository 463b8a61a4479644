// Tests for evb/pattern/explain.hpp through EventPattern::explain and explain_text.
#include <doctest/doctest.h>

#include "evb/pattern/event_pattern.hpp"

namespace {

evb::EventPattern compile(const char* text) {
    evb::PatternResult result = evb::compile_event_pattern(text);
    REQUIRE_MESSAGE(result.pattern, text);
    return *result.pattern;
}

}  // namespace

TEST_CASE("explanation of a failed numeric test names path, operator and value") {
    const auto pattern = compile(R"({"source": ["shop"], "detail": {"price": [{"numeric": [">", 100]}]}})");
    const evb::Explanation why = pattern.explain_text(R"({"source": "shop", "detail": {"price": 80}})");
    CHECK_FALSE(why.matched);
    CHECK(why.reason == R"(detail.price: numeric [">", 100] did not match 80)");
    REQUIRE(why.steps.size() == 2);
    CHECK(why.steps[0].path == "source");
    CHECK(why.steps[0].op == R"("shop")");
    CHECK(why.steps[0].actual == R"("shop")");
    CHECK(why.steps[0].matched);
    CHECK(why.steps[1].op == R"(numeric [">", 100])");
    CHECK(why.steps[1].actual == "80");
    CHECK_FALSE(why.steps[1].matched);
}

TEST_CASE("explanation says when a field is missing") {
    const auto pattern = compile(R"({"detail": {"price": [{"numeric": [">", 100]}]}})");
    const evb::Explanation why = pattern.explain_text(R"({"detail": {}})");
    CHECK(why.reason == R"(detail.price: missing, the pattern wants numeric [">", 100])");
    CHECK(why.steps[0].actual == "(missing)");
}

TEST_CASE("explanation of a match lists every step as matched and gives no reason") {
    const auto pattern = compile(R"({"a": ["x", {"prefix": "y"}], "b": [{"exists": false}]})");
    const evb::Explanation why = pattern.explain_text(R"({"a": "yes"})");
    CHECK(why.matched);
    CHECK(why.reason.empty());
    REQUIRE(why.steps.size() == 2);
    CHECK(why.steps[0].op == R"("x" or prefix "y")");
    CHECK(why.steps[1].op == "exists false");
    CHECK(why.steps[1].actual == "(missing)");
    CHECK(why.steps[1].matched);
}

TEST_CASE("explanation shows every value an array gave") {
    const auto pattern = compile(R"({"r": ["z"]})");
    const evb::Explanation why = pattern.explain_text(R"({"r": ["x", 1, null]})");
    CHECK(why.reason == R"(r: "z" did not match ["x", 1, null])");
}

TEST_CASE("explanation prints operators as they were written") {
    const auto pattern = compile(
        R"({"a": [{"anything-but": {"prefix": ["x", "y"]}}, {"anything-but": [1, 2]}, {"cidr": "10.0.0.0/8"},)"
        R"( {"suffix": {"equals-ignore-case": ".PNG"}}, {"wildcard": "a*"}, {"equals-ignore-case": "Q"}, true,)"
        R"( {"numeric": ["=", 3.0e2]}, {"exists": true}]})");
    const evb::Explanation why = pattern.explain_text(R"({"b": 1})");
    REQUIRE(why.steps.size() == 1);
    CHECK(
        why.steps[0].op ==
        R"(anything-but {"prefix": ["x", "y"]} or anything-but [1, 2] or cidr "10.0.0.0/8" or suffix )"
        R"({"equals-ignore-case": ".PNG"} or wildcard "a*" or equals-ignore-case "Q" or true or numeric ["=", )"
        R"(3.0e2] or exists true)");
}

TEST_CASE("explanation reports the closest $or branch") {
    const auto pattern = compile(R"({"$or": [{"a": [1], "b": [2]}, {"c": [3], "d": [4]}]})");
    const evb::Explanation why = pattern.explain_text(R"({"c": 3, "d": 5})");
    CHECK_FALSE(why.matched);
    CHECK(why.reason == "d: 4 did not match 5");
}

TEST_CASE("explanation names array consistency when each field matched on its own") {
    const auto pattern = compile(R"({"m": {"name": ["cpu"], "ns": ["ES"]}})");
    const evb::Explanation why =
        pattern.explain_text(R"({"m": [{"name": "cpu", "ns": "EC2"}, {"name": "io", "ns": "ES"}]})");
    CHECK_FALSE(why.matched);
    CHECK(why.reason ==
          "each field matched on its own, but only in different elements of the same array (m.name, m.ns)");
}

TEST_CASE("explanation of an unreadable event says so") {
    const auto pattern = compile(R"({"a": [1]})");
    const evb::Explanation why = pattern.explain_text("[1]");
    CHECK_FALSE(why.matched);
    CHECK(why.reason == "the event is not a valid JSON object: The event is not a JSON object");
}

TEST_CASE("explanation from parsed Json agrees with explanation from text") {
    const auto pattern = compile(R"({"detail": {"price": [{"numeric": [">", 100]}]}})");
    const evb::Json event = {{"detail", {{"price", 80}}}};
    CHECK(pattern.explain(event).reason == R"(detail.price: numeric [">", 100] did not match 80)");
}
