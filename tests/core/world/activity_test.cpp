#include "evb/world/activity.hpp"

#include "../test_support.hpp"

TEST_CASE("the activity feed keeps its budget of entries, dropping the oldest first and counting them") {
    evb::Account account(evb::WorldConfig{});
    account.budgets.activity_entries = 3;
    for (int i = 0; i < 5; ++i) {
        account.now_ms = 1000 + i;
        evb::record_activity(account, evb::Json{{"n", i}});
    }
    REQUIRE(account.activity.size() == 3);
    CHECK(account.activity.front()["n"] == 2);
    CHECK(account.activity.back()["n"] == 4);
    CHECK(account.activity_dropped.entries == 2);
    CHECK(*account.activity_dropped.since_ms == 1003);
}

TEST_CASE("events routed past the activity budget are counted as dropped activity") {
    evb::World world;
    evb::test::make_bus_with_log_target(world, "default", "all", R"({"source":["Order Service"]})", "/g");
    for (int i = 0; i < 105; ++i)
        evb::test::ok_call(world, "events", "PutEvents",
                           {{"Entries", evb::Json::array({evb::test::order_entry("default")})}});
    CHECK(world.account().activity.size() == 100);
    CHECK(world.account().activity_dropped.entries == 5);
}
