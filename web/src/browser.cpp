#include "browser.hpp"

#include "bridge_guard.hpp"
#include "page.hpp"

#include <emscripten/emscripten.h>
#include <imgui.h>

#include <cstdlib>
#include <string>

namespace {

std::string g_clipboard;  // what ImGui pastes: the last text copied here or pasted into the page
ImVec2 g_text_cursor;     // the active text field's cursor, in device pixels
float g_text_line_height = 0.0f;

}  // namespace

// The JavaScript side: Module.evbHost, built by site/evb-host.js. Each call tolerates its absence (node).
// clang-format reads JavaScript's === and !== as C++ tokens and splits them, so it skips this block.
// clang-format off
EM_JS(void, js_clipboard_write, (const char* text), {
    if (Module.evbHost) Module.evbHost.clipboardWrite(UTF8ToString(text));
});
EM_JS(void, js_adopt_keys, (), {
    if (Module.evbHost && typeof GLFW !== 'undefined')
        Module.evbHost.adoptKeys(GLFW.onKeydown, GLFW.onKeyup, GLFW.onKeyPress);
});
EM_JS(void, js_text_input, (int want, double x, double y, double height), {
    if (Module.evbHost) Module.evbHost.textInput(!!want, x, y, height);
});
EM_JS(char*, js_storage_read, (const char* key), {
    var value = Module.evbHost ? Module.evbHost.storageRead(UTF8ToString(key)) : null;
    if (value === null || value === undefined) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
});
EM_JS(int, js_storage_write, (const char* key, const char* value, int size), {
    var text = UTF8ToString(value, size);
    return Module.evbHost && Module.evbHost.storageWrite(UTF8ToString(key), text) ? 1 : 0;
});
EM_JS(void, js_storage_remove, (const char* key), {
    if (Module.evbHost) Module.evbHost.storageRemove(UTF8ToString(key));
});
EM_JS(void, js_download, (const char* name, const char* data, int size), {
    if (Module.evbHost) Module.evbHost.download(UTF8ToString(name), HEAPU8.slice(data, data + size));
});
EM_JS(int, js_prefers_dark, (), { return Module.evbHost ? (Module.evbHost.prefersDark() ? 1 : 0) : 1; });
EM_JS(int, js_embedded, (), { return Module.evbHost && Module.evbHost.embedded ? 1 : 0; });
EM_JS(int, js_is_mac, (), { return Module.evbHost && Module.evbHost.isMac ? 1 : 0; });
// clang-format on

namespace evb::web {
namespace {

void set_clipboard(void*, const char* text) {
    g_clipboard = text ? text : "";
    js_clipboard_write(g_clipboard.c_str());
}

const char* get_clipboard(void*) {
    return g_clipboard.c_str();
}

void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
    g_text_cursor = data->InputPos;
    g_text_line_height = data->InputLineHeight;
}

}  // namespace

void browser_init_input() {
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    io.SetPlatformImeDataFn = set_ime_data;
    io.ConfigMacOSXBehaviors = js_is_mac() != 0;
    js_adopt_keys();
}

void browser_sync_text_input(bool want_text, float pixel_ratio) {
    js_text_input(want_text, g_text_cursor.x / pixel_ratio, g_text_cursor.y / pixel_ratio,
                  g_text_line_height / pixel_ratio);
}

std::optional<std::string> storage_read(std::string_view key) {
    char* value = js_storage_read(std::string(key).c_str());
    if (!value) return std::nullopt;
    std::string text(value);
    std::free(value);
    return text;
}

bool storage_write(std::string_view key, std::string_view value) {
    return js_storage_write(std::string(key).c_str(), value.data(), static_cast<int>(value.size())) != 0;
}

void storage_remove(std::string_view key) {
    js_storage_remove(std::string(key).c_str());
}

void offer_download(std::string_view filename, std::string_view bytes) {
    js_download(std::string(filename).c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

bool system_prefers_dark() {
    return js_prefers_dark() != 0;
}

bool page_is_embedded() {
    return js_embedded() != 0;
}

}  // namespace evb::web

// Called by site/evb-host.js.
extern "C" {

// evb_text_input types text the hidden field received (IME commits, on-screen keyboards, pastes).
EMSCRIPTEN_KEEPALIVE void evb_text_input(const char* text) {
    evb::web::guarded(
        "typing",
        [text] {
            if (text) ImGui::GetIO().AddInputCharactersUTF8(text);
        },
        [](const char*) {});
    evb::web::request_frames(30);
}

// evb_key_tap presses and releases a key the hidden field saw but GLFW did not (mobile Backspace).
EMSCRIPTEN_KEEPALIVE void evb_key_tap(int key) {
    if (key != ImGuiKey_Backspace && key != ImGuiKey_Enter) return;
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(static_cast<ImGuiKey>(key), true);
    io.AddKeyEvent(static_cast<ImGuiKey>(key), false);
    evb::web::request_frames(30);
}

// evb_clipboard_pasted remembers the text of a paste event, for ImGui's next Ctrl+V.
EMSCRIPTEN_KEEPALIVE void evb_clipboard_pasted(const char* text) {
    evb::web::guarded(
        "pasting", [text] { g_clipboard = text ? text : ""; }, [](const char*) {});
}

// evb_backspace_key is ImGuiKey_Backspace, for the JavaScript side.
EMSCRIPTEN_KEEPALIVE int evb_backspace_key() {
    return ImGuiKey_Backspace;
}

}  // extern "C"
