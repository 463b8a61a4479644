// Tests for evb/pattern/json_quote.hpp.
#include <doctest/doctest.h>

#include "evb/pattern/json_quote.hpp"

TEST_CASE("quote_json escapes quotes, backslashes and control characters") {
    CHECK(evb::quote_json("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST_CASE("quote_json keeps valid UTF-8 and replaces invalid bytes") {
    CHECK(evb::quote_json("\xC3\xA9") == "\"\xC3\xA9\"");
    CHECK(evb::quote_json("a\xFF") == "\"a\\ufffd\"");
}
