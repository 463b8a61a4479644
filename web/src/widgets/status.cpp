#include "widgets/status.hpp"

#include "theme.hpp"

#include <imgui.h>

namespace evb::web {

void status_text(bool ok, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ok ? palette().pass : palette().fail);
    std::string line = std::string(ok ? kCheck : kCross) + " " + std::string(text);
    ImGui::TextWrapped("%s", line.c_str());
    ImGui::PopStyleColor();
}

Feedback feedback_of(const ApiResult& result, std::string success_text) {
    if (result.ok()) return Feedback{false, std::move(success_text)};
    return Feedback{true, result.error().code + ": " + result.error().message};
}

void draw_feedback(const Feedback& feedback) {
    if (!feedback.text.empty()) status_text(!feedback.failed, feedback.text);
}

std::string error_text(std::string_view operation, const ApiError& error) {
    return "An error occurred (" + error.code + ") when calling the " + std::string(operation) +
           " operation: " + error.message;
}

}  // namespace evb::web
