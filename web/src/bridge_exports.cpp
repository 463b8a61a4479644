// The functions site/evb.js calls to build window.evb: items(), exec(line), state(), wake(), and the
// system colour scheme's changes.
// Strings returned stay valid until the next call of the same function. Each call is guarded: an error
// inside answers as an error, never as an exception thrown into JavaScript.
#include "bridge_guard.hpp"
#include "page.hpp"
#include "test_bridge.hpp"

#include <emscripten/emscripten.h>

#include <algorithm>
#include <string>

namespace {

const char* keep(std::string& slot, std::string value) {
    slot = std::move(value);
    return slot.c_str();
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE const char* evb_items_json() {
    static std::string slot;
    return evb::web::guarded(
        "items()", [] { return keep(slot, evb::web::bridge_items_json(evb::web::page().pixel_ratio)); },
        [](const char*) { return "[]"; });
}

EMSCRIPTEN_KEEPALIVE const char* evb_exec(const char* line) {
    static std::string slot;
    return evb::web::guarded(
        "the command",
        [line] {
            auto result = evb::web::page().app.exec(line ? line : "");
            evb::web::request_frames(3);
            evb::Json out{{"exit_code", result.exit_code}, {"out", result.out}, {"err", result.err}};
            return keep(slot, evb::to_json_text(out));
        },
        [](const char* what) {
            evb::Json out{
                {"exit_code", 255}, {"out", ""}, {"err", std::string("Internal error: ") + what + "\n"}};
            return keep(slot, evb::to_json_text(out));
        });
}

EMSCRIPTEN_KEEPALIVE const char* evb_state_json() {
    static std::string slot;
    return evb::web::guarded(
        "state()", [] { return keep(slot, evb::to_json_text(evb::web::page().app.state())); },
        [](const char* what) {
            return keep(slot,
                        evb::to_json_text(evb::Json{{"error", std::string("Internal error: ") + what}}));
        });
}

// evb_frame_times_json lists how long the last frames took, in milliseconds, oldest first.
EMSCRIPTEN_KEEPALIVE const char* evb_frame_times_json() {
    static std::string slot;
    const auto& page = evb::web::page();
    const std::size_t size = page.frame_ms.size();
    const std::size_t count = std::min<std::size_t>(page.frames_drawn, size);
    evb::Json times = evb::Json::array();
    for (std::size_t i = page.frames_drawn - count; i < page.frames_drawn; ++i)
        times.push_back(page.frame_ms[i % size]);
    return keep(slot, evb::to_json_text(times));
}

EMSCRIPTEN_KEEPALIVE double evb_frames_drawn() {
    return static_cast<double>(evb::web::page().frames_drawn);
}

EMSCRIPTEN_KEEPALIVE void evb_wake(int frames) {
    evb::web::request_frames(frames);
}

// evb_page_hidden keeps what must outlive the tab (the undo history) when the page is hidden or left.
EMSCRIPTEN_KEEPALIVE void evb_page_hidden() {
    evb::web::guarded(
        "keeping the undo history", [] { evb::web::page().app.page_hidden(); }, [](const char*) {});
}

// evb_set_system_dark follows the browser's prefers-color-scheme as it changes.
EMSCRIPTEN_KEEPALIVE void evb_set_system_dark(int dark) {
    evb::web::page().app.settings().system_dark = dark != 0;
    evb::web::request_frames(3);
}

}  // extern "C"
