// The functions site/evb.js calls to build window.evb: items(), exec(line), state(), wake(), and the
// system colour scheme's changes.
// Strings returned stay valid until the next call of the same function.
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
    return keep(slot, evb::web::bridge_items_json(evb::web::page().pixel_ratio));
}

EMSCRIPTEN_KEEPALIVE const char* evb_exec(const char* line) {
    static std::string slot;
    auto result = evb::web::page().app.exec(line ? line : "");
    evb::web::request_frames(3);
    evb::Json out{{"exit_code", result.exit_code}, {"out", result.out}, {"err", result.err}};
    return keep(slot, out.dump());
}

EMSCRIPTEN_KEEPALIVE const char* evb_state_json() {
    static std::string slot;
    return keep(slot, evb::web::page().app.state().dump());
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
    return keep(slot, times.dump());
}

EMSCRIPTEN_KEEPALIVE double evb_frames_drawn() {
    return static_cast<double>(evb::web::page().frames_drawn);
}

EMSCRIPTEN_KEEPALIVE void evb_wake(int frames) {
    evb::web::request_frames(frames);
}

// evb_set_system_dark follows the browser's prefers-color-scheme as it changes.
EMSCRIPTEN_KEEPALIVE void evb_set_system_dark(int dark) {
    evb::web::page().app.settings().system_dark = dark != 0;
    evb::web::request_frames(3);
}

}  // extern "C"
