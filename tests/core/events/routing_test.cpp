#include "evb/events/routing.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::make_bus_with_log_target;
using evb::test::ok_call;
using evb::test::order_entry;

TEST_CASE("a matching event lands in the log group as the full envelope in AWS's field order") {
    evb::World world(evb::WorldConfig{.account_id = "803943555226"});
    make_bus_with_log_target(world, "orders", "all", R"({"account":["803943555226"]})", "/aws/events/orders");
    const Json put =
        ok_call(world, "events", "PutEvents", {{"Entries", Json::array({order_entry("orders")})}});
    CHECK(put["FailedEntryCount"] == 0);
    const std::string id = put["Entries"][0]["EventId"];
    const Json streams =
        ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/aws/events/orders"}});
    REQUIRE(streams["logStreams"].size() == 1);
    const std::string stream = streams["logStreams"][0]["logStreamName"];
    const Json events = ok_call(world, "logs", "GetLogEvents",
                                {{"logGroupName", "/aws/events/orders"}, {"logStreamName", stream}});
    REQUIRE(events["events"].size() == 1);
    const Json event = Json::parse(events["events"][0]["message"].get<std::string>());
    CHECK(evb::test::keys(event) == std::vector<std::string>{"version", "id", "detail-type", "source",
                                                             "account", "time", "region", "resources",
                                                             "detail"});
    CHECK(event["id"] == id);
    CHECK(event["detail"]["price"] == 100);
    CHECK(event["account"] == "803943555226");
}

TEST_CASE("an event that matches no rule is counted on the bus and delivered nowhere") {
    evb::World world;
    make_bus_with_log_target(world, "orders", "big", R"({"detail":{"price":[{"numeric":[">",500]}]}})", "/g");
    ok_call(world, "events", "PutEvents", {{"Entries", Json::array({order_entry("orders", 100)})}});
    CHECK(ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/g"}})["logStreams"].empty());
    CHECK(world.metrics().buses.at("orders").events_in == 1);
    CHECK(world.metrics().buses.at("orders").matched_events == 0);
}

TEST_CASE("a disabled rule does not match") {
    evb::World world;
    make_bus_with_log_target(world, "orders", "all", R"({"source":["Order Service"]})", "/g");
    ok_call(world, "events", "DisableRule", {{"Name", "all"}, {"EventBusName", "orders"}});
    ok_call(world, "events", "PutEvents", {{"Entries", Json::array({order_entry("orders")})}});
    CHECK(ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/g"}})["logStreams"].empty());
}

TEST_CASE(
    "rule metrics count matches, triggers and invocations; a missing log group is a failed invocation") {
    evb::World world;
    make_bus_with_log_target(world, "orders", "all", R"({"source":["Order Service"]})", "/g");
    ok_call(world, "logs", "DeleteLogGroup", {{"logGroupName", "/g"}});
    ok_call(world, "events", "PutEvents", {{"Entries", Json::array({order_entry("orders")})}});
    const auto& m = world.metrics().rules.at("arn:aws:events:us-east-1:123456789012:rule/orders/all");
    CHECK(m.matched_events == 1);
    CHECK(m.triggered_rules == 1);
    CHECK(m.invocations == 1);
    CHECK(m.failed_invocations == 1);
    const auto& t = world.metrics().targets.at("arn:aws:events:us-east-1:123456789012:rule/orders/all#logs");
    CHECK(t.failures == 1);
    CHECK(t.deliveries == 0);
}

TEST_CASE("a bus target forwards the same event to the other bus") {
    evb::World world;
    make_bus_with_log_target(world, "second", "sink", R"({"source":["Order Service"]})", "/g");
    ok_call(world, "events", "PutRule",
            {{"Name", "forward"}, {"EventPattern", R"({"source":["Order Service"]})"}});
    ok_call(
        world, "events", "PutTargets",
        {{"Rule", "forward"},
         {"Targets", Json::array({{{"Id", "bus"},
                                   {"Arn", "arn:aws:events:us-east-1:123456789012:event-bus/second"}}})}});
    const Json put =
        ok_call(world, "events", "PutEvents", {{"Entries", Json::array({order_entry("default")})}});
    const Json streams = ok_call(world, "logs", "DescribeLogStreams", {{"logGroupName", "/g"}});
    REQUIRE(streams["logStreams"].size() == 1);
    const Json got = ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", "/g"}});
    CHECK(got["events"][0]["eventId"] == put["Entries"][0]["EventId"]);
}

TEST_CASE("a loop of buses stops at the routing depth limit") {
    evb::World world;
    ok_call(world, "events", "CreateEventBus", {{"Name", "a"}});
    for (const char* bus : {"default", "a"}) {
        const std::string other = std::string(bus) == "a" ? "default" : "a";
        ok_call(
            world, "events", "PutRule",
            {{"Name", "loop"}, {"EventPattern", R"({"source":["Order Service"]})"}, {"EventBusName", bus}});
        ok_call(world, "events", "PutTargets",
                {{"Rule", "loop"},
                 {"EventBusName", bus},
                 {"Targets",
                  Json::array({{{"Id", "t"},
                                {"Arn", "arn:aws:events:us-east-1:123456789012:event-bus/" + other}}})}});
    }
    ok_call(world, "events", "PutEvents", {{"Entries", Json::array({order_entry("default")})}});
    CHECK(world.metrics().buses.at("default").events_in + world.metrics().buses.at("a").events_in ==
          evb::kMaxRoutingDepth);
}
