#include "evb/world.hpp"

#include <doctest/doctest.h>

TEST_CASE("a new world has the default bus with its ARN") {
    evb::World world;
    auto result = world.call("events", "ListEventBuses", evb::Json::object());
    REQUIRE(result.ok());
    const auto& buses = result.body()["EventBuses"];
    REQUIRE(buses.size() == 1);
    CHECK(buses[0]["Name"] == "default");
    CHECK(buses[0]["Arn"] == "arn:aws:events:us-east-1:123456789012:event-bus/default");
}
