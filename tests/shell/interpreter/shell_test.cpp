// Tests for shell/src/interpreter/shell.cpp over a read-only world: whatever the command line looks like
// (no `aws`, after ; && || or in a pipe, the request in --cli-input-json), a change is refused by the
// world's dispatch and the world is left as it was; reads, put-events and the workspace still work.
#include "evb/shell.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

struct ReadOnlyShell {
    ReadOnlyShell() : shell(world) {
        REQUIRE(shell.run("aws events create-event-bus --name orders").exit_code == 0);
        world.set_read_only(true);
        before = world.save();
    }

    evb::World world;
    evb::Shell shell;
    std::string before;
};

}  // namespace

TEST_CASE("a read-only world refuses changes however the command line is written") {
    ReadOnlyShell s;
    for (const char* line :
         {"aws events create-event-bus --name x", "events create-event-bus --name x",
          "aws events list-rules; aws events create-event-bus --name y",
          "aws events list-rules && events create-event-bus --name y",
          "aws events describe-event-bus --name nope || aws events create-event-bus --name y",
          "echo x | aws events create-event-bus --name y",
          "aws events list-rules | events create-event-bus --name y",
          R"(aws events create-event-bus --cli-input-json '{"Name":"z"}')",
          R"(aws events put-rule --cli-input-json '{"Name":"r","EventPattern":"{\"source\":[\"a\"]}"}')",
          "  aws   logs create-log-group --log-group-name g",
          "iam create-role --role-name r "
          "--assume-role-policy-document '{}'",
          "aws events delete-event-bus --name orders"}) {
        CAPTURE(line);
        const evb::ShellResult result = s.shell.run(line);
        CHECK(result.exit_code != 0);
        CHECK(result.err.find("read-only") != std::string::npos);
        CHECK(s.world.save() == s.before);
    }
}

TEST_CASE("a read-only world still reads, sends events and uses the workspace") {
    ReadOnlyShell s;
    CHECK(s.shell.run("aws events list-event-buses --query 'EventBuses[].Name' --output text").out ==
          "default\torders\n");
    const evb::ShellResult sent = s.shell.run(
        R"(events put-events --entries '[{"Source":"a","DetailType":"b","Detail":"{}","EventBusName":"orders"}]')");
    CHECK(sent.exit_code == 0);
    CHECK(s.shell.run("echo hello > note.txt && cat note.txt").out == "hello\n");
}
