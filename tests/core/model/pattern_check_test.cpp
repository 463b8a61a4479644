// AWS's member patterns, Java regular expressions matched against whole values: one repeated class is
// checked by code point at any length, the rest by std::regex, and what cannot be checked is accepted.
#include "evb/model/pattern_check.hpp"

#include <doctest/doctest.h>

#include <string>

using evb::model::PatternCheck;

TEST_CASE("a repeated character class matches the whole value") {
    const PatternCheck name("[\\.\\-_A-Za-z0-9]+");
    CHECK(name.matches("my-rule_1.x"));
    CHECK_FALSE(name.matches("abc!"));
    CHECK_FALSE(name.matches(""));
    CHECK_FALSE(name.matches("a b"));
    const PatternCheck stream("[^:*]*");
    CHECK(stream.matches(""));
    CHECK(stream.matches("2026/12/07/[$LATEST]abc"));
    CHECK_FALSE(stream.matches("a:b"));
}

TEST_CASE("class escapes, ranges and a dash after a range read as Java reads them") {
    const PatternCheck iam("[\\w+=,.@-]+");
    CHECK(iam.matches("role+x=y,z.w@v-u_9"));
    CHECK_FALSE(iam.matches("role/x"));
    const PatternCheck lambda("[a-zA-Z0-9-_]+");
    CHECK(lambda.matches("fn-name_1"));
    CHECK_FALSE(lambda.matches("fn.name"));
    const PatternCheck digits("\\d{12}");
    CHECK(digits.matches("123456789012"));
    CHECK_FALSE(digits.matches("12345678901"));
    CHECK_FALSE(digits.matches("1234567890123"));
    CHECK(PatternCheck("[\\s\\S]*").matches("any\nthing"));
    CHECK_FALSE(PatternCheck(".*").matches("two\nlines"));
}

TEST_CASE("unicode escapes in a class count code points, not bytes") {
    const PatternCheck latin("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    CHECK(latin.matches("{\"Version\": \"2012-10-17\"}\n"));
    CHECK(latin.matches("caf\xC3\xA9"));         // U+00E9
    CHECK_FALSE(latin.matches("\xE2\x82\xAC"));  // U+20AC is past U+00FF
    CHECK_FALSE(latin.matches(std::string(1, '\x01')));
}

TEST_CASE("a long value is checked by a class pattern without recursion") {
    const PatternCheck latin("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    CHECK(latin.checkable());
    CHECK(latin.matches(std::string(131072, 'a')));
    CHECK_FALSE(latin.matches(std::string(131071, 'a') + "\x02"));
}

TEST_CASE("other patterns go to std::regex and match the whole value") {
    const PatternCheck role("arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
    CHECK(role.checkable());
    CHECK(role.matches("arn:aws:iam::123456789012:role/service-role/r"));
    CHECK_FALSE(role.matches("lambdarole"));
    CHECK_FALSE(role.matches("xarn:aws:iam::123456789012:role/r"));
    const PatternCheck not_blank("^(?!\\s*$).+");
    CHECK(not_blank.matches("x"));
    CHECK_FALSE(not_blank.matches("   "));
}

TEST_CASE("a pattern in Java syntax std::regex cannot read is accepted, never a crash") {
    const PatternCheck letters("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$");
    CHECK_FALSE(letters.checkable());
    CHECK(letters.matches("anything at all !"));
    const PatternCheck lookbehind("^[0-9A-Za-z\\.\\-_]*(?<!\\.)$");
    CHECK_FALSE(lookbehind.checkable());
    CHECK(lookbehind.matches("bucket."));
    CHECK(PatternCheck("[").matches("x"));
    CHECK(PatternCheck("a{3,1}").matches("x"));
}

TEST_CASE("std::regex is not given values too long or not ASCII") {
    const PatternCheck arn("arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:(.*)");
    CHECK_FALSE(arn.matches("nope"));
    CHECK(arn.matches(std::string(evb::model::kMaxRegexValue + 1, 'x')));
    CHECK(arn.matches("n\xC3\xA9"));
    CHECK(arn.matches("arn:aws:lambda:" + std::string(evb::model::kMaxRegexValue - 20, 'x')));
}

TEST_CASE("optional groups around one class take the class's fast path and the regex for the rest") {
    struct Case {
        const char* pattern;
        const char* value;
        bool matches;
    };
    const char* bus =
        "(arn:aws[\\w-]*:events:[a-z]{2}-[a-z]+-[\\w-]+:[0-9]{12}:event-bus\\/)?[/\\.\\-_A-Za-z0-9]+";
    const char* function =
        "(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_"
        "]+)"
        "(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
    const char* lookahead = "(?!^[0-9]+$)([a-zA-Z0-9-_]+)";
    const Case cases[] = {
        {bus, "default", true},
        {bus, "arn:aws:events:us-east-1:123456789012:event-bus/orders", true},
        {bus, "arn:aws:events:us-east-1:1234:event-bus/orders", false},
        {bus, "bad name", false},
        {function, "my-function", true},
        {function, "arn:aws:lambda:us-east-1:123456789012:function:f:$LATEST", true},
        {function, "123456789012:function:f", true},
        {function, "my function", false},
        {function, "f:$NOPE", false},
        {lookahead, "v1", true},
        {lookahead, "123", false},
        {"(a)?[(]+", "((", true},
        {"(a)?[(]+", "a(", true},
        {"(a)?[(]+", "b", false},
    };
    for (const auto& c : cases) {
        CAPTURE(c.pattern);
        CAPTURE(c.value);
        CHECK(PatternCheck(c.pattern).matches(c.value) == c.matches);
    }
}
