// Tests for evb/pattern/match.hpp: branches, exists false and event-ruler's array consistency.
#include <doctest/doctest.h>

#include "evb/pattern/event_pattern.hpp"

namespace {

bool matches(const char* pattern, const char* event) {
    const evb::PatternResult result = evb::compile_event_pattern(pattern);
    REQUIRE_MESSAGE(result.pattern, pattern);
    return result.pattern->matches_text(event);
}

}  // namespace

TEST_CASE("all fields of a pattern must match") {
    CHECK(matches(R"({"a": [1], "b": [2]})", R"({"a": 1, "b": 2})"));
    CHECK_FALSE(matches(R"({"a": [1], "b": [2]})", R"({"a": 1, "b": 3})"));
    CHECK_FALSE(matches(R"({"a": [1], "b": [2]})", R"({"a": 1})"));
}

TEST_CASE("an event array matches when any element matches") {
    CHECK(matches(R"({"r": ["x", "y"]})", R"({"r": ["z", "y"]})"));
    CHECK_FALSE(matches(R"({"r": ["x"]})", R"({"r": []})"));
    CHECK_FALSE(matches(R"({"r": [null]})", R"({"r": []})"));
    CHECK(matches(R"({"r": [1]})", R"({"r": [[0], [1]]})"));
}

TEST_CASE("exists false matches when the path has no leaf value") {
    CHECK(matches(R"({"a": {"b": [{"exists": false}]}})", R"({"a": {"c": 1}})"));
    CHECK(matches(R"({"a": {"b": [{"exists": false}]}})", R"({"a": {"b": {"c": 1}}})"));
    CHECK(matches(R"({"a": {"b": [{"exists": false}]}})", R"({"a": {"b": []}})"));
    CHECK_FALSE(matches(R"({"a": {"b": [{"exists": false}]}})", R"({"a": {"b": null}})"));
}

TEST_CASE("exists false combines with other operators as an alternative") {
    const char* pattern = R"({"s": [{"anything-but": ["roses"]}, {"exists": false}]})";
    CHECK(matches(pattern, R"({"t": 1})"));
    CHECK(matches(pattern, R"({"s": "tulips"})"));
    CHECK_FALSE(matches(pattern, R"({"s": "roses"})"));
}

TEST_CASE("fields from different elements of one array do not combine") {
    const char* pattern = R"({"metrics": {"name": ["cpu"], "ns": ["ES"]}})";
    CHECK_FALSE(
        matches(pattern, R"({"metrics": [{"name": "cpu", "ns": "EC2"}, {"name": "io", "ns": "ES"}]})"));
    CHECK(matches(pattern, R"({"metrics": [{"name": "io", "ns": "EC2"}, {"name": "cpu", "ns": "ES"}]})"));
}

TEST_CASE("fields from different arrays combine freely") {
    CHECK(
        matches(R"({"a": {"x": [1]}, "b": {"y": [2]}})", R"({"a": [{"x": 0}, {"x": 1}], "b": [{"y": 2}]})"));
}

TEST_CASE("array consistency holds through nested arrays") {
    const char* pattern = R"({"o": {"i": {"k": ["a"], "v": [1]}}})";
    CHECK(matches(pattern, R"({"o": [{"i": [{"k": "a", "v": 1}]}]})"));
    CHECK_FALSE(matches(pattern, R"({"o": [{"i": [{"k": "a"}, {"v": 1}]}]})"));
    CHECK_FALSE(matches(pattern, R"({"o": [{"i": [{"k": "a"}]}, {"i": [{"v": 1}]}]})"));
}

TEST_CASE("a scalar array element takes no array position, so it combines with an object element's fields") {
    CHECK(matches(R"({"p": [1], "p.q": ["z"]})", R"({"p": [{"q": "z"}, 1]})"));
    CHECK(matches(R"({"p": [1], "p.q": ["z"]})", R"({"p": [1, {"q": "z"}]})"));
    CHECK(matches(R"({"p": ["a"], "p.q": ["z"], "p.r": ["y"]})", R"({"p": [{"q": "z", "r": "y"}, "a"]})"));
    CHECK_FALSE(matches(R"({"p": [1], "p.q": ["z"]})", R"({"p": [{"q": "y"}, 1]})"));
}

TEST_CASE("a scalar inside a nested array keeps the position of the nested array in its parent") {
    CHECK_FALSE(matches(R"({"p": [1], "p.q": ["z"]})", R"({"p": [[1], {"q": "z"}]})"));
    CHECK(matches(R"({"p": [1], "p.q": ["z"]})", R"({"p": [[1, {"q": "z"}]]})"));
}

TEST_CASE("any $or branch may match") {
    const char* pattern =
        R"({"detail": {"$or": [{"c": [{"numeric": [">", 0]}]}, {"d": [{"numeric": ["<", 10]}]}]}})";
    CHECK(matches(pattern, R"({"detail": {"c": 0, "d": 9}})"));
    CHECK_FALSE(matches(pattern, R"({"detail": {"c": 0, "d": 10}})"));
}

TEST_CASE("invalid or non-object events never match") {
    CHECK_FALSE(matches(R"({"a": [{"exists": false}]})", "not json"));
    CHECK_FALSE(matches(R"({"a": [{"exists": false}]})", "[]"));
    CHECK(matches(R"({"a": [{"exists": false}]})", "{}"));
}

TEST_CASE("a cidr pattern with host bits set matches addresses below the given one") {
    CHECK(matches(R"({"ip": [{"cidr": "10.1.2.3/8"}]})", R"({"ip": "10.0.0.1"})"));
    CHECK_FALSE(matches(R"({"ip": [{"cidr": "10.1.2.3/8"}]})", R"({"ip": "11.0.0.1"})"));
    CHECK(matches(R"({"ip": [{"cidr": "2001:db8::ff00:42:8329/24"}]})", R"({"ip": "2001:d00::1"})"));
}
