// Event buses panel: the account's buses (the default one protected), the selected bus's ARN with a
// copy button, and forms to create and delete buses. The rule panel shows the selected bus's rules.
#pragma once

#include "widgets/status.hpp"

#include <string>

namespace evb::web {

class App;

struct BusPanel {
    char new_name[257] = "";
    std::string selected = "default";  // the bus whose rules the rule panel shows
    Feedback feedback;                 // the last create's or delete's outcome
};

// draw_bus_panel shows the bus list, the selected bus and the create form; changes go through App::apply.
void draw_bus_panel(BusPanel& panel, App& app);

}  // namespace evb::web
