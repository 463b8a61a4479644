// Tests for shell/src/interpreter/budgets_command.cpp: the budgets command shows and sets the world's
// budgets, and BudgetWatch tells once per store when its oldest entries start being dropped.
#include "evb/shell.hpp"

#include <doctest/doctest.h>

namespace {

// put_log_lines writes n one-character messages into /g.
void put_log_lines(evb::Shell& shell, int n) {
    shell.run("aws logs create-log-group --log-group-name /g");
    shell.run("aws logs create-log-stream --log-group-name /g --log-stream-name s");
    for (int i = 0; i < n; ++i)
        shell.run("aws logs put-log-events --log-group-name /g --log-stream-name s --log-events timestamp=" +
                  std::to_string(1700000000000 + i) + ",message=m");
}

}  // namespace

TEST_CASE("budgets prints the default budgets and that nothing was dropped") {
    evb::World world;
    evb::Shell shell(world);
    const evb::ShellResult r = shell.run("budgets");
    CHECK(r.exit_code == 0);
    CHECK(r.out ==
          "log events per group  10,000\n"
          "log bytes in all      33,554,432 (32 MB; 0 bytes stored)\n"
          "activity entries      100\n"
          "nothing dropped\n");
}

TEST_CASE("budgets sets the budgets and lists what lowering them dropped") {
    evb::World world;
    evb::Shell shell(world);
    put_log_lines(shell, 3);
    const evb::ShellResult r = shell.run("budgets --log-events-per-group 1 --activity-entries 5");
    CHECK(r.exit_code == 0);
    CHECK(world.budgets().log_events_per_group == 1);
    CHECK(world.budgets().activity_entries == 5);
    CHECK(r.out.find("dropped 2 oldest events (2 bytes) from /g to stay within the budgets (1 events per "
                     "group, 32 MB of logs in all), since 2023-11-14T22:13:20+00:00\n") != std::string::npos);
}

TEST_CASE("budgets refuses unknown options, missing numbers and values out of bounds") {
    evb::World world;
    evb::Shell shell(world);
    CHECK(shell.run("budgets --queue 3").exit_code == 2);
    CHECK(shell.run("budgets --log-bytes").exit_code == 2);
    CHECK(shell.run("budgets --log-bytes lots").exit_code == 2);
    const evb::ShellResult r = shell.run("budgets --log-bytes 10");
    CHECK(r.exit_code == 2);
    CHECK(r.err == "budgets: logBytes must be between 1024 and 1073741824, not 10\n");
    CHECK(world.budgets() == evb::Budgets{});
}

TEST_CASE("a read-only world's budgets cannot change from the shell") {
    evb::World world;
    world.set_read_only(true);
    evb::Shell shell(world);
    CHECK(shell.run("budgets --activity-entries 5").exit_code == 1);
    CHECK(world.budgets() == evb::Budgets{});
}

TEST_CASE("BudgetWatch tells once per store when the budgets start dropping") {
    evb::World world;
    evb::Shell shell(world);
    evb::BudgetWatch watch;
    shell.run("budgets --log-events-per-group 2");
    put_log_lines(shell, 2);
    CHECK(watch.notes(world).empty());
    put_log_lines(shell, 1);
    CHECK(
        watch.notes(world) ==
        "evb: dropped 1 oldest event (1 byte) from /g to stay within the budgets (2 events per group, 32 MB "
        "of logs in all); the oldest go first from now on (`budgets` shows and changes the budgets)\n");
    put_log_lines(shell, 1);
    CHECK(watch.notes(world).empty());
}
