// Tests for evb/pattern/pattern_parser.hpp: structure, $or expansion and structural validation messages.
#include <doctest/doctest.h>

#include "evb/pattern/pattern_parser.hpp"

#include <string>

namespace {

// reason returns the first line of the error for a pattern, or "" when it parses.
std::string reason(std::string_view text) {
    const evb::ParsedPattern parsed = evb::parse_pattern(text);
    if (!parsed.error) return "";
    return parsed.error->substr(0, parsed.error->find('\n'));
}

std::string full_reason(std::string_view text) {
    return evb::parse_pattern(text).error.value_or("");
}

std::vector<std::string> branch_paths(const evb::PatternBranch& branch) {
    std::vector<std::string> paths;
    for (const auto& field : branch)
        paths.push_back(field.path);
    return paths;
}

}  // namespace

TEST_CASE("pattern parser joins nested objects into dotted paths") {
    const auto parsed = evb::parse_pattern(R"({"detail": {"state": {"status": ["running"]}, "a.b": [1]}})");
    REQUIRE(parsed.branches.size() == 1);
    CHECK(branch_paths(parsed.branches[0]) == std::vector<std::string>{"detail.state.status", "detail.a.b"});
}

TEST_CASE("pattern parser keeps the last of duplicate keys") {
    const auto parsed = evb::parse_pattern(R"({"a": ["x"], "a": [{"prefix": "y"}]})");
    REQUIRE(parsed.branches.size() == 1);
    REQUIRE(parsed.branches[0].size() == 1);
    CHECK((*parsed.branches[0][0].matchers)[0].kind == evb::MatchKind::kPrefix);
}

TEST_CASE("pattern parser expands $or into branches sharing the fields around it") {
    const auto parsed = evb::parse_pattern(
        R"({"source": ["s"], "$or": [{"a": [1]}, {"b": [2], "$or": [{"c": [3]}, {"d": [4]}]}], "z": [0]})");
    REQUIRE(parsed.branches.size() == 3);
    CHECK(branch_paths(parsed.branches[0]) == std::vector<std::string>{"source", "a", "z"});
    CHECK(branch_paths(parsed.branches[1]) == std::vector<std::string>{"source", "b", "c", "z"});
    CHECK(branch_paths(parsed.branches[2]) == std::vector<std::string>{"source", "b", "d", "z"});
}

TEST_CASE("pattern parser expands $or inside nested objects under their path") {
    const auto parsed = evb::parse_pattern(R"({"detail": {"$or": [{"a": [1]}, {"b": [2]}]}})");
    REQUIRE(parsed.branches.size() == 2);
    CHECK(parsed.branches[1][0].path == "detail.b");
}

TEST_CASE("pattern parser ignores content after the root object, as AWS's parser does") {
    CHECK(reason(R"({"a": ["b"]} trailing)") == "");
}

TEST_CASE("pattern parser rejects what is not a non-empty object of arrays") {
    CHECK(reason(R"(["not", "a", "dict"])") == "Filter is not an object");
    CHECK(reason(R"("text")") == "Filter is not an object");
    CHECK(reason("") == "Filter is not an object");
    CHECK(reason(R"({"int": 42})") == "\"int\" must be an object or an array");
    CHECK(reason(R"({"n": null})") == "\"n\" must be an object or an array");
    CHECK(reason("{}") == "Empty objects are not allowed");
    CHECK(reason(R"({"a": {}})") == "Empty objects are not allowed");
    CHECK(reason(R"({"a": []})") == "Empty arrays are not allowed");
    CHECK(reason(R"({"a": [[1]]})") == "Match value must be String, number, true, false, or null");
}

TEST_CASE("pattern parser validates $or") {
    CHECK(reason(R"({"$or": {"a": [1]}})") == "It must be an Array followed with $or.");
    CHECK(reason(R"({"$or": [{"a": [1]}, [{"b": [2]}]]})") ==
          "Only JSON object is allowed in array of $or relationship.");
    CHECK(reason(R"({"$or": [{"a": [1]}]})") == "There must have at least 2 Objects in $or relationship.");
    CHECK(reason(R"({"$or": [{"prefix": [1]}, {"b": [2]}]})") ==
          "prefix is Ruler reserved fieldName which cannot be used inside $or.");
}

TEST_CASE("pattern parser limits the alternatives $or expands into") {
    std::string pattern = "{";
    for (int i = 0; i < 10; ++i) {
        pattern += std::string(i ? ", " : "") + "\"f" + std::to_string(i) +
                   "\": {\"$or\": [{\"a\": [1]}, {\"b\": [2]}]}";
    }
    pattern += "}";
    CHECK(reason(pattern) == "The $or combinations expand to more than 1000 alternatives");
}

TEST_CASE("pattern parser rejects wildcards that are too complex, without a location") {
    CHECK(full_reason(R"({"EventBusArn": [{"wildcard": "*:*:*:*:*:event-bus/*"}]})") ==
          std::string(evb::kTooComplexMessage));
}

TEST_CASE("pattern parser reports invalid UTF-8") {
    CHECK(reason("{\"a\": [\"\xFF\"]}") == "Invalid UTF-8 start byte 0xff");
    CHECK(reason("{\"a\": [\"\xC3(\"]}") == "Invalid UTF-8 middle byte 0x28");
}

TEST_CASE("pattern parser passes JSON syntax errors through with Jackson's text") {
    CHECK(reason(R"({"not": closed mark")") ==
          "Unrecognized token 'closed': was expecting (JSON String, Number, Array, Object or token 'null', "
          "'true' "
          "or 'false')");
}
