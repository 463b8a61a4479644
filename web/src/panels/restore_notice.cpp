#include "panels/restore_notice.hpp"

#include "app.hpp"
#include "browser.hpp"
#include "widgets/status.hpp"
#include "world_storage.hpp"

#include <imgui.h>

namespace evb::web {

void draw_restore_notice(RestoreNotice& notice, App&) {
    constexpr const char* kTitle = "Saved playground could not be restored";
    if (notice.open && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, 0));
    if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove))
        return;
    ImGui::TextWrapped(
        "The world this browser kept from your last visit could not be read, so the playground "
        "starts fresh. Nothing was lost: download the old data to keep it.");
    status_text(false, notice.message);
    ImGui::Spacing();
    if (ImGui::Button("Download the old data")) offer_download("evb-playground-world.json", notice.document);
    ImGui::SameLine();
    if (ImGui::Button("Start fresh")) {
        forget_unreadable_world();
        notice = RestoreNotice{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace evb::web
