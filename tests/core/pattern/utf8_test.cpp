// Tests for evb/pattern/utf8.hpp.
#include <doctest/doctest.h>

#include "evb/pattern/utf8.hpp"

TEST_CASE("utf8 round-trips code points of every length") {
    for (const std::uint32_t cp : {0x41u, 0xE9u, 0x20ACu, 0x1F680u}) {
        std::string text;
        evb::append_utf8(text, cp);
        std::size_t length = 0;
        CHECK(evb::decode_utf8(text, 0, length) == cp);
        CHECK(length == text.size());
    }
}

TEST_CASE("utf8 decoding refuses overlong forms, surrogates and truncation") {
    std::size_t length = 0;
    CHECK_FALSE(evb::decode_utf8("\xC0\x80", 0, length));
    CHECK_FALSE(evb::decode_utf8("\xED\xA0\x80", 0, length));
    CHECK_FALSE(evb::decode_utf8("\xE2\x82", 0, length));
    CHECK_FALSE(evb::decode_utf8("\xF5\x80\x80\x80", 0, length));
}
