#include "panels/bus_panel.hpp"

#include "app.hpp"
#include "evb/common/json_access.hpp"
#include "fonts.hpp"
#include "widgets/copy_button.hpp"

#include <imgui.h>

namespace evb::web {
namespace {

const Json* find_bus(const Json& buses, const std::string& name) {
    for (const auto& bus : buses) {
        if (text_member(bus, "Name") == name) return &bus;
    }
    return nullptr;
}

void draw_bus_list(BusPanel& panel, const Json& buses) {
    for (const auto& bus : buses) {
        const std::string name = text_member(bus, "Name");
        std::string label = name + "##bus " + name;
        if (ImGui::Selectable(label.c_str(), panel.selected == name)) panel.selected = name;
        ImGui::SameLine();
        const std::size_t rules = items(bus, "Rules").size();
        ImGui::TextDisabled("%zu %s", rules, rules == 1 ? "rule" : "rules");
    }
}

void delete_bus(BusPanel& panel, App& app) {
    const std::string name = panel.selected;
    ApiResult result = app.apply("events", "DeleteEventBus", Json{{"Name", name}});
    panel.feedback = feedback_of(result, "Deleted " + name);
    if (result.ok()) panel.selected = "default";
}

void draw_bus_details(BusPanel& panel, App& app, const Json& bus) {
    const std::string arn = text_member(bus, "Arn");
    ImGui::SeparatorText("Selected bus");
    ImGui::PushFont(mono_font());
    ImGui::TextWrapped("%s", arn.c_str());
    ImGui::PopFont();
    copy_button("Copy ARN", arn);
    ImGui::SameLine();
    const long long events_in = number_member(member(bus, "metrics"), "eventsIn");
    ImGui::TextDisabled("%lld %s in", events_in, events_in == 1 ? "event" : "events");
    if (panel.selected == "default") {
        ImGui::TextDisabled("The default bus cannot be deleted.");
        return;
    }
    if (ImGui::Button("Delete bus")) delete_bus(panel, app);
}

void create_bus(BusPanel& panel, App& app) {
    ApiResult result = app.apply("events", "CreateEventBus", Json{{"Name", panel.new_name}});
    std::string arn = text_member(result.body(), "EventBusArn");
    panel.feedback = feedback_of(result, "Created " + arn);
    if (!result.ok()) return;
    panel.selected = panel.new_name;
    panel.new_name[0] = '\0';
}

void draw_create_form(BusPanel& panel, App& app) {
    ImGui::SeparatorText("New bus");
    float button = ImGui::CalcTextSize("Create bus").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(-button - ImGui::GetStyle().ItemSpacing.x);
    bool submitted = ImGui::InputTextWithHint("##new bus name", "new bus name", panel.new_name,
                                              sizeof panel.new_name, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (ImGui::Button("Create bus") || submitted) create_bus(panel, app);
}

}  // namespace

void draw_bus_panel(BusPanel& panel, App& app) {
    const Json& buses = items(app.snapshot(), "buses");
    if (!find_bus(buses, panel.selected)) panel.selected = "default";
    ImGui::SeparatorText("Event buses");
    draw_bus_list(panel, buses);
    if (const Json* bus = find_bus(buses, panel.selected)) draw_bus_details(panel, app, *bus);
    draw_create_form(panel, app);
    draw_feedback(panel.feedback);
}

}  // namespace evb::web
