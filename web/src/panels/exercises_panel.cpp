#include "panels/exercises_panel.hpp"

#include "app.hpp"
#include "browser.hpp"
#include "evb/common/json_access.hpp"
#include "evb/scenario/grader.hpp"
#include "panels/examples_panel.hpp"
#include "scenario_library.hpp"
#include "theme.hpp"
#include "widgets/replace_prompt.hpp"
#include "widgets/status.hpp"

#include <imgui.h>

namespace evb::web {
namespace {

constexpr std::string_view kProgressKey = "evb-playground/exercises-done";
constexpr const char* kAskTitle = "Start the exercise?";

void load_progress(ExercisesPanel& panel) {
    if (panel.progress_loaded) return;
    panel.progress_loaded = true;
    std::optional<std::string> kept = storage_read(kProgressKey);
    std::optional<Json> done = kept ? parse_json(*kept) : std::nullopt;
    if (!done || !done->is_array()) return;
    for (const Json& id : *done)
        if (id.is_string()) panel.completed.insert(id.get<std::string>());
}

void keep_progress(const ExercisesPanel& panel) {
    Json done = Json::array();
    for (const std::string& id : panel.completed)
        done.push_back(id);
    storage_write(kProgressKey, to_json_text(done));
}

// regrade runs the selected exercise's checks again when the world or the selection changed.
void regrade(ExercisesPanel& panel, App& app, const Scenario& exercise) {
    if (panel.report_for == exercise.id && panel.report_revision == app.snapshot_revision()) return;
    GradeReport report = grade(app.world(), exercise);
    panel.report = grade_report_json(report);
    panel.report_for = exercise.id;
    panel.report_revision = app.snapshot_revision();
    if (report.complete() && panel.started == exercise.id && panel.completed.insert(exercise.id).second)
        keep_progress(panel);
}

void start(ExercisesPanel& panel, App& app, const std::string& id) {
    panel.problem = load_scenario_world(app, id);
    if (!panel.problem.empty()) return;
    panel.started = id;
    panel.hints_shown = 0;
    panel.report_revision = ~std::uint64_t{0};
}

void draw_list(ExercisesPanel& panel) {
    for (const LibraryEntry& entry : library_exercises()) {
        const Scenario& s = entry.scenario;
        const bool done = panel.completed.count(s.id) > 0;
        std::string label = std::string(done ? kCheck : "\u25CB") + " " + s.title + "##" + s.id;
        if (ImGui::Selectable(label.c_str(), panel.selected == s.id)) panel.selected = s.id;
        ImGui::SameLine();
        ImGui::TextDisabled("%s", s.level.c_str());
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%zu of %zu done", panel.completed.size(), library_exercises().size());
}

void draw_checks(ExercisesPanel& panel) {
    const Json& report = panel.report;
    const auto passed = number_member(report, "passed"), total = number_member(report, "total");
    ImGui::SeparatorText("Checks");
    ImGui::ProgressBar(total ? static_cast<float>(passed) / static_cast<float>(total) : 0.0f, ImVec2(-1, 0),
                       (std::to_string(passed) + " of " + std::to_string(total) + " checks pass").c_str());
    for (const Json& check : items(report, "checks")) {
        const bool ok = member(check, "passed").is_boolean() && member(check, "passed").get<bool>();
        status_text(ok, text_member(check, "title"));
        if (ok) continue;
        ImGui::Indent();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", text_member(check, "message").c_str());
        ImGui::PopTextWrapPos();
        ImGui::Unindent();
    }
    if (member(report, "complete").is_boolean() && member(report, "complete").get<bool>())
        status_text(true, "Exercise complete: every check passes.");
}

void draw_hints(ExercisesPanel& panel, const Scenario& s) {
    if (s.hints.empty()) return;
    for (int i = 0; i < panel.hints_shown && i < static_cast<int>(s.hints.size()); ++i)
        ImGui::TextWrapped("Hint %d: %s", i + 1,
                           s.hints[static_cast<std::size_t>(i)].is_string()
                               ? s.hints[static_cast<std::size_t>(i)].get<std::string>().c_str()
                               : "");
    if (panel.hints_shown < static_cast<int>(s.hints.size()) && ImGui::SmallButton("Show a hint"))
        ++panel.hints_shown;
}

void draw_detail(ExercisesPanel& panel, App& app) {
    const Scenario* s = find_scenario(panel.selected);
    if (!s) return ImGui::TextDisabled("Choose an exercise on the left.");
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextWrapped("%s", s->title.c_str());
    ImGui::PopStyleColor();
    if (ImGui::Button(panel.started == s->id ? "Restart exercise" : "Start exercise")) {
        if (world_has_work(app))
            panel.asking = s->id;
        else
            start(panel, app, s->id);
    }
    ImGui::SetItemTooltip("Loads the exercise's starting world; Undo brings yours back");
    if (!panel.problem.empty()) status_text(false, panel.problem);
    ImGui::SeparatorText("Instructions");
    ImGui::TextWrapped("%s", s->instructions.c_str());
    draw_hints(panel, *s);
    regrade(panel, app, *s);
    draw_checks(panel);
}

void draw_ask(ExercisesPanel& panel, App& app) {
    const PromptAnswer answer = draw_replace_prompt(
        kAskTitle, !panel.asking.empty(),
        "The exercise starts from its own world, which replaces yours. Your world stays in the undo history: "
        "Undo (Ctrl+Z) brings it back.",
        "Start from the exercise's world", "Not now");
    if (answer == PromptAnswer::None) return;
    if (answer == PromptAnswer::Yes) start(panel, app, panel.asking);
    panel.asking.clear();
}

}  // namespace

void draw_exercises_panel(ExercisesPanel& panel, App& app) {
    load_progress(panel);
    if (panel.selected.empty() && !library_exercises().empty())
        panel.selected = library_exercises().front().scenario.id;
    ImGui::SeparatorText("Exercises");
    ImGui::BeginChild("exercise list", ImVec2(ImGui::GetFontSize() * 17, 0), ImGuiChildFlags_Border);
    draw_list(panel);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("exercise detail", ImVec2(0, 0), ImGuiChildFlags_Border);
    draw_detail(panel, app);
    ImGui::EndChild();
    draw_ask(panel, app);
}

Json exercises_state(ExercisesPanel& panel, App&) {
    Json completed = Json::array();
    for (const std::string& id : panel.completed)
        completed.push_back(id);
    return Json{{"selected", panel.selected},
                {"started", panel.started},
                {"asking", panel.asking},
                {"completed", completed},
                {"report", panel.report}};
}

}  // namespace evb::web
