#include "ui_state.hpp"

#include "app.hpp"
#include "evb/common/json_access.hpp"

namespace evb::web {
namespace {

Json feedback_json(const Feedback& feedback) {
    if (feedback.text.empty()) return nullptr;
    return Json{{"ok", !feedback.failed}, {"text", feedback.text}};
}

Json rules_json(const RulePanel& panel) {
    Json problem = nullptr;
    if (panel.problem)
        problem = Json{{"message", panel.problem->message},
                       {"line", panel.problem->line},
                       {"column", panel.problem->column}};
    return Json{{"selected", panel.selected},
                {"pattern", panel.pattern.text},
                {"problem", problem},
                {"feedback", feedback_json(panel.feedback)}};
}

Json function_json(const FunctionPanel& panel) {
    return Json{{"selected", panel.selected},      {"role", panel.role},
                {"lastLog", panel.last_log},       {"lastPayload", panel.last_payload},
                {"lastFailed", panel.last_failed}, {"feedback", feedback_json(panel.feedback)}};
}

Json logs_json(LogsPanel& panel, App& app) {
    Json out = {{"group", panel.group},
                {"stream", panel.stream},
                {"filter", panel.filter},
                {"follow", panel.follow},
                {"selected", panel.selected},
                {"selectedMessage", nullptr},
                {"listed", 0}};
    if (panel.stream.empty()) return out;
    const Json& events = items(listed_log_events(panel, app).body(), "events");
    out["listed"] = events.size();
    if (panel.selected >= 0 && static_cast<std::size_t>(panel.selected) < events.size()) {
        out["selectedMessage"] = text_member(events[static_cast<std::size_t>(panel.selected)], "message");
    }
    return out;
}

Json flow_json(const FlowPanel& panel) {
    Json nodes = Json::array();
    constexpr const char* kStates[] = {"idle", "lit", "failed", "unmatched"};
    for (const FlowNode& node : panel.model.nodes) {
        nodes.push_back(Json{
            {"title", node.title}, {"state", kStates[static_cast<int>(node.state)]}, {"note", node.note}});
    }
    return Json{
        {"lastEvent", panel.model.last_event}, {"nodes", nodes}, {"feedback", feedback_json(panel.feedback)}};
}

}  // namespace

Json ui_state(App& app) {
    Panels& p = app.panels();
    return Json{
        {"buses", {{"selected", p.buses.selected}, {"feedback", feedback_json(p.buses.feedback)}}},
        {"rules", rules_json(p.rules)},
        {"targets", {{"feedback", feedback_json(p.targets.feedback)}}},
        {"roles", {{"selected", p.roles.selected}, {"feedback", feedback_json(p.roles.feedback)}}},
        {"function", function_json(p.function)},
        {"logs", logs_json(p.logs, app)},
        {"sandbox",
         {{"summary", p.sandbox.summary}, {"reason", p.sandbox.reason}, {"events", p.sandbox.events.size()}}},
        {"flow", flow_json(p.flow)},
        {"console", {{"input", p.console.input}, {"pending", p.console.pending}}}};
}

}  // namespace evb::web
