// Event buses panel: the account's buses with their ARNs, and a form to create one.
#pragma once

#include <string>

namespace evb::web {

class App;

struct BusPanel {
    char new_name[257] = "";
    std::string message;  // the last create's outcome, AWS's error text on failure
    bool failed = false;
};

// draw_bus_panel shows the bus list and the create form; changes go through App::apply.
void draw_bus_panel(BusPanel& panel, App& app);

}  // namespace evb::web
