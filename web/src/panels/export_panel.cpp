#include "panels/export_panel.hpp"

#include "app.hpp"
#include "bridge_guard.hpp"
#include "browser.hpp"
#include "evb/common/json_access.hpp"
#include "evb/export/cli_script.hpp"
#include "evb/scenario/cfn_export.hpp"
#include "evb/scenario/cfn_import.hpp"
#include "evb/scenario/world_requests.hpp"
#include "evb/shell.hpp"
#include "evb/world/snapshot.hpp"
#include "page.hpp"
#include "widgets/copy_button.hpp"
#include "widgets/status.hpp"

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

EM_JS(void, js_pick_file, (), { Module.evbShare&& Module.evbShare.pickFile(); });

namespace evb::web {
namespace {

constexpr const char* kFormatNames[] = {"AWS CLI script", "CloudFormation JSON", "CloudFormation YAML"};
constexpr const char* kFileNames[] = {"recreate-world.sh", "eventbridge-playground.template.json",
                                      "eventbridge-playground.template.yaml"};

void refresh_export(ExportPanel& panel, App& app) {
    const int format = static_cast<int>(panel.format);
    if (panel.text_revision == app.snapshot_revision() && panel.text_format == format) return;
    panel.text_revision = app.snapshot_revision();
    panel.text_format = format;
    switch (panel.format) {
        case ExportFormat::CliScript:
            panel.text = export_cli_script(app.world());
            break;
        case ExportFormat::CloudFormationJson:
            panel.text = export_cloudformation_json(app.world().account());
            break;
        case ExportFormat::CloudFormationYaml:
            panel.text = export_cloudformation_yaml(app.world().account());
            break;
    }
}

void draw_export(ExportPanel& panel, App& app) {
    ImGui::SeparatorText("Export: recreate this world on real AWS");
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::RadioButton(kFormatNames[i], static_cast<int>(panel.format) == i))
            panel.format = static_cast<ExportFormat>(i);
    }
    refresh_export(panel, app);
    copy_button("Copy export", panel.text);
    ImGui::SameLine();
    if (ImGui::SmallButton("Download export"))
        offer_download(kFileNames[static_cast<int>(panel.format)], panel.text);
    ImGui::InputTextMultiline("##export text", &panel.text, ImVec2(-1, ImGui::GetTextLineHeight() * 12),
                              ImGuiInputTextFlags_ReadOnly);
}

void draw_outcome(const ExportPanel& panel) {
    if (!panel.outcome.is_object()) return;
    const bool ok = member(panel.outcome, "ok").is_boolean() && member(panel.outcome, "ok").get<bool>();
    if (ok) {
        status_text(true, "Imported " + std::to_string(items(panel.outcome, "resources").size()) +
                              " resources (one step: Undo takes it back).");
    } else {
        status_text(false, text_member(panel.outcome, "message"));
    }
    for (const Json& warning : items(panel.outcome, "warningLines")) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("warning: %s", warning.is_string() ? warning.get<std::string>().c_str() : "");
        ImGui::PopTextWrapPos();
    }
}

void draw_import(ExportPanel& panel, App& app) {
    ImGui::SeparatorText("Import a CloudFormation template or a world file");
    ImGui::TextWrapped(
        "Event buses, rules with their targets, log groups, roles and functions are created; anything else "
        "is "
        "named in the error and nothing changes.");
    ImGui::InputTextMultiline("##template to import", &panel.import_text,
                              ImVec2(-1, ImGui::GetTextLineHeight() * 8));
    ImGui::Checkbox("Into a fresh account (replace this world)", &panel.fresh_account);
    if (ImGui::Button("Import template")) import_text_into(panel, app, panel.import_text);
    ImGui::SameLine();
    if (ImGui::Button("Open file\u2026")) js_pick_file();
    draw_outcome(panel);
}

Json failed(const std::string& message) {
    return Json{{"ok", false}, {"message", message}, {"resources", Json::array()}};
}

}  // namespace

void import_text_into(ExportPanel& panel, App& app, const std::string& text) {
    std::optional<Json> json = parse_json(text);
    if (json && text_member(*json, "format") == kSaveFormat) {
        auto error = app.replace_world(text, "opened a world file");
        panel.outcome = error ? failed("The world file was refused: " + error->code + ": " + error->message)
                              : Json{{"ok", true}, {"resources", world_requests(app.world().account())}};
        return;
    }
    World target = panel.fresh_account ? World(app.world().account().config) : app.world();
    CfnImport result = import_cloudformation(target, text);
    Json outcome = import_result_json(result);
    Json warnings = Json::array();
    for (const CfnIssue& warning : result.plan.warnings)
        warnings.push_back(describe_issue(warning));
    outcome["warningLines"] = warnings;
    if (!result.ok()) {
        outcome["message"] = "Nothing was imported. " + describe_issue(*result.error);
        panel.outcome = outcome;
        return;
    }
    std::vector<std::string> lines;
    for (const Json& call : result.plan.requests)
        lines.push_back(format_command(text_member(call, "service"), text_member(call, "operation"),
                                       member(call, "request")));
    if (auto error = app.replace_world(target.save(), "imported a CloudFormation template", lines))
        outcome = failed(error->code + ": " + error->message);
    panel.outcome = outcome;
}

void draw_export_panel(ExportPanel& panel, App& app) {
    draw_export(panel, app);
    ImGui::Spacing();
    draw_import(panel, app);
}

}  // namespace evb::web

// Called by site/evb-share.js with the text of a file the user opened.
extern "C" EMSCRIPTEN_KEEPALIVE void evb_import_file(const char* text) {
    auto& app = evb::web::page().app;
    evb::web::guarded(
        "importing a file",
        [&] {
            app.panels().exports.import_text = text ? text : "";
            evb::web::import_text_into(app.panels().exports, app, app.panels().exports.import_text);
        },
        [&](const char* what) {
            app.panels().exports.outcome =
                evb::Json{{"ok", false},
                          {"message", std::string("Nothing was imported: an internal error: ") + what},
                          {"resources", evb::Json::array()}};
        });
    evb::web::request_frames(3);
}
