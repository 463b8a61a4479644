#include "evb/world/world.hpp"

#include "evb/events/routing.hpp"

#include "../test_support.hpp"

#include <limits>
#include <stdexcept>

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
    CHECK(world.call("route53", "ListHostedZones", Json::object()).error().code ==
          "UnknownOperationException");
    CHECK(world.call("events", "Nope", Json::object()).error().code == "UnknownOperationException");
}

TEST_CASE("an operation of AWS's models that is not emulated answers as AWS does for an action it lacks") {
    evb::World world;
    auto sqs = world.call(
        "sqs", "SendMessage",
        {{"QueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/q"}, {"MessageBody", "hello"}});
    REQUIRE(!sqs.ok());
    CHECK(sqs.error().code == "InvalidAction");  // the query protocol's code
    CHECK(sqs.error().message.find("SendMessage of Amazon Simple Queue Service") != std::string::npos);
    auto events = world.call("events", "CreateArchive",
                             {{"ArchiveName", "a"},
                              {"EventSourceArn", "arn:aws:events:us-east-1:123456789012:event-bus/default"}});
    REQUIRE(!events.ok());
    CHECK(events.error().code == "UnknownOperationException");
    CHECK(events.error().message.find("does not emulate CreateArchive") != std::string::npos);
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

TEST_CASE("routing depth left raised by a call cut short does not stop later events") {
    evb::World world;
    evb::test::make_bus_with_log_target(world, "orders", "all", R"({"source":["Order Service"]})",
                                        "/aws/events/orders");
    // A call the browser unwinds (its own stack limit) runs no destructor: simulate what it leaves.
    const_cast<evb::Account&>(world.account()).routing_depth = evb::kMaxRoutingDepth;
    ok_call(world, "events", "PutEvents", {{"Entries", Json::array({evb::test::order_entry("orders")})}});
    CHECK(world.account().routing_depth == 0);
    CHECK(ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", "/aws/events/orders"}})["events"]
              .size() == 1);
}

TEST_CASE("a routing level is given back when what it wraps throws") {
    evb::World world;
    evb::Account& account = const_cast<evb::Account&>(world.account());
    try {
        evb::RoutingLevel level(account);
        CHECK(account.routing_depth == 1);
        throw std::runtime_error("delivery failed");
    } catch (const std::runtime_error&) {
    }
    CHECK(account.routing_depth == 0);
}
