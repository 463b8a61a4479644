// Tests for evb/pattern/compiled_pattern.hpp.
#include <doctest/doctest.h>

#include "evb/pattern/compiled_pattern.hpp"

TEST_CASE("compiled patterns share one id per distinct path across branches") {
    const evb::ParsedPattern parsed =
        evb::parse_pattern(R"({"s": ["x"], "$or": [{"a": [1]}, {"a": [2], "b": [{"exists": false}]}]})");
    REQUIRE_FALSE(parsed.error);
    const evb::CompiledPattern compiled = evb::compile_branches(parsed.branches);
    CHECK(compiled.paths == std::vector<std::string>{"s", "a", "b"});
    REQUIRE(compiled.branches.size() == 2);
    CHECK(compiled.branches[0].tests[1].path == compiled.branches[1].tests[1].path);
    CHECK_FALSE(compiled.branches[1].tests[1].allows_absent);
    CHECK(compiled.branches[1].tests[2].allows_absent);
    REQUIRE(compiled.index.find("b"));
    CHECK(compiled.index.find("b")->id == 2);
}
