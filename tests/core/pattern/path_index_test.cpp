// Tests for evb/pattern/path_index.hpp.
#include <doctest/doctest.h>

#include "evb/pattern/path_index.hpp"

TEST_CASE("path index knows pattern paths and their dotted prefixes") {
    evb::PathIndex index;
    index.add("detail.state.status", 0);
    index.add("detail", 1);
    REQUIRE(index.find("detail.state.status"));
    CHECK(index.find("detail.state.status")->id == 0);
    CHECK_FALSE(index.find("detail.state.status")->is_prefix);
    REQUIRE(index.find("detail.state"));
    CHECK(index.find("detail.state")->id == -1);
    CHECK(index.find("detail.state")->is_prefix);
    REQUIRE(index.find("detail"));
    CHECK(index.find("detail")->id == 1);
    CHECK(index.find("detail")->is_prefix);
    CHECK_FALSE(index.find("detail.sta"));
    CHECK_FALSE(index.find("source"));
}
