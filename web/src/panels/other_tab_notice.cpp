#include "panels/other_tab_notice.hpp"

#include "app.hpp"
#include "widgets/replace_prompt.hpp"

namespace evb::web {

void draw_other_tab_notice(App& app) {
    const PromptAnswer answer = draw_replace_prompt(
        "Another tab saved the playground", app.panels().other_tab.open,
        "The playground is open in another tab too, and that tab saved its world after this one last did. "
        "Saving here would overwrite it, so nothing was saved. Keep the world of this tab (the other tab's "
        "work is replaced), or load the other tab's world (this tab's stays one Undo away).",
        "Keep this tab's world", "Load the other tab's world");
    if (answer != PromptAnswer::None) app.resolve_other_tab(answer == PromptAnswer::Yes);
}

}  // namespace evb::web
