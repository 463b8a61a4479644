// Exercises panel: the classroom exercises (site/exercises) with the student's progress as check marks,
// the selected exercise's instructions, hints and checks, graded live against the world (core's grader,
// re-run only when the world changes). Exercises completed are remembered in the browser's storage.
#pragma once

#include "evb/common/json.hpp"

#include <cstdint>
#include <set>
#include <string>

namespace evb::web {

class App;

struct ExercisesPanel {
    std::string selected;
    std::string started;  // the exercise whose starting world was loaded
    std::string asking;   // waiting for the user's yes before replacing their world
    std::string problem;
    int hints_shown = 0;
    Json report;  // the selected exercise's grade, for the revision below
    std::string report_for;
    std::uint64_t report_revision = ~std::uint64_t{0};
    std::set<std::string> completed;  // exercise ids, kept in storage
    bool progress_loaded = false;
};

// draw_exercises_panel lists the exercises with progress and shows the selected one, graded.
void draw_exercises_panel(ExercisesPanel& panel, App& app);

// exercises_state describes the panel for the test bridge: {selected, started, completed, report}.
Json exercises_state(ExercisesPanel& panel, App& app);

}  // namespace evb::web
