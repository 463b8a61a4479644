#include "evb/logs/log_store.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

TEST_CASE("a log group keeps at most its cap of events, dropping the oldest and counting them") {
    evb::Account account(evb::WorldConfig{});
    account.budgets.log_events_per_group = 3;
    evb::LogGroup& group = evb::add_log_group(account, "/g");
    evb::LogStream& stream = evb::ensure_log_stream(account, group, "s");
    for (int i = 0; i < 5; ++i)
        evb::append_log_event(account, group, stream, 1000 + i, "m" + std::to_string(i));
    CHECK(group.stored_events == 3);
    CHECK(group.dropped.entries == 2);
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
    CHECK(group.stored_events == evb::kDefaultLogEventsPerGroup);
    CHECK(group.dropped.entries == 10);
    CHECK(world.state()["logGroups"][0]["droppedEvents"] == 10);
}

TEST_CASE("a log group's drops count the bytes of the dropped messages and the time of the first drop") {
    evb::Account account(evb::WorldConfig{});
    account.budgets.log_events_per_group = 1;
    evb::LogGroup& group = evb::add_log_group(account, "/g");
    evb::LogStream& stream = evb::ensure_log_stream(account, group, "s");
    evb::append_log_event(account, group, stream, 10, "abc");
    const std::int64_t first_drop = account.now_ms + 5;
    account.now_ms = first_drop;
    evb::append_log_event(account, group, stream, 20, "de");
    account.now_ms += 5;
    evb::append_log_event(account, group, stream, 30, "f");
    CHECK(group.dropped.entries == 2);
    CHECK(group.dropped.bytes == 5);
    CHECK(*group.dropped.since_ms == first_drop);
    CHECK(account.logs.stored_bytes == 1);
}

TEST_CASE("the log bytes budget drops the oldest events of all groups first") {
    evb::Account account(evb::WorldConfig{});
    account.budgets.log_bytes = 10;
    evb::LogGroup& a = evb::add_log_group(account, "/a");
    evb::LogGroup& b = evb::add_log_group(account, "/b");
    evb::LogStream& sa = evb::ensure_log_stream(account, a, "s");
    evb::LogStream& sb = evb::ensure_log_stream(account, b, "s");
    evb::append_log_event(account, b, sb, 1, "b1234");  // the oldest, in the second group by name
    evb::append_log_event(account, a, sa, 2, "a1234");
    evb::append_log_event(account, a, sa, 3, "a5678");
    CHECK(account.logs.stored_bytes == 10);
    CHECK(b.stored_events == 0);
    CHECK(b.dropped.entries == 1);
    CHECK(b.dropped.bytes == 5);
    CHECK(a.stored_events == 2);
    CHECK(a.dropped.entries == 0);
}

TEST_CASE("deleting a log group gives its bytes back to the log bytes budget") {
    evb::World world;
    evb::test::ok_call(world, "logs", "CreateLogGroup", {{"logGroupName", "/g"}});
    evb::test::ok_call(world, "logs", "CreateLogStream", {{"logGroupName", "/g"}, {"logStreamName", "s"}});
    evb::test::ok_call(
        world, "logs", "PutLogEvents",
        {{"logGroupName", "/g"},
         {"logStreamName", "s"},
         {"logEvents", evb::Json::array({{{"timestamp", world.now_ms()}, {"message", "hello"}}})}});
    CHECK(world.account().logs.stored_bytes == 5);
    evb::test::ok_call(world, "logs", "DeleteLogGroup", {{"logGroupName", "/g"}});
    CHECK(world.account().logs.stored_bytes == 0);
}
