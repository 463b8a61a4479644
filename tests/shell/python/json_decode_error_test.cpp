// Tests for shell/src/python/json_decode_error.cpp: the messages of Python's json.loads (the AWS CLI's
// reader of JSON parameters), recorded from Debian bookworm's python3 (3.11) for each text.
#include "../../../shell/src/python/json_decode_error.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace {

// What python3 -c 'import json; json.loads(TEXT)' raised for each text (nothing: it read it).
const std::vector<std::pair<std::string, std::optional<std::string>>> kRecorded = {
    {"", "Expecting value: line 1 column 1 (char 0)"},
    {" ", "Expecting value: line 1 column 2 (char 1)"},
    {"[{", "Expecting property name enclosed in double quotes: line 1 column 3 (char 2)"},
    {"{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"},
    {"{\"a\"", "Expecting ':' delimiter: line 1 column 5 (char 4)"},
    {"{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)"},
    {"{\"a\":", "Expecting value: line 1 column 6 (char 5)"},
    {"{\"a\":}", "Expecting value: line 1 column 6 (char 5)"},
    {"{\"a\":1", "Expecting ',' delimiter: line 1 column 7 (char 6)"},
    {"{\"a\":1 \"b\":2}", "Expecting ',' delimiter: line 1 column 8 (char 7)"},
    {"{\"a\":1,}", "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"},
    {"[1,]", "Expecting value: line 1 column 4 (char 3)"},
    {"[1 2]", "Expecting ',' delimiter: line 1 column 4 (char 3)"},
    {"[", "Expecting value: line 1 column 2 (char 1)"},
    {"]", "Expecting value: line 1 column 1 (char 0)"},
    {"[1.]", "Expecting ',' delimiter: line 1 column 3 (char 2)"},
    {"[01]", "Expecting ',' delimiter: line 1 column 3 (char 2)"},
    {"01", "Extra data: line 1 column 2 (char 1)"},
    {"1 2", "Extra data: line 1 column 3 (char 2)"},
    {"{\"a\":tru}", "Expecting value: line 1 column 6 (char 5)"},
    {"\"abc", "Unterminated string starting at: line 1 column 1 (char 0)"},
    {"\"a\\qb\"", "Invalid \\escape: line 1 column 3 (char 2)"},
    {"\"a\\u12\"", "Invalid \\uXXXX escape: line 1 column 4 (char 3)"},
    {"\"a\\u12G4\"", "Invalid \\uXXXX escape: line 1 column 4 (char 3)"},
    {"\"a\tb\"", "Invalid control character at: line 1 column 3 (char 2)"},
    {"[{\"Id\": }]", "Expecting value: line 1 column 9 (char 8)"},
    {"{\"é\": x}", "Expecting value: line 1 column 7 (char 6)"},
    {"[\n  {\"Id\": \"a\"},\n  {\"Id\" \"b\"}\n]", "Expecting ':' delimiter: line 3 column 9 (char 25)"},
    {"[-]", "Expecting value: line 1 column 2 (char 1)"},
    {"[1e]", "Expecting ',' delimiter: line 1 column 3 (char 2)"},
    {"[1e+]", "Expecting ',' delimiter: line 1 column 3 (char 2)"},
    {"{\"a\":1}}", "Extra data: line 1 column 8 (char 7)"},
    {"[{\"Id\":\"1\", \"Arn\":\"x\"}", "Expecting ',' delimiter: line 1 column 23 (char 22)"},
    {"nul", "Expecting value: line 1 column 1 (char 0)"},
    {"\"\\", "Unterminated string starting at: line 1 column 1 (char 0)"},
    {"{\"a\"\n:\n2,\n3}", "Expecting property name enclosed in double quotes: line 4 column 1 (char 10)"},
    {"{\"a\":[1,2,{\"b\":\"日本\"}, x]}", "Expecting value: line 1 column 23 (char 22)"},
    {"[1.5e3, -0, 2E-2, \"\\u00e9\\n\"]", std::nullopt},
    {"[NaN, Infinity, -Infinity]", std::nullopt},
    {"{\"a\": [true, false, null]}", std::nullopt},
};

}  // namespace

TEST_CASE("json.loads's error messages, positions in code points, for every kind of mistake") {
    for (const auto& [text, message] : kRecorded) {
        INFO("text: " << text);
        CHECK(evb::cli::python_json_error(text) == message);
    }
}

TEST_CASE("nesting past the limit is reported instead of recursing without end") {
    const std::string deep(100000, '[');
    CHECK(evb::cli::python_json_error(deep, 900)->rfind("maximum recursion depth exceeded", 0) == 0);
}
