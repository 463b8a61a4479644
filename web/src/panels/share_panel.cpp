#include "panels/share_panel.hpp"

#include "app.hpp"
#include "bridge_guard.hpp"
#include "browser.hpp"
#include "evb/common/json_access.hpp"
#include "evb/scenario/scenario_world.hpp"
#include "page.hpp"
#include "scenario_library.hpp"

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <cstdlib>
#include <iterator>
#include <string>

// The JavaScript side is site/evb-share.js (Module.evbShare).
EM_JS(void, js_share_encode, (const char* payload),
      { Module.evbShare ? Module.evbShare.encode(UTF8ToString(payload)) : Module._evb_share_encoded(0, 0); });
EM_JS(char*, js_page_urls, (), {
    var text = JSON.stringify(Module.evbShare ? Module.evbShare.urls() : {page : "", dir : ""});
    var size = lengthBytesUTF8(text) + 1;
    var ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});
EM_JS(void, js_open_url, (const char* url), { Module.evbShare&& Module.evbShare.open(UTF8ToString(url)); });

namespace evb::web {
namespace {

constexpr int kShareVersion = 1;
constexpr const char* kPanelLabels[] = {"Buses & rules", "Function",       "Logs",     "Pattern sandbox",
                                        "Flow",          "Console",        "Examples", "Exercises",
                                        "Share & embed", "Export & import"};

Json page_urls() {
    char* text = js_page_urls();
    std::optional<Json> urls = parse_json(text ? text : "");
    std::free(text);
    return urls.value_or(Json::object());
}

std::string share_payload(App& app, SharePart part) {
    Json doc{{"format", "evb-share"}, {"version", kShareVersion}};
    if (part == SharePart::Everything) {
        doc["part"] = "world";
        doc["world"] = parse_json(app.world().save()).value_or(Json());
    } else {
        doc["part"] = "resources";
        doc["scenario"] = scenario_json(scenario_from_world(app.world(), "Shared world"));
    }
    return to_json_text(doc);
}

void request(SharePanel& panel, App& app, ShareRequest kind) {
    panel.pending = kind;
    panel.feedback = Feedback{false, "compressing\u2026"};
    js_share_encode(
        share_payload(app, kind == ShareRequest::Link ? panel.part : SharePart::Everything).c_str());
}

PageOptions embed_options(const SharePanel& panel) {
    PageOptions options;
    const auto& names = embed_panel_names();
    for (std::size_t i = 0; i < names.size() && i < std::size(panel.embed_panels); ++i)
        if (panel.embed_panels[i]) options.panels.push_back(names[i]);
    options.read_only = panel.embed_read_only;
    options.theme = panel.embed_theme == 1 ? "dark" : panel.embed_theme == 2 ? "light" : "";
    options.height = panel.embed_height;
    return options;
}

std::string embed_snippet(const SharePanel& panel, const std::string& src) {
    return "<iframe src=\"" + src + "\" title=\"EventBridge Playground\" width=\"100%\" height=\"" +
           std::to_string(panel.embed_height) +
           "\" loading=\"lazy\" allow=\"clipboard-write\" style=\"border:1px solid "
           "#c9ccd3;border-radius:6px\"></iframe>";
}

std::string too_big_text(std::size_t length) {
    return "This world is too big for a link: it would be " + std::to_string(length) +
           " characters long, and links over " + std::to_string(kMaxShareLinkChars) +
           " are cut short by mail, chat apps and some browsers. Download it as a file instead (Export & "
           "import opens it again), or share only its resources.";
}

void draw_link_section(SharePanel& panel, App& app) {
    ImGui::SeparatorText("Share a link");
    ImGui::TextWrapped(
        "The link carries the world itself, compressed into the part after '#': no server sees it.");
    if (ImGui::RadioButton("Everything: resources, logs and the clock", panel.part == SharePart::Everything))
        panel.part = SharePart::Everything;
    if (ImGui::RadioButton("Only the resources: buses, rules, targets, log groups, functions, roles",
                           panel.part == SharePart::Resources))
        panel.part = SharePart::Resources;
    ImGui::BeginDisabled(panel.pending != ShareRequest::None);
    if (ImGui::Button("Copy share link")) request(panel, app, ShareRequest::Link);
    ImGui::EndDisabled();
    draw_feedback(panel.feedback);
    if (panel.too_big && ImGui::Button("Download world file"))
        offer_download("evb-playground-world.json", app.world().save());
    if (!panel.link.empty() && !panel.too_big) {
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText("##share link", &panel.link, ImGuiInputTextFlags_ReadOnly);
    }
}

void draw_embed_section(SharePanel& panel, App& app) {
    ImGui::SeparatorText("Embed in a blog post");
    ImGui::TextWrapped(
        "An iframe of this world for a web page; it starts when the reader scrolls to it or clicks it.");
    ImGui::TextDisabled("Pages to show");
    for (std::size_t i = 0; i < std::size(panel.embed_panels); ++i) {
        if (i % 5 != 0) ImGui::SameLine();
        ImGui::Checkbox(kPanelLabels[i], &panel.embed_panels[i]);
    }
    ImGui::Checkbox("Read-only (readers fire events but cannot change resources)", &panel.embed_read_only);
    constexpr const char* kThemes[] = {"Reader's theme", "Dark", "Light"};
    for (int i = 0; i < 3; ++i) {
        if (i > 0) ImGui::SameLine();
        if (ImGui::RadioButton(kThemes[i], panel.embed_theme == i)) panel.embed_theme = i;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    ImGui::SliderInt("height (px)", &panel.embed_height, 240, 1200);
    ImGui::BeginDisabled(panel.pending != ShareRequest::None);
    if (ImGui::Button("Copy embed snippet")) request(panel, app, ShareRequest::Snippet);
    ImGui::EndDisabled();
    if (!panel.snippet.empty())
        ImGui::InputTextMultiline("##embed snippet", &panel.snippet,
                                  ImVec2(-1, ImGui::GetTextLineHeight() * 4), ImGuiInputTextFlags_ReadOnly);
}

}  // namespace

void draw_share_panel(SharePanel& panel, App& app) {
    draw_link_section(panel, app);
    ImGui::Spacing();
    draw_embed_section(panel, app);
}

void draw_open_full_button(SharePanel& panel, App& app) {
    ImGui::BeginDisabled(panel.pending != ShareRequest::None);
    if (ImGui::Button("Open in full playground")) request(panel, app, ShareRequest::OpenFull);
    ImGui::EndDisabled();
    ImGui::SetItemTooltip("Opens this world in the full playground, in a new tab");
}

void share_encoded(SharePanel& panel, App&, const std::string& fragment, const std::string& error) {
    const ShareRequest kind = panel.pending;
    panel.pending = ShareRequest::None;
    if (!error.empty() || fragment.empty()) {
        panel.feedback = Feedback{true, "The browser could not compress the world: " + error};
        return;
    }
    const Json urls = page_urls();
    const std::string dir = text_member(urls, "dir");
    std::string url =
        kind == ShareRequest::Link ? text_member(urls, "page") + "#" + fragment
        : kind == ShareRequest::Snippet
            ? dir + "embed-frame.html?" + page_options_query(embed_options(panel)) + "#" + fragment
            : text_member(urls, "full") + "#" + fragment;
    panel.too_big = url.size() > kMaxShareLinkChars;
    if (panel.too_big) {
        panel.link.clear();
        panel.feedback = Feedback{true, too_big_text(url.size())};
        return;
    }
    if (kind == ShareRequest::Link) {
        panel.link = url;
        ImGui::SetClipboardText(url.c_str());
        panel.feedback =
            Feedback{false, "Link copied to the clipboard (" + std::to_string(url.size()) + " characters)."};
    } else if (kind == ShareRequest::Snippet) {
        panel.snippet = embed_snippet(panel, url);
        ImGui::SetClipboardText(panel.snippet.c_str());
        panel.feedback = Feedback{false, "Embed snippet copied to the clipboard."};
    } else {
        js_open_url(url.c_str());
        panel.feedback = Feedback{};
    }
}

void open_shared(SharePanel& panel, App& app, int version, const std::string& payload) {
    panel.open_problem.clear();
    if (version != kShareVersion) {
        panel.open_problem = "This link was made by a newer version of the playground (link format " +
                             std::to_string(version) + "); this page reads format " +
                             std::to_string(kShareVersion) + ". Reload the page to get the newest version.";
        return;
    }
    std::optional<Json> doc = parse_json(payload);
    if (!doc || text_member(*doc, "format") != "evb-share" ||
        number_member(*doc, "version") != kShareVersion) {
        panel.open_problem =
            "The link is damaged: what it carries is not a playground world (was it cut short?).";
        return;
    }
    std::string document;
    std::vector<std::string> lines;
    if (text_member(*doc, "part") == "world") {
        document = to_json_text(member(*doc, "world"));
    } else {
        ScenarioLoad scenario = parse_scenario(to_json_text(member(*doc, "scenario")));
        if (!scenario.scenario) return void(panel.open_problem = "The link is damaged: " + scenario.error);
        BuiltWorld built = build_world_document(*scenario.scenario, app.world().account().config);
        if (!built.error.empty())
            return void(panel.open_problem = "The link's world could not be built: " + built.error);
        document = built.document;
        lines = built.lines;
    }
    if (auto error = offer_world(app, PendingWorld{"the world of a shared link", std::move(document),
                                                   "opened a shared link", std::move(lines), ""}))
        panel.open_problem = "The link's world was refused: " + error->code + ": " + error->message;
}

void draw_share_notice(SharePanel& panel) {
    constexpr const char* kTitle = "This link could not be opened";
    if (!panel.open_problem.empty() && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30, 0));
    if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    status_text(false, panel.open_problem);
    ImGui::TextWrapped("Your own world is unchanged.");
    if (ImGui::Button("Close")) {
        panel.open_problem.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

Json share_state(const SharePanel& panel) {
    return Json{{"link", panel.link},
                {"snippet", panel.snippet},
                {"feedback", panel.feedback.text},
                {"failed", panel.feedback.failed},
                {"tooBig", panel.too_big},
                {"pending", panel.pending != ShareRequest::None},
                {"openProblem", panel.open_problem}};
}

}  // namespace evb::web

// Called by site/evb-share.js.
extern "C" {

// evb_share_encoded hands back the compressed fragment ("evb1=...") or an error.
EMSCRIPTEN_KEEPALIVE void evb_share_encoded(const char* fragment, const char* error) {
    evb::web::guarded(
        "making a link",
        [&] {
            auto& app = evb::web::page().app;
            evb::web::share_encoded(app.panels().share, app, fragment ? fragment : "", error ? error : "");
        },
        [](const char*) {});
    evb::web::request_frames(3);
}

// evb_open_shared opens a link's decompressed payload of a given link format version.
EMSCRIPTEN_KEEPALIVE void evb_open_shared(int version, const char* payload) {
    auto& app = evb::web::page().app;
    evb::web::guarded(
        "opening a link",
        [&] { evb::web::open_shared(app.panels().share, app, version, payload ? payload : ""); },
        [&](const char* what) {
            app.panels().share.open_problem = std::string("The link could not be opened: ") + what;
        });
    evb::web::request_frames(3);
}

// evb_open_shared_failed reports a link the browser could not decode.
EMSCRIPTEN_KEEPALIVE void evb_open_shared_failed(const char* message) {
    evb::web::guarded(
        "opening a link",
        [message] {
            evb::web::page().app.panels().share.open_problem =
                std::string("The link is damaged: ") + (message ? message : "");
        },
        [](const char*) {});
    evb::web::request_frames(3);
}

}  // extern "C"
