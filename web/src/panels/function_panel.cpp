#include "panels/function_panel.hpp"

#include "app.hpp"
#include "evb/common/base64.hpp"
#include "evb/common/json_access.hpp"
#include "evb/export/python_handler.hpp"
#include "evb/scenario/tutorial_example.hpp"
#include "fonts.hpp"
#include "widgets/copy_button.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace evb::web {
namespace {

constexpr const char* kRuntimes[] = {"python3.12", "python3.13", "python3.11",
                                     "nodejs20.x", "nodejs22.x", "java21"};
constexpr int kMaxTimes = 1000;

const Json* find_function(const Json& functions, const std::string& name) {
    for (const auto& f : functions) {
        if (text_member(f, "FunctionName") == name) return &f;
    }
    return nullptr;
}

void copy_to(char* buffer, std::size_t size, const std::string& text) {
    std::snprintf(buffer, size, "%s", text.c_str());
}

// load_template fills the order fields from a behaviour's first PutEvents entry.
void load_template(FunctionPanel& panel, const Json& behavior) {
    const Json& entries = items(behavior, "putEvents");
    const Json entry = entries.empty() ? Json::object() : entries[0];
    copy_to(panel.source, sizeof panel.source, text_member(entry, "Source"));
    copy_to(panel.detail_type, sizeof panel.detail_type, text_member(entry, "DetailType"));
    copy_to(panel.bus, sizeof panel.bus, text_member(entry, "EventBusName"));
    const Json& detail = member(entry, "Detail");
    panel.detail = CodeEditor{detail.is_string() ? detail.get<std::string>() : to_json_text(detail, 2), -1};
}

void sync_form(FunctionPanel& panel, const Json* function) {
    if (panel.loaded == panel.selected && !panel.detail.text.empty()) return;
    if (!panel.selected.empty() && !function) return;  // created this frame: the snapshot shows it next frame
    panel.loaded = panel.selected;
    load_template(panel, function ? member(*function, "behavior") : manual_order_behavior());
    if (!function) return;
    copy_to(panel.name, sizeof panel.name, text_member(*function, "FunctionName"));
    copy_to(panel.handler, sizeof panel.handler, text_member(*function, "Handler"));
    copy_to(panel.existing_runtime, sizeof panel.existing_runtime, text_member(*function, "Runtime"));
    panel.role = text_member(*function, "Role");
}

Json behavior_of(const FunctionPanel& panel) {
    Json detail = parse_json(panel.detail.text).value_or(Json(panel.detail.text));
    Json entry = {{"Source", panel.source},
                  {"DetailType", panel.detail_type},
                  {"Detail", detail},
                  {"EventBusName", panel.bus}};
    return Json{{"putEvents", Json::array({entry})},
                {"returns", Json{{"statusCode", 200}, {"body", "\"Hello from Lambda!\""}}}};
}

// set_up_tutorial performs the seed tutorial's set-up requests, skipping what already exists.
void set_up_tutorial(FunctionPanel& panel, App& app) {
    for (const auto& step : tutorial_requests(app.world().region(), app.world().account_id())) {
        ApiResult result =
            app.apply(text_member(step, "service"), text_member(step, "operation"), member(step, "request"));
        const bool exists = !result.ok() && (result.error().code.find("AlreadyExists") != std::string::npos ||
                                             result.error().code.find("Conflict") != std::string::npos);
        if (!result.ok() && !exists) return void(panel.feedback = feedback_of(result, ""));
    }
    panel.selected = "manual-order-function";
    panel.loaded = "-";
    panel.feedback = Feedback{false, "The tutorial's bus, rule, log group, role and function are ready."};
}

void create_function(FunctionPanel& panel, App& app) {
    Json request = {{"FunctionName", panel.name},
                    {"Runtime", kRuntimes[panel.runtime]},
                    {"Role", panel.role},
                    {"Handler", panel.handler},
                    {"Code", Json{{"ZipFile", base64_encode(to_json_text(behavior_of(panel)))}}}};
    ApiResult result = app.apply("lambda", "CreateFunction", request);
    panel.feedback = feedback_of(result, "Created " + text_member(result.body(), "FunctionArn"));
    if (result.ok()) panel.selected = panel.loaded = panel.name;
}

void save_function(FunctionPanel& panel, App& app) {
    Json request = {{"FunctionName", panel.selected},
                    {"ZipFile", base64_encode(to_json_text(behavior_of(panel)))}};
    panel.feedback =
        feedback_of(app.apply("lambda", "UpdateFunctionCode", request), "Saved " + panel.selected);
}

void delete_function(FunctionPanel& panel, App& app) {
    ApiResult result = app.apply("lambda", "DeleteFunction", Json{{"FunctionName", panel.selected}});
    panel.feedback = feedback_of(result, "Deleted " + panel.selected);
    if (result.ok()) panel.selected.clear();
}

void invoke(FunctionPanel& panel, App& app, int times) {
    Json request = {{"FunctionName", panel.selected}, {"LogType", "Tail"}};
    ApiResult result = app.apply("lambda", "Invoke", request, times);
    panel.last_failed = !result.ok() || member(result.body(), "FunctionError").is_string();
    panel.last_log = base64_decode(text_member(result.body(), "LogResult")).value_or("");
    panel.last_payload = result.ok() ? text_member(result.body(), "Payload")
                                     : result.error().code + ": " + result.error().message;
    std::string what = times == 1 ? "Invoked " + panel.selected
                                  : "Invoked " + panel.selected + " " + std::to_string(times) + " times";
    panel.feedback = Feedback{panel.last_failed, panel.last_failed ? what + " \u2014 it failed" : what};
}

void draw_function_picker(FunctionPanel& panel, const Json& functions) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    if (!ImGui::BeginCombo("##function", panel.selected.empty() ? "New function" : panel.selected.c_str()))
        return;
    if (ImGui::Selectable("New function", panel.selected.empty())) panel.selected.clear(), panel.loaded = "-";
    for (const auto& f : functions) {
        const std::string name = text_member(f, "FunctionName");
        if (ImGui::Selectable(name.c_str(), name == panel.selected)) panel.selected = name;
    }
    ImGui::EndCombo();
}

std::string role_label(App& app, const std::string& arn) {
    for (const auto& role : items(app.snapshot(), "roles")) {
        if (text_member(role, "Arn") == arn) return text_member(role, "RoleName");
    }
    return arn.empty() ? "choose a role" : arn;
}

void draw_role_picker(FunctionPanel& panel, App& app) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!ImGui::BeginCombo("##execution role", role_label(app, panel.role).c_str())) return;
    for (const auto& role : items(app.snapshot(), "roles")) {
        const std::string arn = text_member(role, "Arn");
        if (ImGui::Selectable(text_member(role, "RoleName").c_str(), arn == panel.role)) panel.role = arn;
    }
    ImGui::EndCombo();
}

void labelled(const char* label) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(ImGui::GetFontSize() * 7);
}

void draw_configuration(FunctionPanel& panel, App& app) {
    const bool creating = panel.selected.empty();
    ImGui::BeginDisabled(!creating);
    labelled("Name");
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##function name", panel.name, sizeof panel.name);
    labelled("Runtime");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (creating)
        ImGui::Combo("##runtime", &panel.runtime, kRuntimes, IM_ARRAYSIZE(kRuntimes));
    else
        ImGui::InputText("##runtime", panel.existing_runtime, sizeof panel.existing_runtime,
                         ImGuiInputTextFlags_ReadOnly);
    labelled("Role");
    draw_role_picker(panel, app);
    labelled("Handler");
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##handler", panel.handler, sizeof panel.handler);
    ImGui::EndDisabled();
}

void draw_order_template(FunctionPanel& panel) {
    ImGui::SeparatorText("Order it puts on the bus (PutEvents entry)");
    labelled("Source");
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##source", panel.source, sizeof panel.source);
    labelled("DetailType");
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##detail type", panel.detail_type, sizeof panel.detail_type);
    labelled("EventBusName");
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputText("##event bus name", panel.bus, sizeof panel.bus);
    ImGui::TextUnformatted("Detail");
    ImGui::SameLine();
    ImGui::TextDisabled("(?)");
    ImGui::SetItemTooltip(
        "Placeholders vary per invocation: ${seq} (1, 2, 3, ...), ${random:1:500}, ${uuid}, ${time}, "
        "${event.a.b}.\nA value that is only a placeholder keeps its type: \"${seq}\" gives the number 7, "
        "\"order-${seq}\" the text \"order-7\".");
    auto problem = json_problem(panel.detail.text);
    draw_code_editor("##order detail", panel.detail, problem ? &*problem : nullptr, 6);
    if (problem) draw_problem(*problem);
}

void draw_actions(FunctionPanel& panel, App& app) {
    if (panel.selected.empty()) {
        if (ImGui::Button("Create function")) create_function(panel, app);
        return;
    }
    if (ImGui::Button("Save function")) save_function(panel, app);
    ImGui::SameLine();
    if (ImGui::Button("Delete function")) delete_function(panel, app);
}

void draw_invoke(FunctionPanel& panel, App& app) {
    if (panel.selected.empty()) return;
    if (ImGui::Button("Fire order")) invoke(panel, app, 1);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    ImGui::InputInt("##times", &panel.times, 1, 100);
    panel.times = std::clamp(panel.times, 1, kMaxTimes);
    ImGui::SameLine();
    if (ImGui::Button("Invoke N times")) invoke(panel, app, panel.times);
}

void draw_last_invocation(FunctionPanel& panel) {
    if (panel.last_log.empty() && panel.last_payload.empty()) return;
    ImGui::TextDisabled("Last invocation: log tail and payload");
    ImGui::PushFont(mono_font());
    ImGui::TextWrapped("%s", panel.last_log.c_str());
    ImGui::TextWrapped("Payload: %s", panel.last_payload.c_str());
    ImGui::PopFont();
    copy_button("Copy log tail", panel.last_log);
}

void draw_python(FunctionPanel& panel) {
    ImGui::SeparatorText("lambda_function.py (Python, boto3)");
    ImGui::TextDisabled("What this function would be in AWS: read-only.");
    CodeEditor code{python_handler(behavior_of(panel)), -1};
    draw_code_editor("##python handler", code, nullptr, 10, true);
    copy_button("Copy Python", code.text);
}

void draw_form_column(FunctionPanel& panel, App& app, const Json& functions) {
    draw_function_picker(panel, functions);
    ImGui::SameLine();
    if (ImGui::Button("Set up the tutorial")) set_up_tutorial(panel, app);
    ImGui::SetItemTooltip("Create the tutorial's bus, rule, log group target, role and function in one go");
    sync_form(panel, find_function(functions, panel.selected));
    draw_invoke(panel, app);
    draw_feedback(panel.feedback);
    draw_last_invocation(panel);
    ImGui::SeparatorText(panel.selected.empty() ? "New function" : "Configuration");
    draw_configuration(panel, app);
    draw_order_template(panel);
    draw_actions(panel, app);
}

}  // namespace

void draw_function_panel(FunctionPanel& panel, App& app) {
    const Json& functions = items(app.snapshot(), "functions");
    if (!panel.selected.empty() && !find_function(functions, panel.selected)) panel.selected.clear();
    if (!ImGui::BeginTable("function columns", 2,
                           ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("form", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn("python", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableNextColumn();
    ImGui::SeparatorText("Function");
    draw_form_column(panel, app, functions);
    ImGui::TableNextColumn();
    draw_python(panel);
    ImGui::EndTable();
}

}  // namespace evb::web
