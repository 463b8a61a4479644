// Tests for core/src/common/json_depth.cpp: the nesting limit every reader of untrusted JSON applies.
#include "evb/common/json.hpp"

#include "../../deep_json.hpp"

#include <doctest/doctest.h>

#include <string>

using evb::test::deep_arrays;
using evb::test::deep_objects;

TEST_CASE("parse_json accepts nesting up to 1000 levels and refuses one more") {
    CHECK(evb::parse_json(deep_arrays(1000)).has_value());
    CHECK(evb::parse_json(deep_objects(1000)).has_value());
    CHECK_FALSE(evb::parse_json(deep_arrays(1001)).has_value());
    CHECK_FALSE(evb::parse_json(deep_objects(1001)).has_value());
}

TEST_CASE("parse_json refuses 100000-deep arrays and objects without crashing") {
    CHECK_FALSE(evb::parse_json(deep_arrays(100000)).has_value());
    CHECK_FALSE(evb::parse_json(deep_objects(100000)).has_value());
}

TEST_CASE("json_nests_deeper_than skips brackets inside strings, escaped quotes included") {
    CHECK_FALSE(evb::json_nests_deeper_than(R"(["[[[{{", "\"[[[", "\\"])", 1));
    CHECK(evb::json_nests_deeper_than(R"(["\\", [1]])", 1));
    CHECK(evb::json_nests_deeper_than("[[1]]", 1));
    CHECK_FALSE(evb::json_nests_deeper_than("[1] [2] [3]", 1));
}

TEST_CASE("json_nests_deeper_than counts from zero again after stray closing brackets") {
    CHECK(evb::json_nests_deeper_than("]]]]" + deep_arrays(3), 2));
    CHECK_FALSE(evb::json_nests_deeper_than("]]]]" + deep_arrays(2), 2));
}
