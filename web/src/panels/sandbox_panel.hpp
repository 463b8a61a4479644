// Pattern sandbox: one event pattern tested against a set of events, each marked should-match or
// should-not-match, with pass/fail per event and, for the selected event, the field-by-field
// explanation (which field and operator matched or failed, and the event's value). Patterns can be
// taken from a rule, events from the logs. Changes nothing in the world.
#pragma once

#include "widgets/code_editor.hpp"

#include <string>
#include <vector>

namespace evb::web {

class App;

struct SandboxEvent {
    CodeEditor text;
    bool should_match = true;
};

struct SandboxPanel {
    CodeEditor pattern;
    std::vector<SandboxEvent> events;
    int selected = 0;     // the event whose explanation is shown
    std::string summary;  // what the last frame showed: "2 of 2 events as expected"
    std::string reason;   // and the selected event's "why not", if it did not match
};

// draw_sandbox_panel shows the pattern, the events with their outcomes, and the explanation.
void draw_sandbox_panel(SandboxPanel& panel, App& app);

}  // namespace evb::web
