#include "panels/role_panel.hpp"

#include "app.hpp"
#include "evb/common/json_access.hpp"
#include "fonts.hpp"
#include "theme.hpp"
#include "widgets/copy_button.hpp"

#include <imgui.h>

namespace evb::web {
namespace {

const Json* find_role(const Json& roles, const std::string& name) {
    for (const auto& role : roles) {
        if (text_member(role, "RoleName") == name) return &role;
    }
    return nullptr;
}

std::string lambda_trust_policy() {
    return to_json_text(
        Json{{"Version", "2012-10-17"},
             {"Statement", Json::array({Json{{"Effect", "Allow"},
                                             {"Principal", {{"Service", "lambda.amazonaws.com"}}},
                                             {"Action", "sts:AssumeRole"}}})}});
}

// allows_put_events tells whether one of the role's attached policies mentions events:PutEvents.
bool allows_put_events(App& app, const Json& role) {
    for (const auto& attached : items(role, "AttachedPolicies")) {
        for (const auto& policy : items(app.snapshot(), "policies")) {
            if (text_member(policy, "Arn") != text_member(attached, "PolicyArn")) continue;
            const std::string document = to_json_text(member(policy, "Document"));
            if (document.find("events:PutEvents") != std::string::npos ||
                document.find("events:*") != std::string::npos ||
                document.find("\"Action\":\"*\"") != std::string::npos) {
                return true;
            }
        }
    }
    return false;
}

void detach(RolePanel& panel, App& app, const std::string& policy_arn) {
    Json request = {{"RoleName", panel.selected}, {"PolicyArn", policy_arn}};
    panel.feedback = feedback_of(app.apply("iam", "DetachRolePolicy", request), "Detached " + policy_arn);
}

void draw_attached(RolePanel& panel, App& app, const Json& role) {
    ImGui::TextUnformatted("Attached policies");
    const Json& attached = items(role, "AttachedPolicies");
    if (attached.empty()) ImGui::TextDisabled("none");
    for (const auto& policy : attached) {
        const std::string arn = text_member(policy, "PolicyArn");
        ImGui::PushID(arn.c_str());
        if (ImGui::SmallButton("Detach")) detach(panel, app, arn);
        ImGui::SameLine();
        ImGui::TextWrapped("%s", text_member(policy, "PolicyName").c_str());
        ImGui::PopID();
    }
    if (!allows_put_events(app, role)) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().warn);
        ImGui::TextWrapped(
            "\u26A0 No attached policy allows events:PutEvents: a function running as this role "
            "fails with AccessDeniedException when it puts events.");
        ImGui::PopStyleColor();
    }
}

std::string policy_name(App& app, const std::string& arn) {
    for (const auto& policy : items(app.snapshot(), "policies")) {
        if (text_member(policy, "Arn") == arn) return text_member(policy, "PolicyName");
    }
    return arn;
}

void draw_attach_form(RolePanel& panel, App& app) {
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##policy to attach", policy_name(app, panel.policy_arn).c_str())) {
        for (const auto& policy : items(app.snapshot(), "policies")) {
            const std::string arn = text_member(policy, "Arn");
            if (ImGui::Selectable(text_member(policy, "PolicyName").c_str(), arn == panel.policy_arn))
                panel.policy_arn = arn;
        }
        ImGui::EndCombo();
    }
    if (!ImGui::Button("Attach policy")) return;
    Json request = {{"RoleName", panel.selected}, {"PolicyArn", panel.policy_arn}};
    panel.feedback = feedback_of(app.apply("iam", "AttachRolePolicy", request),
                                 "Attached " + policy_name(app, panel.policy_arn));
}

void draw_selected_role(RolePanel& panel, App& app, const Json& role) {
    const std::string arn = text_member(role, "Arn");
    ImGui::PushFont(mono_font());
    ImGui::TextWrapped("%s", arn.c_str());
    ImGui::PopFont();
    copy_button("Copy role ARN", arn);
    draw_attached(panel, app, role);
    draw_attach_form(panel, app);
}

void create_role(RolePanel& panel, App& app) {
    Json request = {{"RoleName", panel.new_name},
                    {"Path", "/service-role/"},
                    {"AssumeRolePolicyDocument", lambda_trust_policy()}};
    ApiResult result = app.apply("iam", "CreateRole", request);
    panel.feedback = feedback_of(result, "Created " + text_member(member(result.body(), "Role"), "Arn"));
    if (!result.ok()) return;
    panel.selected = panel.new_name;
    app.panels().function.role = text_member(member(result.body(), "Role"), "Arn");
}

void draw_create_form(RolePanel& panel, App& app) {
    ImGui::SeparatorText("New role for Lambda");
    float button = ImGui::CalcTextSize("Create role").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(-button - ImGui::GetStyle().ItemSpacing.x);
    ImGui::InputTextWithHint("##role name", "role name", panel.new_name, sizeof panel.new_name);
    ImGui::SameLine();
    if (ImGui::Button("Create role")) create_role(panel, app);
}

void draw_role_list(RolePanel& panel, const Json& roles) {
    if (roles.empty()) ImGui::TextDisabled("No roles yet: create one below.");
    for (const auto& role : roles) {
        const std::string name = text_member(role, "RoleName");
        std::string label = name + "##role " + name;
        if (ImGui::Selectable(label.c_str(), panel.selected == name)) panel.selected = name;
    }
}

}  // namespace

void draw_role_panel(RolePanel& panel, App& app) {
    const Json& roles = items(app.snapshot(), "roles");
    if (!find_role(roles, panel.selected) && !roles.empty())
        panel.selected = text_member(roles[0], "RoleName");
    ImGui::SeparatorText("Execution roles");
    draw_role_list(panel, roles);
    if (const Json* role = find_role(roles, panel.selected)) draw_selected_role(panel, app, *role);
    draw_create_form(panel, app);
    draw_feedback(panel.feedback);
}

}  // namespace evb::web
