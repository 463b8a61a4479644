#include "evb/lambda/runtime.hpp"
#include "evb/events/routing.hpp"
#include "evb/world/world.hpp"

#include "lambda_test_support.hpp"

using evb::Json;
using evb::test::log_messages;
using evb::test::ok_call;

namespace {

// order_behavior puts one order with per-invocation values on bus "orders".
Json order_behavior() {
    return Json{
        {"putEvents",
         Json::array(
             {{{"Source", "Order Service"},
               {"DetailType", "New Order"},
               {"Detail",
                {{"orderNumber", "${seq}"}, {"price", "${random:10:20}"}, {"customer", "${event.customer}"}}},
               {"EventBusName", "orders"}}})}};
}

// orders_world has bus orders -> /orders log group, and function f with role r holding the given policies.
evb::World orders_world(std::initializer_list<const char*> policies) {
    evb::World world;
    evb::test::make_bus_with_log_target(world, "orders", "all", R"({"source":["Order Service"]})", "/orders");
    evb::test::make_function(world, "f", evb::test::make_role(world, "r", policies), order_behavior());
    return world;
}

}  // namespace

TEST_CASE("a function's PutEvents reaches the bus with per-invocation values") {
    evb::World world = orders_world({"AmazonEventBridgeFullAccess"});
    ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}, {"Payload", R"({"customer":"Jane"})"}});
    ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}, {"Payload", R"({"customer":"John"})"}});
    const auto messages = log_messages(world, "/orders");
    REQUIRE(messages.size() == 2);
    const Json first = Json::parse(messages[0]);
    const Json second = Json::parse(messages[1]);
    CHECK(first["detail"]["orderNumber"] == 1);
    CHECK(second["detail"]["orderNumber"] == 2);
    CHECK(first["detail"]["customer"] == "Jane");
    CHECK(second["detail"]["customer"] == "John");
    CHECK(first["detail"]["price"].get<int>() >= 10);
    CHECK(first["detail"]["price"].get<int>() <= 20);
}

TEST_CASE(
    "without a policy allowing events:PutEvents the function fails with AccessDeniedException in its log") {
    evb::World world = orders_world({"service-role/AWSLambdaBasicExecutionRole"});
    const Json out = ok_call(world, "lambda", "Invoke", {{"FunctionName", "f"}});
    CHECK(out["FunctionError"] == "Unhandled");
    const Json payload = Json::parse(out["Payload"].get<std::string>());
    CHECK(payload["errorType"] == "ClientError");
    CHECK(payload["errorMessage"] ==
          "An error occurred (AccessDeniedException) when calling the PutEvents operation: User: "
          "arn:aws:sts::123456789012:assumed-role/r/f is not authorized to perform: events:PutEvents on "
          "resource: "
          "arn:aws:events:us-east-1:123456789012:event-bus/orders because no identity-based policy allows "
          "the events:PutEvents action");
    CHECK(log_messages(world, "/orders").empty());
    const auto lines = log_messages(world, "/aws/lambda/f");
    CHECK(std::any_of(lines.begin(), lines.end(), [](const std::string& m) {
        return m.rfind("[ERROR] ClientError: An error occurred (AccessDeniedException)", 0) == 0;
    }));
}

TEST_CASE("a rule targeting a function invokes it asynchronously with the event") {
    evb::World world;
    const std::string role = evb::test::make_role(world, "r", {"service-role/AWSLambdaBasicExecutionRole"});
    evb::test::make_function(world, "f", role, Json{{"logs", {"got ${event.detail.orderNumber}"}}});
    ok_call(world, "events", "PutRule",
            {{"Name", "to-f"}, {"EventPattern", R"({"source":["Order Service"]})"}});
    ok_call(world, "events", "PutTargets",
            {{"Rule", "to-f"},
             {"Targets",
              Json::array({{{"Id", "f"}, {"Arn", "arn:aws:lambda:us-east-1:123456789012:function:f"}}})}});
    ok_call(world, "events", "PutEvents", {{"Entries", Json::array({evb::test::order_entry("default")})}});
    const auto lines = log_messages(world, "/aws/lambda/f");
    CHECK(std::find(lines.begin(), lines.end(), "got 123\n") != lines.end());
    CHECK(world.metrics().targets.at("arn:aws:events:us-east-1:123456789012:rule/to-f#f").deliveries == 1);
}

TEST_CASE("a rule targeting a missing function counts a failed invocation") {
    evb::World world;
    ok_call(world, "events", "PutRule",
            {{"Name", "to-f"}, {"EventPattern", R"({"source":["Order Service"]})"}});
    ok_call(
        world, "events", "PutTargets",
        {{"Rule", "to-f"},
         {"Targets",
          Json::array({{{"Id", "f"}, {"Arn", "arn:aws:lambda:us-east-1:123456789012:function:ghost"}}})}});
    ok_call(world, "events", "PutEvents", {{"Entries", Json::array({evb::test::order_entry("default")})}});
    CHECK(world.metrics().rules.at("arn:aws:events:us-east-1:123456789012:rule/to-f").failed_invocations ==
          1);
    CHECK(world.account().activity.back()["rules"][0]["targets"][0]["error"].get<std::string>().rfind(
              "ResourceNotFoundException", 0) == 0);
}

TEST_CASE("a function that puts events on a bus whose rule invokes it again stops at the depth limit") {
    evb::World world;
    const std::string role = evb::test::make_role(world, "r", {"AmazonEventBridgeFullAccess"});
    evb::test::make_function(world, "echo", role,
                             Json{{"putEvents", Json::array({{{"Source", "Order Service"},
                                                              {"DetailType", "New Order"},
                                                              {"Detail", Json::object()}}})}});
    ok_call(world, "events", "PutRule",
            {{"Name", "loop"}, {"EventPattern", R"({"source":["Order Service"]})"}});
    ok_call(world, "events", "PutTargets",
            {{"Rule", "loop"},
             {"Targets",
              Json::array({{{"Id", "e"}, {"Arn", "arn:aws:lambda:us-east-1:123456789012:function:echo"}}})}});
    ok_call(world, "events", "PutEvents", {{"Entries", Json::array({evb::test::order_entry("default")})}});
    CHECK(world.account().lambda.functions.at("echo").invocations == evb::kMaxRoutingDepth);
}
