#include "evb/events/cron.hpp"
#include "evb/common/time_format.hpp"

#include <doctest/doctest.h>

namespace {

// next parses fields and returns the next firing after an ISO time, as ISO.
std::string next(const char* fields, const char* after) {
    auto spec = evb::parse_cron(fields);
    REQUIRE(spec.has_value());
    auto t = evb::next_cron_time(*spec, *evb::parse_iso8601(after));
    REQUIRE(t.has_value());
    return evb::event_time(*t);
}

}  // namespace

TEST_CASE("cron fires at the next selected minute, strictly after the given time") {
    CHECK(next("0 12 * * ? *", "2020-08-16T09:09:11Z") == "2020-08-16T12:00:00Z");
    CHECK(next("0 12 * * ? *", "2020-08-16T12:00:00Z") == "2020-08-17T12:00:00Z");
    CHECK(next("*/15 * * * ? *", "2020-08-16T09:09:11Z") == "2020-08-16T09:15:00Z");
    CHECK(next("0/10 * * * ? *", "2020-08-16T09:59:00Z") == "2020-08-16T10:00:00Z");
}

TEST_CASE("cron understands weekday and month names, ranges and lists") {
    CHECK(next("0 18 ? * MON-FRI *", "2020-08-15T00:00:00Z") == "2020-08-17T18:00:00Z");
    CHECK(next("0 8 1 JAN,JUL ? *", "2020-08-16T00:00:00Z") == "2021-01-01T08:00:00Z");
    CHECK(next("15 10 ? * 6L 2022-2023", "2020-01-01T00:00:00Z") == "2022-01-28T10:15:00Z");
}

TEST_CASE("cron's L, W and # day forms") {
    CHECK(next("0 0 L * ? *", "2020-02-03T00:00:00Z") == "2020-02-29T00:00:00Z");
    CHECK(next("0 0 ? * 2#1 *", "2020-08-16T00:00:00Z") == "2020-09-07T00:00:00Z");
    CHECK(next("0 0 15W * ? *", "2020-08-01T00:00:00Z") == "2020-08-14T00:00:00Z");
    CHECK(next("0 0 LW * ? *", "2020-08-01T00:00:00Z") == "2020-08-31T00:00:00Z");
}

TEST_CASE("cron expressions AWS rejects are refused") {
    for (const char* bad : {"0 12 * * * *", "0 12 ? * ? *", "0 12 * *", "60 * * * ? *", "0 24 * * ? *",
                            "0 0 32 * ? *", "0 0 ? * 8 *", "0 0 * 13 ? *", "x 0 * * ? *", "0 0 * * ? 1969"}) {
        CAPTURE(bad);
        CHECK_FALSE(evb::parse_cron(bad).has_value());
    }
}

TEST_CASE("a cron whose years are over never fires again") {
    auto spec = evb::parse_cron("0 0 1 1 ? 2020");
    REQUIRE(spec.has_value());
    CHECK_FALSE(evb::next_cron_time(*spec, *evb::parse_iso8601("2021-01-01T00:00:00Z")).has_value());
}
