#include "app.hpp"

#include <imgui.h>

namespace evb::web {

App::App() : shell_(world_) {}

ApiResult App::apply(std::string_view service, std::string_view operation, const Json& request) {
    console_.push_back("aws " + std::string(service) + " " + std::string(operation) + " " + request.dump());
    ApiResult result = world_.call(service, operation, request);
    changed_ = true;
    return result;
}

ShellResult App::exec(std::string_view line) {
    console_.push_back(std::string(line));
    changed_ = true;
    return shell_.run(line);
}

Json App::state() {
    return Json{{"region", world_.region()},
                {"account", world_.account_id()},
                {"buses", world_.call("events", "ListEventBuses", Json::object()).body()["EventBuses"]}};
}

bool App::take_changed() {
    bool was = changed_;
    changed_ = false;
    return was;
}

void App::draw_header(float width) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    constexpr auto kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar;
    if (ImGui::Begin("##header", nullptr, kFlags)) {
        if (ImGui::BeginMenuBar()) {
            ImGui::TextUnformatted("EventBridge Playground");
            ImGui::SameLine(0, 24);
            ImGui::TextDisabled("%s  ·  account %s", world_.region().c_str(), world_.account_id().c_str());
            ImGui::EndMenuBar();
        }
    }
    ImGui::End();
}

void App::draw(float width, float height) {
    draw_header(width);
    float top = ImGui::GetFrameHeight();
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(width, height - top));
    draw_bus_panel(bus_panel_, *this);
}

}  // namespace evb::web
