#include "theme.hpp"

namespace evb::web {
namespace {

Palette g_palette;

constexpr ImVec4 kOrange(0.93f, 0.45f, 0.13f, 0.85f);  // EventBridge orange

void apply_spacing(ImGuiStyle& style) {
    style.WindowRounding = 0.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.PopupRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.TabRounding = 4.0f;
    style.WindowPadding = ImVec2(12, 10);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 7);
    style.CellPadding = ImVec2(8, 4);
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 1.0f;
    style.ScrollbarSize = 12.0f;
}

void apply_dark(ImGuiStyle& style) {
    ImGui::StyleColorsDark(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.14f, 0.15f, 0.18f, 1.0f);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.17f, 0.21f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.25f, 0.27f, 0.31f, 1.0f);
    c[ImGuiCol_FrameBg] = ImVec4(0.17f, 0.18f, 0.22f, 1.0f);
    c[ImGuiCol_Button] = kOrange;
    c[ImGuiCol_ButtonHovered] = ImVec4(0.98f, 0.55f, 0.22f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.85f, 0.38f, 0.08f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.93f, 0.45f, 0.13f, 0.30f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.93f, 0.45f, 0.13f, 0.45f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.93f, 0.45f, 0.13f, 0.55f);
    c[ImGuiCol_Tab] = ImVec4(0.17f, 0.18f, 0.22f, 1.0f);
    c[ImGuiCol_TabHovered] = ImVec4(0.93f, 0.45f, 0.13f, 0.55f);
    c[ImGuiCol_TabActive] = ImVec4(0.93f, 0.45f, 0.13f, 0.40f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.17f, 0.18f, 0.22f, 1.0f);
    c[ImGuiCol_CheckMark] = ImVec4(0.98f, 0.60f, 0.30f, 1.0f);
    g_palette = Palette{ImVec4(0.40f, 0.85f, 0.50f, 1.0f), ImVec4(1.00f, 0.45f, 0.40f, 1.0f),
                        ImVec4(0.95f, 0.78f, 0.35f, 1.0f), ImVec4(0.60f, 0.62f, 0.66f, 1.0f),
                        ImVec4(0.98f, 0.60f, 0.30f, 1.0f), ImVec4(0.55f, 0.75f, 1.00f, 1.0f),
                        ImVec4(0.65f, 0.85f, 0.55f, 1.0f), ImVec4(0.95f, 0.75f, 0.45f, 1.0f),
                        ImVec4(0.16f, 0.17f, 0.21f, 1.0f), ImVec4(0.35f, 0.37f, 0.42f, 1.0f)};
}

void apply_light(ImGuiStyle& style) {
    ImGui::StyleColorsLight(&style);
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.0f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.91f, 0.92f, 0.94f, 1.0f);
    c[ImGuiCol_Border] = ImVec4(0.78f, 0.80f, 0.84f, 1.0f);
    // Fields and radio circles a shade darker than windows and popups (both near white), or they vanish.
    c[ImGuiCol_FrameBg] = ImVec4(0.89f, 0.90f, 0.93f, 1.0f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.93f, 0.45f, 0.13f, 0.18f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.93f, 0.45f, 0.13f, 0.28f);
    c[ImGuiCol_Button] = ImVec4(0.93f, 0.45f, 0.13f, 0.90f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.98f, 0.55f, 0.22f, 1.0f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.85f, 0.38f, 0.08f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.0f);
    c[ImGuiCol_Header] = ImVec4(0.93f, 0.45f, 0.13f, 0.22f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.93f, 0.45f, 0.13f, 0.35f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.93f, 0.45f, 0.13f, 0.45f);
    c[ImGuiCol_Tab] = ImVec4(0.88f, 0.89f, 0.92f, 1.0f);
    c[ImGuiCol_TabHovered] = ImVec4(0.93f, 0.45f, 0.13f, 0.45f);
    c[ImGuiCol_TabActive] = ImVec4(0.93f, 0.45f, 0.13f, 0.30f);
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.90f, 0.91f, 0.93f, 1.0f);
    c[ImGuiCol_CheckMark] = ImVec4(0.80f, 0.35f, 0.05f, 1.0f);
    g_palette = Palette{ImVec4(0.05f, 0.50f, 0.20f, 1.0f), ImVec4(0.78f, 0.12f, 0.10f, 1.0f),
                        ImVec4(0.65f, 0.45f, 0.00f, 1.0f), ImVec4(0.40f, 0.42f, 0.46f, 1.0f),
                        ImVec4(0.80f, 0.35f, 0.05f, 1.0f), ImVec4(0.10f, 0.30f, 0.70f, 1.0f),
                        ImVec4(0.20f, 0.45f, 0.10f, 1.0f), ImVec4(0.65f, 0.35f, 0.00f, 1.0f),
                        ImVec4(1.00f, 1.00f, 1.00f, 1.0f), ImVec4(0.70f, 0.72f, 0.76f, 1.0f)};
}

}  // namespace

void apply_theme(bool dark, float scale) {
    ImGuiStyle style;
    if (dark)
        apply_dark(style);
    else
        apply_light(style);
    apply_spacing(style);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

const Palette& palette() {
    return g_palette;
}

}  // namespace evb::web
