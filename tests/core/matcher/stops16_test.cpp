// Tests for core/src/matcher/stops16.hpp: the 16-byte stop finders (SIMD where the build has it) agree with
// their 8-byte-word versions and with a plain byte loop, on every byte value at every position.
#include <doctest/doctest.h>

#include "../../../core/src/matcher/stops16.hpp"

#include <random>
#include <string>

namespace {

using evb::matcher::kStopBytes;

int first_where(const std::string& bytes, bool (*stops)(unsigned char)) {
    for (int i = 0; i < kStopBytes; ++i)
        if (stops(static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]))) return i;
    return kStopBytes;
}

bool is_quote_or_backslash(unsigned char c) {
    return c == '"' || c == '\\';
}

bool is_string_stop(unsigned char c) {
    return c == '"' || c == '\\' || c < 0x20;
}

void check_all_agree(const std::string& bytes) {
    namespace m = evb::matcher;
    CAPTURE(bytes);
    const int quote = first_where(bytes, is_quote_or_backslash);
    CHECK(m::first_quote_or_backslash(bytes.data()) == quote);
    CHECK(m::swar_stops::first_quote_or_backslash(bytes.data()) == quote);
    const int stop = first_where(bytes, is_string_stop);
    CHECK(m::first_string_stop(bytes.data()) == stop);
    CHECK(m::swar_stops::first_string_stop(bytes.data()) == stop);
}

}  // namespace

TEST_CASE("the stop finders find every byte value at every position, or none") {
    for (int byte = 0; byte < 256; ++byte) {
        for (int at = 0; at < kStopBytes; ++at) {
            std::string bytes(kStopBytes, 'a');
            bytes[static_cast<std::size_t>(at)] = static_cast<char>(byte);
            check_all_agree(bytes);
        }
    }
    check_all_agree(std::string(kStopBytes, 'a'));
    check_all_agree(std::string(kStopBytes, '\x7F'));
    check_all_agree(std::string(kStopBytes, '\xFF'));
}

TEST_CASE("the stop finders report the first of several stops") {
    std::mt19937 random(20261127);
    const std::string alphabet =
        "\"\\\x01\x1F\x20\x7F\x80\xE9"
        "ab{}[]:,";
    for (int round = 0; round < 20000; ++round) {
        std::string bytes(kStopBytes, ' ');
        for (char& c : bytes)
            c = alphabet[random() % alphabet.size()];
        check_all_agree(bytes);
    }
}
