// Rules panel: the selected bus's rules in a table, and the rule editor — name, description, state, a
// monospace event-pattern editor validated live with AWS's messages (marked at their line and column),
// the operator quick reference with insertable snippets, and the rule's targets (target_panel).
#pragma once

#include "widgets/code_editor.hpp"
#include "widgets/status.hpp"

#include <optional>
#include <string>

namespace evb::web {

class App;

struct RulePanel {
    std::string selected;  // rule on the selected bus; empty while writing a new rule
    std::string loaded;    // "bus/rule" whose fields the form holds
    char name[65] = "";
    char description[513] = "";
    bool enabled = true;
    CodeEditor pattern;
    std::string checked_text;  // the pattern text `problem` was computed for
    std::optional<TextProblem> problem;
    Feedback feedback;
};

// draw_rule_panel shows the rules of the bus selected in the bus panel and the rule editor.
void draw_rule_panel(RulePanel& panel, App& app);

}  // namespace evb::web
