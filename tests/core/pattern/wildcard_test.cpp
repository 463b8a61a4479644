// Tests for evb/pattern/wildcard.hpp: syntax, matching, escapes and the complexity limit.
#include <doctest/doctest.h>

#include "evb/pattern/wildcard.hpp"

namespace {

bool matches(const char* wildcard, const char* value) {
    return evb::wildcard_matches(evb::parse_wildcard(wildcard), value);
}

bool too_complex(const std::vector<std::string>& texts) {
    return evb::wildcard_complexity(texts) > evb::kMaxWildcardComplexity;
}

}  // namespace

TEST_CASE("wildcard star matches any run of characters, including none") {
    CHECK(matches("/Users/*/doc.txt", "/Users/ls_user/dir/dir/doc.txt"));
    CHECK_FALSE(matches("/Users/*/doc.txt", "/Users/ls_user/notdoc.txt"));
    CHECK(matches("a*b*c", "abc"));
    CHECK(matches("*", ""));
    CHECK_FALSE(matches("", "x"));
    CHECK(matches("", ""));
    CHECK_FALSE(matches("a*a", "a"));
}

TEST_CASE("wildcard escapes make star and backslash literal") {
    CHECK(matches("a\\*b", "a*b"));
    CHECK_FALSE(matches("a\\*b", "axb"));
    CHECK(matches("a\\\\b", "a\\b"));
}

TEST_CASE("wildcard syntax errors report positions in the quoted value") {
    CHECK(evb::wildcard_syntax_error("arn:aws:events:us-east-1:**:event-bus/*") ==
          "Consecutive wildcard characters at pos 26");
    CHECK(evb::wildcard_syntax_error("a\\b") == "Invalid escape character at pos 2");
    CHECK(evb::wildcard_syntax_error("a\\") == "Invalid escape character at pos 2");
    CHECK_FALSE(evb::wildcard_syntax_error("a\\*\\\\*"));
}

TEST_CASE("wildcard complexity accepts what AWS accepts and rejects what it rejects") {
    CHECK(too_complex({"*:*:*:*:*:event-bus/*"}));
    CHECK_FALSE(too_complex({"arn:aws:events:us-east-1:*:event-bus/*"}));
    CHECK_FALSE(too_complex({"/Users/*/dir/dir/dir/dir/dir/doc.txt"}));
    CHECK_FALSE(too_complex({"*:stack/SharedStack/*", "*:stack/ComputeStack/*", "*:stack/DataStack/*"}));
    CHECK(too_complex({"*:stack/SharedStack/*", "*:stack/ComputeStack/*", "*:stack/DataStack/*",
                       "*:stack/MonitoringStack/*"}));
}

TEST_CASE("wildcard complexity of a literal is zero-wildcard work") {
    CHECK(evb::wildcard_complexity({"plain"}) <= 1);
}
