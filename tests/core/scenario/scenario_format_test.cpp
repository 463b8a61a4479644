#include "evb/scenario/scenario.hpp"
#include "evb/scenario/scenario_world.hpp"
#include "evb/scenario/world_requests.hpp"

#include "scenario_fixtures.hpp"
#include "world_compare.hpp"

using evb::Json;

namespace {

std::string error_of(const Json& doc) {
    evb::ScenarioLoad load = evb::parse_scenario(doc.dump());
    REQUIRE_FALSE(load.scenario);
    return load.error;
}

Json minimal_exercise() {
    return Json::parse(R"({"format": "evb-exercise", "version": 1, "title": "T", "level": "easy",
        "world": ["aws events create-event-bus --name orders", {"service": "logs", "operation": "CreateLogGroup", "request": {"logGroupName": "/g"}},
                  {"advance_ms": 1000}],
        "checks": [{"type": "resource-exists", "resource": "event-bus", "name": "orders"}]})");
}

}  // namespace

TEST_CASE("scenario: an exercise file reads into its parts and writes back the same") {
    evb::ScenarioLoad load = evb::parse_scenario(minimal_exercise().dump());
    REQUIRE(load.scenario);
    CHECK(load.scenario->format == "evb-exercise");
    CHECK(load.scenario->level == "easy");
    CHECK(load.scenario->world.size() == 3);
    CHECK(evb::scenario_json(*load.scenario) == minimal_exercise());
}

TEST_CASE("scenario: format problems are named by their path") {
    Json doc = minimal_exercise();
    doc["format"] = "other";
    CHECK(error_of(doc) == "format: must be \"evb-example\" or \"evb-exercise\"");
    doc = minimal_exercise();
    doc["version"] = 2;
    CHECK(error_of(doc) == "version: this file needs a newer playground");
    doc = minimal_exercise();
    doc["level"] = "expert";
    CHECK(error_of(doc) == "level: must be easy, medium or hard");
    doc = minimal_exercise();
    doc["world"][1] = Json{{"service", "logs"}};
    CHECK(error_of(doc) == "world[1]: an API call needs \"service\" and \"operation\" strings");
    doc = minimal_exercise();
    doc["checks"][0]["type"] = "magic";
    CHECK(error_of(doc) ==
          "checks[0].type: must be one of rule-matches, log-contains, resource-exists, target, delivers");
    doc = minimal_exercise();
    doc["checks"][0].erase("name");
    CHECK(error_of(doc) == "checks[0].name: is required");
    doc = minimal_exercise();
    doc["checks"][0]["colour"] = "red";
    CHECK(error_of(doc) == "checks[0].colour: is not a field of a resource-exists check");
    doc = minimal_exercise();
    doc["checks"] = Json::array({Json{{"type", "log-contains"}, {"group", "/g"}, {"min", "2"}}});
    CHECK(error_of(doc) == "checks[0].min: must be an integer");
    doc = minimal_exercise();
    doc["checks"] = Json::array();
    CHECK(error_of(doc) == "checks: an exercise needs at least one check");
    doc = minimal_exercise();
    doc["samples"] = Json::array({Json{{"name", "x"}}});
    CHECK(error_of(doc) == "samples[0]: needs exactly one of \"event\", \"advance_ms\" and \"call\"");
    CHECK(evb::parse_scenario("{").error == "the scenario is not valid JSON");
}

TEST_CASE("scenario: API-call and clock steps apply without the shell, command lines need a runner") {
    evb::World world;
    evb::ScenarioLoad load = evb::parse_scenario(minimal_exercise().dump());
    REQUIRE(load.scenario);
    auto failure = evb::apply_world_steps(world, load.scenario->world);
    REQUIRE(failure);
    CHECK(evb::describe_step_failure(*failure) ==
          "step 1 (aws events create-event-bus --name orders): command lines need the shell (use "
          "evb::apply_scenario from evb/export/scenario_shell.hpp)");
    std::vector<std::string> lines;
    auto runner = [&](std::string_view line) -> std::optional<std::string> {
        return lines.emplace_back(line), std::nullopt;
    };
    const std::int64_t start = world.now_ms();
    CHECK_FALSE(evb::apply_world_steps(world, load.scenario->world, runner));
    CHECK(lines == std::vector<std::string>{"aws events create-event-bus --name orders"});
    CHECK(world.account().logs.groups.count("/g") == 1);
    CHECK(world.now_ms() == start + 1000);
}

TEST_CASE("scenario: a failing API step is reported with the AWS error") {
    evb::World world;
    auto failure = evb::apply_world_steps(
        world,
        Json::parse(R"([{"service":"events","operation":"DeleteEventBus","request":{"Name":"default"}}])"));
    REQUIRE(failure);
    CHECK(failure->index == 0);
    CHECK(failure->message.rfind("ValidationException", 0) == 0);
}

TEST_CASE("scenario: a world's resources become a scenario that rebuilds them") {
    evb::World original = evb::test::rich_world();
    evb::Scenario s = evb::scenario_from_world(original, "My world");
    evb::ScenarioLoad reread = evb::parse_scenario(evb::scenario_json(s).dump());
    REQUIRE(reread.scenario);
    evb::World rebuilt;
    REQUIRE_FALSE(evb::apply_world_steps(rebuilt, reread.scenario->world));
    evb::test::require_same_resources(original, rebuilt);
}

TEST_CASE("scenario: world requests skip the default bus and AWS managed policies") {
    evb::World world;
    CHECK(evb::world_requests(world.account()) == Json::array());
}
