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

TEST_CASE("text output uses Python's spelling of booleans and nulls and fills missing keys with None") {
    Json r = Json::parse(R"({"Items":[{"A":true,"B":null},{"A":false}]})");
    CHECK(evb::cli::format_text(r) == "ITEMS\tTrue\tNone\nITEMS\tFalse\tNone\n");
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

TEST_CASE("yaml output is block style in response order") {
    Json r = Json::parse(R"({"EventBuses":[{"Name":"default","Arn":"arn:a"}],"Empty":[]})");
    CHECK(evb::cli::format_yaml(r) == "EventBuses:\n- Name: default\n  Arn: arn:a\nEmpty: []\n");
}

TEST_CASE("python str renders floats and containers like Python") {
    CHECK(evb::cli::python_str(Json(1.0)) == "1.0");
    CHECK(evb::cli::python_str(Json(1056.12)) == "1056.12");
    CHECK(evb::cli::python_str(Json(1e20)) == "1e+20");
    CHECK(evb::cli::python_str(Json::parse(R"({"a":[1,"x",null]})")) == "{'a': [1, 'x', None]}");
    CHECK(evb::cli::python_repr(Json("it's")) == "\"it's\"");
}

TEST_CASE("display width counts wide characters twice") {
    CHECK(evb::cli::display_width("abc") == 3);
    CHECK(evb::cli::display_width("\xe6\x97\xa5\xe6\x9c\xac") == 4);
}
