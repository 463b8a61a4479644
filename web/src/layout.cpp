#include "layout.hpp"

#include "app.hpp"
#include "evb/common/json_access.hpp"
#include "theme.hpp"
#include "widgets/status.hpp"

#include <imgui.h>

#include <algorithm>
#include <iterator>

namespace evb::web {
namespace {

struct NavEntry {
    View view;
    const char* label;
};

constexpr NavEntry kNav[] = {
    {View::Buses, "Buses & rules"},     {View::Function, "Function"},   {View::Logs, "Logs"},
    {View::Sandbox, "Pattern sandbox"}, {View::Flow, "Flow"},           {View::Console, "Console"},
    {View::Examples, "Examples"},       {View::Exercises, "Exercises"}, {View::Share, "Share & embed"},
    {View::Export, "Export & import"},
};

constexpr float kScales[] = {0.75f, 1.0f, 1.25f, 1.5f, 2.0f};
constexpr const char* kScaleNames[] = {"75%", "100%", "125%", "150%", "200%"};

// draw_settings_popup keeps the popup under the Settings button, right-aligned with it, every frame: a larger
// UI scale chosen inside it grows the popup, which would otherwise run off the window's right edge.
void draw_settings_popup(App& app, ImVec2 button_bottom_right) {
    ImGui::SetNextWindowPos(button_bottom_right, ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    if (!ImGui::BeginPopup("settings")) return;
    Settings& settings = app.settings();
    ImGui::SeparatorText("Theme");
    constexpr const char* kThemes[] = {"Follow the system", "Dark", "Light"};
    for (int i = 0; i < 3; ++i) {
        if (ImGui::RadioButton(kThemes[i], settings.theme == static_cast<ThemeMode>(i))) {
            settings.theme = static_cast<ThemeMode>(i);
            app.settings_changed();
        }
    }
    ImGui::SeparatorText("UI scale");
    for (int i = 0; i < static_cast<int>(std::size(kScales)); ++i) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::RadioButton(kScaleNames[i], settings.ui_scale == kScales[i])) {
            settings.ui_scale = kScales[i];
            app.settings_changed();
        }
    }
    ImGui::EndPopup();
}

void draw_history_buttons(App& app) {
    const UndoHistory& history = app.history();
    ImGui::BeginDisabled(!history.can_undo());
    if (ImGui::Button("\u21B6 Undo")) app.undo();
    ImGui::EndDisabled();
    if (history.can_undo())
        ImGui::SetItemTooltip("Undo %s (Ctrl+Z)", std::string(history.undo_label()).c_str());
    ImGui::BeginDisabled(!history.can_redo());
    if (ImGui::Button("\u21B7 Redo")) app.redo();
    ImGui::EndDisabled();
    if (history.can_redo())
        ImGui::SetItemTooltip("Redo %s (Ctrl+Shift+Z)", std::string(history.redo_label()).c_str());
}

void draw_top_bar(App& app) {
    if (!ImGui::BeginMenuBar()) return;
    ImGui::TextColored(palette().accent, "EventBridge Playground");
    ImGui::TextDisabled("%s \u00B7 account %s", app.world().region().c_str(),
                        app.world().account_id().c_str());
    const char* buttons = app.options().embedded
                              ? "\u21B6 Undo\u21B7 Redo\u2699 SettingsOpen in full playground"
                              : "\u21B6 Undo\u21B7 Redo\u2699 Settings";
    const int count = app.options().embedded ? 4 : 3;
    const float right = ImGui::CalcTextSize(buttons).x + ImGui::GetStyle().FramePadding.x * 2 * count +
                        ImGui::GetStyle().ItemSpacing.x * count;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - right));
    draw_history_buttons(app);
    if (app.options().embedded) draw_open_full_button(app.panels().share, app);
    if (ImGui::Button("\u2699 Settings")) ImGui::OpenPopup("settings");
    draw_settings_popup(app, ImGui::GetItemRectMax());
    ImGui::EndMenuBar();
}

void draw_status(App& app) {
    const Json& state = app.snapshot();
    ImGui::SeparatorText("World");
    ImGui::TextDisabled("clock %s", text_member(state, "now").substr(0, 19).c_str());
    if (app.options().embedded)
        ImGui::TextDisabled("an embed: fresh on every visit");
    else if (app.saved())
        status_text(true, "kept in this browser");
    else if (app.panels().other_tab.open)
        status_text(false, "not kept: another tab saved since");
    else
        status_text(false, "not kept: the browser refused to store it");
}

void draw_sidebar(App& app, float width) {
    ImGui::BeginChild("sidebar", ImVec2(width, 0), ImGuiChildFlags_Border);
    for (const NavEntry& entry : kNav) {
        if (!app.shows(entry.view)) continue;
        if (ImGui::Selectable(entry.label, app.view() == entry.view, 0, ImVec2(0, ImGui::GetFrameHeight())))
            app.show(entry.view);
    }
    ImGui::Dummy(ImVec2(0, ImGui::GetFrameHeight()));
    draw_status(app);
    ImGui::EndChild();
}

void draw_two_columns(float left_share, void (*left)(App&), void (*right)(App&), App& app) {
    const float width = ImGui::GetContentRegionAvail().x * left_share;
    ImGui::BeginChild("left column", ImVec2(width, 0), ImGuiChildFlags_Border | ImGuiChildFlags_ResizeX);
    left(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("right column", ImVec2(0, 0), ImGuiChildFlags_Border);
    right(app);
    ImGui::EndChild();
}

void draw_one_column(void (*panel)(App&), App& app) {
    ImGui::BeginChild("page", ImVec2(0, 0), ImGuiChildFlags_Border);
    panel(app);
    ImGui::EndChild();
}

void draw_view(App& app) {
    switch (app.view()) {
        case View::Buses:
            return draw_two_columns(
                0.28f, [](App& a) { draw_bus_panel(a.panels().buses, a); },
                [](App& a) { draw_rule_panel(a.panels().rules, a); }, app);
        case View::Function:
            return draw_two_columns(
                0.26f, [](App& a) { draw_role_panel(a.panels().roles, a); },
                [](App& a) { draw_function_panel(a.panels().function, a); }, app);
        case View::Logs:
            return draw_one_column([](App& a) { draw_logs_panel(a.panels().logs, a); }, app);
        case View::Sandbox:
            return draw_one_column([](App& a) { draw_sandbox_panel(a.panels().sandbox, a); }, app);
        case View::Flow:
            return draw_one_column([](App& a) { draw_flow_panel(a.panels().flow, a); }, app);
        case View::Console:
            return draw_one_column([](App& a) { draw_console_panel(a.panels().console, a); }, app);
        case View::Examples:
            return draw_one_column([](App& a) { draw_examples_panel(a.panels().examples, a); }, app);
        case View::Exercises:
            return draw_one_column([](App& a) { draw_exercises_panel(a.panels().exercises, a); }, app);
        case View::Share:
            return draw_one_column([](App& a) { draw_share_panel(a.panels().share, a); }, app);
        case View::Export:
            return draw_one_column([](App& a) { draw_export_panel(a.panels().exports, a); }, app);
    }
}

void draw_main(App& app) {
    ImGui::BeginGroup();
    if (app.view() == View::Console || !app.shows(View::Console)) {
        draw_view(app);
        ImGui::EndGroup();
        return;
    }
    const float height = ImGui::GetContentRegionAvail().y;
    ImGui::BeginChild("view", ImVec2(0, height * 0.76f), ImGuiChildFlags_ResizeY);
    draw_view(app);
    ImGui::EndChild();
    ImGui::BeginChild("console dock", ImVec2(0, 0), ImGuiChildFlags_Border);
    draw_console_panel(app.panels().console, app);
    ImGui::EndChild();
    ImGui::EndGroup();
}

void handle_shortcuts(App& app) {
    if (ImGui::GetIO().WantTextInput) return;
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_Z) ||
        ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Y)) {
        app.redo();
    } else if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Z)) {
        app.undo();
    }
}

}  // namespace

void draw_layout(App& app, float width, float height) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, height));
    constexpr auto kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                            ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("EventBridge Playground", nullptr, kFlags)) {
        draw_top_bar(app);
        draw_sidebar(app, ImGui::GetFontSize() * 12.5f);
        ImGui::SameLine();
        draw_main(app);
        handle_shortcuts(app);
        draw_restore_notice(app.panels().restore, app);
        draw_share_notice(app.panels().share);
        draw_pending_world(app);
        draw_other_tab_notice(app);
    }
    ImGui::End();
}

}  // namespace evb::web
