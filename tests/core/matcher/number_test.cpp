// Tests for core/src/matcher/number.hpp: comparable_fast gives exactly what precise_number gives, and
// truncated_micros, where it answers, the magnitude of that value.
#include <doctest/doctest.h>

#include "../../../core/src/matcher/number.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace {

// truncated_micros is the matcher's first look at a number, from its text (the reader scans it first).
std::optional<std::uint64_t> truncated_micros(const std::string& text) {
    evb::matcher::NumberShape shape;
    if (!evb::matcher::scan_whole_number(text, shape)) return std::nullopt;
    return evb::matcher::truncated_micros(shape);
}

void same(const std::string& text) {
    CAPTURE(text);
    const auto fast = evb::matcher::comparable_fast(text);
    const auto precise = evb::precise_number(text);
    REQUIRE(fast.has_value() == precise.has_value());
    if (fast) CHECK(*fast == *precise);
    evb::matcher::NumberShape shape;
    if (evb::matcher::scan_whole_number(text, shape))
        CHECK(evb::matcher::comparable_fast(text, shape) == fast);
    const auto micros = truncated_micros(text);
    if (micros && fast) CHECK(*micros == evb::matcher::abs_micros(*fast));
}

}  // namespace

TEST_CASE("comparable_fast agrees with precise_number on the shapes of JSON numbers") {
    const char* texts[] = {"0",
                           "-0",
                           "1",
                           "-1",
                           "0.5",
                           "-0.5",
                           "300",
                           "300.0",
                           "3e2",
                           "-122.42916360922355",
                           "37.821972275511214",
                           "0.000001",
                           "-0.0000019",
                           "5000000000",
                           "-5000000000",
                           "5000000000.0000001",
                           "4999999999.999999999999999999999999",
                           "9999999999",
                           "12345678901",
                           "1e400",
                           "1E-7",
                           "0.0000000000000000000000009",
                           "-0.0000000000000000000000009",
                           "1.00000000000000000000000000000000000000000000000000000000000000001"};
    for (const char* text : texts)
        same(text);
}

TEST_CASE("comparable_fast agrees with precise_number on every digit count and sign") {
    for (int whole = 0; whole <= 11; ++whole) {
        for (int fraction = 0; fraction <= 30; fraction += 3) {
            std::string digits = std::string(static_cast<std::size_t>(whole), '7');
            if (digits.empty()) digits = "0";
            if (fraction) digits += "." + std::string(static_cast<std::size_t>(fraction), '3');
            same(digits);
            same("-" + digits);
        }
    }
}

TEST_CASE("comparable_fast agrees with precise_number on random digit strings") {
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;  // a fixed seed: the same strings on every run
    auto next = [&state](std::uint64_t bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % bound;
    };
    for (int i = 0; i < 20000; ++i) {
        std::string text = next(2) ? "-" : "";
        const std::uint64_t whole = 1 + next(11), fraction = next(4) ? next(72) : 0;
        for (std::uint64_t d = 0; d < whole; ++d)
            text += static_cast<char>('0' + (next(3) ? next(10) : 0));
        if (fraction) text += '.';
        for (std::uint64_t d = 0; d < fraction; ++d)
            text += static_cast<char>('0' + (next(3) ? next(10) : 0));
        if (next(10) == 0) text += "e" + std::to_string(static_cast<int>(next(5)) - 2);
        same(text);
    }
}

TEST_CASE("truncated_micros answers for plain decimals only, truncating past six decimals") {
    CHECK(truncated_micros("37.807807921694092") == 37'807'807U);
    CHECK(truncated_micros("-122.4912890") == 122'491'289U);
    CHECK(truncated_micros("-0.0000009") == 0U);
    CHECK(truncated_micros("12") == 12'000'000U);
    CHECK(truncated_micros("0.5") == 500'000U);
    CHECK_FALSE(truncated_micros("3.7e1").has_value());
    CHECK_FALSE(truncated_micros("12345678901").has_value());
    CHECK_FALSE(truncated_micros("-").has_value());
    CHECK_FALSE(truncated_micros("").has_value());
}

TEST_CASE("scan_number finds a JSON number's parts and where it ends, and refuses what JSON refuses") {
    using evb::matcher::NumberShape;
    auto scan = [](const std::string& text, NumberShape& shape) -> long {
        const char* stop = evb::matcher::scan_number(text.data(), text.data() + text.size(), shape);
        return stop ? static_cast<long>(stop - text.data()) : -1;
    };
    NumberShape shape;
    const std::string text = "-122.4291e+2,";
    CHECK(scan(text, shape) == 12);
    CHECK(shape.negative);
    CHECK(std::string(shape.integer, shape.integer_digits) == "122");
    CHECK(std::string(shape.fraction, shape.fraction_digits) == "4291");
    CHECK(shape.exponent);
    CHECK(shape.start == text.data());
    CHECK(scan("0]", shape) == 1);
    CHECK(shape.integer_digits == 1);
    CHECK(shape.fraction_digits == 0);
    CHECK_FALSE(shape.exponent);
    CHECK(scan("37.82}", shape) == 5);
    for (const std::string bad : {"", "-", "01", "-01", "1.", "1.e5", ".5", "+1", "1e", "1e+", "x"}) {
        CAPTURE(bad);
        CHECK(scan(bad, shape) == -1);
    }
}
