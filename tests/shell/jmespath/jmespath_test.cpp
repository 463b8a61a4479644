// Tests for shell/src/jmespath/: the JMESPath the AWS CLI's --query takes.
#include "../../../shell/src/jmespath/jmespath.hpp"

#include <doctest/doctest.h>

using evb::Json;
using evb::cli::JmesPath;

namespace {

const Json kData = Json::parse(R"({
  "Rules": [
    {"Name": "a", "State": "ENABLED", "Targets": [{"Id": "1"}, {"Id": "2"}], "Size": 3},
    {"Name": "b", "State": "DISABLED", "Targets": [{"Id": "3"}], "Size": 1},
    {"Name": "c", "State": "ENABLED", "Targets": [], "Size": 2}
  ],
  "LogResult": "U1RBUlQ=",
  "nested": {"x": {"y": 1}, "z": {"y": 2}},
  "weird key": true
})");

std::string q(const std::string& expression, const Json& data = kData) {
    JmesPath path = JmesPath::compile(expression);
    REQUIRE_MESSAGE(path.ok(), path.error());
    std::string error;
    Json result = path.search(data, &error);
    if (!error.empty()) return "error: " + error;
    return result.dump();
}

}  // namespace

TEST_CASE("jmespath field access and sub-expressions") {
    CHECK(q("LogResult") == R"("U1RBUlQ=")");
    CHECK(q("nested.x.y") == "1");
    CHECK(q("missing.x") == "null");
    CHECK(q("\"weird key\"") == "true");
}

TEST_CASE("jmespath indexes and slices") {
    CHECK(q("Rules[0].Name") == R"("a")");
    CHECK(q("Rules[-1].Name") == R"("c")");
    CHECK(q("Rules[5]") == "null");
    CHECK(q("Rules[0:2].Name") == R"(["a","b"])");
    CHECK(q("Rules[::-1].Name") == R"(["c","b","a"])");
    CHECK(q("Rules[1:].Size") == "[1,2]");
}

TEST_CASE("jmespath projections, flatten and value projections") {
    CHECK(q("Rules[*].Name") == R"(["a","b","c"])");
    CHECK(q("Rules[].Targets[].Id") == R"(["1","2","3"])");
    CHECK(q("Rules[*].Targets[*].Id") == R"([["1","2"],["3"],[]])");
    CHECK(q("nested.*.y") == "[1,2]");
}

TEST_CASE("jmespath filters with comparisons and boolean operators") {
    CHECK(q("Rules[?State=='ENABLED'].Name") == R"(["a","c"])");
    CHECK(q("Rules[?Size > `1`].Name") == R"(["a","c"])");
    CHECK(q("Rules[?State=='ENABLED' && Size < `3`].Name") == R"(["c"])");
    CHECK(q("Rules[?!(State=='ENABLED')].Name") == R"(["b"])");
    CHECK(q("Rules[?State==`\"DISABLED\"`] | [0].Name") == R"("b")");
}

TEST_CASE("jmespath multiselect lists and hashes") {
    CHECK(q("Rules[*].[Name, State]") == R"([["a","ENABLED"],["b","DISABLED"],["c","ENABLED"]])");
    CHECK(q("Rules[0].{N: Name, S: Size}") == R"({"N":"a","S":3})");
}

TEST_CASE("jmespath pipes stop projections") {
    CHECK(q("Rules[*].Name | [0]") == R"("a")");
    CHECK(q("Rules[*].Name[0]") == "[]");
}

TEST_CASE("jmespath functions") {
    CHECK(q("length(Rules)") == "3");
    CHECK(q("length(Rules[?State=='ENABLED'])") == "2");
    CHECK(q("sort_by(Rules, &Size)[*].Name") == R"(["b","c","a"])");
    CHECK(q("max_by(Rules, &Size).Name") == R"("a")");
    CHECK(q("sum(Rules[*].Size)") == "6");
    CHECK(q("join(', ', Rules[*].Name)") == R"("a, b, c")");
    CHECK(q("contains(Rules[*].Name, 'b')") == "true");
    CHECK(q("starts_with(LogResult, 'U1')") == "true");
    CHECK(q("keys(nested)") == R"(["x","z"])");
    CHECK(q("to_string(`1`)") == R"("1")");
    CHECK(q("not_null(missing, LogResult)") == R"("U1RBUlQ=")");
    CHECK(q("type(Rules)") == R"("array")");
    CHECK(q("reverse(sort(Rules[*].Name))") == R"(["c","b","a"])");
}

TEST_CASE("jmespath type errors use jmespath.py's wording") {
    CHECK(q("length(`1`)") ==
          "error: In function length(), invalid type for value: 1, expected one of: "
          "['string', 'array', 'object'], received: \"number\"");
    CHECK(q("nope(`1`)") == "error: Unknown function: nope()");
}

TEST_CASE("jmespath parse errors point at the column") {
    JmesPath p = JmesPath::compile("Rules[");
    CHECK_FALSE(p.ok());
    CHECK(p.error() == "Invalid jmespath expression: Incomplete expression:\n\"Rules[\"\n       ^");
    JmesPath p2 = JmesPath::compile("a b");
    CHECK(p2.error() ==
          "Unexpected token: b: Parse error at column 2, token \"b\" (UNQUOTED_IDENTIFIER), for "
          "expression:\n\"a b\"\n   ^");
}

TEST_CASE("jmespath parse errors use jmespath.py's reasons and wording") {
    CHECK(JmesPath::compile("Rules[?Name==]").error() ==
          "invalid token: Parse error at column 13, token \"]\" (RBRACKET), for expression:\n"
          "\"Rules[?Name==]\"\n              ^");
    CHECK(JmesPath::compile("a[1:2:3:4]").error().rfind("syntax error: Parse error at column 7", 0) == 0);
    CHECK(JmesPath::compile("a.").error() ==
          "Expecting: ['quoted_identifier', 'unquoted_identifier', 'lbracket', 'lbrace'], got: eof: Parse "
          "error at "
          "column 2, token \"\" (EOF), for expression:\n\"a.\"\n   ^");
    CHECK(JmesPath::compile("{1: a}").error().rfind(
              "Expecting: ['quoted_identifier', 'unquoted_identifier'], got: number", 0) == 0);
    CHECK(JmesPath::compile("a.\"b\"(@)").error() ==
          "Quoted identifier not allowed for function names.: Parse error at column 0, token \"(\" (LPAREN), "
          "for "
          "expression:\n\"a.\"b\"(@)\"\n ^");
}

TEST_CASE("jmespath lexer errors are worded as jmespath.py's LexerError") {
    CHECK(JmesPath::compile("'abc").error() == "Bad jmespath expression: Unclosed ' delimiter:\n'abc\n^");
    CHECK(JmesPath::compile("a[-]").error() == "Bad jmespath expression: Unknown token '-':\na[-]\n  ^");
    CHECK(JmesPath::compile("a^").error() == "Bad jmespath expression: Unknown token ^:\na^\n ^");
}

TEST_CASE("jmespath literals and raw strings") {
    CHECK(q("`{\"a\": [1, 2]}`.a[1]") == "2");
    CHECK(q(R"('it\'s')") == R"("it's")");
    CHECK(q("@.LogResult") == R"("U1RBUlQ=")");
}

TEST_CASE("jmespath refuses chains that would build a tree deeper than 200 levels") {
    std::string flattens, fields = "a";
    for (int i = 0; i < 11000; ++i)
        flattens += "[]";
    for (int i = 0; i < 5000; ++i)
        fields += ".a";
    for (const std::string& expression : {flattens, fields, "[" + flattens + "]"}) {
        JmesPath path = JmesPath::compile(expression);
        CHECK_FALSE(path.ok());
        CHECK(path.error().rfind("Expression nested too deeply", 0) == 0);
    }
    CHECK(JmesPath::compile("a[][][].b.c").ok());
}

TEST_CASE("jmespath reads a literal nested past the JSON limit as a string, never as a deep value") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CHECK(q("`" + deep + "`") == "\"" + deep + "\"");
}

TEST_CASE("jmespath stops a result that multiplies at every pipe with an error") {
    std::string expression = "Rules";
    for (int i = 0; i < 30; ++i)
        expression += " | [@, @, @, @]";
    const std::string error = q(expression);
    CHECK(error.rfind("error: The query's result is larger than the playground allows (", 0) == 0);
    CHECK(error.find(" values and characters, 4 times its input and more).") != std::string::npos);
    CHECK(q("Rules[0].Name | [@, @] | [@, @]") == R"([["a","a"],["a","a"]])");
}
