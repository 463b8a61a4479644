// Tests for shell/src/jq/evaluate.cpp: paths, iteration, pipes, construction, comparisons, and/or/not and
// //, each against what the real jq 1.6 printed for the same filter and input.
#include "jq_cases.hpp"

using evb::jq::testing::check_cases;
using evb::jq::testing::JqCase;
using evb::jq::testing::kRules;

namespace {

const std::vector<JqCase> kForms = {
    {{"-r", ".Rules[0].Arn"}, kRules, "arn:1\n", "", 0},
    {{".Rules[0].Arn"}, kRules, "\"arn:1\"\n", "", 0},
    {{".Rules[1].Name"}, kRules, "\"b\"\n", "", 0},
    {{".a.b.c"}, "{\"a\":{\"b\":{\"c\":true}}}", "true\n", "", 0},
    {{".missing.deeper"}, "{}", "null\n", "", 0},
    {{".[0]"}, "[10,20,30]", "10\n", "", 0},
    {{".[-1]"}, "[10,20,30]", "30\n", "", 0},
    {{".[7]"}, "[10,20,30]", "null\n", "", 0},
    {{"-c", ".[1:]"}, "[10,20,30]", "[20,30]\n", "", 0},
    {{"-c", ".[:-1]"}, "[10,20,30]", "[10,20]\n", "", 0},
    {{".[1:3]"}, "\"hello\"", "\"el\"\n", "", 0},
    {{".[]"}, "[1,\"two\",null]", "1\n\"two\"\nnull\n", "", 0},
    {{".[]"}, "{\"a\":1,\"b\":2}", "1\n2\n", "", 0},
    {{"-r", ".Rules[].Name"}, kRules, "a\nb\n", "", 0},
    {{"-r", ".Rules[] | select(.State == \"ENABLED\") | .Name"}, kRules, "a\n", "", 0},
    {{".a?"}, "[1]", "", "", 0},
    {{".[]?"}, "3", "", "", 0},
    {{".a, .b"}, "{\"a\":1,\"b\":2}", "1\n2\n", "", 0},
    {{"-c", "[.Rules[].Name]"}, kRules, "[\"a\",\"b\"]\n", "", 0},
    {{"-c", "{name: .Rules[0].Name, \"arn\": .Rules[0].Arn, Entries}"},
     kRules,
     "{\"name\":\"a\",\"arn\":\"arn:1\",\"Entries\":[1,2,3]}\n",
     "",
     0},
    {{"-c", "{(.k): .v}"}, "{\"k\":\"x\",\"v\":1}", "{\"x\":1}\n", "", 0},
    {{"-c", "{a: (1,2)}"}, "null", "{\"a\":1}\n{\"a\":2}\n", "", 0},
    {{"-c", "[1 == 1, 1 != 1, 1 < 2, \"a\" <= \"b\", [] > {}, null >= false]"},
     "null",
     "[true,false,true,true,false,false]\n",
     "",
     0},
    {{"-c", "[(1,2) == (1,3)]"}, "null", "[true,false,false,false]\n", "", 0},
    {{"-c", "[true and false, true or false, (null | not), (1 | not)]"},
     "null",
     "[false,true,true,false]\n",
     "",
     0},
    {{".a // \"default\""}, "{\"a\":null}", "\"default\"\n", "", 0},
    {{".a // \"default\""}, "{\"a\":0}", "0\n", "", 0},
    {{"-c", "[.[] // \"x\"]"}, "[false,null]", "[\"x\"]\n", "", 0},
    {{"-c", "[1, \"s\", true, false, null, 2.5, -3]"}, "null", "[1,\"s\",true,false,null,2.5,-3]\n", "", 0},
};
const std::vector<JqCase> kRuntimeErrors = {
    {{".a"}, "[1]", "", "jq: error (at <stdin>:0): Cannot index array with string \"a\"\n", 5},
    {{".[0]"}, "\"abc\"", "", "jq: error (at <stdin>:0): Cannot index string with number\n", 5},
    {{".[]"}, "3", "", "jq: error (at <stdin>:0): Cannot iterate over number (3)\n", 5},
    {{".[] | .a"},
     "[{\"a\":1},2,{\"a\":3}]",
     "1\n",
     "jq: error (at <stdin>:0): Cannot index number with string \"a\"\n",
     5},
    {{".a"}, "[1]\n{\"a\":2}", "2\n", "jq: error (at <stdin>:1): Cannot index array with string \"a\"\n", 0},
    {{"keys"}, "1", "", "jq: error (at <stdin>:0): number (1) has no keys\n", 5},
    {{"length"}, "true", "", "jq: error (at <stdin>:0): boolean (true) has no length\n", 5},
    {{"has(\"a\")"}, "[1]", "", "jq: error (at <stdin>:0): Cannot check whether array has a string key\n", 5},
    {{"split(\",\")"}, "1", "", "jq: error (at <stdin>:0): split input and separator must be strings\n", 5},
    {{"ascii_downcase"}, "1", "", "jq: error (at <stdin>:0): explode input must be a string\n", 5},
    {{"sort"},
     "{\"a\":1}",
     "",
     "jq: error (at <stdin>:0): object ({\"a\":1}) cannot be sorted, as it is not an array\n",
     5},
    {{"add"},
     "[1,\"a\"]",
     "",
     "jq: error (at <stdin>:0): number (1) and string (\"a\") cannot be added\n",
     5},
    {{".[] | .x"},
     "{\"a\":1,\"bbbbbbbbbbbbbbb\":2}",
     "",
     "jq: error (at <stdin>:0): Cannot index number with string \"x\"\n",
     5},
    {{"sort"},
     "{\"aaaaaaaaaaaa\":1}",
     "",
     "jq: error (at <stdin>:0): object ({\"aaaaaaaaa...) cannot be sorted, as it is not an array\n",
     5},
    {{".[]"},
     "\"long string here\"",
     "",
     "jq: error (at <stdin>:0): Cannot iterate over string (\"long strin...)\n",
     5},
};

}  // namespace

TEST_CASE("jq paths, iteration, pipes and construction print what the real jq prints") {
    check_cases(kForms);
}

TEST_CASE("jq runtime errors name the value and the operation as the real jq does, exit 5") {
    check_cases(kRuntimeErrors);
}
