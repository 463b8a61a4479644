// The panels as the test bridge sees them: what each shows that a person would read on screen (the
// pattern problem and where it is, the last invocation's log tail, the selected log event, the sandbox's
// outcome, the flow's nodes, each panel's last feedback line). Read-only; for window.evb.state().
#pragma once

#include "evb/common/json.hpp"

namespace evb::web {

class App;

// ui_state describes what the panels show.
Json ui_state(App& app);

}  // namespace evb::web
