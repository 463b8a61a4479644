// Grading an exercise: each check of the exercise runs against the student's world and passes or fails
// with a message that says what is wrong and what to look at. Check types (fields in docs/exercises.md):
//   rule-matches     a rule on a bus matches every event of "matches" and none of "does_not_match"
//   log-contains     a log group holds at least "min" events passing a where clause / filter / substring
//   resource-exists  an event bus, rule, log group, function or role exists (or, with exists:false, not)
//   target           a rule sends to a given log group, function, event bus or ARN (input style, role)
//   delivers         firing an event (on a copy of the world) lands in a log group, optionally as a message
// Grading never changes the world. Depends on the World, the pattern engine's explanations and the logs
// filter syntax.
#pragma once

#include "evb/common/json.hpp"
#include "evb/scenario/scenario.hpp"
#include "evb/world/world.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace evb {

// CheckResult is one check's verdict.
struct CheckResult {
    std::string id;
    std::string type;
    std::string title;
    bool passed = false;
    std::string message;
};

// GradeReport is every check's verdict, in the exercise's order.
struct GradeReport {
    std::vector<CheckResult> checks;
    std::size_t passed = 0;

    // complete tells whether every check passed.
    bool complete() const { return !checks.empty() && passed == checks.size(); }
};

// run_check runs one check against a world.
CheckResult run_check(const World& world, const Json& check);

// grade runs every check of an exercise.
GradeReport grade(const World& world, const Scenario& exercise);

// grade_report_json shapes a report for the page: {passed, total, complete, checks: [{id, type, title,
// passed, message}]}.
Json grade_report_json(const GradeReport& report);

}  // namespace evb
