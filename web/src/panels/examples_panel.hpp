// Examples gallery: the tutorial and common patterns (site/examples), each with its description and
// sample events. Loading one replaces the world as one undoable step, and asks first when the world holds
// work of the user's: their world stays one Undo away.
#pragma once

#include "panels/pending_world.hpp"

#include <string>

namespace evb::web {

class App;

struct ExamplesPanel {
    std::string selected;  // the example shown on the right
    std::string asking;    // the example waiting for the user's yes (the world is not empty)
    std::string loaded;    // the example last loaded
    std::string problem;   // why the last load failed
};

// draw_examples_panel lists the examples and shows the selected one with its Load button.
void draw_examples_panel(ExamplesPanel& panel, App& app);

// world_has_work tells whether the world holds anything beyond a fresh account's default bus.
bool world_has_work(App& app);

// scenario_offer builds a scenario's starting world, to offer or load; problem says why it could not.
PendingWorld scenario_offer(App& app, const std::string& id, std::string& problem);

// load_scenario_world replaces the world with a scenario's starting world (one undo step, echoed);
// returns the problem, or "".
std::string load_scenario_world(App& app, const std::string& id);

}  // namespace evb::web
