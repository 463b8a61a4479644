#include "test_bridge.hpp"

#include "evb/json.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdarg>
#include <unordered_map>
#include <vector>

namespace evb::web {
namespace {

struct BridgeItem {
    ImGuiID id = 0;
    ImRect rect;
    std::string label;
    std::string window;
};

// The page has one ImGui context, so one registry: items of the frame being drawn and of the last one.
struct Registry {
    std::vector<BridgeItem> drawing;
    std::unordered_map<ImGuiID, size_t> index;
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

}  // namespace

void bridge_enable() {
    GImGui->TestEngineHookItems = true;
}

void bridge_end_frame() {
    Registry& r = registry();
    r.published.swap(r.drawing);
    r.drawing.clear();
    r.index.clear();
}

std::string bridge_items_json(float scale) {
    Json items = Json::array();
    for (const BridgeItem& item : registry().published) {
        items.push_back(Json{{"id", item.id},
                             {"label", item.label},
                             {"window", item.window},
                             {"x", item.rect.Min.x / scale},
                             {"y", item.rect.Min.y / scale},
                             {"w", item.rect.GetWidth() / scale},
                             {"h", item.rect.GetHeight() / scale}});
    }
    return items.dump();
}

}  // namespace evb::web

using evb::web::registry;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    auto& r = registry();
    r.index[id] = r.drawing.size();
    std::string window = ctx->CurrentWindow ? ctx->CurrentWindow->Name : "";
    r.drawing.push_back({id, bb, "", window});
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    auto& r = registry();
    auto found = r.index.find(id);
    if (found != r.index.end()) r.drawing[found->second].label = evb::web::visible_label(label);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
    return nullptr;
}
