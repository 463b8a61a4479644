#include "test_bridge.hpp"

#include "evb/common/json.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdarg>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace evb::web {
namespace {

struct BridgeItem {
    ImGuiID id = 0;
    ImRect rect;
    std::string label;
    std::string window;
    ImGuiItemStatusFlags status = 0;
};

// The page has one ImGui context, so one registry: items of the frame being drawn and of the last one.
struct Registry {
    std::vector<BridgeItem> drawing;
    std::unordered_map<ImGuiID, size_t> index;
    std::unordered_map<ImGuiID, std::pair<std::string, ImGuiItemStatusFlags>>
        early;  // info before add (tabs)
    std::vector<BridgeItem> published;
};

Registry& registry() {
    static Registry r;
    return r;
}

std::string visible_label(const char* label) {
    std::string text = label ? label : "";
    auto hidden = text.find("##");
    if (hidden == std::string::npos) return text;
    if (hidden > 0) return text.substr(0, hidden);
    auto name = text.find_first_not_of('#');  // "##bus name": the hidden id names the item
    return name == std::string::npos ? std::string() : text.substr(name);
}

// kind_of names what a person would call the item: a text field, a check box, or anything else.
const char* kind_of(ImGuiItemStatusFlags status) {
    if (status & ImGuiItemStatusFlags_Inputable) return "input";
    if (status & ImGuiItemStatusFlags_Checkable) return "check";
    return "item";
}

}  // namespace

void bridge_enable() {
    GImGui->TestEngineHookItems = true;
}

void bridge_end_frame() {
    Registry& r = registry();
    r.published.swap(r.drawing);
    r.drawing.clear();
    r.index.clear();
    r.early.clear();
}

std::string bridge_items_json(float scale) {
    Json items = Json::array();
    for (const BridgeItem& item : registry().published) {
        items.push_back(Json{{"id", item.id},
                             {"label", item.label},
                             {"window", item.window},
                             {"kind", kind_of(item.status)},
                             {"checked", (item.status & ImGuiItemStatusFlags_Checked) != 0},
                             {"active", item.id == GImGui->ActiveId},  // a text field being typed into
                             {"x", item.rect.Min.x / scale},
                             {"y", item.rect.Min.y / scale},
                             {"w", item.rect.GetWidth() / scale},
                             {"h", item.rect.GetHeight() / scale}});
    }
    return items.dump();
}

}  // namespace evb::web

using evb::web::registry;

// ImGuiTestEngineHook_ItemAdd records the visible part of an item (what a click can reach); items
// scrolled out of their window are left out.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    ImGuiWindow* window = ctx->CurrentWindow;
    ImRect visible = bb;
    if (window) visible.ClipWithFull(window->ClipRect);
    if (visible.GetWidth() <= 0 || visible.GetHeight() <= 0) return;
    auto& r = registry();
    r.index[id] = r.drawing.size();
    r.drawing.push_back({id, visible, "", window ? window->Name : "", 0});
    auto early = r.early.find(id);
    if (early == r.early.end()) return;
    r.drawing.back().label = early->second.first;
    r.drawing.back().status = early->second.second;
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags status) {
    auto& r = registry();
    auto found = r.index.find(id);
    if (found == r.index.end()) return void(r.early[id] = {evb::web::visible_label(label), status});
    r.drawing[found->second].label = evb::web::visible_label(label);
    r.drawing[found->second].status = status;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
    return nullptr;
}
