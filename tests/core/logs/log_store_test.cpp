#include "evb/logs/log_store.hpp"
#include "evb/world/world.hpp"

#include "../test_support.hpp"

#include <set>
#include <tuple>

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

namespace {

// messages lists a group's stored messages, stream by stream in name order.
std::string messages(const evb::LogGroup& group) {
    std::string out;
    for (const auto& [name, stream] : group.streams) {
        for (const auto& e : stream.events)
            out += e.message + " ";
    }
    return out;
}

}  // namespace

TEST_CASE("the cap drops the oldest event of the whole group across streams, earlier timestamps first") {
    evb::Account account(evb::WorldConfig{});
    account.budgets.log_events_per_group = 4;
    evb::LogGroup& group = evb::add_log_group(account, "/g");
    evb::LogStream& a = evb::ensure_log_stream(account, group, "a");
    evb::LogStream& b = evb::ensure_log_stream(account, group, "b");
    evb::append_log_event(account, group, a, 50, "a50");
    evb::append_log_event(account, group, b, 20, "b20");
    evb::append_log_event(account, group, a, 40, "a40");
    evb::append_log_event(account, group, b, 20, "b20bis");
    CHECK(messages(group) == "a40 a50 b20 b20bis ");
    evb::append_log_event(account, group, a, 10, "a10");  // the newest arrival, but the oldest timestamp
    CHECK(messages(group) == "a40 a50 b20 b20bis ");
    evb::append_log_event(account, group, b, 60, "b60");  // b20 then b20bis (same time: arrival order)
    CHECK(messages(group) == "a40 a50 b20bis b60 ");
    evb::append_log_event(account, group, b, 70, "b70");
    CHECK(messages(group) == "a40 a50 b60 b70 ");
    evb::append_log_event(account, group, a, 80, "a80");
    CHECK(messages(group) == "a50 a80 b60 b70 ");
    CHECK(group.dropped.entries == 4);
    CHECK(*a.first_event_timestamp == 50);
}

TEST_CASE("a copied log group drops the same events as the original, each from its own streams") {
    evb::Account account(evb::WorldConfig{});
    account.budgets.log_events_per_group = 2;
    evb::LogGroup& group = evb::add_log_group(account, "/g");
    for (const char* name : {"a", "b"})
        evb::append_log_event(account, group, evb::ensure_log_stream(account, group, name), 10, name);
    evb::append_log_event(account, group, group.streams.at("a"), 20, "a20");  // drops a's first event
    evb::Account copy = account;
    evb::LogGroup& copied = copy.logs.groups.at("/g");
    evb::append_log_event(copy, copied, copied.streams.at("b"), 30, "b30");
    evb::append_log_event(account, group, group.streams.at("b"), 30, "b30");
    CHECK(messages(copied) == "a20 b30 ");
    CHECK(messages(group) == "a20 b30 ");
    CHECK(messages(evb::Account(account).logs.groups.at("/g")) == "a20 b30 ");
}

namespace {

// fronts_agree says whether a group's StreamFronts is built and holds exactly the first event of each
// non-empty stream.
bool fronts_agree(evb::LogGroup& group) {
    std::set<std::tuple<std::int64_t, std::uint64_t, evb::LogStream*>> expected;
    for (auto& [name, stream] : group.streams) {
        if (!stream.events.empty())
            expected.insert({stream.events.front().timestamp, stream.events.front().seq, &stream});
    }
    return group.oldest.built && group.oldest.fronts == expected;
}

}  // namespace

TEST_CASE("the log bytes budget drops the oldest events across streams and groups and keeps each index") {
    evb::Account account(evb::WorldConfig{});
    account.budgets.log_bytes = 12;  // four 3-byte messages
    evb::LogGroup& a = evb::add_log_group(account, "/a");
    evb::LogGroup& b = evb::add_log_group(account, "/b");
    evb::LogStream& x = evb::ensure_log_stream(account, a, "x");
    evb::LogStream& y = evb::ensure_log_stream(account, a, "y");
    evb::LogStream& z = evb::ensure_log_stream(account, b, "z");
    const auto held = [&] { return messages(a) + "| " + messages(b); };
    evb::append_log_event(account, a, x, 10, "x10");
    evb::append_log_event(account, a, y, 20, "y20");
    evb::append_log_event(account, b, z, 15, "z15");
    evb::append_log_event(account, a, x, 40, "x40");
    CHECK(held() == "x10 x40 y20 | z15 ");
    evb::append_log_event(account, a, y, 5, "y05");  // becomes y's first event, and is the oldest of all
    CHECK(held() == "x10 x40 y20 | z15 ");
    CHECK(fronts_agree(a));
    CHECK(fronts_agree(b));
    evb::append_log_event(account, b, z, 50, "z50");
    CHECK(held() == "x40 y20 | z15 z50 ");
    evb::append_log_event(account, a, x, 60, "x60");
    CHECK(held() == "x40 x60 y20 | z50 ");
    evb::append_log_event(account, a, y, 70, "y70");
    CHECK(held() == "x40 x60 y70 | z50 ");
    CHECK(fronts_agree(a));
    CHECK(fronts_agree(b));
    evb::Account copy = account;  // its groups rebuild their indexes and must drop the same events
    for (evb::Account* acc : {&account, &copy}) {
        evb::LogGroup& cb = acc->logs.groups.at("/b");
        evb::append_log_event(*acc, cb, cb.streams.at("z"), 80, "z80");
    }
    CHECK(held() == "x60 y70 | z50 z80 ");
    CHECK(messages(copy.logs.groups.at("/a")) + "| " + messages(copy.logs.groups.at("/b")) == held());
    CHECK(fronts_agree(a));
    CHECK(fronts_agree(b));
    CHECK(a.dropped.entries == 4);
    CHECK(a.dropped.bytes == 12);
    CHECK(b.dropped.entries == 1);
    CHECK(account.logs.stored_bytes == 12);
}
