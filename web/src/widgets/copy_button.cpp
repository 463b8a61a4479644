#include "widgets/copy_button.hpp"

#include <imgui.h>

#include <string>

namespace evb::web {

bool copy_button(const char* label, std::string_view text) {
    bool clicked = ImGui::SmallButton(label);
    if (clicked) ImGui::SetClipboardText(std::string(text).c_str());
    ImGui::SetItemTooltip("Copy to the clipboard");
    return clicked;
}

}  // namespace evb::web
