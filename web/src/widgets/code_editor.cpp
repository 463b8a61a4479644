#include "widgets/code_editor.hpp"

#include "fonts.hpp"
#include "theme.hpp"
#include "widgets/status.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

namespace evb::web {
namespace {

int count_lines(std::string_view text) {
    return 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

int remember_cursor(ImGuiInputTextCallbackData* data) {
    static_cast<CodeEditor*>(data->UserData)->cursor = data->CursorPos;
    return 0;
}

// line_text returns the 1-based line of text.
std::string_view line_text(std::string_view text, int line) {
    std::size_t start = 0;
    for (int i = 1; i < line; ++i) {
        start = text.find('\n', start);
        if (start == std::string_view::npos) return {};
        ++start;
    }
    std::size_t end = text.find('\n', start);
    return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

// column_bytes returns how many bytes of line come before the 1-based character column.
std::size_t column_bytes(std::string_view line, int column) {
    std::size_t i = 0;
    for (int c = 1; c < column && i < line.size(); ++c) {
        ++i;
        while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80)
            ++i;
    }
    return i;
}

void draw_gutter(ImVec2 origin, float text_top, int lines, int problem_line) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line_height = ImGui::GetTextLineHeight();
    for (int i = 1; i <= lines; ++i) {
        char number[16];
        std::snprintf(number, sizeof number, "%s%2d", i == problem_line ? kCross : " ", i);
        const ImVec4& colour = i == problem_line ? palette().fail : palette().muted;
        draw->AddText(ImVec2(origin.x, text_top + (i - 1) * line_height), ImGui::GetColorU32(colour), number);
    }
}

void draw_underline(ImVec2 text_origin, std::string_view text, const TextProblem& problem) {
    std::string_view line = line_text(text, problem.line);
    std::size_t before = column_bytes(line, problem.column);
    float x = text_origin.x + ImGui::CalcTextSize(line.data(), line.data() + before).x;
    float width = std::max(ImGui::CalcTextSize("m").x, 2.0f);
    float y = text_origin.y + problem.line * ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImU32 colour = ImGui::GetColorU32(palette().fail);
    float thickness = std::max(1.0f, ImGui::GetTextLineHeight() / 10.0f);
    draw->AddRectFilled(ImVec2(x, y - thickness), ImVec2(x + width, y + thickness), colour);
}

}  // namespace

bool draw_code_editor(const char* label, CodeEditor& editor, const TextProblem* problem, int min_lines,
                      bool read_only) {
    ImGui::PushFont(mono_font());
    const ImGuiStyle& style = ImGui::GetStyle();
    const int lines = count_lines(editor.text);
    const float height =
        (std::max(lines, min_lines) + 1) * ImGui::GetTextLineHeight() + style.FramePadding.y * 2;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float gutter = ImGui::CalcTextSize("\u2717 00").x + style.ItemInnerSpacing.x;
    ImGui::Dummy(ImVec2(gutter, height));
    ImGui::SameLine(0, 0);
    const ImVec2 box = ImGui::GetCursorScreenPos();
    ImGuiInputTextFlags flags =
        ImGuiInputTextFlags_CallbackAlways | (read_only ? ImGuiInputTextFlags_ReadOnly : 0);
    bool changed = ImGui::InputTextMultiline(label, &editor.text, ImVec2(-FLT_MIN, height), flags,
                                             remember_cursor, &editor);
    const ImVec2 text_origin(box.x + style.FramePadding.x, box.y + style.FramePadding.y);
    const int problem_line = problem && problem->line > 0 ? problem->line : 0;
    draw_gutter(origin, text_origin.y, lines, problem_line);
    if (problem_line > 0) draw_underline(text_origin, editor.text, *problem);
    ImGui::PopFont();
    return changed;
}

void insert_at_cursor(CodeEditor& editor, std::string_view snippet) {
    std::size_t at = editor.cursor < 0 ? editor.text.size() : static_cast<std::size_t>(editor.cursor);
    at = std::min(at, editor.text.size());
    editor.text.insert(at, snippet);
    editor.cursor = static_cast<int>(at + snippet.size());
}

void draw_problem(const TextProblem& problem) {
    std::string text = problem.message;
    if (problem.line > 0)
        text = "line " + std::to_string(problem.line) + ", column " + std::to_string(problem.column) + ": " +
               text;
    status_text(false, text);
}

}  // namespace evb::web
