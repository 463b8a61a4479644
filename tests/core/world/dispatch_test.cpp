// Tests for core/src/world/dispatch.cpp and World's read-only mode: a read-only world refuses every
// operation that changes a resource, by operation, whoever calls it, and still reads, sends and invokes.
#include "evb/events/service.hpp"
#include "evb/iam/service.hpp"
#include "evb/lambda/service.hpp"
#include "evb/logs/service.hpp"
#include "evb/world/operation.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::error_of;
using evb::test::ok_call;

TEST_CASE("read-only worlds let reads, PutEvents and Invoke through and nothing else") {
    for (std::string_view name : {"ListRules", "DescribeEventBus", "GetRole", "TestEventPattern",
                                  "FilterLogEvents", "PutEvents", "Invoke"}) {
        CAPTURE(name);
        CHECK(evb::read_only_allows(name));
    }
    for (std::string_view name :
         {"CreateEventBus", "PutRule", "PutTargets", "DeleteRule", "EnableRule", "PutLogEvents",
          "CreateFunction", "AttachRolePolicy", "PutRolePolicy", "UpdateFunctionCode", "Lister", ""}) {
        CAPTURE(name);
        CHECK_FALSE(evb::read_only_allows(name));
    }
}

TEST_CASE("every operation that changes a resource is refused by a read-only world") {
    std::vector<std::pair<std::string, std::span<const evb::Operation>>> services = {
        {"events", evb::events_operations()},
        {"logs", evb::logs_operations()},
        {"lambda", evb::lambda_operations()},
        {"iam", evb::iam_operations()}};
    for (const auto& [service, operations] : services) {
        for (const evb::Operation& op : operations) {
            if (!op.mutates || op.name == "PutEvents" || op.name == "Invoke") continue;
            evb::World world;
            world.set_read_only(true);
            const std::string before = world.save();
            CAPTURE(op.name);
            const evb::ApiError error = error_of(world, service, op.name, Json::object());
            CHECK(error.code == (service == "iam" ? "AccessDenied" : "AccessDeniedException"));
            CHECK(error.message.find("read-only") != std::string::npos);
            CHECK(error.message.find(service + ":" + std::string(op.name)) != std::string::npos);
            CHECK(world.save() == before);
        }
    }
}

TEST_CASE("a read-only world still reads, routes events and reports unknown operations") {
    evb::World world;
    evb::test::make_bus_with_log_target(world, "orders", "all", R"({"source":["shop"]})",
                                        "/aws/events/orders");
    world.set_read_only(true);
    CHECK(world.read_only());
    CHECK(ok_call(world, "events", "ListRules", {{"EventBusName", "orders"}})["Rules"].size() == 1);
    const Json sent = ok_call(
        world, "events", "PutEvents",
        {{"Entries",
          {{{"Source", "shop"}, {"DetailType", "Order"}, {"Detail", "{}"}, {"EventBusName", "orders"}}}}});
    CHECK(sent["FailedEntryCount"] == 0);
    CHECK(ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", "/aws/events/orders"}})["events"]
              .size() == 1);
    CHECK(error_of(world, "events", "Nope", Json::object()).code == "UnknownOperationException");
    world.set_read_only(false);
    ok_call(world, "events", "CreateEventBus", {{"Name", "later"}});
}

TEST_CASE("a read-only world stays read-only when another world is loaded into it") {
    evb::World world;
    const std::string other = evb::World().save();
    world.set_read_only(true);
    REQUIRE_FALSE(world.load(other).has_value());
    CHECK(error_of(world, "events", "CreateEventBus", {{"Name", "x"}}).code == "AccessDeniedException");
}
