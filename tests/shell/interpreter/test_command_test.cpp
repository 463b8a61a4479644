// Tests for shell/src/interpreter/test_command.cpp: test and [ answer as bash's builtins do.
#include "../../../shell/src/interpreter/test_command.hpp"

#include <doctest/doctest.h>

using evb::cli::run_test;

namespace {

int status(std::vector<std::string> args, const evb::Workspace* workspace = nullptr) {
    auto result = run_test(args, workspace);
    REQUIRE(result);
    return result->exit_code;
}

}  // namespace

TEST_CASE("test compares strings and integers and checks emptiness") {
    CHECK(status({"[", "-z", "", "]"}) == 0);
    CHECK(status({"[", "-n", "", "]"}) == 1);
    CHECK(status({"[", "a", "=", "a", "]"}) == 0);
    CHECK(status({"[", "a", "==", "b", "]"}) == 1);
    CHECK(status({"[", "a", "!=", "b", "]"}) == 0);
    CHECK(status({"test", "10", "-gt", "9"}) == 0);
    CHECK(status({"test", "-3", "-lt", "+2"}) == 0);
    CHECK(status({"test", "2", "-le", "1"}) == 1);
    CHECK(status({"[", "x", "]"}) == 0);
    CHECK(status({"[", "", "]"}) == 1);
    CHECK(status({"[", "]"}) == 1);
    CHECK(status({"[", "!", "-z", "a", "]"}) == 0);
    CHECK(status({"[", "!", "a", "=", "a", "]"}) == 1);
}

TEST_CASE("test looks up files in the workspace") {
    evb::Workspace workspace;
    REQUIRE(workspace.write("f.txt", "x"));
    REQUIRE(workspace.write("empty.txt", ""));
    CHECK(status({"[", "-f", "f.txt", "]"}, &workspace) == 0);
    CHECK(status({"[", "-e", "nope", "]"}, &workspace) == 1);
    CHECK(status({"[", "-s", "empty.txt", "]"}, &workspace) == 1);
    CHECK(status({"[", "-d", "f.txt", "]"}, &workspace) == 1);
}

TEST_CASE("a malformed test exits 2 with bash's message") {
    CHECK(run_test({"[", "a", "=", "a"})->err == "evb: [: missing `]'\n");
    CHECK(run_test({"[", "1", "-eq", "x", "]"})->err == "evb: [: x: integer expression expected\n");
    CHECK(run_test({"test", "a", "b"})->err == "evb: test: a: unary operator expected\n");
    CHECK(run_test({"test", "a", "b", "c"})->err == "evb: test: b: binary operator expected\n");
    CHECK(run_test({"test", "a", "b", "c", "d", "e"})->exit_code == 2);
    CHECK_FALSE(run_test({"echo"}));
}
