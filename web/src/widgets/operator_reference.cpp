#include "widgets/operator_reference.hpp"

#include "fonts.hpp"

#include <imgui.h>

#include <string>

namespace evb::web {
namespace {

struct Operator {
    const char* name;
    const char* meaning;
    const char* snippet;
};

constexpr Operator kOperators[] = {
    {"exact", "the value equals a string, number, true, false or null", "\"Order Service\""},
    {"prefix", "a string starts with", "{\"prefix\": \"order-\"}"},
    {"suffix", "a string ends with", "{\"suffix\": \".png\"}"},
    {"equals-ignore-case", "equal, ignoring upper/lower case", "{\"equals-ignore-case\": \"new order\"}"},
    {"wildcard", "* matches any run of characters", "{\"wildcard\": \"order-*\"}"},
    {"anything-but", "any value except these", "{\"anything-but\": [\"test\"]}"},
    {"anything-but prefix", "any string not starting with", "{\"anything-but\": {\"prefix\": \"test-\"}}"},
    {"numeric", "a number within a range", "{\"numeric\": [\">\", 0, \"<=\", 100]}"},
    {"exists", "the field is present (true) or absent (false)", "{\"exists\": true}"},
    {"cidr", "an IP address inside a range", "{\"cidr\": \"10.0.0.0/24\"}"},
    {"$or", "either set of fields matches (at object level)",
     "\"$or\": [{\"source\": [\"a\"]}, {\"detail-type\": [\"b\"]}]"},
};

// draw_operator_row draws one operator: its button, then its snippet and meaning in the next column, or
// under the button when the table has a single column (a narrow panel or a large UI scale).
bool draw_operator_row(const Operator& op, bool one_column) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    bool clicked = ImGui::SmallButton(op.name);
    ImGui::SetItemTooltip("Insert %s at the cursor", op.snippet);
    if (one_column)
        ImGui::Indent();
    else
        ImGui::TableNextColumn();
    ImGui::PushFont(mono_font());
    ImGui::TextWrapped("%s", op.snippet);
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", op.meaning);
    ImGui::PopStyleColor();
    if (one_column) ImGui::Unindent();
    return clicked;
}

}  // namespace

std::optional<std::string_view> draw_operator_reference() {
    std::optional<std::string_view> picked;
    constexpr auto kFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
    constexpr float kTwoColumnsEm = 32.0f;  // below this width the meaning would wrap word by word
    const bool one_column = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * kTwoColumnsEm;
    if (!ImGui::BeginTable("operators", one_column ? 1 : 2, kFlags)) return picked;
    ImGui::TableSetupColumn(
        "operator", one_column ? ImGuiTableColumnFlags_WidthStretch : ImGuiTableColumnFlags_WidthFixed);
    if (!one_column) ImGui::TableSetupColumn("snippet and meaning", ImGuiTableColumnFlags_WidthStretch);
    for (const Operator& op : kOperators) {
        if (draw_operator_row(op, one_column)) picked = op.snippet;
    }
    ImGui::EndTable();
    return picked;
}

}  // namespace evb::web
