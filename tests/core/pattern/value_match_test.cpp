// Tests for value_match.cpp (evb/pattern/matcher.hpp): every operator against every kind of event value.
#include <doctest/doctest.h>

#include "evb/pattern/event_pattern.hpp"

#include <string>

namespace {

// matches tells whether {"v": [<values>]} matches the event {"v": <value>}.
bool matches(const std::string& values, const std::string& value) {
    const evb::PatternResult result = evb::compile_event_pattern(R"({"v": [)" + values + "]}");
    REQUIRE_MESSAGE(result.pattern, values);
    return result.pattern->matches_text(R"({"v": )" + value + "}");
}

}  // namespace

TEST_CASE("exact strings match only equal strings") {
    CHECK(matches(R"("abc")", R"("abc")"));
    CHECK_FALSE(matches(R"("abc")", R"("ABC")"));
    CHECK_FALSE(matches(R"("300")", "300"));
    CHECK(matches(R"("")", R"("")"));
    CHECK(matches(R"("*")", R"("*")"));
}

TEST_CASE("exact numbers match equal numbers in any notation") {
    CHECK(matches("300", "300.0"));
    CHECK(matches("301.8", "3.018e2"));
    CHECK_FALSE(matches("300", R"("300")"));
    CHECK_FALSE(matches("300", "301"));
    CHECK(matches("123456789012", "123456789012"));
    CHECK_FALSE(matches("123456789012", "123456789012.0"));
}

TEST_CASE("exact null and booleans match only themselves") {
    CHECK(matches("null", "null"));
    CHECK_FALSE(matches("null", R"("null")"));
    CHECK(matches("true", "true"));
    CHECK_FALSE(matches("true", "false"));
    CHECK(matches("false", "false"));
}

TEST_CASE("exact strings that are IP addresses match the same address written differently") {
    CHECK(matches(R"("2001:db8::1")", R"("2001:0db8:0:0:0:0:0:1")"));
    CHECK(matches(R"("10.0.0.1")", R"("10.0.0.1")"));
    CHECK_FALSE(matches(R"("10.0.0.1")", R"("10.0.0.2")"));
}

TEST_CASE("prefix and suffix match strings only, case-sensitively") {
    CHECK(matches(R"({"prefix": "2022-07"})", R"("2022-07-13")"));
    CHECK_FALSE(matches(R"({"prefix": "2022-07"})", R"("2022-08-13")"));
    CHECK(matches(R"({"prefix": ""})", R"("anything")"));
    CHECK_FALSE(matches(R"({"prefix": ""})", "5"));
    CHECK(matches(R"({"suffix": ".png"})", R"("image.png")"));
    CHECK_FALSE(matches(R"({"suffix": ".PNG"})", R"("image.png")"));
    CHECK_FALSE(matches(R"({"suffix": "5"})", "5"));
}

TEST_CASE("equals-ignore-case and its prefix and suffix forms ignore case") {
    CHECK(matches(R"({"equals-ignore-case": "ec2 Instance"})", R"("EC2 INSTANCE")"));
    CHECK_FALSE(matches(R"({"equals-ignore-case": "ec2"})", R"("ec22")"));
    CHECK(matches(R"({"prefix": {"equals-ignore-case": "EventB"}})", R"("EvEnTbridge")"));
    CHECK(matches(R"({"suffix": {"equals-ignore-case": ".png"}})", R"("image.PNG")"));
    CHECK_FALSE(matches(R"({"suffix": {"equals-ignore-case": ".png"}})", R"("image.jpg")"));
}

TEST_CASE("wildcards match strings only") {
    CHECK(matches(R"({"wildcard": "arn:aws:events:us-east-1:*:event-bus/*"})",
                  R"("arn:aws:events:us-east-1:123456789012:event-bus/myEventBus")"));
    CHECK_FALSE(matches(R"({"wildcard": ""})", R"("x")"));
    CHECK_FALSE(matches(R"({"wildcard": "*"})", "1"));
}

TEST_CASE("numeric ranges match numbers only, with open and closed bounds") {
    CHECK(matches(R"({"numeric": [">", 0, "<=", 5]})", "5"));
    CHECK_FALSE(matches(R"({"numeric": [">", 0, "<=", 5]})", "0"));
    CHECK(matches(R"({"numeric": [">=", 0, "<", 5]})", "0"));
    CHECK_FALSE(matches(R"({"numeric": [">=", 0, "<", 5]})", "5"));
    CHECK(matches(R"({"numeric": ["=", 301.8]})", "301.8"));
    CHECK(matches(R"({"numeric": [">", 100]})", "101.0"));
    CHECK_FALSE(matches(R"({"numeric": [">", 100]})", R"("300")"));
    CHECK_FALSE(matches(R"({"numeric": [">", 100]})", "null"));
    CHECK_FALSE(matches(R"({"numeric": [">", 100]})", "1e10"));
    CHECK(matches(R"({"numeric": ["<", 0]})", "-0.5"));
}

TEST_CASE("cidr matches address strings inside the block") {
    CHECK(matches(R"({"cidr": "10.0.0.0/24"})", R"("10.0.0.255")"));
    CHECK_FALSE(matches(R"({"cidr": "10.0.0.0/24"})", R"("10.0.0.256")"));
    CHECK_FALSE(matches(R"({"cidr": "10.0.0.0/24"})", "123"));
    CHECK(matches(R"({"cidr": "2001:db8:1234:1a00::/64"})", R"("2001:db8:1234:1a00::5")"));
}

TEST_CASE("exists true matches any leaf value, null included") {
    CHECK(matches(R"({"exists": true})", R"("x")"));
    CHECK(matches(R"({"exists": true})", "null"));
    CHECK_FALSE(matches(R"({"exists": true})", R"({"nested": 1})"));
    CHECK_FALSE(matches(R"({"exists": true})", "[]"));
}

TEST_CASE("anything-but excludes its values and accepts every other value, null included") {
    CHECK(matches(R"({"anything-but": "initializing"})", R"("pending")"));
    CHECK_FALSE(matches(R"({"anything-but": "initializing"})", R"("initializing")"));
    CHECK(matches(R"({"anything-but": "initializing"})", "null"));
    CHECK(matches(R"({"anything-but": "5"})", "5"));
    CHECK_FALSE(matches(R"({"anything-but": [100, 200]})", "100.0"));
    CHECK(matches(R"({"anything-but": [100, 200]})", R"("100")"));
    CHECK(matches(R"({"anything-but": 0})", "789"));
}

TEST_CASE("equals-ignore-case folds letters of every block, as Java's toLowerCase and toUpperCase do") {
    CHECK(matches(R"({"equals-ignore-case": "\u2c65"})", R"("\u023a")"));  // ⱥ, Ⱥ
    CHECK(matches(R"({"equals-ignore-case": "vi\u1ec7t nam"})", R"("VI\u1ec6T NAM")"));
    CHECK(matches(R"({"equals-ignore-case": "\uff41\uff42"})", R"("\uff21\uff22")"));  // full-width ab
    CHECK(matches(R"({"prefix": {"equals-ignore-case": "\u2c65b"}})", R"("\u023aBC")"));
    CHECK(matches(R"({"suffix": {"equals-ignore-case": "nam"}})", R"("VI\u1ec6T NAM")"));
    CHECK_FALSE(matches(R"({"equals-ignore-case": "k"})", R"("\u212a")"));  // the Kelvin sign is not K
}

TEST_CASE("equals-ignore-case lets a letter without a plain case pair stand for its own two cases only") {
    CHECK(matches(R"({"equals-ignore-case": "stra\u00dfe"})", R"("STRASSE")"));
    CHECK_FALSE(matches(R"({"equals-ignore-case": "stra\u00dfe"})", R"("strasse")"));
    CHECK(matches(R"({"prefix": {"equals-ignore-case": "\u017f"}})", R"("Sun")"));
    CHECK(matches(R"({"suffix": {"equals-ignore-case": "\u00dfe"}})", R"("GROSSE")"));
    CHECK_FALSE(matches(R"({"anything-but": {"equals-ignore-case": ["x", "\u00df"]}})", R"("SS")"));
    CHECK(matches(R"({"anything-but": {"equals-ignore-case": ["x", "\u00df"]}})", R"("ss")"));
    CHECK_FALSE(matches(R"({"anything-but": {"equals-ignore-case": ["x", "\u00df"]}})", R"("X")"));
}

TEST_CASE("anything-but equals-ignore-case excludes letters of every block in either case") {
    CHECK_FALSE(matches(R"({"anything-but": {"equals-ignore-case": ["\u2c65"]}})", R"("\u023a")"));
    CHECK_FALSE(matches(R"({"anything-but": {"equals-ignore-case": "VI\u1ec6T"}})", R"("vi\u1ec7t")"));
    CHECK(matches(R"({"anything-but": {"equals-ignore-case": "VI\u1ec6T"}})", R"("viet")"));
}

TEST_CASE("anything-but prefix, suffix, equals-ignore-case and wildcard exclude matching strings only") {
    CHECK_FALSE(matches(R"({"anything-but": {"prefix": "init"}})", R"("init-prefix")"));
    CHECK(matches(R"({"anything-but": {"prefix": "init"}})", "12"));
    CHECK(matches(R"({"anything-but": {"prefix": ["init", "test"]}})", R"("post-init")"));
    CHECK_FALSE(matches(R"({"anything-but": {"suffix": [".txt", ".jpg"]}})", R"("file.jpg")"));
    CHECK(matches(R"({"anything-but": {"suffix": ".txt"}})", "null"));
    CHECK_FALSE(
        matches(R"({"anything-but": {"equals-ignore-case": ["initializing", "stopped"]}})", R"("Stopped")"));
    CHECK(matches(R"({"anything-but": {"equals-ignore-case": "x"}})", "1"));
    CHECK_FALSE(matches(R"({"anything-but": {"wildcard": "*/init/*"}})", R"("dir/init/file")"));
    CHECK(matches(R"({"anything-but": {"wildcard": ""}})", R"("dir/init/file")"));
    CHECK(matches(R"({"anything-but": {"wildcard": "*"}})", "123"));
}

TEST_CASE("a list of values or operators matches when any one does") {
    CHECK(matches(R"("a", {"prefix": "b"}, 5)", R"("bee")"));
    CHECK(matches(R"("a", {"prefix": "b"}, 5)", "5.0"));
    CHECK_FALSE(matches(R"("a", {"prefix": "b"}, 5)", R"("c")"));
}
