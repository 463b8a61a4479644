// Tests for evb/pattern/flatten.hpp: paths, array positions, skipping and invalid input.
#include <doctest/doctest.h>

#include "evb/pattern/flatten.hpp"

#include <string>
#include <vector>

namespace {

evb::PathIndex index_of(const std::vector<std::string>& paths) {
    evb::PathIndex index;
    for (std::uint32_t i = 0; i < paths.size(); ++i)
        index.add(paths[i], i);
    return index;
}

std::vector<std::string> texts(const evb::FlatEvent& event) {
    std::vector<std::string> out;
    for (const auto& field : event.fields)
        out.emplace_back(field.value.text);
    return out;
}

}  // namespace

TEST_CASE("flatten keeps only leaves at pattern paths, keyed by path id") {
    const evb::PathIndex index = index_of({"detail.state", "source"});
    evb::FlatEvent event;
    REQUIRE(evb::flatten_event(
        R"({"source": "s", "detail": {"state": "on", "other": {"deep": [1]}}, "x": 1})", index, event));
    REQUIRE(event.fields.size() == 2);
    CHECK(event.fields[0].path == 1);
    CHECK(event.fields[0].value.text == "s");
    CHECK(event.fields[1].path == 0);
    CHECK(event.fields[1].value.text == "on");
}

TEST_CASE("flatten joins keys with dots whether the dots are in keys or in nesting") {
    const evb::PathIndex index = index_of({"detail.state.status"});
    evb::FlatEvent nested;
    REQUIRE(evb::flatten_event(R"({"detail": {"state": {"status": "a"}}})", index, nested));
    evb::FlatEvent dotted;
    REQUIRE(evb::flatten_event(R"({"detail": {"state.status": "b"}})", index, dotted));
    CHECK(texts(nested) == std::vector<std::string>{"a"});
    CHECK(texts(dotted) == std::vector<std::string>{"b"});
}

TEST_CASE("flatten gives array elements the array's path and records the positions of object elements") {
    const evb::PathIndex index = index_of({"a.b"});
    evb::FlatEvent event;
    REQUIRE(evb::flatten_event(R"({"a": [{"b": 1}, {"b": [2, 3]}]})", index, event));
    REQUIRE(event.fields.size() == 3);
    const auto& last = event.fields[2];
    REQUIRE(last.steps_end - last.steps_begin == 1);
    CHECK(event.steps[last.steps_begin].index == 1);
    CHECK(evb::steps_consistent(event, event.fields[0], event.fields[1]) == false);
    CHECK(evb::steps_consistent(event, event.fields[1], event.fields[2]));
    CHECK(evb::steps_consistent(event, event.fields[0], event.fields[0]));
}

TEST_CASE("flatten records no array position for a scalar array element, only for nested containers") {
    const evb::PathIndex index = index_of({"p"});
    evb::FlatEvent event;
    REQUIRE(evb::flatten_event(R"({"p": [1, [2], 3]})", index, event));
    REQUIRE(event.fields.size() == 3);
    CHECK(event.fields[0].steps_begin == event.fields[0].steps_end);
    CHECK(event.fields[2].steps_begin == event.fields[2].steps_end);
    const auto& nested = event.fields[1];
    REQUIRE(nested.steps_end - nested.steps_begin == 1);
    CHECK(event.steps[nested.steps_begin].index == 1);
}

TEST_CASE("flatten types values and computes comparable numbers") {
    const evb::PathIndex index = index_of({"s", "n", "t", "f", "z"});
    evb::FlatEvent event;
    REQUIRE(
        evb::flatten_event(R"({"s": "a\"b", "n": 3.0e2, "t": true, "f": false, "z": null})", index, event));
    REQUIRE(event.fields.size() == 5);
    CHECK(event.fields[0].value.type == evb::ValueType::kString);
    CHECK(event.fields[0].value.text == "a\"b");
    CHECK(event.fields[1].value.number == 300 * evb::kMicrosPerUnit);
    CHECK(event.fields[2].value.type == evb::ValueType::kTrue);
    CHECK(event.fields[3].value.type == evb::ValueType::kFalse);
    CHECK(event.fields[4].value.type == evb::ValueType::kNull);
}

TEST_CASE("flatten refuses events that are not one valid JSON object") {
    const evb::PathIndex index = index_of({"a"});
    evb::FlatEvent event;
    CHECK_FALSE(evb::flatten_event(R"(["a"])", index, event));
    CHECK_FALSE(evb::flatten_event(R"("plain string")", index, event));
    CHECK_FALSE(evb::flatten_event(R"({"a": 1} {"a": 2})", index, event));
    CHECK_FALSE(evb::flatten_event(R"({"a": 1, "b": [1,]})", index, event));
    CHECK_FALSE(evb::flatten_event(R"({"a": 1)", index, event));
    CHECK_FALSE(event.error.empty());
}

TEST_CASE("flatten keeps both values of a duplicated event key") {
    const evb::PathIndex index = index_of({"a"});
    evb::FlatEvent event;
    REQUIRE(evb::flatten_event(R"({"a": 1, "a": 2})", index, event));
    CHECK(event.fields.size() == 2);
}

TEST_CASE("flatten survives deep nesting by refusing it") {
    const evb::PathIndex index = index_of({"a"});
    evb::FlatEvent event;
    const std::string deep = R"({"a": )" + std::string(5000, '[') + std::string(5000, ']') + "}";
    CHECK_FALSE(evb::flatten_event(deep, index, event));
}
