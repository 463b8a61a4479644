#include "evb/logs/log_store.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

TEST_CASE("a log group keeps at most its cap of events, dropping the oldest and counting them") {
    evb::Account account(evb::WorldConfig{});
    account.logs.max_events_per_group = 3;
    evb::LogGroup& group = evb::add_log_group(account, "/g");
    evb::LogStream& stream = evb::ensure_log_stream(account, group, "s");
    for (int i = 0; i < 5; ++i)
        evb::append_log_event(account, group, stream, 1000 + i, "m" + std::to_string(i));
    CHECK(group.stored_events == 3);
    CHECK(group.dropped_events == 2);
    REQUIRE(stream.events.size() == 3);
    CHECK(stream.events.front().message == "m2");
    CHECK(group.stored_bytes == 6);
    CHECK(*stream.first_event_timestamp == 1002);
}

TEST_CASE("events arriving out of order are stored in timestamp order") {
    evb::Account account(evb::WorldConfig{});
    evb::LogGroup& group = evb::add_log_group(account, "/g");
    evb::LogStream& stream = evb::ensure_log_stream(account, group, "s");
    evb::append_log_event(account, group, stream, 30, "c");
    evb::append_log_event(account, group, stream, 10, "a");
    evb::append_log_event(account, group, stream, 20, "b");
    CHECK(stream.events[0].message == "a");
    CHECK(stream.events[2].message == "c");
    CHECK(stream.events[0].event_id.size() == 56);
}

TEST_CASE("firing many events through a rule keeps the target group bounded") {
    evb::World world;
    evb::test::make_bus_with_log_target(world, "default", "all", R"({"source":["Order Service"]})", "/g");
    evb::Json entries = evb::Json::array();
    for (int i = 0; i < 10; ++i)
        entries.push_back(evb::test::order_entry("default"));
    for (int i = 0; i < 1001; ++i)
        evb::test::ok_call(world, "events", "PutEvents", {{"Entries", entries}});
    const auto& group = world.account().logs.groups.at("/g");
    CHECK(group.stored_events == evb::kDefaultMaxEventsPerGroup);
    CHECK(group.dropped_events == 10);
    CHECK(world.state()["logGroups"][0]["droppedEvents"] == 10);
}
