// Tests for shell/src/interpreter/clock_commands.cpp: sleep moves the world's virtual clock at once and
// date prints it as GNU date does in UTC.
#include "../../../shell/src/interpreter/clock_commands.hpp"

#include <doctest/doctest.h>

using evb::cli::format_date;
using evb::cli::run_clock_command;

namespace {

constexpr std::int64_t kStart = 1700000000000;  // Tue Nov 14 22:13:20 UTC 2023, the world's first moment

evb::ShellResult run(evb::World& world, std::vector<std::string> args) {
    auto result = run_clock_command(world, args);
    REQUIRE(result);
    return *result;
}

}  // namespace

TEST_CASE("sleep advances the virtual clock by the sum of its operands, with GNU's suffixes") {
    evb::World world;
    REQUIRE(world.now_ms() == kStart);
    CHECK(run(world, {"sleep", "5"}).exit_code == 0);
    CHECK(world.now_ms() == kStart + 5000);
    run(world, {"sleep", "1m", "0.5", "1h", "1d"});
    CHECK(world.now_ms() == kStart + 5000 + 60000 + 500 + 3600000 + 86400000);
}

TEST_CASE("sleep fires the scheduled rules that come due") {
    evb::World world;
    const auto call = [&](const char* service, const char* operation, const char* request) {
        const evb::ApiResult result = world.call(service, operation, evb::Json::parse(request));
        REQUIRE(result.ok());
        return result.body();
    };
    call("logs", "CreateLogGroup", R"J({"logGroupName":"/aws/events/ticks"})J");
    call("events", "PutRule", R"J({"Name":"tick","ScheduleExpression":"rate(1 minute)"})J");
    call(
        "events", "PutTargets",
        R"J({"Rule":"tick","Targets":[{"Id":"log","Arn":"arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/ticks"}]})J");
    run(world, {"sleep", "300"});
    CHECK(world.now_ms() == kStart + 300000);
    CHECK(call("logs", "FilterLogEvents", R"J({"logGroupName":"/aws/events/ticks"})J")["events"].size() == 5);
}

TEST_CASE("sleep refuses what GNU sleep refuses, with its messages") {
    evb::World world;
    CHECK(run(world, {"sleep"}).err == "sleep: missing operand\nTry 'sleep --help' for more information.\n");
    const auto bad = run(world, {"sleep", "soon"});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err == "sleep: invalid time interval 'soon'\nTry 'sleep --help' for more information.\n");
    CHECK(run(world, {"sleep", "-1"}).exit_code == 1);
    CHECK(world.now_ms() == kStart);
}

TEST_CASE("date prints the virtual time as GNU date does in UTC") {
    evb::World world;
    CHECK(run(world, {"date"}).out == "Tue Nov 14 22:13:20 UTC 2023\n");
    CHECK(run(world, {"date", "-u", "+%Y-%m-%dT%H:%M:%SZ"}).out == "2023-11-14T22:13:20Z\n");
    CHECK(run(world, {"date", "+%s"}).out == "1700000000\n");
    CHECK(run(world, {"date", "-Iseconds"}).out == "2023-11-14T22:13:20+00:00\n");
    CHECK(run(world, {"date", "-d", "+1 hour", "+%H:%M"}).out == "23:13\n");
    CHECK(run(world, {"date", "--date=2 days ago", "+%F"}).out == "2023-11-12\n");
    CHECK(run(world, {"date", "-d", "@0"}).out == "Thu Jan  1 00:00:00 UTC 1970\n");
    CHECK(run(world, {"date", "-d", "tomorrow"}).err.empty());
    CHECK(run(world, {"date", "-d", "someday"}).err == "date: invalid date 'someday'\n");
    CHECK(run(world, {"date", "-x"}).err ==
          "date: invalid option -- 'x'\nTry 'date --help' for more information.\n");
}

TEST_CASE("format_date prints each conversion and leaves unknown ones as typed") {
    CHECK(format_date(kStart + 123, "%a %A %b %B %e %j %u %w %y %I%p %N %z %:z %Z %%") ==
          "Tue Tuesday Nov November 14 318 2 2 23 10PM 123000000 +0000 +00:00 UTC %");
    CHECK(format_date(kStart, "%Q %") == "%Q %");
}

TEST_CASE("run_clock_command leaves other commands alone") {
    evb::World world;
    CHECK_FALSE(run_clock_command(world, {"echo", "x"}));
}
