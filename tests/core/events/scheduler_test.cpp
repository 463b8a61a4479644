#include "evb/events/scheduler.hpp"
#include "evb/common/time_format.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

using evb::Json;
using evb::test::ok_call;

namespace {

// scheduled_world has rule "tick" on a schedule sending to log group /ticks.
evb::World scheduled_world(const char* expression) {
    evb::World world(evb::WorldConfig{.start_time_ms = 1597536000000});  // 2020-08-16T00:00:00Z
    ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", "/ticks"}});
    ok_call(world, "events", "PutRule", {{"Name", "tick"}, {"ScheduleExpression", expression}});
    ok_call(
        world, "events", "PutTargets",
        {{"Rule", "tick"},
         {"Targets",
          Json::array({{{"Id", "l"}, {"Arn", "arn:aws:logs:us-east-1:123456789012:log-group:/ticks"}}})}});
    return world;
}

// ticks lists the scheduled events logged so far.
std::vector<Json> ticks(evb::World& world) {
    std::vector<Json> out;
    const Json found = ok_call(world, "logs", "FilterLogEvents", {{"logGroupName", "/ticks"}});
    for (const auto& e : found["events"])
        out.push_back(Json::parse(e["message"].get<std::string>()));
    return out;
}

}  // namespace

TEST_CASE("a rate rule fires each period as the clock advances, with Scheduled Event envelopes") {
    evb::World world = scheduled_world("rate(5 minutes)");
    world.advance_ms(4 * 60000);
    CHECK(ticks(world).empty());
    world.advance_ms(11 * 60000);
    const auto events = ticks(world);
    REQUIRE(events.size() == 3);
    CHECK(events[0]["detail-type"] == "Scheduled Event");
    CHECK(events[0]["source"] == "aws.events");
    CHECK(events[0]["time"] == "2020-08-16T00:05:00Z");
    CHECK(events[2]["time"] == "2020-08-16T00:15:00Z");
    CHECK(events[0]["resources"] == Json{"arn:aws:events:us-east-1:123456789012:rule/tick"});
    CHECK(events[0]["detail"] == Json::object());
    CHECK(world.now_ms() == 1597536000000 + 15 * 60000);
}

TEST_CASE("a cron rule fires at its times and set_time_ms forward fires too") {
    evb::World world = scheduled_world("cron(30 * * * ? *)");
    world.set_time_ms(*evb::parse_iso8601("2020-08-16T03:00:00Z"));
    const auto events = ticks(world);
    REQUIRE(events.size() == 3);
    CHECK(events[0]["time"] == "2020-08-16T00:30:00Z");
}

TEST_CASE("a disabled scheduled rule does not fire, and resumes when enabled") {
    evb::World world = scheduled_world("rate(1 minute)");
    ok_call(world, "events", "DisableRule", {{"Name", "tick"}});
    world.advance_ms(10 * 60000);
    CHECK(ticks(world).empty());
    ok_call(world, "events", "EnableRule", {{"Name", "tick"}});
    world.advance_ms(60000);
    CHECK(ticks(world).size() == 1);
}

TEST_CASE("one clock move fires at most kMaxFiringsPerMove events and counts the rest as skipped") {
    evb::World world = scheduled_world("rate(1 minute)");
    world.advance_ms(static_cast<std::int64_t>(evb::kMaxFiringsPerMove + 50) * 60000);
    CHECK(world.metrics().rules.at("arn:aws:events:us-east-1:123456789012:rule/tick").matched_events ==
          evb::kMaxFiringsPerMove);
    CHECK(world.metrics().skipped_schedule_firings == 50);
    world.advance_ms(60000);
    CHECK(world.metrics().rules.at("arn:aws:events:us-east-1:123456789012:rule/tick").matched_events ==
          evb::kMaxFiringsPerMove + 1);
}

TEST_CASE("moving the clock back replans schedules without firing") {
    evb::World world = scheduled_world("rate(5 minutes)");
    world.advance_ms(6 * 60000);
    world.set_time_ms(world.now_ms() - 60 * 60000);
    CHECK(ticks(world).size() == 1);
    world.advance_ms(5 * 60000);
    CHECK(ticks(world).size() == 2);
}
