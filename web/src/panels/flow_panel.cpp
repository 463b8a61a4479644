#include "panels/flow_panel.hpp"

#include "app.hpp"
#include "evb/common/json_access.hpp"
#include "panels/logs_panel.hpp"
#include "theme.hpp"
#include "widgets/text_fit.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace evb::web {
namespace {

constexpr const char* kColumnNames[] = {"Producers", "Event buses", "Rules", "Targets"};
constexpr int kNoteLines = 3;  // a longer note (a "why not") is cut with "…"; the tooltip has it all

struct Geometry {
    ImVec2 origin;
    float column_width;
    float node_width;
    float node_height;
    float row_height;
};

ImVec2 node_min(const Geometry& g, const FlowNode& node) {
    return ImVec2(g.origin.x + node.column * g.column_width, g.origin.y + node.row * g.row_height);
}

ImU32 border_colour(NodeState state) {
    switch (state) {
        case NodeState::Lit:
            return ImGui::GetColorU32(palette().pass);
        case NodeState::Failed:
            return ImGui::GetColorU32(palette().fail);
        case NodeState::Unmatched:
            return ImGui::GetColorU32(palette().warn);
        case NodeState::Idle:
            break;
    }
    return ImGui::GetColorU32(palette().node_border);
}

void draw_edge(ImDrawList* draw, const Geometry& g, const FlowModel& model, const FlowEdge& edge) {
    const FlowNode& from = model.nodes[static_cast<std::size_t>(edge.from)];
    const FlowNode& to = model.nodes[static_cast<std::size_t>(edge.to)];
    ImVec2 a = node_min(g, from), b = node_min(g, to);
    a = ImVec2(a.x + g.node_width, a.y + g.node_height / 2);
    b = ImVec2(b.x, b.y + g.node_height / 2);
    const float dx = (b.x - a.x) / 2;
    const ImU32 colour =
        edge.lit ? ImGui::GetColorU32(palette().pass) : ImGui::GetColorU32(palette().node_border);
    draw->AddBezierCubic(a, ImVec2(a.x + dx, a.y), ImVec2(b.x - dx, b.y), b, colour, edge.lit ? 3.0f : 1.5f);
}

void open_node(App& app, const FlowNode& node) {
    Panels& panels = app.panels();
    if (node.kind == NodeKind::Producer) panels.function.selected = node.name, app.show(View::Function);
    if (node.kind == NodeKind::Bus) panels.buses.selected = node.bus, app.show(View::Buses);
    if (node.kind == NodeKind::Rule)
        panels.buses.selected = node.bus, panels.rules.selected = node.name, app.show(View::Buses);
    if (node.kind == NodeKind::Target && node.name.find(":log-group:") != std::string::npos) {
        show_log_stream(panels.logs, node.name.substr(node.name.find(":log-group:") + 11), "");
        app.show(View::Logs);
    }
}

void draw_node_text(ImDrawList* draw, const Geometry& g, ImVec2 min, const FlowNode& node) {
    const float pad = ImGui::GetStyle().FramePadding.x;
    const float line = ImGui::GetTextLineHeight();
    const float width = g.node_width - 2 * pad;
    const ImVec2 at(min.x + pad, min.y + pad * 0.6f);
    const ImVec4 note_colour = node.state == NodeState::Lit      ? palette().pass
                               : node.state == NodeState::Idle   ? palette().muted
                               : node.state == NodeState::Failed ? palette().fail
                                                                 : palette().warn;
    draw->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), ellipsize(node.title, width).c_str());
    draw->AddText(ImVec2(at.x, at.y + line), ImGui::GetColorU32(palette().muted),
                  ellipsize(node.detail, width).c_str());
    float y = at.y + 2 * line;
    for (const std::string& text : wrap_lines(node.note, width, kNoteLines)) {
        draw->AddText(ImVec2(at.x, y), ImGui::GetColorU32(note_colour), text.c_str());
        y += line;
    }
}

void draw_node(App& app, ImDrawList* draw, const Geometry& g, const FlowNode& node, int index) {
    const ImVec2 min = node_min(g, node);
    const ImVec2 max(min.x + g.node_width, min.y + g.node_height);
    const float rounding = ImGui::GetStyle().FrameRounding;
    draw->AddRectFilled(min, max, ImGui::GetColorU32(palette().node_fill), rounding);
    draw->AddRect(min, max, border_colour(node.state), rounding, 0,
                  node.state == NodeState::Idle ? 1.0f : 2.5f);
    draw_node_text(draw, g, min, node);
    ImGui::SetCursorScreenPos(min);
    ImGui::PushID(index);
    if (ImGui::InvisibleButton(node.title.c_str(), ImVec2(g.node_width, g.node_height))) open_node(app, node);
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
        ImGui::TextUnformatted(node.title.c_str());
        ImGui::TextDisabled("%s", node.detail.c_str());
        if (!node.note.empty()) ImGui::TextUnformatted(node.note.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::PopID();
}

// note_rows is how many lines the longest note needs at the node width (one at least).
int note_rows(const FlowModel& model, float node_width) {
    std::size_t rows = 1;
    const float width = node_width - 2 * ImGui::GetStyle().FramePadding.x;
    for (const FlowNode& node : model.nodes)
        rows = std::max(rows, wrap_lines(node.note, width, kNoteLines).size());
    return static_cast<int>(rows);
}

Geometry layout(const FlowModel& model) {
    Geometry g;
    const float width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 40);
    g.column_width = width / 4;
    g.node_width = g.column_width - ImGui::GetFontSize() * 2.5f;
    g.node_height = ImGui::GetTextLineHeight() * static_cast<float>(2 + note_rows(model, g.node_width)) +
                    ImGui::GetStyle().FramePadding.x * 1.2f;
    g.row_height = g.node_height + ImGui::GetStyle().ItemSpacing.y * 2;
    ImVec2 cursor = ImGui::GetCursorScreenPos();
    for (int c = 0; c < 4; ++c) {
        ImGui::GetWindowDrawList()->AddText(ImVec2(cursor.x + c * g.column_width, cursor.y),
                                            ImGui::GetColorU32(palette().muted), kColumnNames[c]);
    }
    g.origin = ImVec2(cursor.x, cursor.y + ImGui::GetTextLineHeightWithSpacing());
    return g;
}

void draw_diagram(FlowPanel& panel, App& app) {
    ImGui::BeginChild("flow diagram", ImVec2(0, 0), ImGuiChildFlags_Border,
                      ImGuiWindowFlags_HorizontalScrollbar);
    const FlowModel& model = panel.model;
    Geometry g = layout(model);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const FlowEdge& edge : model.edges)
        draw_edge(draw, g, model, edge);
    for (std::size_t i = 0; i < model.nodes.size(); ++i)
        draw_node(app, draw, g, model.nodes[i], static_cast<int>(i));
    const int rows = *std::max_element(std::begin(model.rows), std::end(model.rows));
    ImGui::SetCursorScreenPos(ImVec2(g.origin.x, g.origin.y + rows * g.row_height));
    ImGui::Dummy(ImVec2(1, 1));
    ImGui::EndChild();
}

void put_event(FlowPanel& panel, App& app) {
    Json entry = {{"Source", panel.source},
                  {"DetailType", panel.detail_type},
                  {"Detail", panel.detail.text},
                  {"EventBusName", panel.bus}};
    ApiResult result = app.apply("events", "PutEvents", Json{{"Entries", Json::array({entry})}});
    const Json& entries = items(result.body(), "Entries");
    if (result.ok() && !entries.empty() && member(entries[0], "ErrorCode").is_string()) {
        panel.feedback = Feedback{
            true, text_member(entries[0], "ErrorCode") + ": " + text_member(entries[0], "ErrorMessage")};
        return;
    }
    panel.feedback = feedback_of(
        result, "Put event " + (entries.empty() ? std::string() : text_member(entries[0], "EventId")));
}

void draw_put_form(FlowPanel& panel, App& app) {
    if (!ImGui::CollapsingHeader("Put a test event on a bus")) return;
    const float field = ImGui::GetFontSize() * 11;
    ImGui::SetNextItemWidth(field);
    ImGui::InputTextWithHint("##put source", "Source", panel.source, sizeof panel.source);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    ImGui::InputTextWithHint("##put detail type", "DetailType", panel.detail_type, sizeof panel.detail_type);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field);
    ImGui::InputTextWithHint("##put bus", "EventBusName", panel.bus, sizeof panel.bus);
    auto problem = json_problem(panel.detail.text);
    draw_code_editor("##put detail", panel.detail, problem ? &*problem : nullptr, 1);
    if (problem) draw_problem(*problem);
    if (ImGui::Button("Put event")) put_event(panel, app);
    draw_feedback(panel.feedback);
}

}  // namespace

void draw_flow_panel(FlowPanel& panel, App& app) {
    if (panel.model_revision != app.snapshot_revision()) {
        panel.model = build_flow(app.snapshot());
        panel.model_revision = app.snapshot_revision();
    }
    draw_put_form(panel, app);
    if (panel.model.last_event.empty())
        ImGui::TextDisabled("No event routed yet: fire an order or put a test event.");
    else
        ImGui::Text("Last event: %s", panel.model.last_event.c_str());
    draw_diagram(panel, app);
}

}  // namespace evb::web
