// Tests for evb/pattern/numeric.hpp: comparable numbers and ranges.
#include <doctest/doctest.h>

#include "evb/pattern/numeric.hpp"

using evb::comparable_number;

TEST_CASE("comparable numbers equate integer and decimal forms of one value") {
    CHECK(comparable_number("300") == comparable_number("300.0"));
    CHECK(comparable_number("301.8") == comparable_number("3.018e2"));
    CHECK(comparable_number("-0") == comparable_number("0"));
    CHECK(comparable_number("1E3") == comparable_number("1000"));
    CHECK(comparable_number("0.5") == 500000);
}

TEST_CASE("comparable numbers keep six decimals and truncate the rest") {
    CHECK(comparable_number("0.000001") == 1);
    CHECK(comparable_number("0.0000019") == 1);
    CHECK(comparable_number("-0.0000019") == -1);
    CHECK(comparable_number("1e-300") == 0);
}

TEST_CASE("comparable numbers stop at five billion either way") {
    CHECK(comparable_number("5000000000") == evb::kFiveBillionMicros);
    CHECK(comparable_number("-5e9") == -evb::kFiveBillionMicros);
    CHECK_FALSE(comparable_number("5000000000.000001"));
    CHECK_FALSE(comparable_number("123456789012"));
    CHECK_FALSE(comparable_number("1e400"));
    CHECK_FALSE(comparable_number("1e99999999999999999999"));
}

TEST_CASE("comparable numbers reject text that is not a number") {
    CHECK_FALSE(comparable_number(""));
    CHECK_FALSE(comparable_number("-"));
    CHECK_FALSE(comparable_number("abc"));
    CHECK_FALSE(comparable_number("1e"));
}

TEST_CASE("numeric range excludes its open bounds and includes its closed ones") {
    const evb::NumericRange range{0, true, 5 * evb::kMicrosPerUnit, false};
    CHECK_FALSE(evb::range_contains(range, 0));
    CHECK(evb::range_contains(range, 1));
    CHECK(evb::range_contains(range, 5 * evb::kMicrosPerUnit));
    CHECK_FALSE(evb::range_contains(range, 5 * evb::kMicrosPerUnit + 1));
}
