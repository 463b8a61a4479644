// Tests for core/src/matcher/swar.hpp: the word-at-a-time digit helpers against a plain byte loop.
#include <doctest/doctest.h>

#include "../../../core/src/matcher/swar.hpp"

#include <string>

TEST_CASE("count_digits counts the digits that start a text, for every length and every stop") {
    for (std::size_t length = 0; length <= 40; ++length) {
        for (std::size_t stop = 0; stop <= length; ++stop) {
            for (const char non_digit : {'.', '/', ':', 'e', '\0', '\xB0'}) {
                std::string text;
                for (std::size_t i = 0; i < length; ++i)
                    text += static_cast<char>('0' + (i * 7) % 10);
                if (stop < length) text[stop] = non_digit;
                CAPTURE(text);
                CHECK(evb::matcher::count_digits(text.data(), text.data() + text.size()) == stop);
            }
        }
    }
}

TEST_CASE("parse_eight_digits reads eight digits, the first the most significant") {
    CHECK(evb::matcher::parse_eight_digits(evb::matcher::load_word("12345678")) == 12345678U);
    CHECK(evb::matcher::parse_eight_digits(evb::matcher::load_word("00000009")) == 9U);
    CHECK(evb::matcher::parse_eight_digits(evb::matcher::load_word("99999999")) == 99999999U);
}
