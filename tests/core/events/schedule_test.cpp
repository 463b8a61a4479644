#include "evb/events/schedule.hpp"

#include <doctest/doctest.h>

TEST_CASE("rate expressions use the singular unit for 1 and the plural otherwise") {
    CHECK(evb::parse_schedule("rate(1 minute)")->period_ms == 60000);
    CHECK(evb::parse_schedule("rate(5 minutes)")->period_ms == 300000);
    CHECK(evb::parse_schedule("rate(2 hours)")->period_ms == 7200000);
    CHECK(evb::parse_schedule("rate(1 day)")->period_ms == 86400000);
    for (const char* bad : {"rate(1 minutes)", "rate(5 minute)", "rate(0 minutes)", "rate(-1 minutes)",
                            "rate(5 weeks)", "rate(5minutes)", "rate 5 minutes", "cron()", ""}) {
        CAPTURE(bad);
        CHECK_FALSE(evb::parse_schedule(bad).has_value());
    }
}

TEST_CASE("a rate fires one period after its anchor and every period after") {
    const auto s = *evb::parse_schedule("rate(5 minutes)");
    CHECK(evb::next_fire_time(s, 0, 0) == 300000);
    CHECK(evb::next_fire_time(s, 0, 300000) == 600000);
    CHECK(evb::next_fire_time(s, 0, 299999) == 300000);
    CHECK(evb::next_fire_time(s, 1000, 0) == 301000);
}

TEST_CASE("a cron schedule fires at its cron times") {
    const auto s = *evb::parse_schedule("cron(0 * * * ? *)");
    CHECK(evb::next_fire_time(s, 0, 1) == 3600000);
}
