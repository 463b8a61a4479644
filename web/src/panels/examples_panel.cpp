#include "panels/examples_panel.hpp"

#include "app.hpp"
#include "evb/common/json_access.hpp"
#include "scenario_library.hpp"
#include "theme.hpp"
#include "widgets/replace_prompt.hpp"
#include "widgets/status.hpp"

#include <imgui.h>

namespace evb::web {
namespace {

constexpr const char* kAskTitle = "Replace your world?";

void draw_list(ExamplesPanel& panel) {
    for (const LibraryEntry& entry : library_examples()) {
        const Scenario& s = entry.scenario;
        const bool loaded = panel.loaded == s.id;
        std::string label = (loaded ? std::string(kCheck) + " " : std::string("   ")) + s.title + "##" + s.id;
        if (ImGui::Selectable(label.c_str(), panel.selected == s.id)) panel.selected = s.id;
    }
}

void draw_samples(const Scenario& s) {
    if (s.samples.empty()) return;
    ImGui::SeparatorText("Sample events");
    for (const Json& sample : s.samples) {
        ImGui::BulletText("%s", text_member(sample, "name").c_str());
        const Json& expect = member(sample, "expect");
        if (!expect.is_object()) continue;
        ImGui::SameLine();
        ImGui::TextDisabled("\u2192 %s", items(expect, "rules").empty()
                                             ? "matches no rule"
                                             : to_json_text(items(expect, "rules")).c_str());
    }
}

void request_load(ExamplesPanel& panel, App& app, const std::string& id) {
    panel.problem.clear();
    if (world_has_work(app)) {
        panel.asking = id;
        return;
    }
    panel.problem = load_scenario_world(app, id);
    if (panel.problem.empty()) panel.loaded = id;
}

void draw_detail(ExamplesPanel& panel, App& app) {
    const Scenario* s = find_scenario(panel.selected);
    if (!s) {
        ImGui::TextDisabled("Choose an example on the left.");
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextWrapped("%s", s->title.c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", s->description.c_str());
    ImGui::Spacing();
    if (ImGui::Button("Load example")) request_load(panel, app, s->id);
    ImGui::SetItemTooltip("Replaces the world with this example's; Undo brings yours back");
    if (!panel.problem.empty()) status_text(false, panel.problem);
    if (panel.loaded == s->id && panel.problem.empty())
        status_text(true, "loaded: try its sample events in the console or the sandbox");
    ImGui::SeparatorText("What it sets up");
    for (const Json& step : s->world)
        ImGui::TextWrapped("%s",
                           step.is_string() ? step.get<std::string>().c_str() : to_json_text(step).c_str());
    draw_samples(*s);
}

void draw_ask(ExamplesPanel& panel, App& app) {
    const PromptAnswer answer = draw_replace_prompt(
        kAskTitle, !panel.asking.empty(),
        "Your world has buses, rules or logs of your own. Loading the example replaces them; they stay in "
        "the undo history, so Undo (Ctrl+Z) brings them back.",
        "Replace my world", "Keep my world");
    if (answer == PromptAnswer::None) return;
    if (answer == PromptAnswer::Yes) {
        panel.problem = load_scenario_world(app, panel.asking);
        if (panel.problem.empty()) panel.loaded = panel.asking;
    }
    panel.asking.clear();
}

}  // namespace

bool world_has_work(App& app) {
    const Json& state = app.snapshot();
    if (items(state, "buses").size() > 1 || !items(state, "rules").empty()) return true;
    if (!items(state, "logGroups").empty() || !items(state, "functions").empty()) return true;
    return !items(state, "roles").empty();
}

PendingWorld scenario_offer(App& app, const std::string& id, std::string& problem) {
    const Scenario* s = find_scenario(id);
    if (!s)
        return problem = "There is no example or exercise named '" + id.substr(0, 64) + "'.", PendingWorld{};
    BuiltWorld built = build_world_document(*s, app.world().account().config);
    if (!built.error.empty())
        return problem = "The example's world could not be built: " + built.error, PendingWorld{};
    return PendingWorld{"\"" + s->title + "\"", std::move(built.document), "loaded " + s->title,
                        std::move(built.lines), ""};
}

std::string load_scenario_world(App& app, const std::string& id) {
    std::string problem;
    PendingWorld offer = scenario_offer(app, id, problem);
    if (!problem.empty()) return problem;
    if (auto error = app.replace_world(offer.document, offer.label, offer.lines))
        return error->code + ": " + error->message;
    return "";
}

void draw_examples_panel(ExamplesPanel& panel, App& app) {
    if (panel.selected.empty() && !library_examples().empty())
        panel.selected = library_examples().front().scenario.id;
    ImGui::SeparatorText("Examples");
    ImGui::BeginChild("example list", ImVec2(ImGui::GetFontSize() * 16, 0), ImGuiChildFlags_Border);
    draw_list(panel);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("example detail", ImVec2(0, 0), ImGuiChildFlags_Border);
    draw_detail(panel, app);
    ImGui::EndChild();
    draw_ask(panel, app);
}

}  // namespace evb::web
