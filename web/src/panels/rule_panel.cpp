#include "panels/rule_panel.hpp"

#include "app.hpp"
#include "evb/common/json_access.hpp"
#include "fonts.hpp"
#include "panels/target_panel.hpp"
#include "theme.hpp"
#include "widgets/operator_reference.hpp"

#include <imgui.h>

#include <cstdio>

namespace evb::web {
namespace {

constexpr const char* kNewPattern = "{\n  \"source\": [\"Order Service\"]\n}";

const Json* find_rule(const Json& rules, const std::string& name) {
    for (const auto& rule : rules) {
        if (text_member(rule, "Name") == name) return &rule;
    }
    return nullptr;
}

// pretty_pattern indents a stored pattern for editing; text that is not JSON stays as it is.
std::string pretty_pattern(const std::string& text) {
    auto parsed = parse_json(text);
    return parsed ? to_json_text(*parsed, 2) : text;
}

void load_rule(RulePanel& panel, const Json* rule) {
    std::snprintf(panel.name, sizeof panel.name, "%s", rule ? text_member(*rule, "Name").c_str() : "");
    std::snprintf(panel.description, sizeof panel.description, "%s",
                  rule ? text_member(*rule, "Description").c_str() : "");
    panel.enabled = !rule || text_member(*rule, "State") != "DISABLED";
    panel.pattern = CodeEditor{rule ? pretty_pattern(text_member(*rule, "EventPattern")) : kNewPattern, -1};
    panel.feedback = {};
}

void sync_form(RulePanel& panel, const std::string& bus, const Json& rules) {
    const Json* rule = find_rule(rules, panel.selected);
    if (!rule) panel.selected.clear();
    const std::string key = bus + "/" + panel.selected;
    if (key == panel.loaded) return;
    panel.loaded = key;
    load_rule(panel, rule);
}

void draw_state(const Json& rule) {
    const bool enabled = text_member(rule, "State") != "DISABLED";
    ImGui::PushStyleColor(ImGuiCol_Text, enabled ? palette().pass : palette().muted);
    ImGui::TextUnformatted(enabled ? "\u2713 ENABLED" : "\u2717 DISABLED");
    ImGui::PopStyleColor();
}

void draw_rule_row(RulePanel& panel, const Json& rule) {
    const std::string name = text_member(rule, "Name");
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    std::string label = name + "##rule " + name;
    if (ImGui::Selectable(label.c_str(), panel.selected == name, ImGuiSelectableFlags_SpanAllColumns)) {
        panel.selected = name;
    }
    ImGui::TableNextColumn();
    draw_state(rule);
    ImGui::TableNextColumn();
    ImGui::PushFont(mono_font());
    std::string pattern = text_member(rule, "EventPattern");
    ImGui::TextUnformatted(pattern.empty() ? text_member(rule, "ScheduleExpression").c_str()
                                           : pattern.c_str());
    ImGui::PopFont();
    ImGui::TableNextColumn();
    ImGui::Text("%zu", items(rule, "Targets").size());
    ImGui::TableNextColumn();
    ImGui::Text("%lld", static_cast<long long>(number_member(member(rule, "metrics"), "MatchedEvents")));
}

void draw_rule_table(RulePanel& panel, const Json& rules) {
    if (rules.empty()) {
        ImGui::TextDisabled("No rules on this bus yet: write one below.");
        return;
    }
    constexpr auto kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                            ImGuiTableFlags_SizingStretchProp;
    const float rows = static_cast<float>(std::min<std::size_t>(rules.size(), 5) + 1);
    if (!ImGui::BeginTable("rules", 5, kFlags, ImVec2(0, rows * ImGui::GetFrameHeightWithSpacing()))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Rule", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("State", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Event pattern", ImGuiTableColumnFlags_WidthStretch, 4.0f);
    ImGui::TableSetupColumn("Targets", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("Matched", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableHeadersRow();
    for (const auto& rule : rules)
        draw_rule_row(panel, rule);
    ImGui::EndTable();
}

Json put_rule_request(const RulePanel& panel, const std::string& bus) {
    auto parsed = parse_json(panel.pattern.text);
    Json request = {{"Name", panel.name},
                    {"EventPattern", parsed ? to_json_text(*parsed) : panel.pattern.text},
                    {"State", panel.enabled ? "ENABLED" : "DISABLED"}};
    if (panel.description[0] != '\0') request["Description"] = panel.description;
    if (bus != "default") request["EventBusName"] = bus;
    return request;
}

Json rule_request(const std::string& name, const std::string& bus) {
    Json request = {{"Name", name}};
    if (bus != "default") request["EventBusName"] = bus;
    return request;
}

void save_rule(RulePanel& panel, App& app, const std::string& bus) {
    const bool creating = panel.selected.empty();
    ApiResult result = app.apply("events", "PutRule", put_rule_request(panel, bus));
    panel.feedback =
        feedback_of(result, (creating ? "Created " : "Saved ") + text_member(result.body(), "RuleArn"));
    if (!result.ok()) return;
    panel.selected = panel.name;
    panel.loaded = bus + "/" + panel.selected;
}

void set_state(RulePanel& panel, App& app, const std::string& bus, bool enable) {
    ApiResult result =
        app.apply("events", enable ? "EnableRule" : "DisableRule", rule_request(panel.selected, bus));
    panel.feedback = feedback_of(result, std::string(enable ? "Enabled " : "Disabled ") + panel.selected);
    if (result.ok()) panel.enabled = enable;
}

// delete_rule removes the rule's targets first, as the EventBridge console does (AWS refuses otherwise).
void delete_rule(RulePanel& panel, App& app, const std::string& bus, const Json& rule) {
    Json ids = Json::array();
    for (const auto& target : items(rule, "Targets"))
        ids.push_back(text_member(target, "Id"));
    if (!ids.empty()) {
        Json request = {{"Rule", panel.selected}};
        if (bus != "default") request["EventBusName"] = bus;
        request["Ids"] = ids;
        app.apply("events", "RemoveTargets", request);
    }
    ApiResult result = app.apply("events", "DeleteRule", rule_request(panel.selected, bus));
    panel.feedback = feedback_of(result, "Deleted " + panel.selected);
    if (result.ok()) panel.selected.clear();
}

void validate_pattern(RulePanel& panel) {
    if (panel.checked_text == panel.pattern.text && !panel.checked_text.empty()) return;
    panel.checked_text = panel.pattern.text;
    panel.problem = pattern_problem(panel.pattern.text);
}

void draw_pattern_editor(RulePanel& panel) {
    validate_pattern(panel);
    ImGui::TextUnformatted("Event pattern");
    draw_code_editor("##event pattern", panel.pattern, panel.problem ? &*panel.problem : nullptr, 8);
    validate_pattern(panel);
    if (panel.problem)
        draw_problem(*panel.problem);
    else
        status_text(true, "Valid event pattern");
}

void draw_pattern_tab(RulePanel& panel) {
    constexpr auto kFlags = ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("pattern and reference", 2, kFlags)) return;
    ImGui::TableSetupColumn("editor", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("reference", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableNextColumn();
    draw_pattern_editor(panel);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted("Operators");
    ImGui::SameLine();
    ImGui::TextDisabled("click one to insert it at the cursor");
    if (auto snippet = draw_operator_reference()) {
        insert_at_cursor(panel.pattern, *snippet);
        validate_pattern(panel);  // the editor was drawn already: the check must not wait a frame
    }
    ImGui::EndTable();
}

void draw_fields(RulePanel& panel) {
    const bool creating = panel.selected.empty();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    ImGui::BeginDisabled(!creating);
    ImGui::InputTextWithHint("##rule name", "rule name", panel.name, sizeof panel.name);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    ImGui::InputTextWithHint("##rule description", "description (optional)", panel.description,
                             sizeof panel.description);
    ImGui::SameLine();
    ImGui::Checkbox("Enabled", &panel.enabled);
}

void draw_actions(RulePanel& panel, App& app, const std::string& bus, const Json* rule) {
    if (ImGui::Button(rule ? "Save rule" : "Create rule")) save_rule(panel, app, bus);
    if (!rule) return;
    const bool enabled = text_member(*rule, "State") != "DISABLED";
    ImGui::SameLine();
    if (ImGui::Button(enabled ? "Disable rule" : "Enable rule")) set_state(panel, app, bus, !enabled);
    ImGui::SameLine();
    if (ImGui::Button("Delete rule")) delete_rule(panel, app, bus, *rule);
}

void draw_editor(RulePanel& panel, App& app, const std::string& bus, const Json* rule) {
    ImGui::SeparatorText(rule ? ("Rule " + panel.selected).c_str() : "New rule");
    draw_fields(panel);
    draw_actions(panel, app, bus, rule);
    draw_feedback(panel.feedback);
    if (!ImGui::BeginTabBar("rule tabs")) return;
    if (ImGui::BeginTabItem("Event pattern")) {
        draw_pattern_tab(panel);
        ImGui::EndTabItem();
    }
    std::string targets =
        "Targets (" + std::to_string(rule ? items(*rule, "Targets").size() : 0) + ")###targets";
    if (rule && ImGui::BeginTabItem(targets.c_str())) {
        draw_target_panel(app.panels().targets, app, bus, *rule);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

const Json& bus_rules(App& app, const std::string& bus) {
    for (const auto& b : items(app.snapshot(), "buses")) {
        if (text_member(b, "Name") == bus) return items(b, "Rules");
    }
    static const Json kNoRules = Json::array();
    return kNoRules;
}

}  // namespace

void draw_rule_panel(RulePanel& panel, App& app) {
    const std::string bus = app.panels().buses.selected;
    const Json& rules = bus_rules(app, bus);
    sync_form(panel, bus, rules);
    ImGui::SeparatorText(("Rules on " + bus).c_str());
    draw_rule_table(panel, rules);
    if (ImGui::Button("New rule")) panel.selected.clear(), panel.loaded.clear();
    sync_form(panel, bus, rules);
    draw_editor(panel, app, bus, find_rule(rules, panel.selected));
}

}  // namespace evb::web
