// The question asked when another tab saved the world since this tab last did: saving here would
// overwrite that tab's work, so nothing is saved until the user chooses this tab's world or the other's.
#pragma once

namespace evb::web {

class App;

struct OtherTabNotice {
    bool open = false;  // another tab's save is waiting for the user's choice
};

// draw_other_tab_notice shows the question while it is open.
void draw_other_tab_notice(App& app);

}  // namespace evb::web
