#include "evb/lambda/function_behavior.hpp"

#include <doctest/doctest.h>

using evb::Json;

TEST_CASE("placeholders fill strings, and a lone placeholder keeps its JSON type") {
    evb::IdSource ids(3);
    const Json event = {{"detail", {{"price", 120}, {"items", {1, 2}}}}};
    evb::TemplateContext context{7, "req-1", "2020-08-16T09:09:11Z", &event, &ids};
    CHECK(evb::render_template("order ${seq} at ${time}", context) == "order 7 at 2020-08-16T09:09:11Z");
    CHECK(evb::render_template("${seq}", context) == 7);
    CHECK(evb::render_template("${event.detail.price}", context) == 120);
    CHECK(evb::render_template("${event.detail.items}", context) == Json{1, 2});
    CHECK(evb::render_template("items ${event.detail.items}", context) == "items [1,2]");
    CHECK(evb::render_template(Json{{"id", "${requestId}"}, {"n", {"${seq}"}}}, context) ==
          Json{{"id", "req-1"}, {"n", {7}}});
    CHECK(evb::render_template("${unknown} stays", context) == "${unknown} stays");
    CHECK(evb::render_template("${event.missing}", context) == "${event.missing}");
    CHECK(evb::render_template(42, context) == 42);
}

TEST_CASE("random placeholders draw seeded integers in range") {
    evb::IdSource a(5), b(5);
    evb::TemplateContext ca{1, "", "", nullptr, &a}, cb{1, "", "", nullptr, &b};
    for (int i = 0; i < 20; ++i) {
        const Json x = evb::render_template("${random:1:6}", ca);
        CHECK(x == evb::render_template("${random:1:6}", cb));
        CHECK(x.get<int>() >= 1);
        CHECK(x.get<int>() <= 6);
    }
}

TEST_CASE("behaviour documents are checked") {
    CHECK_FALSE(evb::check_behavior(Json::object()).has_value());
    CHECK(evb::check_behavior(Json::array()) == "the behavior must be a JSON object");
    CHECK(evb::check_behavior(Json{{"putEvents", {1}}}) == "each putEvents entry must be an object");
    CHECK(evb::check_behavior(Json{{"putEvents", {{{"Source", 1}}}}}) == "Source must be a string");
    CHECK(evb::check_behavior(Json{{"failure", {{"every", 0}}}}) ==
          "failure.every must be a positive integer");
    CHECK(evb::check_behavior(Json{{"durationMs", -1}}) == "durationMs must be a non-negative number");
}
