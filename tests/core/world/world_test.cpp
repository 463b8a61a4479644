#include "evb/world/world.hpp"

#include "../test_support.hpp"

#include <limits>

using evb::Json;
using evb::test::ok_call;

TEST_CASE("a new world has the default bus with its ARN") {
    evb::World world;
    const Json body = ok_call(world, "events", "ListEventBuses");
    REQUIRE(body["EventBuses"].size() == 1);
    CHECK(body["EventBuses"][0]["Name"] == "default");
    CHECK(body["EventBuses"][0]["Arn"] == "arn:aws:events:us-east-1:123456789012:event-bus/default");
}

TEST_CASE("region and account id are settable and appear in ARNs") {
    evb::World world(evb::WorldConfig{"eu-west-1", "803943555226", 7, 1597568000000});
    CHECK(world.region() == "eu-west-1");
    CHECK(world.account_id() == "803943555226");
    CHECK(ok_call(world, "events", "CreateEventBus", {{"Name", "b"}})["EventBusArn"] ==
          "arn:aws:events:eu-west-1:803943555226:event-bus/b");
}

TEST_CASE("the clock starts at the configured time and moves only when told") {
    evb::World world(evb::WorldConfig{.start_time_ms = 1000});
    CHECK(world.now_ms() == 1000);
    world.advance_ms(500);
    CHECK(world.now_ms() == 1500);
    world.set_time_ms(200);
    CHECK(world.now_ms() == 200);
}

TEST_CASE("unknown services and operations are errors, not crashes") {
    evb::World world;
    CHECK(world.call("sqs", "SendMessage", Json::object()).error().code == "UnknownOperationException");
    CHECK(world.call("events", "Nope", Json::object()).error().code == "UnknownOperationException");
}

TEST_CASE("the revision moves with changes and not with reads") {
    evb::World world;
    const auto before = world.revision();
    ok_call(world, "events", "ListEventBuses");
    CHECK(world.revision() == before);
    ok_call(world, "events", "CreateEventBus", {{"Name", "b"}});
    CHECK(world.revision() > before);
}

TEST_CASE("requests that are not objects are refused with SerializationException") {
    evb::World world;
    CHECK(world.call("events", "PutRule", Json::array()).error().code == "SerializationException");
    CHECK(world.call("events", "PutRule", Json{{"Name", 5}}).error().code == "SerializationException");
}

TEST_CASE("the clock stays within the years 1 to 9999") {
    evb::World world;
    world.advance_ms(std::numeric_limits<std::int64_t>::max());
    CHECK(world.now_ms() == evb::kMaxClockMs);
    world.set_time_ms(std::numeric_limits<std::int64_t>::min());
    CHECK(world.now_ms() == evb::kMinClockMs);
}
