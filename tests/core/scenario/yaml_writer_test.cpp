#include "evb/scenario/yaml_writer.hpp"
#include "evb/scenario/yaml_reader.hpp"
#include "evb/scenario/yaml_scalar.hpp"

#include <doctest/doctest.h>

using evb::Json;

namespace {

// read_back parses what the writer wrote.
Json read_back(const std::string& text) {
    evb::YamlResult r = evb::parse_yaml(text);
    INFO(text);
    INFO(r.error);
    REQUIRE(r.value);
    return *r.value;
}

}  // namespace

TEST_CASE("yaml writer uses block style with two-space indentation and compact sequence mappings") {
    const Json doc = Json::parse(R"({"a":1,"b":{"c":["x",{"d":true,"e":null}]},"f":[],"g":{}})");
    CHECK(evb::write_yaml(doc) ==
          "a: 1\n"
          "b:\n"
          "  c:\n"
          "    - x\n"
          "    - d: true\n"
          "      e: null\n"
          "f: []\n"
          "g: {}\n");
}

TEST_CASE("yaml writer quotes strings that would not read back as the same string") {
    CHECK(evb::write_yaml(Json{{"a", "123"}}) == "a: \"123\"\n");
    CHECK(evb::write_yaml(Json{{"a", "true"}}) == "a: \"true\"\n");
    CHECK(evb::write_yaml(Json{{"a", "yes"}}) == "a: \"yes\"\n");
    CHECK(evb::write_yaml(Json{{"a", ""}}) == "a: \"\"\n");
    CHECK(evb::write_yaml(Json{{"a", "- x"}}) == "a: \"- x\"\n");
    CHECK(evb::write_yaml(Json{{"a", "k: v"}}) == "a: \"k: v\"\n");
    CHECK(evb::write_yaml(Json{{"a", "x #y"}}) == "a: \"x #y\"\n");
    CHECK(evb::write_yaml(Json{{"a", "arn:aws:events:us-east-1:1:rule/x"}}) ==
          "a: arn:aws:events:us-east-1:1:rule/x\n");
    CHECK(evb::write_yaml(Json{{"2010", "Order Service"}}) == "\"2010\": Order Service\n");
}

TEST_CASE("yaml writer writes multi-line strings as literal blocks with the right chomping") {
    CHECK(evb::write_yaml(Json{{"t", "a\nb"}}) == "t: |-\n  a\n  b\n");
    CHECK(evb::write_yaml(Json{{"t", "a\n\nb\n"}}) == "t: |\n  a\n\n  b\n");
    CHECK(evb::write_yaml(Json{{"t", "a\n\n"}}) == "t: |+\n  a\n\n");
    CHECK(evb::write_yaml(Json{{"t", " lead\nx"}}) == "t: \" lead\\nx\"\n");
}

TEST_CASE("yaml writer short forms print a tag before the value") {
    auto short_form = [](const Json& o) -> std::optional<evb::YamlShortForm> {
        if (o.size() == 1 && o.contains("Ref")) return evb::YamlShortForm{"Ref", o.at("Ref")};
        if (o.size() == 1 && o.contains("List")) return evb::YamlShortForm{"List", o.at("List")};
        return std::nullopt;
    };
    CHECK(evb::write_yaml(Json{{"a", {{"Ref", "Bus"}}}, {"b", {{"List", {1, "x"}}}}}, short_form) ==
          "a: !Ref Bus\nb: !List [1,\"x\"]\n");
    CHECK(evb::write_yaml(Json{{"a", {{"Ref", "line 1\n  line 2"}}}}, short_form) ==
          "a: !Ref |-\n  line 1\n    line 2\n");
}

TEST_CASE("yaml writer output reads back equal for awkward values") {
    const Json doc = Json::parse(R"({
        "plain": "Order Service", "number-like": "1e5", "dash": "-", "colon": "a:b", "quote": "it's \"x\"",
        "unicode": "caf\u00e9 \u2603", "control": "bell\u0007", "tab": "a\tb", "lines": "one\ntwo\n\nthree",
        "trailing space": "x ", "spaces\nin key": 1, "empty": "", "float": 2.5, "big": 12345678901234,
        "negative": -3, "list": [[1, 2], [], {}, [{"k": "v"}]], "pattern": {"detail": {"price": [{"numeric": [">", 100]}]}},
        "template": "{\"price\": <price>}\n", "tilde": "~", "null-word": "null", "hash": "#x"})");
    CHECK(read_back(evb::write_yaml(doc)) == doc);
}

TEST_CASE("yaml scalar typing agrees between reader and writer") {
    for (const char* s :
         {"0", "-1", "+1", ".5", "1.", "1e3", "0x10", "0o7", "null", "Null", "~", "TRUE", "false"}) {
        CAPTURE(s);
        CHECK_FALSE(evb::resolve_plain_scalar(s).is_string());
        CHECK(evb::yaml_needs_quotes(s));
    }
    CHECK(evb::resolve_plain_scalar("2010-09-09") == "2010-09-09");
    CHECK(evb::yaml_needs_quotes("2010-09-09"));
    for (const char* s : {"abc", "a b", "arn:aws:x", "1.2.3", "x-1"}) {
        CAPTURE(s);
        CHECK(evb::resolve_plain_scalar(s) == s);
        CHECK_FALSE(evb::yaml_needs_quotes(s));
    }
}
