// Tests for shell/src/jq/jq.cpp: the jq command's options, input stream, output format, exit codes and
// bounds, and the command through evb::Shell.
#include "jq_cases.hpp"

#include "evb/shell.hpp"

using evb::jq::testing::check_cases;
using evb::jq::testing::JqCase;
using evb::jq::testing::kRules;

namespace {

const std::vector<JqCase> kFormatting = {
    {{"."},
     "{\"a\":1.5,\"b\":[],\"c\":{},\"d\":[1,{\"e\":null}],\"s\":\"x\"}",
     "{\n  \"a\": 1.5,\n  \"b\": [],\n  \"c\": {},\n  \"d\": [\n    1,\n    {\n      \"e\": null\n    }\n  "
     "],\n  \"s\": \"x\"\n}\n",
     "",
     0},
    {{"-c", "."},
     "{\"a\":1.5,\"b\":[],\"c\":{},\"d\":[1,{\"e\":null}],\"s\":\"x\"}",
     "{\"a\":1.5,\"b\":[],\"c\":{},\"d\":[1,{\"e\":null}],\"s\":\"x\"}\n",
     "",
     0},
    {{".a"}, "{\"a\":12345678901234567890}", "12345678901234567000\n", "", 0},
    {{"-c", "."}, "[1.0,100,0.1,-0.5,1e3,1e17]", "[1,100,0.1,-0.5,1000,1e+17]\n", "", 0},
    {{"-c", "."},
     "[0.00001,0.0001,123456.789,1e-7,1.5e300,1000000,1e15,1e16,1.5e16,-0.0001]",
     "[1e-05,0.0001,123456.789,1e-07,1.5e+300,1000000,1000000000000000,1e+16,15000000000000000,-0.0001]\n",
     "",
     0},
    {{"-rc", ".[]"}, "[[1,{\"a\":\"s\"}]]", "[1,{\"a\":\"s\"}]\n", "", 0},
    {{"."}, "{\"a\":[]}\n[{}]", "{\n  \"a\": []\n}\n[\n  {}\n]\n", "", 0},
    {{"--raw-output", "--compact-output", ".a"}, "{\"a\":{\"b\":\"c\"}}", "{\"b\":\"c\"}\n", "", 0},
};

const std::vector<JqCase> kOptionsAndStreams = {
    {{"-e", ".a"}, "{\"a\":1}", "1\n", "", 0},
    {{"-e", ".a"}, "{\"a\":false}", "false\n", "", 1},
    {{"-e", ".a"}, "{\"a\":null}", "null\n", "", 1},
    {{"-e", "empty"}, "1", "", "", 4},
    {{"-e", ".[]"}, "[null,1]", "null\n1\n", "", 0},
    {{"-n", "-c", "[1,2]"}, "", "[1,2]\n", "", 0},
    {{"-n", "."}, "", "null\n", "", 0},
    {{"."}, "1 2\n\"three\"", "1\n2\n\"three\"\n", "", 0},
    {{"-c", "."}, "{\"a\":\n1} [2]", "{\"a\":1}\n[2]\n", "", 0},
};

// Not recorded from the real jq: jq 1.6 exits 4 after a parse error of its input (jq 1.7 and this shell: 2).
const std::vector<JqCase> kInputErrors = {
    {{"."}, "xx\n", "", "parse error: Invalid numeric literal at line 2, column 0\n", 2},
    {{"-c", "."}, "1 xx 2\n", "1\n", "parse error: Invalid numeric literal at line 1, column 5\n", 2},
    {{"."}, "{\"a\":1\n", "", "parse error: Unfinished JSON term at EOF at line 2, column 0\n", 2},
    {{"."}, "\"abc\n", "", "parse error: Unfinished string at EOF at line 2, column 0\n", 2},
    {{"-c", "."}, "{\"a\":1}}\n", "{\"a\":1}\n", "parse error: Unmatched '}' at line 1, column 8\n", 2},
};

// doubling_filter doubles its input sixty times over: far past any work budget.
std::string doubling_filter() {
    std::string filter = ".";
    for (int i = 0; i < 60; ++i)
        filter += " | [., .]";
    return filter;
}

}  // namespace

TEST_CASE("jq prints values as the real jq 1.6 does: two-space indent, compact, numbers") {
    check_cases(kFormatting);
}

TEST_CASE("jq options -r -c -e -n and a stream of inputs behave as the real jq") {
    check_cases(kOptionsAndStreams);
}

TEST_CASE("jq reports input that is not JSON with jq's parse error and exits 2") {
    check_cases(kInputErrors);
}

TEST_CASE("jq reports a syntax error as jq does and exits 3") {
    const auto r = evb::jq::testing::run({".a |"}, "1");
    CHECK(r.out.empty());
    CHECK(r.err ==
          "jq: error: syntax error, unexpected $end (Unix shell quoting issues?) at <top-level>, line 1:\n.a "
          "|\n"
          "jq: 1 compile error\n");
    CHECK(r.exit_code == 3);
}

TEST_CASE("jq refuses an unknown function by name and exits 3") {
    const auto r = evb::jq::testing::run({"foo(1)"}, "1");
    CHECK(r.err.rfind("jq: error: foo/1 is not defined at <top-level>, line 1:\nfoo(1)\n", 0) == 0);
    CHECK(r.exit_code == 3);
}

TEST_CASE("jq refuses forms outside its subset by name instead of guessing") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {".a + 1", "arithmetic (`+`)"}, {".[] as $x | $x", "`as $variable`"},
        {"..", "`..` (recurse)"},       {"if . then 1 else 2 end", "`if`"},
        {"@csv", "`@formats`"},         {".a |= 1", "assignment"},
        {"def f: .; f", "`def`"},
    };
    for (const auto& [filter, named] : cases) {
        CAPTURE(filter);
        const auto r = evb::jq::testing::run({filter}, "{}");
        CHECK(r.out.empty());
        CHECK(r.err.find("jq: error: " + named + " is not supported by this shell's jq") == 0);
        CHECK(r.exit_code == 3);
    }
}

TEST_CASE("jq refuses an unknown option as jq does and exits 2") {
    const auto r = evb::jq::testing::run({"-x", "."}, "1");
    CHECK(r.err.rfind("jq: Unknown option -x\n", 0) == 0);
    CHECK(r.exit_code == 2);
}

TEST_CASE("jq without a filter prints its usage and exits 2") {
    const auto r = evb::jq::testing::run({}, "1");
    CHECK(r.err.rfind("Usage:", 0) == 0);
    CHECK(r.exit_code == 2);
}

TEST_CASE("jq refuses a filter nested deeper than its bound instead of overflowing the stack") {
    const auto r = evb::jq::testing::run({std::string(100000, '[') + std::string(100000, ']')}, "1");
    CHECK(r.err.find("filter nested too deeply") != std::string::npos);
    CHECK(r.exit_code == 3);
}

TEST_CASE("jq stops a filter whose output doubles at every step with an error") {
    const std::string filter = doubling_filter();
    const auto r = evb::jq::testing::run({"-c", filter}, "\"abcdefgh\"");
    CHECK(r.out.empty());
    CHECK(r.err.find("jq: error (at <stdin>:0): filter does too much work") == 0);
    CHECK(r.exit_code == 5);
}

TEST_CASE("jq stops a filter that nests values deeper than JSON's bound") {
    std::string filter = ".";
    for (int i = 0; i < 150; ++i)
        filter += " | [[[[[[[.]]]]]]]";
    const auto r = evb::jq::testing::run({"-c", filter}, "1");
    CHECK(r.err.find("value nests deeper than 1000 levels") != std::string::npos);
    CHECK(r.exit_code == 5);
}

TEST_CASE("jq's work limit is not hidden by ?") {
    const std::string filter = doubling_filter();
    const auto r = evb::jq::testing::run({"(" + filter + ")?"}, "1");
    CHECK(r.err.find("filter does too much work") != std::string::npos);
    CHECK(r.exit_code == 5);
}

TEST_CASE("jq reads a FILE operand from the workspace through the shell") {
    evb::World world;
    evb::Shell shell(world);
    REQUIRE(shell.run("echo '{\"Rule\":{\"Arn\":\"arn:x\"}}' > rule.json").exit_code == 0);
    auto r = shell.run("jq -r '.Rule.Arn' rule.json");
    CHECK(r.out == "arn:x\n");
    CHECK(r.exit_code == 0);
    r = shell.run("jq . missing.json");
    CHECK(r.err == "jq: error: Could not open missing.json: No such file or directory\n");
    CHECK(r.exit_code == 2);
}

TEST_CASE("aws events list-rules piped into jq -r prints each rule's name") {
    evb::World world;
    evb::Shell shell(world);
    REQUIRE(shell.run("aws events put-rule --name first --schedule-expression 'rate(5 minutes)'").exit_code ==
            0);
    REQUIRE(
        shell.run("aws events put-rule --name second --event-pattern '{\"source\":[\"x\"]}' --state DISABLED")
            .exit_code == 0);
    auto r = shell.run("aws events list-rules | jq -r '.Rules[].Name'");
    CHECK(r.out == "first\nsecond\n");
    CHECK(r.exit_code == 0);
    r = shell.run("aws events list-rules | jq -r '.Rules[] | select(.State == \"ENABLED\") | .Name'");
    CHECK(r.out == "first\n");
    r = shell.run("aws events list-rules | jq '.Rules | length'");
    CHECK(r.out == "2\n");
    r = shell.run("RULE_ARN=$(aws events describe-rule --name first | jq -r .Arn) && echo \"$RULE_ARN\"");
    CHECK(r.out == "arn:aws:events:us-east-1:123456789012:rule/first\n");
}
