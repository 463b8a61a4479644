// Tests for shell/src/interpreter/text_commands.cpp: head, tail, wc and grep print what GNU coreutils and
// GNU grep print (recorded from Debian bookworm's, LANG=C) for the forms tutorials use.
#include "evb/shell.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

struct Recorded {
    const char* command;
    int exit_code;
    const char* out;
    const char* err;
};

// What bash -c COMMAND printed in a folder holding a.txt and b.txt (written below).
const Recorded kRecorded[] = {
    {"head -n 2 a.txt", 0, "alpha one\nBeta two\n", ""},
    {"head -2 a.txt", 0, "alpha one\nBeta two\n", ""},
    {"head -c 7 a.txt", 0, "alpha o", ""},
    {"head a.txt b.txt", 0,
     "==> a.txt <==\nalpha one\nBeta two\ngamma three\ndelta\n  epsilon  five six\nzeta\n==> b.txt "
     "<==\nx\ny\n",
     ""},
    {"tail -n 2 a.txt", 0, "  epsilon  five six\nzeta", ""},
    {"tail -n +3 a.txt", 0, "gamma three\ndelta\n  epsilon  five six\nzeta", ""},
    {"tail -c 5 a.txt", 0, "\nzeta", ""},
    {"tail -1 b.txt", 0, "y\n", ""},
    {"wc -l a.txt", 0, "5 a.txt\n", ""},
    {"wc a.txt", 0, " 5 11 61 a.txt\n", ""},
    {"wc a.txt b.txt", 0, " 5 11 61 a.txt\n 2  2  4 b.txt\n 7 13 65 total\n", ""},
    {"wc -w a.txt b.txt", 0, "11 a.txt\n 2 b.txt\n13 total\n", ""},
    {"grep -i beta a.txt", 0, "Beta two\n", ""},
    {"grep -v a a.txt", 0, "  epsilon  five six\n", ""},
    {"grep -c e a.txt", 0, "6\n", ""},
    {"grep -n 'ta' a.txt", 0, "2:Beta two\n4:delta\n6:zeta\n", ""},
    {"grep -o 'e[a-z]' a.txt", 0, "et\nee\nel\nep\net\n", ""},
    {"grep -E 'one|two' a.txt", 0, "alpha one\nBeta two\n", ""},
    {"grep -F '.' a.txt", 1, "", ""},
    {"grep x a.txt b.txt", 0, "a.txt:  epsilon  five six\nb.txt:x\n", ""},
    {"grep nothing a.txt", 1, "", ""},
    {"grep 'a\\|z' a.txt", 0, "alpha one\nBeta two\ngamma three\ndelta\nzeta\n", ""},
    {"grep 'e\\(ta\\)' a.txt", 0, "Beta two\nzeta\n", ""},
    {"cat a.txt | wc -l", 0, "5\n", ""},
    {"cat a.txt | wc", 0, "      5      11      61\n", ""},
    {"cat a.txt | head -n 1", 0, "alpha one\n", ""},
    {"cat a.txt | grep -c a", 0, "5\n", ""},
    {"head -n 1 missing.txt", 1, "",
     "head: cannot open 'missing.txt' for reading: No such file or directory\n"},
    {"wc missing.txt", 1, "", "wc: missing.txt: No such file or directory\n"},
    {"grep a missing.txt", 2, "", "grep: missing.txt: No such file or directory\n"},
    {"head -n x a.txt", 1, "", "head: invalid number of lines: 'x'\n"},
};

}  // namespace

TEST_CASE("head, tail, wc and grep print what GNU's tools print") {
    evb::World world;
    evb::Shell shell(world);
    shell.workspace().write("a.txt", "alpha one\nBeta two\ngamma three\ndelta\n  epsilon  five six\nzeta");
    shell.workspace().write("b.txt", "x\ny\n");
    for (const Recorded& r : kRecorded) {
        INFO("command: " << r.command);
        evb::ShellResult got = shell.run(r.command);
        CHECK(got.out == r.out);
        CHECK(got.err == r.err);
        CHECK(got.exit_code == r.exit_code);
    }
}

TEST_CASE("an option the filters do not have is refused by name") {
    evb::World world;
    evb::Shell shell(world);
    evb::ShellResult r = shell.run("echo a | grep -w a");
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind("grep: invalid option -- 'w'", 0) == 0);
    CHECK(shell.run("echo a | head -z").err.rfind("head: invalid option -- 'z'", 0) == 0);
}
