// The site's examples gallery and exercises, checked end to end: every example builds and does what its
// samples promise; every exercise starts unsolved and its solution passes every check; every example
// world survives CloudFormation export/import and the CLI script.
#include "evb/export/cli_script.hpp"
#include "evb/scenario/cfn_export.hpp"
#include "evb/scenario/cfn_import.hpp"
#include "evb/scenario/grader.hpp"
#include "evb/scenario/scenario_samples.hpp"

#include "export_support.hpp"

#include <set>

using evb::Json;

TEST_CASE("site scenarios: the gallery holds the tutorial and the common patterns") {
    std::set<std::string> ids;
    for (const auto& path : evb::test::site_files("examples")) {
        const evb::Scenario s = evb::test::load_scenario_file(path);
        CAPTURE(path.string());
        CHECK(s.format == "evb-example");
        CHECK(s.id + ".json" == path.filename().string());
        CHECK_FALSE(s.description.empty());
        CHECK_FALSE(s.samples.empty());
        ids.insert(s.id);
    }
    CHECK(ids == std::set<std::string>{"tutorial", "orders-by-price", "source-prefix", "anything-but",
                                       "numeric-ranges", "cidr", "or", "input-transformer", "cross-bus",
                                       "scheduled-rule"});
}

TEST_CASE("site scenarios: every example's samples match the rules and reach the log groups they promise") {
    for (const auto& path : evb::test::site_files("examples")) {
        CAPTURE(path.filename().string());
        const evb::Scenario s = evb::test::load_scenario_file(path);
        evb::World world = evb::test::built(s);
        for (const auto& sample : s.samples) {
            CAPTURE(sample.value("name", ""));
            const evb::SampleOutcome outcome = evb::fire_sample(world, sample);
            const auto mismatches = evb::sample_mismatches(outcome, sample);
            for (const auto& m : mismatches)
                INFO(m);
            CHECK(mismatches.empty());
        }
    }
}

TEST_CASE("site scenarios: examples build in another account and region too") {
    const evb::Scenario s =
        evb::test::load_scenario_file(std::filesystem::path(EVB_SOURCE_DIR) / "site/examples/tutorial.json");
    evb::ScenarioWorld w = evb::build_scenario_world(
        s, evb::WorldConfig{.region = "eu-central-1", .account_id = "803943555226"});
    REQUIRE(w.world);
    const evb::SampleOutcome outcome = evb::fire_sample(*w.world, s.samples[0]);
    CHECK(evb::sample_mismatches(outcome, s.samples[0]).empty());
}

TEST_CASE("site scenarios: every example world survives CloudFormation export and import") {
    for (const auto& path : evb::test::site_files("examples")) {
        CAPTURE(path.filename().string());
        const evb::World original = evb::test::built(evb::test::load_scenario_file(path));
        for (const std::string& text : {evb::export_cloudformation_json(original.account()),
                                        evb::export_cloudformation_yaml(original.account())}) {
            evb::World copy;
            const evb::CfnImport r = evb::import_cloudformation(copy, text);
            if (r.error) INFO(evb::describe_issue(*r.error));
            REQUIRE(r.ok());
            CHECK(evb::test::resources_of(copy, true).dump(1) ==
                  evb::test::resources_of(original, true).dump(1));
        }
    }
}

TEST_CASE("site scenarios: every example world survives its CLI script replayed in the shell") {
    for (const auto& path : evb::test::site_files("examples")) {
        CAPTURE(path.filename().string());
        const evb::World original = evb::test::built(evb::test::load_scenario_file(path));
        evb::World copy;
        evb::test::replay_script(copy, evb::export_cli_script(original, evb::CliScriptOptions{false}));
        CHECK(evb::test::resources_without_code(copy).dump(1) ==
              evb::test::resources_without_code(original).dump(1));
    }
}

TEST_CASE("site scenarios: exercises go from easy to hard") {
    std::vector<std::string> levels;
    for (const auto& path : evb::test::site_files("exercises")) {
        const evb::Scenario s = evb::test::load_scenario_file(path);
        CAPTURE(path.string());
        CHECK(s.format == "evb-exercise");
        CHECK_FALSE(s.instructions.empty());
        CHECK_FALSE(s.solution.empty());
        levels.push_back(s.level);
    }
    CHECK(levels == std::vector<std::string>{"easy", "medium", "hard"});
}

TEST_CASE("site scenarios: every exercise starts unsolved and its solution passes every check") {
    for (const auto& path : evb::test::site_files("exercises")) {
        CAPTURE(path.filename().string());
        const evb::Scenario s = evb::test::load_scenario_file(path);
        evb::World world = evb::test::built(s);
        const evb::GradeReport before = evb::grade(world, s);
        CHECK_FALSE(before.complete());
        CHECK(before.passed < before.checks.size());
        evb::Scenario solution = s;
        solution.world = s.solution;
        auto failure = evb::apply_scenario(world, solution);
        if (failure) INFO(evb::describe_step_failure(*failure));
        REQUIRE_FALSE(failure);
        const evb::GradeReport after = evb::grade(world, s);
        for (const auto& c : after.checks) {
            INFO(c.title << ": " << c.message);
            CHECK(c.passed);
        }
        CHECK(after.complete());
    }
}

TEST_CASE("site scenarios: a wrong answer to the first exercise gets a message that says what is wrong") {
    const evb::Scenario s = evb::test::load_scenario_file(std::filesystem::path(EVB_SOURCE_DIR) /
                                                          "site/exercises/01-big-orders-only.json");
    evb::World world = evb::test::built(s);
    evb::Shell shell(world);
    REQUIRE(shell
                .run("aws events put-rule --name manual-order-rule --event-bus-name manual-order-bus "
                     "--event-pattern '{\"detail\":{\"price\":[{\"numeric\":[\">=\",100]}]}}'")
                .exit_code == 0);
    const evb::CheckResult r = evb::run_check(world, s.checks[0]);
    CHECK_FALSE(r.passed);
    CHECK(r.message == "Rule manual-order-rule should not match \"an order of exactly 100\" but it does.");
}
