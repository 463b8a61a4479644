#include "widgets/json_view.hpp"

#include "fonts.hpp"
#include "theme.hpp"

#include <imgui.h>

#include <string>

namespace evb::web {
namespace {

constexpr ImGuiTreeNodeFlags kBranch = ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth;
constexpr ImGuiTreeNodeFlags kLeaf =
    ImGuiTreeNodeFlags_Leaf | ImGuiTreeNodeFlags_NoTreePushOnOpen | ImGuiTreeNodeFlags_SpanAvailWidth;

void draw_value(const std::string& key, const Json& value);

constexpr float kKeyGapEm = 0.5f;  // between a node's arrow and its key

const ImVec4& scalar_colour(const Json& value) {
    if (value.is_string()) return palette().json_string;
    if (value.is_number()) return palette().json_number;
    return palette().accent;
}

// draw_key draws a member's key after its tree node, clear of the node's arrow (a tree node without a label
// leaves the cursor where the arrow ends), and leaves the cursor on the same line for the value.
void draw_key(const std::string& key) {
    ImGui::SameLine(0, ImGui::GetFontSize() * kKeyGapEm);
    if (key.empty()) return;
    ImGui::TextColored(palette().json_key, "%s", key.c_str());
    ImGui::SameLine(0, 0);
    ImGui::TextUnformatted(": ");
    ImGui::SameLine(0, 0);
}

std::string fold_summary(const Json& value) {
    const std::size_t n = value.size();
    if (value.is_object()) return "{\u2026} " + std::to_string(n) + (n == 1 ? " field" : " fields");
    return "[\u2026] " + std::to_string(n) + (n == 1 ? " item" : " items");
}

void draw_children(const Json& value) {
    int index = 0;
    for (auto it = value.begin(); it != value.end(); ++it, ++index) {
        ImGui::PushID(index);
        draw_value(value.is_object() ? "\"" + it.key() + "\"" : std::string(), *it);
        ImGui::PopID();
    }
}

void draw_branch(const std::string& key, const Json& value) {
    bool open = ImGui::TreeNodeEx("##node", kBranch, "%s", "");
    draw_key(key);
    if (!open) {
        ImGui::TextDisabled("%s", fold_summary(value).c_str());
        return;
    }
    ImGui::TextUnformatted(value.is_object() ? "{" : "[");
    draw_children(value);
    ImGui::TreePop();
    // The closing bracket lines up with the node's key, as in pretty-printed JSON.
    const float label_indent = ImGui::GetFontSize() * (1.0f + kKeyGapEm);  // the arrow (1 em), then the gap
    ImGui::Indent(label_indent);
    ImGui::TextUnformatted(value.is_object() ? "}" : "]");
    ImGui::Unindent(label_indent);
}

void draw_value(const std::string& key, const Json& value) {
    if ((value.is_object() || value.is_array()) && !value.empty()) return draw_branch(key, value);
    ImGui::TreeNodeEx("##leaf", kLeaf, "%s", "");
    draw_key(key);
    ImGui::TextColored(scalar_colour(value), "%s", to_json_text(value).c_str());
}

}  // namespace

void draw_json_tree(const Json& value, const char* id) {
    ImGui::PushID(id);
    ImGui::PushFont(mono_font());
    draw_value("", value);
    ImGui::PopFont();
    ImGui::PopID();
}

}  // namespace evb::web
