// Scenario files: the examples gallery (format "evb-example") and classroom exercises ("evb-exercise")
// share one JSON format, documented in docs/scenarios.md and docs/exercises.md:
//   {"format": "evb-exercise", "version": 1, "id", "title", "level": "easy|medium|hard", "description",
//    "instructions" (markdown), "world": [steps], "samples": [sample events], "checks": [checks], "hints":
//    [...], "solution": [steps]}
// A world step is an `aws ...` command line (run by the shell), an API call {"service", "operation",
// "request"}, or {"advanceMs": N} to move the virtual clock. parse_scenario checks the whole structure
// (every check's type and fields too) and names the first problem by its path ("checks[2].rule").
// Depends only on evb/common/json.hpp.
#pragma once

#include "evb/common/json.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace evb {

inline constexpr std::string_view kExampleFormat = "evb-example";
inline constexpr std::string_view kExerciseFormat = "evb-exercise";
inline constexpr int kScenarioFormatVersion = 1;

// Scenario is a parsed example or exercise.
struct Scenario {
    std::string format;  // kExampleFormat or kExerciseFormat
    std::string id;
    std::string title;
    std::string level;         // easy, medium or hard ("" when not given)
    std::string description;   // one paragraph, markdown
    std::string instructions;  // markdown, exercises
    Json world = Json::array();
    Json samples = Json::array();
    Json checks = Json::array();
    Json hints = Json::array();
    Json solution = Json::array();  // steps that solve an exercise (tests, "show solution"); optional
};

// ScenarioLoad is a scenario, or the first problem found in its text.
struct ScenarioLoad {
    std::optional<Scenario> scenario;
    std::string error;
};

// parse_scenario reads and checks a scenario file.
ScenarioLoad parse_scenario(std::string_view text);

// scenario_json writes a scenario back in the file format.
Json scenario_json(const Scenario& scenario);

// check_types lists the check types an exercise may use.
const std::vector<std::string>& check_types();

}  // namespace evb
