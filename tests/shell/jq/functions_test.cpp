// Tests for shell/src/jq/functions.cpp: the builtins of the subset, each against what the real jq 1.6
// printed.
#include "jq_cases.hpp"

using evb::jq::testing::check_cases;
using evb::jq::testing::JqCase;
using evb::jq::testing::kRules;

namespace {

const std::vector<JqCase> kBuiltins = {
    {{"\"v=\\(.a) n=\\(.b)\""}, "{\"a\":\"x\",\"b\":[1]}", "\"v=x n=[1]\"\n", "", 0},
    {{"length"}, "[1,2,3]", "3\n", "", 0},
    {{".Entries | length"}, kRules, "3\n", "", 0},
    {{"-c", "[length]"}, "\"héllo\"", "[5]\n", "", 0},
    {{"-c", "map(length)"}, "[null,{\"a\":1},-4]", "[0,1,4]\n", "", 0},
    {{"-c", "keys"}, "{\"b\":1,\"a\":2}", "[\"a\",\"b\"]\n", "", 0},
    {{"-c", "keys"}, "[5,6]", "[0,1]\n", "", 0},
    {{"-c", "has(\"a\"), has(\"z\")"}, "{\"a\":null}", "true\nfalse\n", "", 0},
    {{"-c", "to_entries"},
     "{\"a\":1,\"b\":[2]}",
     "[{\"key\":\"a\",\"value\":1},{\"key\":\"b\",\"value\":[2]}]\n",
     "",
     0},
    {{"first, last"}, "[1,2,3]", "1\n3\n", "", 0},
    {{"first(.[])"}, "[4,5]", "4\n", "", 0},
    {{"-c", "[.[] | tostring]"}, "[1,\"a\",{\"b\":null}]", "[\"1\",\"a\",\"{\\\"b\\\":null}\"]\n", "", 0},
    {{"-c", "[.[] | tonumber]"}, "[\"42\",\"1.5\",7]", "[42,1.5,7]\n", "", 0},
    {{"ascii_downcase"}, "\"MiXeD\"", "\"mixed\"\n", "", 0},
    {{"join(\", \")"}, "[\"a\",\"b\",\"c\"]", "\"a, b, c\"\n", "", 0},
    {{"join(\"-\")"}, "[1,null,\"a\",true]", "\"1--a-true\"\n", "", 0},
    {{"-c", "split(\",\")"}, "\"a,b,,c\"", "[\"a\",\"b\",\"\",\"c\"]\n", "", 0},
    {{"-c", "[.[] | type]"},
     "[null,true,1,\"s\",[],{}]",
     "[\"null\",\"boolean\",\"number\",\"string\",\"array\",\"object\"]\n",
     "",
     0},
    {{"-c", "[.[] | empty]"}, "[1,2]", "[]\n", "", 0},
    {{"-c", "[add, (map(tostring) | add)]"}, "[1,2,3]", "[6,\"123\"]\n", "", 0},
    {{"-c", "add"}, "[[1],[2,3]]", "[1,2,3]\n", "", 0},
    {{"-c", "add"}, "[]", "null\n", "", 0},
    {{"-c", "sort"},
     "[3,\"a\",null,[1],true,{\"a\":1},false,1]",
     "[null,false,true,1,3,\"a\",[1],{\"a\":1}]\n",
     "",
     0},
    {{"-c", "sort_by(.n)"},
     "[{\"n\":2,\"i\":0},{\"n\":1,\"i\":1},{\"n\":2,\"i\":2}]",
     "[{\"n\":1,\"i\":1},{\"n\":2,\"i\":0},{\"n\":2,\"i\":2}]\n",
     "",
     0},
    {{"-c", "map(select(. > 1))"}, "[1,2,3]", "[2,3]\n", "", 0},
    {{"-c", ".[] | {a}"}, "[{\"a\":1,\"b\":2}]", "{\"a\":1}\n", "", 0},
    {{".Functions[].FunctionName"},
     "{\"Functions\":[{\"FunctionName\":\"f1\"},{\"FunctionName\":\"f2\"}]}",
     "\"f1\"\n\"f2\"\n",
     "",
     0},
    {{"-c", ".[0]"}, "[[1,2],3]", "[1,2]\n", "", 0},
};

}  // namespace

TEST_CASE("jq builtins print what the real jq prints") {
    check_cases(kBuiltins);
}
