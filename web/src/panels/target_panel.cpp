#include "panels/target_panel.hpp"

#include "app.hpp"
#include "evb/common/arn.hpp"
#include "evb/common/json_access.hpp"
#include "fonts.hpp"
#include "theme.hpp"
#include "widgets/copy_button.hpp"

#include <imgui.h>

#include <cctype>
#include <cstdio>

namespace evb::web {
namespace {

constexpr const char* kKindNames[] = {"CloudWatch log group", "Lambda function", "Event bus"};
constexpr const char* kKindHints[] = {"/aws/events/manual-order-cw", "manual-order-function", "another-bus"};
constexpr const char* kInputNames[] = {"Matched event", "Constant (JSON text)", "Part of the matched event",
                                       "Input transformer"};

const char* kind_of_arn(const std::string& arn) {
    auto parsed = parse_arn(arn);
    if (!parsed) return "?";
    if (parsed->service == "logs") return "Log group";
    if (parsed->service == "lambda") return "Function";
    if (parsed->service == "events") return "Event bus";
    return "Other";
}

std::string input_summary(const Json& target) {
    if (member(target, "Input").is_string()) return "Constant";
    if (member(target, "InputPath").is_string()) return "InputPath " + text_member(target, "InputPath");
    if (member(target, "InputTransformer").is_object()) return "Input transformer";
    return "Matched event";
}

Json targets_request(const std::string& rule, const std::string& bus) {
    Json request = {{"Rule", rule}};
    if (bus != "default") request["EventBusName"] = bus;
    return request;
}

void remove_target(TargetPanel& panel, App& app, const std::string& bus, const std::string& rule,
                   const std::string& id) {
    Json request = targets_request(rule, bus);
    request["Ids"] = Json::array({id});
    panel.feedback = feedback_of(app.apply("events", "RemoveTargets", request), "Removed target " + id);
}

void draw_delivery_counts(const Json& target) {
    const Json& metrics = member(target, "metrics");
    ImGui::Text("%s %lld", kCheck, static_cast<long long>(number_member(metrics, "deliveries")));
    const long long failures = number_member(metrics, "failures");
    if (failures == 0) return;
    ImGui::SameLine();
    ImGui::TextColored(palette().fail, "%s %lld", kCross, failures);
}

void draw_target_row(TargetPanel& panel, App& app, const std::string& bus, const std::string& rule,
                     const Json& target) {
    const std::string id = text_member(target, "Id"), arn = text_member(target, "Arn");
    ImGui::PushID(id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(id.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(kind_of_arn(arn));
    ImGui::TableNextColumn();
    ImGui::PushFont(mono_font());
    ImGui::TextWrapped("%s", arn.c_str());
    ImGui::PopFont();
    copy_button("Copy ARN", arn);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(input_summary(target).c_str());
    ImGui::TableNextColumn();
    draw_delivery_counts(target);
    ImGui::TableNextColumn();
    if (ImGui::SmallButton("Remove")) remove_target(panel, app, bus, rule, id);
    ImGui::PopID();
}

void draw_target_table(TargetPanel& panel, App& app, const std::string& bus, const Json& rule) {
    const Json& targets = items(rule, "Targets");
    if (targets.empty()) {
        ImGui::TextDisabled("No targets: matched events go nowhere yet. Add one below.");
        return;
    }
    constexpr auto kFlags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("targets", 6, kFlags)) return;
    ImGui::TableSetupColumn("Id", 0, 1.2f);
    ImGui::TableSetupColumn("Type", 0, 1.0f);
    ImGui::TableSetupColumn("ARN", 0, 4.0f);
    ImGui::TableSetupColumn("Input", 0, 1.4f);
    ImGui::TableSetupColumn("Deliveries", 0, 1.0f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed,  // the Remove button, never clipped
                            ImGui::CalcTextSize("Remove").x + ImGui::GetStyle().FramePadding.x * 2);
    ImGui::TableHeadersRow();
    for (const auto& target : targets)
        draw_target_row(panel, app, bus, text_member(rule, "Name"), target);
    ImGui::EndTable();
}

// resource_names lists what a target of the panel's kind can point at.
std::vector<std::string> resource_names(TargetPanel& panel, App& app) {
    const Json& state = app.snapshot();
    std::vector<std::string> names;
    const char* list = panel.kind == TargetKind::LogGroup   ? "logGroups"
                       : panel.kind == TargetKind::Function ? "functions"
                                                            : "buses";
    const char* key = panel.kind == TargetKind::LogGroup   ? "logGroupName"
                      : panel.kind == TargetKind::Function ? "FunctionName"
                                                           : "Name";
    for (const auto& item : items(state, list))
        names.push_back(text_member(item, key));
    return names;
}

void draw_resource_picker(TargetPanel& panel, App& app) {
    const int kind = static_cast<int>(panel.kind);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    ImGui::InputTextWithHint("##target resource", kKindHints[kind], panel.resource, sizeof panel.resource);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    if (!ImGui::BeginCombo("##pick resource", "existing\u2026")) return;
    for (const auto& name : resource_names(panel, app)) {
        if (ImGui::Selectable(name.c_str()))
            std::snprintf(panel.resource, sizeof panel.resource, "%s", name.c_str());
    }
    ImGui::EndCombo();
}

void draw_kind_choice(TargetPanel& panel) {
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::RadioButton(kKindNames[i], panel.kind == static_cast<TargetKind>(i))) {
            panel.kind = static_cast<TargetKind>(i);
            panel.resource[0] = '\0';
        }
    }
}

void draw_input_fields(TargetPanel& panel) {
    if (panel.input == TargetInput::Constant) {
        auto problem = json_problem(panel.constant.text);
        draw_code_editor("##constant input", panel.constant, problem ? &*problem : nullptr, 2);
        if (problem) draw_problem(*problem);
    } else if (panel.input == TargetInput::Part) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
        ImGui::InputTextWithHint("##input path", "$.detail", panel.input_path, sizeof panel.input_path);
    } else if (panel.input == TargetInput::Transformer) {
        ImGui::TextUnformatted("Input paths (InputPathsMap)");
        auto problem = json_problem(panel.paths_map.text);
        draw_code_editor("##input paths", panel.paths_map, problem ? &*problem : nullptr, 3);
        if (problem) draw_problem(*problem);
        ImGui::TextUnformatted("Template (InputTemplate)");
        draw_code_editor("##input template", panel.input_template, nullptr, 2);
    }
}

void draw_input_choice(TargetPanel& panel) {
    ImGui::TextUnformatted("Input to the target");
    for (int i = 0; i < 4; ++i) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::RadioButton(kInputNames[i], panel.input == static_cast<TargetInput>(i))) {
            panel.input = static_cast<TargetInput>(i);
        }
    }
    draw_input_fields(panel);
}

// default_id derives a target id from the resource name, as the console suggests one.
std::string default_id(const std::string& resource) {
    std::string id;
    for (char c : resource.substr(resource.find_last_of('/') + 1)) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') id += c;
    }
    return id.empty() ? "target" : id.substr(0, 64);
}

std::string target_arn(const TargetPanel& panel, App& app) {
    World& world = app.world();
    if (panel.kind == TargetKind::LogGroup)
        return log_group_arn(world.region(), world.account_id(), panel.resource);
    if (panel.kind == TargetKind::Function)
        return function_arn(world.region(), world.account_id(), panel.resource);
    return bus_arn(world.region(), world.account_id(), panel.resource);
}

Json target_json(const TargetPanel& panel, App& app) {
    Json target = {{"Id", panel.id[0] ? std::string(panel.id) : default_id(panel.resource)},
                   {"Arn", target_arn(panel, app)}};
    if (panel.input == TargetInput::Constant) target["Input"] = panel.constant.text;
    if (panel.input == TargetInput::Part) target["InputPath"] = panel.input_path;
    if (panel.input == TargetInput::Transformer) {
        target["InputTransformer"] =
            Json{{"InputPathsMap", parse_json(panel.paths_map.text).value_or(Json::object())},
                 {"InputTemplate", panel.input_template.text}};
    }
    return target;
}

bool log_group_exists(App& app, const std::string& name) {
    for (const auto& group : items(app.snapshot(), "logGroups")) {
        if (text_member(group, "logGroupName") == name) return true;
    }
    return false;
}

// add_target creates a missing log group first, as the EventBridge console does, then puts the target.
void add_target(TargetPanel& panel, App& app, const std::string& bus, const std::string& rule) {
    if (panel.kind == TargetKind::LogGroup && !log_group_exists(app, panel.resource)) {
        ApiResult created = app.apply("logs", "CreateLogGroup", Json{{"logGroupName", panel.resource}});
        if (!created.ok()) return void(panel.feedback = feedback_of(created, ""));
    }
    Json request = targets_request(rule, bus);
    request["Targets"] = Json::array({target_json(panel, app)});
    ApiResult result = app.apply("events", "PutTargets", request);
    const Json& failed = items(result.body(), "FailedEntries");
    if (result.ok() && !failed.empty()) {
        panel.feedback = Feedback{
            true, text_member(failed[0], "ErrorCode") + ": " + text_member(failed[0], "ErrorMessage")};
        return;
    }
    panel.feedback = feedback_of(result, "Added target " + text_member(request["Targets"][0], "Id"));
    if (result.ok()) panel.id[0] = '\0';
}

void draw_add_form(TargetPanel& panel, App& app, const std::string& bus, const std::string& rule) {
    ImGui::SeparatorText("Add a target");
    draw_kind_choice(panel);
    draw_resource_picker(panel, app);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ImGui::InputTextWithHint("##target id", default_id(panel.resource).c_str(), panel.id, sizeof panel.id);
    draw_input_choice(panel);
    if (ImGui::Button("Add target")) add_target(panel, app, bus, rule);
    draw_feedback(panel.feedback);
}

}  // namespace

void draw_target_panel(TargetPanel& panel, App& app, const std::string& bus, const Json& rule) {
    draw_target_table(panel, app, bus, rule);
    draw_add_form(panel, app, bus, text_member(rule, "Name"));
}

}  // namespace evb::web
