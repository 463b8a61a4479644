#include "evb/common/json_path.hpp"

#include <doctest/doctest.h>

using evb::Json;

TEST_CASE("JSON paths select by dots, brackets, indexes and wildcards") {
    const Json doc =
        Json::parse(R"({"detail":{"instance-id":"i-1","a/b":1,"items":[{"n":1},{"n":2}],"x y":3}})");
    CHECK(evb::json_path_select(doc, "$") == doc);
    CHECK(evb::json_path_select(doc, "$.detail.instance-id") == "i-1");
    CHECK(evb::json_path_select(doc, "$.detail.a/b") == 1);
    CHECK(evb::json_path_select(doc, "$.detail.items[1].n") == 2);
    CHECK(evb::json_path_select(doc, "$.detail['x y']") == 3);
    CHECK(evb::json_path_select(doc, "$.detail.items[*].n") == Json{1, 2});
    CHECK_FALSE(evb::json_path_select(doc, "$.detail.nope").has_value());
    CHECK_FALSE(evb::json_path_select(doc, "$.detail.items[5]").has_value());
}

TEST_CASE("paths outside the supported subset are invalid") {
    for (const char* bad : {"", "detail", "$..x", "$.a[", "$.a[x]", "$.a[-1]"}) {
        CAPTURE(bad);
        CHECK_FALSE(evb::is_valid_json_path(bad));
    }
    CHECK(evb::is_valid_json_path("$.detail.items[0]"));
}
