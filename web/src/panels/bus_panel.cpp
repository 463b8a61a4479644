#include "panels/bus_panel.hpp"

#include "app.hpp"

#include <imgui.h>

namespace evb::web {
namespace {

void draw_bus_table(App& app) {
    auto buses = app.world().call("events", "ListEventBuses", Json::object()).body()["EventBuses"];
    constexpr auto kFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("buses", 2, kFlags)) return;
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("ARN", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableHeadersRow();
    for (const auto& bus : buses) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(bus["Name"].get_ref<const std::string&>().c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(bus["Arn"].get_ref<const std::string&>().c_str());
    }
    ImGui::EndTable();
}

void create_bus(BusPanel& panel, App& app) {
    auto result = app.apply("events", "CreateEventBus", Json{{"Name", panel.new_name}});
    panel.failed = !result.ok();
    panel.message = result.ok() ? "Created " + result.body()["EventBusArn"].get<std::string>()
                                : result.error().code + ": " + result.error().message;
    if (result.ok()) panel.new_name[0] = '\0';
}

void draw_create_form(BusPanel& panel, App& app) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18);
    bool submitted = ImGui::InputTextWithHint("##new bus name", "new bus name", panel.new_name,
                                              sizeof panel.new_name, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (ImGui::Button("Create bus") || submitted) create_bus(panel, app);
    if (!panel.message.empty()) {
        ImVec4 colour = panel.failed ? ImVec4(1.0f, 0.45f, 0.4f, 1.0f) : ImVec4(0.45f, 0.85f, 0.5f, 1.0f);
        ImGui::TextColored(colour, "%s %s", panel.failed ? "\u2717" : "\u2713", panel.message.c_str());
    }
}

}  // namespace

void draw_bus_panel(BusPanel& panel, App& app) {
    constexpr auto kFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                            ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings;
    if (ImGui::Begin("Event buses", nullptr, kFlags)) {
        draw_bus_table(app);
        ImGui::Spacing();
        draw_create_form(panel, app);
    }
    ImGui::End();
}

}  // namespace evb::web
