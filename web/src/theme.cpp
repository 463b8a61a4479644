#include "theme.hpp"

#include <imgui.h>

namespace evb::web {

void apply_theme(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 7);
    style.CellPadding = ImVec2(8, 4);
    style.WindowBorderSize = 0.0f;
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.14f, 0.15f, 0.18f, 1.0f);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.17f, 0.21f, 1.0f);
    c[ImGuiCol_Button] = ImVec4(0.93f, 0.45f, 0.13f, 0.85f);  // EventBridge orange
    c[ImGuiCol_ButtonHovered] = ImVec4(0.98f, 0.55f, 0.22f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.85f, 0.38f, 0.08f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.93f, 0.45f, 0.13f, 0.30f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.93f, 0.45f, 0.13f, 0.45f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.17f, 0.18f, 0.22f, 1.0f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

}  // namespace evb::web
