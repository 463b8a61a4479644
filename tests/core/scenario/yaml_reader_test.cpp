#include "evb/scenario/yaml_reader.hpp"

#include <doctest/doctest.h>

using evb::Json;

namespace {

// yaml reads a document that must parse, with tags kept as {"!Tag": value}.
Json yaml(std::string_view text) {
    auto tags = [](std::string_view tag, Json value, std::string&) {
        return Json{{"!" + std::string(tag), std::move(value)}};
    };
    evb::YamlResult r = evb::parse_yaml(text, tags);
    INFO(text);
    INFO(r.error);
    REQUIRE(r.value);
    return *r.value;
}

std::string yaml_error(std::string_view text) {
    evb::YamlResult r = evb::parse_yaml(text);
    INFO(text);
    REQUIRE_FALSE(r.value);
    return r.error;
}

}  // namespace

TEST_CASE("yaml block mappings and sequences nest by indentation") {
    const Json doc = yaml("a: 1\nb:\n  c: two\n  d:\n    - x\n    - y\ne: end\n");
    CHECK(doc == Json::parse(R"({"a":1,"b":{"c":"two","d":["x","y"]},"e":"end"})"));
}

TEST_CASE("yaml keeps mapping keys in document order") {
    const Json doc = yaml("zeta: 1\nalpha: 2\nmid: 3\n");
    std::vector<std::string> keys;
    for (const auto& [k, v] : doc.items())
        keys.push_back(k);
    CHECK(keys == std::vector<std::string>{"zeta", "alpha", "mid"});
}

TEST_CASE("yaml sequence entries may sit at the indentation of their key") {
    CHECK(yaml("list:\n- a\n- b\nnext: 1\n") == Json::parse(R"({"list":["a","b"],"next":1})"));
}

TEST_CASE("yaml compact mappings inside sequence entries") {
    const Json doc = yaml("Targets:\n  - Id: one\n    Arn: arn:aws:logs:x\n  - Id: two\n    Arn: b\n");
    CHECK(doc == Json::parse(R"({"Targets":[{"Id":"one","Arn":"arn:aws:logs:x"},{"Id":"two","Arn":"b"}]})"));
}

TEST_CASE("yaml nested sequences in compact form") {
    CHECK(yaml("- - a\n  - b\n- - c\n") == Json::parse(R"([["a","b"],["c"]])"));
}

TEST_CASE("yaml plain scalars take the core schema's types") {
    const Json doc =
        yaml("n: ~\nt: true\nf: False\ni: -42\nx: 0x1F\nd: 2.5\ne: 1e3\ns: 2010-09-09\nv: '123'\n");
    CHECK(doc["n"].is_null());
    CHECK(doc["t"] == true);
    CHECK(doc["f"] == false);
    CHECK(doc["i"] == -42);
    CHECK(doc["x"] == 31);
    CHECK(doc["d"] == 2.5);
    CHECK(doc["e"] == 1000.0);
    CHECK(doc["s"] == "2010-09-09");
    CHECK(doc["v"] == "123");
}

TEST_CASE("yaml plain scalars keep colons and hashes that are not indicators") {
    const Json doc = yaml("arn: arn:aws:events:us-east-1:123:rule/x\nurl: a#b\nfn::name: ok # comment\n");
    CHECK(doc["arn"] == "arn:aws:events:us-east-1:123:rule/x");
    CHECK(doc["url"] == "a#b");
    CHECK(doc["fn::name"] == "ok");
}

TEST_CASE("yaml quoted scalars: escapes, doubled single quotes, unicode") {
    const Json doc = yaml("a: \"tab\\tnew\\nquote\\\" \\u00e9 \\U0001F600\"\nb: 'it''s # not a comment'\n");
    CHECK(doc["a"] == "tab\tnew\nquote\" \xC3\xA9 \xF0\x9F\x98\x80");
    CHECK(doc["b"] == "it's # not a comment");
}

TEST_CASE("yaml quoted scalars fold line breaks") {
    CHECK(yaml("a: \"one\n  two\n\n  three\"\n")["a"] == "one two\nthree");
    CHECK(yaml("a: 'x\n   y'\n")["a"] == "x y");
}

TEST_CASE("yaml plain scalars continue on deeper lines") {
    CHECK(yaml("Description: a long\n  description here\nNext: 1\n")["Description"] ==
          "a long description here");
}

TEST_CASE("yaml literal block scalars keep lines, chomping strips, clips or keeps") {
    CHECK(yaml("a: |\n  line 1\n    indented\n  line 3\nb: 1\n")["a"] == "line 1\n  indented\nline 3\n");
    CHECK(yaml("a: |-\n  x\n  y\n\nb: 1\n")["a"] == "x\ny");
    CHECK(yaml("a: |+\n  x\n\n\nb: 1\n")["a"] == "x\n\n\n");
    CHECK(yaml("a: |2\n    x\n  y\n")["a"] == "  x\ny\n");
}

TEST_CASE("yaml folded block scalars join lines with spaces and keep blank lines") {
    CHECK(yaml("a: >\n  one\n  two\n\n  three\n")["a"] == "one two\nthree\n");
    CHECK(yaml("a: >-\n  one\n    more\n  two\n")["a"] == "one\n  more\ntwo");
}

TEST_CASE("yaml flow collections, JSON included") {
    const Json doc = yaml("a: [1, two, \"three\", {k: v}]\nb: {\"x\": [true, null], y: 'z'}\nc: []\nd: {}\n");
    CHECK(doc ==
          Json::parse(R"({"a":[1,"two","three",{"k":"v"}],"b":{"x":[true,null],"y":"z"},"c":[],"d":{}})"));
    CHECK(yaml(R"({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}})")["Resources"] ==
          Json::object());
}

TEST_CASE("yaml flow collections may span lines and hold comments") {
    CHECK(yaml("a: [\n  1, # one\n  2,\n]\n")["a"] == Json::array({1, 2}));
}

TEST_CASE("yaml comments, document markers and blank lines are ignored") {
    CHECK(yaml("# header\n---\n\na: 1 # trailing\n# between\nb: 2\n...\n") ==
          Json::parse(R"({"a":1,"b":2})"));
}

TEST_CASE("yaml tags reach the callback: scalars, flow and block values") {
    const Json doc = yaml(
        "r: !Ref Bus\ng: !GetAtt [A, Arn]\nj: !Join\n  - ','\n  - [a, b]\ns: !Sub |\n  x-${AWS::Region}\n");
    CHECK(doc["r"] == Json::parse(R"({"!Ref":"Bus"})"));
    CHECK(doc["g"] == Json::parse(R"({"!GetAtt":["A","Arn"]})"));
    CHECK(doc["j"] == Json::parse(R"({"!Join":[",",["a","b"]]})"));
    CHECK(doc["s"] == Json::parse(R"({"!Sub":"x-${AWS::Region}\n"})"));
}

TEST_CASE("yaml !!str makes any scalar a string") {
    CHECK(yaml("a: !!str 123\n")["a"] == "123");
}

TEST_CASE("yaml empty values and empty documents are null") {
    CHECK(yaml("a:\nb: 1\n")["a"].is_null());
    CHECK(yaml("").is_null());
    CHECK(yaml("# only a comment\n").is_null());
}

TEST_CASE("yaml windows line ends read like unix ones") {
    CHECK(yaml("a: 1\r\nb:\r\n  - x\r\n") == Json::parse(R"({"a":1,"b":["x"]})"));
}

TEST_CASE("yaml refusals name the line and column") {
    CHECK(yaml_error("a: 1\na: 2\n") == "line 2, column 1: duplicate mapping key \"a\"");
    CHECK(yaml_error("a: &anchor 1\n").find("anchors and aliases are not supported") != std::string::npos);
    CHECK(yaml_error("a: *alias\n").find("anchors and aliases") != std::string::npos);
    CHECK(yaml_error("a: 1\n  b: 2\n") == "line 2, column 3: bad indentation of a mapping entry");
    CHECK(yaml_error("a: b: c\n").find("quote it") != std::string::npos);
    CHECK(yaml_error("a: \"open\n").find("unterminated double-quoted string") != std::string::npos);
    CHECK(yaml_error("a: [1, 2\n").find("line 2") != std::string::npos);
    CHECK(yaml_error("a: 1\n---\nb: 2\n").find("only one YAML document") != std::string::npos);
    CHECK(yaml_error("a:\n\t- b\n").find("tab characters") != std::string::npos);
    CHECK(yaml_error("a: !Ref x\n").find("tags such as !Ref are not supported") != std::string::npos);
    CHECK(yaml_error("? complex\n: key\n").find("complex mapping keys") != std::string::npos);
}

TEST_CASE("yaml bounds nesting depth instead of exhausting the stack") {
    std::string deep(5000, '[');
    CHECK(yaml_error(deep).find("nests too deeply") != std::string::npos);
    std::string block;
    for (int i = 0; i < 400; ++i)
        block += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
    CHECK(yaml_error(block).find("nests too deeply") != std::string::npos);
}

TEST_CASE("yaml never throws on hostile input") {
    for (std::string_view text : {"\"\\", "'", "[", "{a", "a: |", "- - - -", ":", "? ", "!", "a: !",
                                  "\"\\uD800\"", "\xEF\xBB\xBF", "key: >9\n"}) {
        CAPTURE(text);
        CHECK_NOTHROW(evb::parse_yaml(text));
    }
}

TEST_CASE("yaml binary scalars keep their base64 text, as the AWS CLI's yaml-input skeleton writes blobs") {
    CHECK(yaml("ZipFile: !!binary 'aGk='\nEmpty: !!binary ''\n") ==
          Json::parse(R"({"ZipFile":"aGk=","Empty":""})"));
}

TEST_CASE("yaml bounds chains of tags, in block and in flow, instead of exhausting the stack") {
    auto tags = [](std::string_view, Json value, std::string&) { return value; };
    std::string chain;
    for (int i = 0; i < 29093; ++i)
        chain += "!Base64 ";
    evb::YamlResult block = evb::parse_yaml("a: " + chain + "x\n", tags);
    CHECK_FALSE(block.value);
    CHECK(block.error.find("nests too deeply") != std::string::npos);
    evb::YamlResult flow = evb::parse_yaml("a: [" + chain + "x]\n", tags);
    CHECK_FALSE(flow.value);
    CHECK(flow.error.find("nests too deeply") != std::string::npos);
    CHECK(evb::parse_yaml("a: !Base64 !Base64 x\n", tags).value == Json{{"a", "x"}});
}

TEST_CASE("yaml refuses a NUL byte, and so UTF-16 text, instead of looping forever") {
    using namespace std::string_literals;
    CHECK(yaml_error("a: 1\nb: \0\n"s) ==
          "line 2, column 4: a NUL byte is not allowed in YAML (UTF-16 text? save it as UTF-8)");
    CHECK(yaml_error("\0"s).find("a NUL byte is not allowed") != std::string::npos);
    const std::string utf16 =
        "\xFF\xFE"
        "a\0:\0 \0"
        "1\0\n\0"s;
    CHECK(yaml_error(utf16).find("a NUL byte is not allowed") != std::string::npos);
}
