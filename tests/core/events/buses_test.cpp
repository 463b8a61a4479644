#include "evb/events/service.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

TEST_CASE("CreateEventBus returns the bus ARN and the bus is listed") {
    evb::World world;
    CHECK(ok_call(world, "events", "CreateEventBus", {{"Name", "orders"}}) ==
          Json{{"EventBusArn", "arn:aws:events:us-east-1:123456789012:event-bus/orders"}});
    const Json list = ok_call(world, "events", "ListEventBuses");
    REQUIRE(list["EventBuses"].size() == 2);
    CHECK(list["EventBuses"][1]["Name"] == "orders");
}

TEST_CASE("CreateEventBus refuses an existing name, including default") {
    evb::World world;
    ok_call(world, "events", "CreateEventBus", {{"Name", "orders"}});
    const auto e = error_of(world, "events", "CreateEventBus", {{"Name", "orders"}});
    CHECK(e.code == "ResourceAlreadyExistsException");
    CHECK(e.message == "Event bus orders already exists.");
    CHECK(error_of(world, "events", "CreateEventBus", {{"Name", "default"}}).code ==
          "ResourceAlreadyExistsException");
}

TEST_CASE("CreateEventBus validates the name as AWS does") {
    evb::World world;
    CHECK(error_of(world, "events", "CreateEventBus", Json::object()).message ==
          "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not "
          "be null");
    CHECK(error_of(world, "events", "CreateEventBus", {{"Name", "bad name"}}).message ==
          "1 validation error detected: Value 'bad name' at 'name' failed to satisfy constraint: Member must "
          "satisfy "
          "regular expression pattern: [/\\.\\-_A-Za-z0-9]+");
    CHECK(error_of(world, "events", "CreateEventBus", {{"Name", std::string(257, 'a')}})
              .message.find("Member must have length less than or equal to 256") != std::string::npos);
    CHECK(error_of(world, "events", "CreateEventBus", {{"Name", "a/b"}}).code == "ValidationException");
}

TEST_CASE("DeleteEventBus removes an empty bus and is quiet about a missing one") {
    evb::World world;
    ok_call(world, "events", "CreateEventBus", {{"Name", "orders"}});
    ok_call(world, "events", "DeleteEventBus", {{"Name", "orders"}});
    CHECK(ok_call(world, "events", "ListEventBuses")["EventBuses"].size() == 1);
    ok_call(world, "events", "DeleteEventBus", {{"Name", "never-was"}});
}

TEST_CASE("DeleteEventBus refuses the default bus and a bus with rules") {
    evb::World world;
    CHECK(error_of(world, "events", "DeleteEventBus", {{"Name", "default"}}).message ==
          "Cannot delete event bus default.");
    ok_call(world, "events", "CreateEventBus", {{"Name", "orders"}});
    ok_call(world, "events", "PutRule",
            {{"Name", "r"}, {"EventPattern", R"({"source":["x"]})"}, {"EventBusName", "orders"}});
    CHECK(error_of(world, "events", "DeleteEventBus", {{"Name", "orders"}}).message ==
          "EventBus can't be deleted since it has rules.");
}

TEST_CASE("DescribeEventBus describes the default bus by default and any bus by name or ARN") {
    evb::World world;
    const Json def = ok_call(world, "events", "DescribeEventBus");
    CHECK(evb::test::keys(def) ==
          std::vector<std::string>{"Name", "Arn", "CreationTime", "LastModifiedTime"});
    CHECK(def["CreationTime"] == "2023-11-14T22:13:20+00:00");
    ok_call(world, "events", "CreateEventBus", {{"Name", "orders"}, {"Description", "the orders"}});
    const Json byarn = ok_call(world, "events", "DescribeEventBus",
                               {{"Name", "arn:aws:events:us-east-1:123456789012:event-bus/orders"}});
    CHECK(byarn["Name"] == "orders");
    CHECK(byarn["Description"] == "the orders");
}

TEST_CASE("DescribeEventBus of a missing bus is ResourceNotFoundException") {
    evb::World world;
    const auto e = error_of(world, "events", "DescribeEventBus", {{"Name", "nope"}});
    CHECK(e.code == "ResourceNotFoundException");
    CHECK(e.message == "Event bus nope does not exist.");
}

TEST_CASE("ListEventBuses filters by NamePrefix and pages with Limit and NextToken") {
    evb::World world;
    for (const char* name : {"orders-a", "orders-b", "payments"})
        ok_call(world, "events", "CreateEventBus", {{"Name", name}});
    const Json orders = ok_call(world, "events", "ListEventBuses", {{"NamePrefix", "orders"}});
    CHECK(orders["EventBuses"].size() == 2);
    const Json first = ok_call(world, "events", "ListEventBuses", {{"Limit", 2}});
    CHECK(first["EventBuses"].size() == 2);
    REQUIRE(first.contains("NextToken"));
    const Json second =
        ok_call(world, "events", "ListEventBuses", {{"Limit", 2}, {"NextToken", first["NextToken"]}});
    CHECK(second["EventBuses"].size() == 2);
    CHECK_FALSE(second.contains("NextToken"));
    CHECK(error_of(world, "events", "ListEventBuses", {{"NextToken", "garbage"}}).code ==
          "ValidationException");
    CHECK(error_of(world, "events", "ListEventBuses", {{"Limit", 0}}).code == "ValidationException");
}

TEST_CASE("an account holds at most 100 event buses") {
    evb::World world;
    for (int i = 1; i < 100; ++i)
        ok_call(world, "events", "CreateEventBus", {{"Name", "b" + std::to_string(i)}});
    CHECK(error_of(world, "events", "CreateEventBus", {{"Name", "one-too-many"}}).code ==
          "LimitExceededException");
}
