// Tests for evb/pattern/pattern_set.hpp (the fast matcher, core/src/matcher): PatternSet must agree with the
// reference engine, EventPattern::matches_text, on every conformance case, on all conformance patterns at
// once, on random combinations of patterns and events, and in the corners of its own reader (skipped values,
// escapes, Jackson's limits), where it falls back to the reference flattener.
#include <doctest/doctest.h>

#include "evb/pattern/pattern_set.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

namespace {

using evb::EventPattern;
using evb::Json;
using evb::PatternSet;

EventPattern compile(const std::string& text) {
    const evb::PatternResult result = evb::compile_event_pattern(text);
    REQUIRE_MESSAGE(result.pattern, text);
    return *result.pattern;
}

std::vector<std::size_t> match(const PatternSet& set, const std::string& event) {
    std::vector<std::size_t> matched;
    set.match_text(event, matched);
    return matched;
}

std::vector<std::size_t> reference(const std::vector<EventPattern>& patterns, const std::string& event) {
    std::vector<std::size_t> matched;
    for (std::size_t i = 0; i < patterns.size(); ++i)
        if (patterns[i].matches_text(event)) matched.push_back(i);
    return matched;
}

// agree checks that a set of the patterns matches the event exactly as the reference engine does.
void agree(const std::vector<std::string>& pattern_texts, const std::string& event) {
    std::vector<EventPattern> patterns;
    PatternSet set;
    for (const std::string& text : pattern_texts) {
        patterns.push_back(compile(text));
        set.add(patterns.back());
    }
    CAPTURE(event);
    CHECK(match(set, event) == reference(patterns, event));
}

bool one_matches(const std::string& pattern, const std::string& event) {
    PatternSet set;
    set.add(compile(pattern));
    const bool fast = !match(set, event).empty();
    CAPTURE(pattern);
    CAPTURE(event);
    CHECK(fast == compile(pattern).matches_text(event));
    return fast;
}

struct ConformanceCase {
    std::string name;
    std::string pattern;
    std::string event;
};

std::string as_text(const Json& value) {
    return value.is_string() ? value.get<std::string>() : value.dump();
}

std::vector<ConformanceCase> load_cases() {
    std::ifstream in(std::string(EVB_SHARED_DIR) + "/conformance/cases.jsonl");
    REQUIRE(in);
    std::vector<ConformanceCase> cases;
    for (std::string line; std::getline(in, line);) {
        const Json c = Json::parse(line, nullptr, false);
        REQUIRE_FALSE(c.is_discarded());
        if (c["event"].is_null() || c["expect"] == "invalid") continue;
        cases.push_back(ConformanceCase{c["name"], as_text(c["pattern"]), as_text(c["event"])});
    }
    return cases;
}

// Random: a small deterministic generator (the same sequence on every platform).
class Random {
  public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint32_t next() {
        state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(state_ >> 33);
    }
    std::size_t below(std::size_t n) { return next() % n; }
    bool chance(std::size_t percent) { return below(100) < percent; }
    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N]) {
        return items[below(N)];
    }

  private:
    std::uint64_t state_;
};

constexpr const char* kKeys[] = {"a", "b", "c", "x", "y", "a.b", "arr"};
constexpr const char* kStrings[] = {R"("x")",         R"("X")",       R"("abc")",      R"("ABC")",
                                    R"("abd")",       R"("")",        R"("10.0.0.1")", R"("10.0.0.2")",
                                    R"("h\u00e9")",   R"("H\u00c9")", R"("a\"b")",     R"("\u0041bc")",
                                    R"("Fulton St")", R"("[{x}]")"};
constexpr const char* kNumbers[] = {"0",        "1",          "1.0",
                                    "-1",       "3e2",        "300",
                                    "300.0",    "1.5",        "-0",
                                    "2.000001", "-0.0000019", "122.42916360922355",
                                    "5e9",      "1e400",      "12345678901234567890",
                                    "0.1e1"};

void random_scalar(Random& r, std::string& out) {
    switch (r.below(4)) {
        case 0:
            out += r.pick(kNumbers);
            return;
        case 1: {
            constexpr const char* kLiterals[] = {"true", "false", "null"};
            out += r.pick(kLiterals);
            return;
        }
        default:
            out += r.pick(kStrings);
    }
}

void random_value(Random& r, std::string& out, int depth);

void random_object(Random& r, std::string& out, int depth) {
    out += r.chance(20) ? "{ " : "{";
    const std::size_t members = r.below(depth == 0 ? 5 : 4);
    for (std::size_t i = 0; i < members; ++i) {
        if (i) out += r.chance(20) ? " ,\n" : ",";
        out += '"';
        out += r.pick(kKeys);
        out += r.chance(20) ? "\" : " : "\":";
        random_value(r, out, depth + 1);
    }
    out += "}";
}

void random_value(Random& r, std::string& out, int depth) {
    const std::size_t kind = depth > 3 ? 0 : r.below(10);
    if (kind < 5) return random_scalar(r, out);
    if (kind < 7) return random_object(r, out, depth);
    out += "[";
    const std::size_t items = r.below(4);
    for (std::size_t i = 0; i < items; ++i) {
        if (i) out += ", ";
        random_value(r, out, depth + 1);
    }
    out += "]";
}

// A padding value that only the skipper reads: long, with brackets and quotes inside strings.
void random_padding(Random& r, std::string& out) {
    out += R"("pad":[)";
    const std::size_t items = 3 + r.below(12);
    for (std::size_t i = 0; i < items; ++i) {
        if (i) out += ",";
        constexpr const char* kPieces[] = {R"({"x":-122.49128900632202,"y":37.821972275511214})",
                                           R"("]}[{")",
                                           R"("\\\"]")",
                                           R"([[1,2],[3]])",
                                           R"({})",
                                           R"("\"")",
                                           "12.5e-3",
                                           R"({"a":{"b":[true,false,null]}})"};
        out += r.pick(kPieces);
    }
    out += "]";
}

std::string random_event(Random& r) {
    std::string out = "{";
    if (r.chance(50)) {
        random_padding(r, out);
        out += ",";
    }
    std::string body;
    random_object(r, body, 0);
    out += body.substr(1, body.size() - 2);
    if (out.back() == ',') out.pop_back();
    if (r.chance(50)) {
        if (out.size() > 1) out += ",";
        random_padding(r, out);
    }
    out += "}";
    return out;
}

void random_matcher(Random& r, std::string& out) {
    constexpr const char* kMatchers[] = {R"("x")",
                                         R"("abc")",
                                         R"("10.0.0.1")",
                                         R"("h\u00e9")",
                                         R"("a\"b")",
                                         R"("[{x}]")",
                                         "300",
                                         "1.5",
                                         "-1",
                                         "122.42916360922355",
                                         "true",
                                         "null",
                                         R"({"prefix": "ab"})",
                                         R"({"prefix": ""})",
                                         R"({"suffix": "bc"})",
                                         R"({"suffix": "St"})",
                                         R"({"prefix": {"equals-ignore-case": "AB"}})",
                                         R"({"suffix": {"equals-ignore-case": "BC"}})",
                                         R"({"equals-ignore-case": "ABC"})",
                                         R"({"equals-ignore-case": "H\u00c9"})",
                                         R"({"wildcard": "a*c"})",
                                         R"({"wildcard": "*"})",
                                         R"({"numeric": [">", 0]})",
                                         R"({"numeric": [">=", 1, "<", 300]})",
                                         R"({"numeric": ["=", 300]})",
                                         R"({"numeric": ["<=", -0.0000019]})",
                                         R"({"numeric": ["=", 122.42916360922355]})",
                                         R"({"exists": true})",
                                         R"({"exists": false})",
                                         R"({"anything-but": "x"})",
                                         R"({"anything-but": ["x", "abc"]})",
                                         R"({"anything-but": [1.5, -1]})",
                                         R"({"anything-but": {"prefix": "a"}})",
                                         R"({"anything-but": {"suffix": "bc"}})",
                                         R"({"anything-but": {"equals-ignore-case": "H\u00c9"}})",
                                         R"({"anything-but": [300, 1]})",
                                         R"({"anything-but": {"prefix": "ab"}})",
                                         R"({"anything-but": {"suffix": "c"}})",
                                         R"({"anything-but": {"equals-ignore-case": ["X", "abc"]}})",
                                         R"({"anything-but": {"wildcard": "*b*"}})",
                                         R"({"cidr": "10.0.0.0/24"})"};
    out += r.pick(kMatchers);
}

std::string random_fields(Random& r, int depth) {
    std::string out = "{";
    const std::size_t fields = 1 + r.below(depth == 0 ? 3 : 2);
    for (std::size_t i = 0; i < fields; ++i) {
        if (i) out += ", ";
        if (depth < 2 && r.chance(15)) {
            out += R"("$or": [)" + random_fields(r, depth + 1) + ", " + random_fields(r, depth + 1) + "]";
            continue;
        }
        out += '"';
        out += r.pick(kKeys);
        out += "\": ";
        if (depth < 2 && r.chance(20)) {
            out += random_fields(r, depth + 1);
            continue;
        }
        out += "[";
        const std::size_t matchers = 1 + r.below(2);
        for (std::size_t m = 0; m < matchers; ++m) {
            if (m) out += ", ";
            random_matcher(r, out);
        }
        out += "]";
    }
    return out + "}";
}

}  // namespace

TEST_CASE("pattern set agrees with the reference engine on every conformance case") {
    for (const ConformanceCase& c : load_cases()) {
        CAPTURE(c.name);
        one_matches(c.pattern, c.event);
    }
}

TEST_CASE("pattern set of every conformance pattern matches each conformance event as the reference does") {
    std::vector<std::string> patterns;
    std::vector<std::string> events;
    for (const ConformanceCase& c : load_cases()) {
        patterns.push_back(c.pattern);
        events.push_back(c.event);
    }
    for (const std::string& event : events)
        agree(patterns, event);
}

TEST_CASE("pattern set agrees with the reference engine on random patterns and events") {
    Random r(20261126);
    for (int round = 0; round < 60; ++round) {
        std::vector<EventPattern> patterns;
        PatternSet set;
        while (patterns.size() < 25) {
            const std::string text = random_fields(r, 0);
            const evb::PatternResult compiled = evb::compile_event_pattern(text);
            if (!compiled.pattern) continue;
            patterns.push_back(*compiled.pattern);
            set.add(*compiled.pattern);
        }
        for (int e = 0; e < 40; ++e) {
            const std::string event = random_event(r);
            CAPTURE(round);
            CAPTURE(event);
            REQUIRE(match(set, event) == reference(patterns, event));
        }
    }
}

TEST_CASE("pattern set lists matching patterns once each, ascending") {
    PatternSet set;
    set.add(compile(R"({"a": ["x"]})"));
    set.add(compile(R"({"b": ["y"]})"));
    set.add(compile(R"({"$or": [{"a": ["x"]}, {"a": [{"prefix": "x"}]}]})"));
    set.add(compile(R"({"a": ["x"]})"));
    CHECK(match(set, R"({"a": "x", "b": "y"})") == std::vector<std::size_t>{0, 1, 2, 3});
    CHECK(match(set, R"({"a": "xx"})") == std::vector<std::size_t>{2});
    CHECK(match(set, R"({"a": 1})").empty());
}

TEST_CASE("pattern set takes patterns added between matches, and copies keep them") {
    PatternSet set;
    set.add(compile(R"({"n": [{"numeric": [">", 1]}]})"));
    CHECK(match(set, R"({"n": 2})") == std::vector<std::size_t>{0});
    for (int i = 0; i < 20; ++i)
        set.add(compile(R"({"n": [{"numeric": [">", )" + std::to_string(i) + "]}]}"));
    CHECK(match(set, R"({"n": 2})") == std::vector<std::size_t>{0, 1, 2});
    const PatternSet copy = set;
    CHECK(copy.size() == 21);
    CHECK(match(copy, R"({"n": 3})") == std::vector<std::size_t>{0, 1, 2, 3});
    PatternSet empty;
    CHECK(match(empty, R"({"n": 2})").empty());
}

TEST_CASE(
    "pattern set cost does not depend on rule count: ten thousand exact rules find the one that matches") {
    PatternSet set;
    for (int i = 0; i < 10000; ++i)
        set.add(compile(R"({"detail": {"id": [")" + std::to_string(i) + R"("]}})"));
    CHECK(match(set, R"({"detail": {"id": "4242"}})") == std::vector<std::size_t>{4242});
    CHECK(match(set, R"({"detail": {"id": "x"}})").empty());
}

TEST_CASE("pattern set finds which of many anything-but rules on one field a value is excluded from") {
    // Rule i excludes the strings "S<i>" and "T<i>", "s<i>" ignoring case, the prefix "S<i>-", or the number
    // i, by i % 4: a value passes every rule but those that exclude it.
    std::vector<std::string> rules;
    for (int i = 0; i < 400; ++i) {
        const std::string n = std::to_string(i);
        switch (i % 4) {
            case 0:
                rules.push_back(R"({"s": [{"anything-but": ["S)" + n + R"(", "T)" + n + R"("]}]})");
                break;
            case 1:
                rules.push_back(R"({"s": [{"anything-but": {"equals-ignore-case": "s)" + n + R"("}}]})");
                break;
            case 2:
                rules.push_back(R"({"s": [{"anything-but": {"prefix": "S)" + n + R"(-"}}]})");
                break;
            default:
                rules.push_back(R"({"s": [{"anything-but": [)" + n + R"(]}]})");
        }
    }
    PatternSet set;
    for (const std::string& rule : rules)
        set.add(compile(rule));
    const auto all_but = [&](std::vector<std::size_t> excluded) {
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < rules.size(); ++i)
            if (std::find(excluded.begin(), excluded.end(), i) == excluded.end()) out.push_back(i);
        return out;
    };
    for (const char* event : {R"({"s": "S8"})", R"({"s": "s9"})", R"({"s": "S10-x"})", R"({"s": 11})",
                              R"({"s": "S12"})", R"({"s": 12})", R"({"s": null})", R"({"s": ["S8", "S16"]})",
                              R"({"s": "S8-"})", R"({"s": 11.0})", R"({"s": "T4"})"})
        agree(rules, event);
    CHECK(match(set, R"({"s": "S8"})") == all_but({8}));
    CHECK(match(set, R"({"s": "S9"})") == all_but({9}));
    CHECK(match(set, R"({"s": "S10-x"})") == all_but({10}));
    CHECK(match(set, R"({"s": 11.0})") == all_but({11}));
    CHECK(match(set, R"({"s": "S8", "t": 1})").size() == 399);
    CHECK(match(set, R"({"s": true})").size() == 400);
}

TEST_CASE("pattern set compares numbers past the sixth decimal, as event-ruler and quamina do") {
    // CityLots NUMERIC rule 1: four lots share -122.429163 to six decimals, two have exactly this value.
    const std::string rule = R"({"x": [{"numeric": ["=", -122.42916360922355]}]})";
    CHECK(one_matches(rule, R"({"x": -122.42916360922355})"));
    CHECK_FALSE(one_matches(rule, R"({"x": -122.42916374558523})"));
    CHECK_FALSE(one_matches(rule, R"({"x": -122.42916308440637})"));
    CHECK(one_matches(R"({"x": [{"numeric": [">", -122.429163]}]})", R"({"x": -122.42916299})"));
    CHECK(one_matches(R"({"x": [300]})", R"({"x": 3.0e2})"));
}

TEST_CASE("pattern set finds exact numbers however the event writes them, among many that differ") {
    // A field whose only number tests are exact values turns most numbers away on their first six decimals.
    const std::string rule = R"({"c": [37.807807921694092, -122.5, 0]})";
    for (const char* same : {"37.807807921694092", "37.8078079216940920", "3.7807807921694092e1", "-122.5",
                             "-122.50", "-1.225E2", "0", "-0", "0.0", "0e5"}) {
        CAPTURE(same);
        CHECK(one_matches(rule, std::string(R"({"c": [1.5, )") + same + "]}"));
    }
    for (const char* other : {"37.807807921694093", "37.807807", "37.80780792169409", "-37.807807921694092",
                              "122.5", "-122.500001", "0.0000001", "-0.0000001", "12345678901", "1e400"}) {
        CAPTURE(other);
        CHECK_FALSE(one_matches(rule, std::string(R"({"c": [1.5, )") + other + "]}"));
    }
}

TEST_CASE("pattern set decides numeric ranges as the reference does for values a micro-unit from a bound") {
    // Bounds and values that share their first six decimals differ only in the rest of the micro-unit.
    const std::vector<std::string> rules = {
        R"({"x": [{"numeric": [">", 1.5, "<=", 2.0000015]}]})",
        R"({"x": [{"numeric": [">=", -3.0000005, "<", -0.000001]}]})",
        R"({"x": [{"numeric": ["=", 7]}, 7.25, {"numeric": ["<", -100]}]})"};
    for (const char* value : {"1.5",
                              "1.50",
                              "1.5000001",
                              "1.4999999",
                              "1.499999",
                              "1.500001",
                              "2.0000015",
                              "2.0000014999",
                              "2.00000150001",
                              "2.000001",
                              "2.000002",
                              "-3.0000005",
                              "-3.0000004",
                              "-3.00000051",
                              "-3.000001",
                              "-3.000000",
                              "-2.9999999",
                              "-0.000001",
                              "-0.0000010001",
                              "-0.0000009",
                              "-0",
                              "0",
                              "0.0000001",
                              "7",
                              "7.0000000001",
                              "6.9999999",
                              "7.25",
                              "7.2500001",
                              "-100",
                              "-100.0000001",
                              "-99.9999999",
                              "4999999999.9999999",
                              "5000000000",
                              "-5000000000",
                              "1e1",
                              "-1.5E-1"}) {
        agree(rules, std::string(R"({"x": [0.5, )") + value + "]}");
        agree(rules, std::string(R"({"x": )") + value + "}");
    }
}

TEST_CASE("pattern set reads dotted names either way round, and arrays on the way") {
    CHECK(one_matches(R"({"a": {"b": ["x"]}})", R"({"a.b": "x"})"));
    CHECK(one_matches(R"({"a.b": ["x"]})", R"({"a": {"b": "x"}})"));
    CHECK(one_matches(R"({"a": {"b": {"c": ["x"]}}})", R"({"a": {"b.c": "x"}})"));
    CHECK(one_matches(R"({"a": {"b": ["x"]}})", R"({"a": [{"b": "y"}, {"b": "x"}]})"));
    CHECK(one_matches(R"({"a": ["x"]})", R"({"a": [["y"], [["x"]]]})"));
}

TEST_CASE("pattern set keeps array consistency: values from different elements never combine") {
    const std::string rule = R"({"r": {"a": ["1"], "b": ["2"]}})";
    CHECK(one_matches(rule, R"({"r": [{"a": "1", "b": "2"}]})"));
    CHECK_FALSE(one_matches(rule, R"({"r": [{"a": "1", "b": "3"}, {"a": "0", "b": "2"}]})"));
    CHECK(one_matches(rule, R"({"r": [{"a": "1", "b": "3"}, {"a": "1", "b": "2"}]})"));
    CHECK(one_matches(R"({"r": {"a": ["1"]}, "t": ["x"]})", R"({"t": "x", "r": [{"a": "0"}, {"a": "1"}]})"));
}

TEST_CASE("pattern set gives a scalar array element no array position, as the reference does") {
    const std::string rule = R"({"p": [1], "p.q": ["z"]})";
    CHECK(one_matches(rule, R"({"p": [{"q": "z"}, 1]})"));
    CHECK(one_matches(rule, R"({"p": [1, {"q": "z"}]})"));
    CHECK(one_matches(rule, R"({"p": [[1, {"q": "z"}]]})"));
    CHECK_FALSE(one_matches(rule, R"({"p": [[1], {"q": "z"}]})"));
    CHECK_FALSE(one_matches(rule, R"({"p": [{"q": "y"}, 1]})"));
}

TEST_CASE("pattern set ignores case in every Unicode block and letter by letter, as the reference does") {
    CHECK(one_matches(R"({"v": [{"equals-ignore-case": "vi\u1ec7t nam"}]})", R"({"v": "VI\u1ec6T NAM"})"));
    CHECK(one_matches(R"({"v": [{"equals-ignore-case": "\u2c65"}]})", R"({"v": "\u023a"})"));
    CHECK(one_matches(R"({"v": [{"equals-ignore-case": "stra\u00dfe"}]})", R"({"v": "STRASSE"})"));
    CHECK_FALSE(one_matches(R"({"v": [{"equals-ignore-case": "stra\u00dfe"}]})", R"({"v": "strasse"})"));
    CHECK(one_matches(R"({"v": [{"suffix": {"equals-ignore-case": "\u00dfe"}}]})", R"({"v": "GROSSE"})"));
    CHECK_FALSE(one_matches(R"({"v": [{"equals-ignore-case": "k"}]})", R"({"v": "\u212a"})"));
    std::vector<std::string> rules;
    for (int i = 0; i < 12; ++i)
        rules.push_back(R"({"v": [{"anything-but": {"equals-ignore-case": ["a)" + std::to_string(i) +
                        R"(", "\u00df"]}}]})");
    rules.push_back(R"({"v": [{"anything-but": {"equals-ignore-case": ["\u0176"]}}]})");
    for (const char* event : {R"({"v": "SS"})", R"({"v": "ss"})", R"({"v": "A3"})", R"({"v": "\u0177"})"})
        agree(rules, event);
}

TEST_CASE("pattern set treats exists false as a field with no leaf value") {
    const std::string rule = R"({"a": [{"exists": false}], "b": ["x"]})";
    CHECK(one_matches(rule, R"({"b": "x"})"));
    CHECK(one_matches(rule, R"({"a": {}, "b": "x"})"));
    CHECK(one_matches(rule, R"({"a": [], "b": "x"})"));
    CHECK_FALSE(one_matches(rule, R"({"a": null, "b": "x"})"));
    CHECK(one_matches(R"({"a": [{"exists": false}, "y"]})", R"({"a": "y"})"));
}

TEST_CASE("pattern set skips values no pattern reads, brackets and escapes inside strings included") {
    const std::string rule = R"({"k": ["v"]})";
    std::string filler;
    for (int i = 0; i < 40; ++i) {
        filler += R"({"s": "]}\"{[\\", "n": [1, [2, {"t": "}}}"}]]},)";
        const std::string event = R"({"skip": [)" + filler + R"(0], "k": "v"})";
        CAPTURE(i);
        CHECK(one_matches(rule, event));
        CHECK(one_matches(
            rule, R"({"skip": ")" + std::string(static_cast<std::size_t>(i), 'x') + R"(\\\"]}", "k": "v"})"));
    }
}

TEST_CASE("pattern set refuses what the reference refuses: not an object, broken text, Jackson's limits") {
    const std::string rule = R"({"k": ["v"]})";
    CHECK_FALSE(one_matches(rule, ""));
    CHECK_FALSE(one_matches(rule, R"(["k", "v"])"));
    CHECK_FALSE(one_matches(rule, R"({"k": "v"} x)"));
    CHECK_FALSE(one_matches(rule, R"({"k": "v", "z": [1, 2)"));
    CHECK_FALSE(one_matches(rule, R"({"k": "v", "z": "open)"));
    CHECK_FALSE(one_matches(rule, R"({"k": "v", "z": 01})"));
    CHECK_FALSE(one_matches(rule, "{\"k\": \"v\u0001\"}"));
    const std::string deep = std::string(1000, '[') + std::string(1000, ']');
    CHECK_FALSE(one_matches(rule, R"({"k": "v", "z": )" + deep + "}"));
    CHECK(one_matches(rule, R"({"k": "v", "z": )" + deep.substr(1, 1998) + "}"));
    const std::string longest_number = "1" + std::string(999, '0');
    CHECK(one_matches(rule, R"({"k": "v", "z": )" + longest_number + "}"));
    CHECK_FALSE(one_matches(rule, R"({"k": "v", "z": )" + longest_number + "0}"));
    CHECK_FALSE(one_matches(rule, R"({"k": "v", "z": [)" + longest_number + "0]}"));
    CHECK(one_matches(rule, R"({"k": "v", "z": ")" + longest_number + longest_number + R"("})"));
}

TEST_CASE("pattern set decodes escaped names and values as the reference does") {
    CHECK(one_matches(R"({"k": ["v\"w"]})", R"({"k": "v\"w"})"));
    CHECK(one_matches(R"({"k": ["A"]})", R"({"\u006b": "\u0041"})"));
    CHECK(one_matches(R"({"k": ["\ud83d\ude00"]})", R"({"k": "\ud83d\ude00"})"));
}
