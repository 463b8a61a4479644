#include "widgets/replace_prompt.hpp"

#include <imgui.h>

namespace evb::web {

PromptAnswer draw_replace_prompt(const char* title, bool open, const char* text, const char* yes,
                                 const char* no) {
    if (open && !ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return PromptAnswer::None;
    ImGui::TextWrapped("%s", text);
    PromptAnswer answer = PromptAnswer::None;
    if (ImGui::Button(yes)) answer = PromptAnswer::Yes;
    ImGui::SameLine();
    if (ImGui::Button(no)) answer = PromptAnswer::No;
    if (answer != PromptAnswer::None) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return answer;
}

}  // namespace evb::web
