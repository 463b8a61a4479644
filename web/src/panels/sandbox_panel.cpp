#include "panels/sandbox_panel.hpp"

#include "app.hpp"
#include "evb/common/json_access.hpp"
#include "evb/pattern/event_pattern.hpp"
#include "fonts.hpp"
#include "theme.hpp"
#include "widgets/operator_reference.hpp"
#include "widgets/status.hpp"

#include <imgui.h>

#include <optional>

namespace evb::web {
namespace {

constexpr const char* kStartPattern =
    "{\n  \"source\": [\"Order Service\"],\n  \"detail\": {\n    \"price\": [{\"numeric\": [\">\", 50]}]\n  "
    "}\n}";

std::string order_event(App& app, int price) {
    Json event = {{"version", "0"},
                  {"id", "4b6a2b4e-0c1f-4d38-9c1e-2f5e3c7a9d10"},
                  {"detail-type", "New Order"},
                  {"source", "Order Service"},
                  {"account", app.world().account_id()},
                  {"time", "2023-11-14T22:13:20Z"},
                  {"region", app.world().region()},
                  {"resources", Json::array()},
                  {"detail", {{"orderNumber", "123"}, {"productId", "ISN123"}, {"price", price}}}};
    return to_json_text(event, 2);
}

void ensure_started(SandboxPanel& panel, App& app) {
    if (!panel.pattern.text.empty() || !panel.events.empty()) return;
    panel.pattern = CodeEditor{kStartPattern, -1};
    panel.events.push_back(SandboxEvent{CodeEditor{order_event(app, 100), -1}, true});
    panel.events.push_back(SandboxEvent{CodeEditor{order_event(app, 20), -1}, false});
}

// Outcome is one event tested: its JSON problem, or whether it matched and why.
struct Outcome {
    std::optional<TextProblem> problem;
    Explanation explanation;
    bool as_expected = false;
};

Outcome test_event(const std::optional<EventPattern>& pattern, const SandboxEvent& event) {
    Outcome outcome;
    outcome.problem = json_problem(event.text.text);
    if (outcome.problem || !pattern) return outcome;
    outcome.explanation = pattern->explain_text(event.text.text);
    outcome.as_expected = outcome.explanation.matched == event.should_match;
    return outcome;
}

void draw_step(const MatchStep& step) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushStyleColor(ImGuiCol_Text, step.matched ? palette().pass : palette().fail);
    ImGui::TextUnformatted(step.matched ? kCheck : kCross);
    ImGui::PopStyleColor();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(step.path.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(step.op.c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", step.actual.c_str());
}

void draw_explanation(const Explanation& explanation) {
    ImGui::SeparatorText("Field by field");
    if (!explanation.reason.empty()) status_text(false, "Why not: " + explanation.reason);
    constexpr auto kFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("explanation", 4, kFlags)) return;
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("Field", 0, 1.5f);
    ImGui::TableSetupColumn("Pattern", 0, 2.0f);
    ImGui::TableSetupColumn("Event value", 0, 2.0f);
    ImGui::TableHeadersRow();
    ImGui::PushFont(mono_font());
    for (const MatchStep& step : explanation.steps)
        draw_step(step);
    ImGui::PopFont();
    ImGui::EndTable();
}

std::string outcome_words(const Outcome& outcome, const SandboxEvent& event) {
    if (outcome.problem) return "not JSON";
    const char* got = outcome.explanation.matched ? "matches" : "does not match";
    return std::string(got) + (event.should_match ? " (should match)" : " (should not match)");
}

// draw_event_header returns false when the event's Remove button was clicked.
bool draw_event_header(SandboxPanel& panel, SandboxEvent& event, const Outcome& outcome, int index) {
    ImGui::PushStyleColor(ImGuiCol_Text, outcome.as_expected ? palette().pass : palette().fail);
    std::string label = std::string(outcome.as_expected ? kCheck : kCross) + " Event " +
                        std::to_string(index + 1) + "##select event";
    if (ImGui::Selectable(label.c_str(), panel.selected == index, 0, ImVec2(ImGui::GetFontSize() * 6, 0)))
        panel.selected = index;
    ImGui::PopStyleColor();
    ImGui::SameLine();
    if (ImGui::RadioButton("should match", event.should_match)) event.should_match = true;
    ImGui::SameLine();
    if (ImGui::RadioButton("should not match", !event.should_match)) event.should_match = false;
    ImGui::SameLine();
    ImGui::TextDisabled("%s", outcome_words(outcome, event).c_str());
    ImGui::SameLine();
    return !ImGui::SmallButton("Remove");
}

void draw_events(SandboxPanel& panel, const std::optional<EventPattern>& pattern,
                 std::vector<Outcome>& outcomes) {
    for (int i = 0; i < static_cast<int>(panel.events.size()); ++i) {
        ImGui::PushID(i);
        SandboxEvent& event = panel.events[static_cast<std::size_t>(i)];
        outcomes.push_back(test_event(pattern, event));
        const bool keep = draw_event_header(panel, event, outcomes.back(), i);
        const Outcome& outcome = outcomes.back();
        draw_code_editor("##sandbox event", event.text, outcome.problem ? &*outcome.problem : nullptr, 3);
        ImGui::PopID();
        if (!keep) {
            panel.events.erase(panel.events.begin() + i);
            outcomes.pop_back();
            --i;
        }
    }
}

void draw_summary(SandboxPanel& panel, const std::vector<Outcome>& outcomes, bool pattern_ok) {
    std::size_t met = 0;
    for (const Outcome& o : outcomes)
        met += o.as_expected ? 1 : 0;
    panel.summary =
        pattern_ok ? std::to_string(met) + " of " + std::to_string(outcomes.size()) + " events as expected"
                   : "Fix the pattern to test the events.";
    status_text(pattern_ok && met == outcomes.size(), panel.summary);
}

std::optional<std::string> latest_logged_event(App& app) {
    std::optional<std::string> latest;
    std::int64_t newest = -1;
    for (const auto& group : items(app.snapshot(), "logGroups")) {
        for (const auto& stream : items(group, "logStreams")) {
            for (const auto& event : items(stream, "events")) {
                if (number_member(event, "timestamp") < newest) continue;
                newest = number_member(event, "timestamp");
                latest = text_member(event, "message");
            }
        }
    }
    return latest;
}

void add_event(SandboxPanel& panel, std::string text) {
    auto parsed = parse_json(text);
    panel.events.push_back(SandboxEvent{CodeEditor{parsed ? to_json_text(*parsed, 2) : text, -1}, true});
    panel.selected = static_cast<int>(panel.events.size()) - 1;
}

void draw_event_tools(SandboxPanel& panel, App& app) {
    if (ImGui::Button("Add event")) add_event(panel, order_event(app, 75));
    ImGui::SameLine();
    auto logged = latest_logged_event(app);
    ImGui::BeginDisabled(!logged);
    if (ImGui::Button("Add latest logged event")) add_event(panel, *logged);
    ImGui::EndDisabled();
}

void draw_rule_picker(SandboxPanel& panel, App& app) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (!ImGui::BeginCombo("##pattern from rule", "pattern of a rule\u2026")) return;
    for (const auto& bus : items(app.snapshot(), "buses")) {
        for (const auto& rule : items(bus, "Rules")) {
            const std::string text = text_member(rule, "EventPattern");
            if (text.empty()) continue;
            std::string label = text_member(bus, "Name") + " / " + text_member(rule, "Name");
            auto parsed = parse_json(text);
            if (ImGui::Selectable(label.c_str()))
                panel.pattern = CodeEditor{parsed ? to_json_text(*parsed, 2) : text, -1};
        }
    }
    ImGui::EndCombo();
}

std::optional<EventPattern> draw_pattern_column(SandboxPanel& panel, App& app) {
    ImGui::SeparatorText("Event pattern");
    draw_rule_picker(panel, app);
    auto problem = pattern_problem(panel.pattern.text);
    draw_code_editor("##sandbox pattern", panel.pattern, problem ? &*problem : nullptr, 8);
    problem = pattern_problem(panel.pattern.text);
    if (problem)
        draw_problem(*problem);
    else
        status_text(true, "Valid event pattern");
    if (ImGui::CollapsingHeader("Operator reference")) {
        if (auto snippet = draw_operator_reference()) insert_at_cursor(panel.pattern, *snippet);
    }
    return compile_event_pattern(panel.pattern.text).pattern;
}

void draw_events_column(SandboxPanel& panel, App& app, const std::optional<EventPattern>& pattern) {
    ImGui::SeparatorText("Events");
    std::vector<Outcome> outcomes;
    ImGui::BeginChild("sandbox events", ImVec2(0, ImGui::GetContentRegionAvail().y * 0.6f),
                      ImGuiChildFlags_Border);
    draw_events(panel, pattern, outcomes);
    ImGui::EndChild();
    draw_summary(panel, outcomes, pattern.has_value());
    draw_event_tools(panel, app);
    panel.reason.clear();
    if (panel.selected >= 0 && static_cast<std::size_t>(panel.selected) < outcomes.size() && pattern) {
        panel.reason = outcomes[static_cast<std::size_t>(panel.selected)].explanation.reason;
        draw_explanation(outcomes[static_cast<std::size_t>(panel.selected)].explanation);
    }
}

}  // namespace

void draw_sandbox_panel(SandboxPanel& panel, App& app) {
    ensure_started(panel, app);
    if (!ImGui::BeginTable("sandbox columns", 2,
                           ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("pattern", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("events", ImGuiTableColumnFlags_WidthStretch, 1.3f);
    ImGui::TableNextColumn();
    auto pattern = draw_pattern_column(panel, app);
    ImGui::TableNextColumn();
    draw_events_column(panel, app, pattern);
    ImGui::EndTable();
}

}  // namespace evb::web
