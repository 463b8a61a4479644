#include "evb/world/budgets.hpp"

#include "evb/world/world.hpp"

#include "../test_support.hpp"

TEST_CASE("budgets default to ten thousand log events per group, 32 MB of logs and 100 activity entries") {
    const evb::World world;
    CHECK(world.budgets().log_events_per_group == 10000);
    CHECK(world.budgets().log_bytes == 32u << 20);
    CHECK(world.budgets().activity_entries == 100);
    CHECK_FALSE(evb::budgets_problem(world.budgets()));
}

TEST_CASE("budgets read back from their JSON") {
    const evb::Budgets budgets{5, 4096, 7};
    const evb::BudgetsRead read = evb::budgets_from_json(evb::budgets_to_json(budgets));
    CHECK_FALSE(read.problem);
    CHECK(read.budgets == budgets);
}

TEST_CASE("budgets JSON missing a member keeps that member's default") {
    const evb::BudgetsRead read = evb::budgets_from_json(evb::Json{{"activityEntries", 3}});
    CHECK_FALSE(read.problem);
    CHECK(read.budgets.activity_entries == 3);
    CHECK(read.budgets.log_events_per_group == evb::kDefaultLogEventsPerGroup);
}

TEST_CASE("unusable budgets JSON gives the defaults and says why") {
    const evb::Json cases[] = {evb::Json{{"logEventsPerGroup", 0}}, evb::Json{{"logBytes", -5}},
                               evb::Json{{"activityEntries", "many"}}, evb::Json{{"logBytes", 10}},
                               evb::Json::array()};
    for (const auto& json : cases) {
        CAPTURE(json.dump());
        const evb::BudgetsRead read = evb::budgets_from_json(json);
        CHECK(read.problem);
        CHECK(read.budgets == evb::Budgets{});
    }
    CHECK(*evb::budgets_from_json(evb::Json{{"logEventsPerGroup", 0}}).problem ==
          "logEventsPerGroup must be between 1 and 10000000, not 0");
}

TEST_CASE("a drop tally counts entries and bytes and remembers the time of the first drop") {
    evb::DropTally tally;
    tally.count(10, 1000);
    tally.count(5, 2000);
    CHECK(tally.entries == 2);
    CHECK(tally.bytes == 15);
    CHECK(*tally.since_ms == 1000);
    CHECK(evb::drop_tally_from_json(evb::drop_tally_to_json(tally))->since_ms == 1000);
    CHECK_FALSE(evb::drop_tally_from_json(evb::Json{{"entries", "x"}}));
}

TEST_CASE("drop sentences give counts with separators and sizes for people") {
    CHECK(evb::group_digits(0) == "0");
    CHECK(evb::group_digits(12345) == "12,345");
    CHECK(evb::group_digits(1234567) == "1,234,567");
    CHECK(evb::size_text(1) == "1 byte");
    CHECK(evb::size_text(512) == "512 bytes");
    CHECK(evb::size_text(3250586) == "3.1 MB");
    CHECK(evb::size_text(32u << 20) == "32 MB");
    evb::DropTally tally{12345, 3250586, 0};
    CHECK(evb::log_drop_text("/aws/events/orders", tally, evb::Budgets{}) ==
          "dropped 12,345 oldest events (3.1 MB) from /aws/events/orders to stay within the budgets "
          "(10,000 events per group, 32 MB of logs in all)");
    CHECK(evb::activity_drop_text(evb::DropTally{1, 0, 0}, evb::Budgets{}) ==
          "dropped 1 oldest activity entry to stay within the 100-entry budget");
}

TEST_CASE("set_budgets refuses a value out of bounds and changes nothing") {
    evb::World world;
    const std::uint64_t revision = world.revision();
    auto error = world.set_budgets(evb::Budgets{0, evb::kDefaultLogBytes, 100});
    REQUIRE(error);
    CHECK(error->code == "InvalidParameterException");
    CHECK(world.budgets() == evb::Budgets{});
    CHECK(world.revision() == revision);
}

TEST_CASE("lowering the budgets drops the oldest entries at once and counts them") {
    evb::World world;
    evb::test::make_bus_with_log_target(world, "default", "all", R"({"source":["Order Service"]})", "/g");
    for (int i = 0; i < 5; ++i) {
        world.advance_ms(1000);
        evb::test::ok_call(world, "events", "PutEvents",
                           {{"Entries", evb::Json::array({evb::test::order_entry("default", i)})}});
    }
    const std::int64_t now = world.now_ms();
    REQUIRE_FALSE(world.set_budgets(evb::Budgets{2, evb::kDefaultLogBytes, 3}));
    const evb::LogGroup& group = world.account().logs.groups.at("/g");
    CHECK(group.stored_events == 2);
    CHECK(group.dropped.entries == 3);
    CHECK(*group.dropped.since_ms == now);
    CHECK(world.account().activity.size() == 3);
    CHECK(world.account().activity_dropped.entries == 2);
    const evb::Json budgets = world.state()["budgets"];
    CHECK(budgets["logEventsPerGroup"] == 2);
    CHECK(budgets["droppedLogs"][0]["logGroupName"] == "/g");
    CHECK(budgets["droppedLogs"][0]["entries"] == 3);
    CHECK(budgets["droppedActivity"]["entries"] == 2);
    CHECK(budgets["droppedActivity"]["text"] ==
          "dropped 2 oldest activity entries to stay within the 3-entry budget");
}

TEST_CASE("budgets and drop counts survive save and load") {
    evb::World world;
    evb::test::make_bus_with_log_target(world, "default", "all", R"({"source":["Order Service"]})", "/g");
    REQUIRE_FALSE(world.set_budgets(evb::Budgets{1, 2048, 1}));
    for (int i = 0; i < 3; ++i)
        evb::test::ok_call(world, "events", "PutEvents",
                           {{"Entries", evb::Json::array({evb::test::order_entry("default", i)})}});
    const std::string saved = world.save();
    evb::World loaded;
    REQUIRE_FALSE(loaded.load(saved));
    CHECK(loaded.load_note().empty());
    CHECK(loaded.budgets() == evb::Budgets{1, 2048, 1});
    CHECK(loaded.account().logs.groups.at("/g").dropped.entries == 2);
    CHECK(loaded.account().logs.groups.at("/g").dropped.bytes ==
          world.account().logs.groups.at("/g").dropped.bytes);
    CHECK(loaded.account().activity_dropped.entries == 2);
    CHECK(loaded.account().logs.stored_bytes == world.account().logs.stored_bytes);
    CHECK(loaded.save() == saved);
}

TEST_CASE("a saved world with unusable budgets loads everything else, with the default budgets and a note") {
    evb::World world;
    evb::test::make_bus_with_log_target(world, "default", "all", R"({"source":["Order Service"]})", "/g");
    evb::test::ok_call(world, "events", "PutEvents",
                       {{"Entries", evb::Json::array({evb::test::order_entry("default")})}});
    evb::Json doc = *evb::parse_json(world.save());
    doc["budgets"]["logEventsPerGroup"] = -1;
    evb::World loaded;
    REQUIRE_FALSE(loaded.load(doc.dump()));
    CHECK(
        loaded.load_note() ==
        "The saved budgets were not usable (each budget must be a whole number); the default budgets apply.");
    CHECK(loaded.budgets() == evb::Budgets{});
    CHECK(loaded.account().logs.groups.at("/g").stored_events == 1);
    CHECK(evb::World::from_save(doc.dump()).world->load_note() == loaded.load_note());
}

TEST_CASE("a world saved before budgets keeps its cap on log events per group") {
    evb::World world;
    evb::Json doc = *evb::parse_json(world.save());
    doc.erase("budgets");
    doc["logs"]["maxEventsPerGroup"] = 500;
    evb::World loaded;
    REQUIRE_FALSE(loaded.load(doc.dump()));
    CHECK(loaded.budgets().log_events_per_group == 500);
    CHECK(loaded.budgets().log_bytes == evb::kDefaultLogBytes);
}
