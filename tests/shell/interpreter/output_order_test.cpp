// Tests for shell/src/interpreter/output_order.cpp: a line of several commands shows its output and its
// errors in the order they were printed, as a terminal running bash shows them.
#include "evb/shell.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

using Runs = std::vector<std::pair<bool, std::string>>;

Runs runs_of(const evb::ShellResult& r) {
    Runs runs;
    for (const auto& [to_err, text] : evb::in_order(r))
        runs.emplace_back(to_err, std::string(text));
    return runs;
}

}  // namespace

TEST_CASE("a list's errors come between the outputs of the commands around them") {
    evb::World world;
    evb::Shell shell(world);
    evb::ShellResult r = shell.run("echo one; cat missing.txt; echo two");
    CHECK(r.out == "one\ntwo\n");
    CHECK(runs_of(r) ==
          Runs{{false, "one\n"}, {true, "cat: missing.txt: No such file or directory\n"}, {false, "two\n"}});
}

TEST_CASE("a loop's rounds keep their order of output and errors") {
    evb::World world;
    evb::Shell shell(world);
    evb::ShellResult r = shell.run(
        "for n in a b; do echo \"$n\"; aws events describe-event-bus --name \"bus-$n\" --query Name; done");
    Runs runs = runs_of(r);
    REQUIRE(runs.size() == 4);
    CHECK(runs[0] == std::pair<bool, std::string>{false, "a\n"});
    CHECK(runs[1].first);
    CHECK(runs[1].second.find("Event bus bus-a does not exist.") != std::string::npos);
    CHECK(runs[2] == std::pair<bool, std::string>{false, "b\n"});
    CHECK(runs[3].second.find("Event bus bus-b does not exist.") != std::string::npos);
}

TEST_CASE("a single command prints its output, then its errors, and a redirected output leaves only errors") {
    evb::World world;
    evb::Shell shell(world);
    CHECK(runs_of(shell.run("echo hi")) == Runs{{false, "hi\n"}});
    evb::ShellResult r = shell.run("echo kept > f.txt; cat nothing.txt; cat f.txt");
    CHECK(runs_of(r) == Runs{{true, "cat: nothing.txt: No such file or directory\n"}, {false, "kept\n"}});
    evb::ShellResult quiet = shell.run("echo gone > g.txt");
    CHECK(runs_of(quiet).empty());
}
