#include "evb/world/state_view.hpp"
#include "evb/scenario/tutorial_example.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::ok_call;

TEST_CASE("the state shows buses with rules, targets and metrics after the tutorial runs") {
    evb::World world(evb::WorldConfig{.account_id = "803943555226"});
    REQUIRE_FALSE(evb::install_tutorial_example(world).has_value());
    ok_call(world, "lambda", "Invoke", {{"FunctionName", "manual-order-function"}});
    const Json state = world.state();
    CHECK(evb::test::keys(state) == std::vector<std::string>{"region", "accountId", "nowMs", "now",
                                                             "revision", "buses", "logGroups", "functions",
                                                             "roles", "policies", "skippedScheduleFirings",
                                                             "budgets", "activity"});
    const Json& bus = state["buses"][1];
    CHECK(bus["Name"] == "manual-order-bus");
    CHECK(bus["metrics"] == Json{{"eventsIn", 1}, {"matchedEvents", 1}});
    const Json& rule = bus["Rules"][0];
    CHECK(rule["metrics"] ==
          Json{{"MatchedEvents", 1}, {"TriggeredRules", 1}, {"Invocations", 1}, {"FailedInvocations", 0}});
    CHECK(rule["Targets"][0]["metrics"] == Json{{"deliveries", 1}, {"failures", 0}});
    CHECK(state["functions"][0]["FunctionName"] == "manual-order-function");
    CHECK(state["functions"][0]["warm"] == true);
    CHECK(state["roles"][0]["AttachedPolicies"].size() == 2);
    CHECK(state["policies"].size() == 4);
    CHECK(state["activity"].back()["bus"] == "manual-order-bus");
    CHECK(state["activity"].back()["rules"][0]["targets"][0]["ok"] == true);
}

TEST_CASE("the state shows log groups with the storage cap, their streams and newest events") {
    evb::World world;
    ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", "/g"}});
    ok_call(world, "logs", "CreateLogStream", {{"logGroupName", "/g"}, {"logStreamName", "s"}});
    Json events = Json::array();
    for (int i = 0; i < 150; ++i)
        events.push_back({{"timestamp", world.now_ms() - 150 + i}, {"message", "m" + std::to_string(i)}});
    ok_call(world, "logs", "PutLogEvents",
            {{"logGroupName", "/g"}, {"logStreamName", "s"}, {"logEvents", events}});
    const Json group = world.state()["logGroups"][0];
    CHECK(group["maxEvents"] == evb::kDefaultLogEventsPerGroup);
    CHECK(group["storedEvents"] == 150);
    const Json& stream = group["logStreams"][0];
    CHECK(stream["eventCount"] == 150);
    CHECK(stream["events"].size() == evb::kStateEventsPerStream);
    CHECK(stream["events"].back()["message"] == "m149");
}

TEST_CASE("a scheduled rule's state shows its next firing time") {
    evb::World world;
    ok_call(world, "events", "PutRule", {{"Name", "tick"}, {"ScheduleExpression", "rate(1 hour)"}});
    CHECK(world.state()["buses"][0]["Rules"][0]["nextFireTime"] == "2023-11-14T23:13:20+00:00");
}
