// Tests for shell/src/interpreter/builtins.cpp and the redirections of shell.cpp: the workspace commands
// stop at the workspace's budget with an error instead of growing without end.
#include "evb/shell.hpp"

#include <doctest/doctest.h>

TEST_CASE("a cat doubling loop stops at the workspace's budget with File too large") {
    evb::World world;
    evb::Shell shell(world);
    REQUIRE(shell.workspace().write("f", std::string(1u << 20, 'x')));
    evb::ShellResult r;
    int rounds = 0;
    while (r.exit_code == 0 && rounds < 20) {
        r = shell.run("cat f f > g && cat g g > f");
        ++rounds;
    }
    CHECK(rounds < 20);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find(": File too large\n") != std::string::npos);
    CHECK(shell.workspace().bytes() <= evb::kMaxWorkspaceBytes);
}

TEST_CASE("cat stops when its output would pass the workspace's budget") {
    evb::World world;
    evb::Shell shell(world);
    REQUIRE(shell.workspace().write("f", std::string(40u << 20, 'x')));
    const evb::ShellResult r = shell.run("cat f f > g");
    CHECK(r.err.find("cat: output larger than the workspace's 64 MB limit\n") == 0);
}
