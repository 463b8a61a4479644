// Tests for evb/pattern/pattern_parser.hpp: structure, $or expansion, and every validation message.
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

std::size_t tails(const std::string& message) {
    std::size_t count = 0;
    for (std::size_t at = message.find("\n at ["); at != std::string::npos;
         at = message.find("\n at [", at + 1)) {
        ++count;
    }
    return count;
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

TEST_CASE("pattern parser rejects unknown and malformed match expressions") {
    CHECK(reason(R"({"a": [{}]})") == "Match expression name not found");
    CHECK(reason(R"({"a": [{"EXISTS": true}]})") == "Unrecognized match type EXISTS");
    CHECK(reason(R"({"a": [{"prefix": "x", "suffix": "y"}]})") == "Only one key allowed in match expression");
    CHECK(reason(R"({"a": [{"exactly": 1}]})") == "exact match pattern must be a string");
    CHECK(reason(R"({"a": [{"prefix": 1}]})") == "prefix match pattern must be a string");
    CHECK(reason(R"({"a": [{"suffix": [".png"]}]})") == "suffix match pattern must be a string");
    CHECK(reason(R"({"a": [{"equals-ignore-case": {"prefix": "x"}}]})") ==
          "equals-ignore-case match pattern must be a string");
    CHECK(reason(R"({"a": [{"wildcard": 1}]})") == "wildcard match pattern must be a string");
    CHECK(reason(R"({"a": [{"exists": "yes"}]})") == "exists match pattern must be either true or false.");
    CHECK(reason(R"({"a": [{"exists": true, "x": 1}]})") == "Only one key allowed in match expression");
}

TEST_CASE("pattern parser validates prefix and suffix with equals-ignore-case") {
    CHECK(reason(R"({"a": [{"prefix": {"equals-ignore-case": "x"}}]})") == "");
    CHECK(reason(R"({"a": [{"prefix": {}}]})") == "Prefix expression name not found");
    CHECK(reason(R"({"a": [{"suffix": {}}]})") == "Suffix expression name not found");
    CHECK(reason(R"({"a": [{"prefix": {"wildcard": "x"}}]})") == "Unsupported prefix pattern: wildcard");
    CHECK(reason(R"({"a": [{"suffix": {"prefix": "x"}}]})") == "Unsupported suffix pattern: prefix");
    CHECK(reason(R"({"a": [{"suffix": {"equals-ignore-case": 1}}]})") ==
          "equals-ignore-case match pattern must be a string");
    CHECK(reason(R"({"a": [{"prefix": {"equals-ignore-case": "x", "y": 1}}]})") ==
          "Only one key allowed in match expression");
}

TEST_CASE("pattern parser validates numeric expressions") {
    CHECK(reason(R"({"a": [{"numeric": [">", 0, "<=", 5]}]})") == "");
    CHECK(reason(R"({"a": [{"numeric": 10}]})") == "Value of numeric must be an array.");
    CHECK(reason(R"({"a": [{"numeric": []}]})") == "Invalid member in numeric match: ]");
    CHECK(reason(R"({"a": [{"numeric": [5]}]})") == "Invalid member in numeric match: 5");
    CHECK(reason(R"({"a": [{"numeric": ["=", "5"]}]})") == "Value of equals must be numeric");
    CHECK(reason(R"({"a": [{"numeric": [">=", null]}]})") == "Value of >= must be numeric");
    CHECK(reason(R"({"a": [{"numeric": [">", 0, "<"]}]})") == "Value of < must be numeric");
    CHECK(reason(R"({"a": [{"numeric": ["!=", 5]}]})") == "Unrecognized numeric range operator: !=");
    CHECK(reason(R"({"a": [{"numeric": [">", 0, 5]}]})") == "Bad value in numeric range: 5");
    CHECK(reason(R"({"a": [{"numeric": [">", 0, ">", 0]}]})") == "Bad numeric range operator: >");
    CHECK(reason(R"({"a": [{"numeric": ["=", 1, 2]}]})") == "Too many elements in numeric expression");
    CHECK(reason(R"({"a": [{"numeric": ["<", 1, 2]}]})") == "Too many elements in numeric expression");
    CHECK(reason(R"({"a": [{"numeric": [">", 0, "<", 5, 6]}]})") ==
          "Too many terms in numeric range expression");
    CHECK(reason(R"({"a": [{"numeric": ["<", 1], "x": 1}]})") == "Too many elements in numeric expression");
    CHECK(reason(R"({"a": [{"numeric": [">", 5, "<", 5]}]})") == "Bottom must be less than top");
    CHECK(reason(R"({"a": [{"numeric": [">", 5e9]}]})") == "Bottom must be less than top");
    CHECK(reason(R"({"a": [{"numeric": ["<", 1e10]}]})") ==
          "Value must be between -5.0E9 and 5.0E9, inclusive");
}

TEST_CASE("pattern parser validates anything-but values") {
    CHECK(reason(R"({"a": [{"anything-but": null}]})") ==
          "Value of anything-but must be an array or single string/number value.");
    CHECK(reason(R"({"a": [{"anything-but": {}}]})") == "Anything-But expression name not found");
    CHECK(reason(R"({"a": [{"anything-but": {"numeric": [1]}}]})") ==
          "Unsupported anything-but pattern: numeric");
    CHECK(reason(R"({"a": [{"anything-but": ["a", null]}]})") ==
          "Inside anything but list, start|null|boolean is not supported.");
    CHECK(reason(R"({"a": [{"anything-but": ["a", 1]}]})") ==
          "Inside anything but list, either all values are number or string, mixed type is not supported");
    CHECK(reason(R"({"a": [{"anything-but": []}]})") ==
          "Inside anything but list, either all values are number or string, mixed type is not supported");
    CHECK(reason(R"({"a": [{"anything-but": "x", "y": 1}]})") == "Too many elements in numeric expression");
    CHECK(reason(R"({"a": [{"anything-but": 1e10}]})") ==
          "Value must be between -5.0E9 and 5.0E9, inclusive");
}

TEST_CASE("pattern parser validates the anything-but object forms") {
    CHECK(reason(R"({"a": [{"anything-but": {"prefix": ""}}]})") == "Null prefix/suffix not allowed");
    CHECK(reason(R"({"a": [{"anything-but": {"suffix": ["x", ""]}}]})") == "Null prefix/suffix not allowed");
    CHECK(reason(R"({"a": [{"anything-but": {"prefix": 1}}]})") ==
          "prefix/suffix match pattern must be a string");
    CHECK(reason(R"({"a": [{"anything-but": {"wildcard": [1]}}]})") ==
          "wildcard match pattern must be a string");
    CHECK(reason(R"({"a": [{"anything-but": {"wildcard": "a**"}}]})") ==
          "Consecutive wildcard characters at pos 2");
    CHECK(reason(R"({"a": [{"anything-but": {"equals-ignore-case": [1]}}]})") ==
          "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.");
    CHECK(reason(R"({"a": [{"anything-but": {"prefix": {"equals-ignore-case": "x"}}}]})") ==
          "Value of anything-but must be an array or single string/number value.");
    CHECK(reason(R"({"a": [{"anything-but": {"prefix": "x", "suffix": "y"}}]})") ==
          "Too many elements in numeric expression");
    CHECK(reason(R"({"a": [{"anything-but": {"wildcard": ""}}]})") == "");
    CHECK(reason(R"({"a": [{"anything-but": {"prefix": []}}]})") == "");
}

TEST_CASE("pattern parser repeats the location of errors raised inside anything-but lists, as AWS does") {
    CHECK(tails(full_reason(R"({"a": [{"anything-but": ["x", null]}]})")) == 2);
    CHECK(tails(full_reason(R"({"a": [{"anything-but": {"prefix": [1]}}]})")) == 2);
    CHECK(tails(full_reason(R"({"a": [{"anything-but": {"prefix": 1}}]})")) == 1);
    CHECK(tails(full_reason(R"({"a": [{"anything-but": 1e10}]})")) == 0);
}

TEST_CASE("pattern parser validates cidr without a location, as AWS reports it") {
    CHECK(reason(R"({"a": [{"cidr": ["10.0.0.0/8"]}]})") == "prefix match pattern must be a string");
    CHECK(full_reason(R"({"a": [{"cidr": "bad-filter"}]})") == "Malformed CIDR, one '/' required");
    CHECK(full_reason(R"({"a": [{"cidr": "xx.11.xx/8"}]})") == "Nonstandard IP address: xx.11.xx");
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
