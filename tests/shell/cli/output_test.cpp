// Tests for shell/src/cli/output_*.cpp: the AWS CLI's json, text, table and yaml formats.
#include "../../../shell/src/cli/output.hpp"
#include "../../../shell/src/python/python_format.hpp"

#include <doctest/doctest.h>

using evb::Json;

TEST_CASE("json output indents four spaces and skips an empty response") {
    CHECK(evb::cli::format_json(Json::parse(R"({"a":[],"b":{"c":1}})")) ==
          "{\n    \"a\": [],\n    \"b\": {\n        \"c\": 1\n    }\n}\n");
    CHECK(evb::cli::format_json(Json::object()).empty());
    CHECK(evb::cli::format_json(Json()) == "null\n");
    CHECK(evb::cli::format_json(Json("x")) == "\"x\"\n");
}

TEST_CASE("text output prints scalars of a dict on one line, keys sorted, nested lists after") {
    Json r = Json::parse(R"({"EventBuses":[{"Name":"default","Arn":"arn:1"},{"Name":"b","Arn":"arn:2"}]})");
    CHECK(evb::cli::format_text(r) == "EVENTBUSES\tarn:1\tdefault\nEVENTBUSES\tarn:2\tb\n");
}

TEST_CASE("text output prints a bare scalar and a scalar list") {
    CHECK(evb::cli::format_text(Json("U1RBUlQ=")) == "U1RBUlQ=\n");
    CHECK(evb::cli::format_text(Json::parse(R"(["a","b"])")) == "a\tb\n");
    CHECK(evb::cli::format_text(Json()) == "None\n");
    CHECK(evb::cli::format_text(Json::parse(R"({"RuleNames":["a","b"]})")) == "RULENAMES\ta\nRULENAMES\tb\n");
}

TEST_CASE("text output uses Python's spelling of booleans and nulls and leaves a missing key's field empty") {
    Json r = Json::parse(R"({"Items":[{"A":true,"B":null},{"A":false}]})");
    CHECK(evb::cli::format_text(r) == "ITEMS\tTrue\tNone\nITEMS\tFalse\t\n");
    Json entries = Json::parse(R"({"Entries":[{"EventId":"e1"},{"ErrorCode":"X","ErrorMessage":"m"}]})");
    CHECK(evb::cli::format_text(entries) == "ENTRIES\t\t\te1\nENTRIES\tX\tm\t\n");
}

TEST_CASE("table output matches the AWS CLI's layout") {
    Json r = Json::parse(R"({"RuleArn":"arn:aws:events:us-east-1:123456789012:rule/r"})");
    CHECK(evb::cli::format_table("PutRule", r) ==
          "-------------------------------------------------------------\n"
          "|                          PutRule                          |\n"
          "+---------+-------------------------------------------------+\n"
          "|  RuleArn|  arn:aws:events:us-east-1:123456789012:rule/r   |\n"
          "+---------+-------------------------------------------------+\n");
}

TEST_CASE("table output nests sections for lists of dicts") {
    Json r = Json::parse(
        R"({"EventBuses":[{"Name":"default","Arn":"arn:aws:events:us-east-1:123456789012:event-bus/default"}]})");
    CHECK(evb::cli::format_table("ListEventBuses", r) ==
          "--------------------------------------------------------------------------\n"
          "|                             ListEventBuses                             |\n"
          "+------------------------------------------------------------------------+\n"
          "||                              EventBuses                              ||\n"
          "|+-----------------------------------------------------------+----------+|\n"
          "||                            Arn                            |  Name    ||\n"
          "|+-----------------------------------------------------------+----------+|\n"
          "||  arn:aws:events:us-east-1:123456789012:event-bus/default  |  default ||\n"
          "|+-----------------------------------------------------------+----------+|\n");
}

TEST_CASE("table output of an empty response prints nothing") {
    CHECK(evb::cli::format_table("X", Json::object()).empty());
}

TEST_CASE("yaml output is block style with keys sorted as ruamel.yaml sorts them") {
    Json r = Json::parse(R"({"EventBuses":[{"Name":"default","Arn":"arn:a"}],"Empty":[],"b":{},"Z":1})");
    CHECK(evb::cli::format_yaml(r) == "Empty: []\nEventBuses:\n- Arn: arn:a\n  Name: default\nZ: 1\nb: {}\n");
}

TEST_CASE("yaml output quotes strings that YAML would read as another type") {
    Json r =
        Json::parse(R"(["2012-10-17","012","0x1F","NULL","~","true","1e3",".5","1_000","=","<<","","x"])");
    CHECK(evb::cli::format_yaml(r) ==
          "- '2012-10-17'\n- '012'\n- '0x1F'\n- 'NULL'\n- '~'\n- 'true'\n- '1e3'\n"
          "- '.5'\n- '1_000'\n- '='\n- '<<'\n- ''\n- x\n");
}

TEST_CASE("yaml output leaves plain what YAML 1.2 reads as a string, as the CLI does") {
    CHECK(evb::cli::format_yaml(Json::parse(R"(["yes","on","Off","1:20","-a",":a","?a","1,000"])")) ==
          "- yes\n- on\n- Off\n- 1:20\n- -a\n- :a\n- ?a\n- 1,000\n");
}

TEST_CASE("yaml output quotes indicators, edge spaces and breaks, and escapes control characters") {
    CHECK(evb::cli::format_yaml(Json::parse(R"(["abc:","a: b","a #b","#a","- a"," x","x ","it's"])")) ==
          "- 'abc:'\n- 'a: b'\n- 'a #b'\n- '#a'\n- '- a'\n- ' x'\n- 'x '\n- it's\n");
    CHECK(evb::cli::format_yaml(
              Json::parse(R"(["a\rb","a\u0001b","a\tb","\u007f","\ufeffx","\ud83d\ude00"])")) ==
          R"(- "a\rb"
- "a\x01b"
- "a\tb"
- "\x7F"
- "\uFEFFx"
- "\U0001F600"
)");
    CHECK(evb::cli::format_yaml(Json::parse(R"({"K":"a\nb","'q'":"x"})")) == "'''q''': x\nK: 'a\n\n  b'\n");
}

TEST_CASE("yaml output folds long text at a space past column 80") {
    std::string words;
    for (int i = 0; i < 12; ++i)
        words += "long words ";
    CHECK(evb::cli::format_yaml(Json::object({{"D", words}})) ==
          "D: 'long words long words long words long words long words long words long words long\n"
          "  words long words long words long words long words '\n");
}

TEST_CASE("yaml output nests lists as dashes on one line and prints empty collections in flow style") {
    Json r = Json::parse(R"([[1,[2,3]],[],[{}],[{"b":1,"a":[true,null,1.5]}]])");
    CHECK(evb::cli::format_yaml(r) ==
          "- - 1\n  - - 2\n    - 3\n- []\n- - {}\n- - a:\n    - true\n    - null\n    - 1.5\n    b: 1\n");
}

TEST_CASE("yaml output prints a top-level scalar as JSON and an empty response as nothing") {
    CHECK(evb::cli::format_yaml(Json("yes")) == "\"yes\"\n");
    CHECK(evb::cli::format_yaml(Json(1.0)) == "1.0\n");
    CHECK(evb::cli::format_yaml(Json()) == "null\n");
    CHECK(evb::cli::format_yaml(Json::object()).empty());
    CHECK(evb::cli::format_yaml(Json::array()) == "[]\n");
}

TEST_CASE("yaml output writes a key longer than 128 bytes or holding a break as an explicit key") {
    std::string key(129, 'k');
    CHECK(evb::cli::format_yaml(Json::object({{key, 1}})) == "? " + key + "\n: 1\n");
    CHECK(evb::cli::format_yaml(Json::object({{"a\nb", 1}})) == "? 'a\n\n  b'\n: 1\n");
}

TEST_CASE("python str renders floats and containers like Python") {
    CHECK(evb::cli::python_str(Json(1.0)) == "1.0");
    CHECK(evb::cli::python_str(Json(1056.12)) == "1056.12");
    CHECK(evb::cli::python_str(Json(1e20)) == "1e+20");
    CHECK(evb::cli::python_str(Json::parse(R"({"a":[1,"x",null]})")) == "{'a': [1, 'x', None]}");
    CHECK(evb::cli::python_repr(Json("it's")) == "\"it's\"");
}

TEST_CASE("display width counts wide, fullwidth and ambiguous characters twice, as the CLI's table") {
    CHECK(evb::cli::display_width("abc") == 3);
    CHECK(evb::cli::display_width("\xe6\x97\xa5\xe6\x9c\xac") == 4);  // wide: two CJK ideographs
    CHECK(evb::cli::display_width("\xef\xbc\xa1") == 2);              // fullwidth A
    CHECK(evb::cli::display_width("\xd0\xb7\xc2\xb0\xe2\x86\x92") ==
          6);                                                 // ambiguous: Cyrillic ze, degree, arrow
    CHECK(evb::cli::display_width("caf\xc3\xa9") == 5);       // ambiguous too: e with acute
    CHECK(evb::cli::display_width("\xc3\xa7x") == 2);         // neutral: c with cedilla
    CHECK(evb::cli::display_width("\xf0\x9f\x98\x80") == 2);  // wide: an emoji
}

TEST_CASE("table output pads cells by their display width") {
    Json r = Json::parse(R"({"Items":[{"Name":"\u6ce8\u6587"},{"Name":"caf\u00e9"}]})");
    CHECK(evb::cli::format_table("T", r) ==
          "-------------\n|     T     |\n+-----------+\n||  Items  ||\n|+---------+|\n||  Name   ||\n"
          "|+---------+|\n||  \xe6\xb3\xa8\xe6\x96\x87   ||\n||  caf\xc3\xa9  ||\n|+---------+|\n");
}

TEST_CASE("table output refuses rows of different lengths as the CLI does") {
    std::string error;
    CHECK(evb::cli::format_table("T", Json::parse("[[1, 2], 3]"), 80, &error).empty());
    CHECK(error == "Row should have 2 elements, instead it has 1");
}
