#include "panels/console_panel.hpp"

#include "app.hpp"
#include "bridge_guard.hpp"
#include "browser.hpp"
#include "fonts.hpp"
#include "page.hpp"
#include "theme.hpp"

#include <emscripten/emscripten.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

EM_JS(void, js_pick_workspace_file, (), { Module.evbShare&& Module.evbShare.pickWorkspaceFile(); });

namespace evb::web {
namespace {

struct CallbackContext {
    ConsolePanel* panel;
    App* app;
    std::string submitted;  // the line Enter ran, taken out of the still-active input
};

ImVec4 line_colour(LineKind kind) {
    switch (kind) {
        case LineKind::Command:
            return palette().accent;
        case LineKind::Error:
            return palette().fail;
        case LineKind::Echo:
            return palette().json_key;
        case LineKind::Note:
            return palette().muted;
        case LineKind::Output:
            break;
    }
    return ImGui::GetStyleColorVec4(ImGuiCol_Text);
}

const char* line_prefix(LineKind kind) {
    return kind == LineKind::Echo ? "\u21B3 " : "";
}

void draw_transcript(ConsolePanel& panel, App& app) {
    const float footer = ImGui::GetFrameHeightWithSpacing();
    ImGui::BeginChild("console transcript", ImVec2(0, -footer), ImGuiChildFlags_None,
                      ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PushFont(mono_font());
    const auto& lines = app.console().lines();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(lines.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const ConsoleLine& line = lines[static_cast<std::size_t>(i)];
            ImGui::TextColored(line_colour(line.kind), "%s%s", line_prefix(line.kind), line.text.c_str());
        }
    }
    if (app.console().added() != panel.seen_lines) {
        ImGui::SetScrollHereY(1.0f);
        panel.seen_lines = app.console().added();
    }
    ImGui::PopFont();
    ImGui::EndChild();
}

void replace_input(ImGuiInputTextCallbackData* data, const std::string& text) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, text.c_str());
}

void step_history(ImGuiInputTextCallbackData* data, ConsolePanel& panel, App& app) {
    const auto& history = app.shell().history();
    if (history.empty()) return;
    const int last = static_cast<int>(history.size()) - 1;
    if (data->EventKey == ImGuiKey_UpArrow)
        panel.history_pos = panel.history_pos < 0 ? last : std::max(0, panel.history_pos - 1);
    else if (panel.history_pos >= 0)
        panel.history_pos = panel.history_pos >= last ? -1 : panel.history_pos + 1;
    replace_input(
        data, panel.history_pos < 0 ? std::string() : history[static_cast<std::size_t>(panel.history_pos)]);
}

std::string common_prefix(const std::vector<std::string>& words) {
    std::string prefix = words.front();
    for (const auto& word : words) {
        std::size_t n = 0;
        while (n < prefix.size() && n < word.size() && prefix[n] == word[n])
            ++n;
        prefix.resize(n);
    }
    return prefix;
}

void complete(ImGuiInputTextCallbackData* data, App& app) {
    const std::string before(data->Buf, static_cast<std::size_t>(data->CursorPos));
    std::vector<std::string> candidates = app.shell().complete(before);
    if (candidates.empty()) return;
    const std::size_t word_start =
        before.find_last_of(" \t") == std::string::npos ? 0 : before.find_last_of(" \t") + 1;
    const std::string replacement =
        candidates.size() == 1 ? candidates.front() + " " : common_prefix(candidates);
    if (replacement.size() < before.size() - word_start) return;
    data->DeleteChars(static_cast<int>(word_start), data->CursorPos - static_cast<int>(word_start));
    data->InsertChars(data->CursorPos, replacement.c_str());
    if (candidates.size() == 1) return;
    std::string listed;
    for (const auto& c : candidates)
        listed += c + "  ";
    app.console().add(LineKind::Note, listed);
}

bool enter_pressed() {
    return ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter);
}

// take_submitted empties the input in the very frame Enter runs it, so the input stays active and
// the next key typed lands in an empty line (a deactivated input would drop it while refocusing).
void take_submitted(ImGuiInputTextCallbackData* data, CallbackContext& context) {
    context.submitted.assign(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    data->DeleteChars(0, data->BufTextLen);
    data->SelectionStart = data->SelectionEnd = data->CursorPos = 0;
}

int input_callback(ImGuiInputTextCallbackData* data) {
    auto* context = static_cast<CallbackContext*>(data->UserData);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackHistory)
        step_history(data, *context->panel, *context->app);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackCompletion) complete(data, *context->app);
    if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways && enter_pressed())
        take_submitted(data, *context);
    return 0;
}

void run_input(ConsolePanel& panel, App& app, const std::string& input) {
    std::string line = panel.pending.empty() ? input : panel.pending + "\n" + input;
    panel.input[0] = '\0';
    panel.history_pos = -1;
    if (Shell::needs_more_input(line)) return void(panel.pending = line);
    panel.pending.clear();
    if (line.find_first_not_of(" \t\n") != std::string::npos) app.exec(line);
}

void draw_input_line(ConsolePanel& panel, App& app) {
    ImGui::PushFont(mono_font());
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(palette().accent, "%s", panel.pending.empty() ? "$" : ">");
    ImGui::SameLine();
    // The input leaves room for the Files and Clear buttons beside it.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons = ImGui::CalcTextSize("Files").x + ImGui::CalcTextSize("Clear").x +
                          style.FramePadding.x * 4 + style.ItemSpacing.x * 2;
    ImGui::SetNextItemWidth(-buttons);
    constexpr auto kFlags = ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackHistory |
                            ImGuiInputTextFlags_CallbackCompletion | ImGuiInputTextFlags_CallbackAlways |
                            ImGuiInputTextFlags_EscapeClearsAll;
    CallbackContext context{&panel, &app, {}};
    ImGuiIO& io = ImGui::GetIO();
    const bool keep_active = io.ConfigInputTextEnterKeepActive;
    io.ConfigInputTextEnterKeepActive = true;  // a terminal keeps its prompt focused after Enter
    const bool entered = ImGui::InputTextWithHint(
        "##console input", "aws events list-event-buses   (Tab completes, \u2191\u2193 history)", panel.input,
        sizeof panel.input, kFlags, input_callback, &context);
    io.ConfigInputTextEnterKeepActive = keep_active;
    if (entered) run_input(panel, app, context.submitted);
    ImGui::SetItemDefaultFocus();
    ImGui::PopFont();
    ImGui::SameLine();
    if (ImGui::Button("Files")) {
        panel.files.clear();
        for (const std::string& name : app.shell().workspace().list())
            panel.files.emplace_back(name, app.shell().workspace().read(name).value_or("").size());
        panel.files_anchor_x = ImGui::GetItemRectMax().x;
        panel.files_anchor_y = ImGui::GetItemRectMin().y;
        ImGui::OpenPopup("workspace files");
    }
    ImGui::SameLine();
    if (ImGui::Button("Clear")) app.console().clear();
}

// draw_files_popup lists the console's files: download one, or upload one from the computer.
void draw_files_popup(ConsolePanel& panel, App& app) {
    // It opens above the Files button, its right edge on the button's, so it hides neither button.
    ImGui::SetNextWindowPos(ImVec2(panel.files_anchor_x, panel.files_anchor_y), ImGuiCond_Appearing,
                            ImVec2(1.0f, 1.0f));
    if (!ImGui::BeginPopup("workspace files")) return;
    ImGui::TextDisabled("The console's files: file://NAME and fileb://NAME read them; > writes them.");
    ImGui::TextDisabled("They live in this tab only: download what you want to keep.");
    for (const auto& [name, size] : panel.files) {
        if (ImGui::SmallButton(("Download " + name).c_str())) {
            if (auto bytes = app.shell().workspace().read(name)) offer_download(name, *bytes);
        }
        ImGui::SameLine();
        ImGui::TextDisabled("%zu bytes", size);
    }
    if (panel.files.empty()) ImGui::TextUnformatted("No files yet.");
    ImGui::Separator();
    if (ImGui::Button("Upload a file...")) {
        js_pick_workspace_file();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

void draw_console_panel(ConsolePanel& panel, App& app) {
    draw_transcript(panel, app);
    draw_input_line(panel, app);
    draw_files_popup(panel, app);
}

}  // namespace evb::web

// Called by site/evb-share.js with a file the user uploaded into the console's workspace.
extern "C" EMSCRIPTEN_KEEPALIVE void evb_upload_workspace_file(const char* name, const char* bytes,
                                                               int size) {
    auto& app = evb::web::page().app;
    const std::string file = name ? name : "";
    evb::web::guarded(
        "uploading a file",
        [&] {
            evb::Written written = app.shell().workspace().write(
                file, std::string(bytes ? bytes : "", size > 0 ? static_cast<std::size_t>(size) : 0));
            if (written)
                app.console().add(evb::web::LineKind::Note, "Uploaded " + file + " (" + std::to_string(size) +
                                                                " bytes): use it as fileb://" + file +
                                                                " or file://" + file);
            else
                app.console().add(evb::web::LineKind::Error, file + ": " + written.problem);
        },
        [&](const char* what) {
            app.console().add(evb::web::LineKind::Error,
                              std::string("Nothing was uploaded: an internal error: ") + what);
        });
    evb::web::request_frames(3);
}
