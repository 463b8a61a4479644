#include "bridge_guard.hpp"

#include "page.hpp"

#include <emscripten/emscripten.h>

#include <string>

namespace evb::web {

void report_internal_error(std::string_view where, std::string_view what) noexcept {
    try {
        page().app.recover(std::string("Internal error in ") + std::string(where) + ": " + std::string(what));
    } catch (...) {
        // nothing more can be done: the next call starts afresh
    }
}

}  // namespace evb::web

// Called by site/evb.js when a call into the module failed in JavaScript (the engine's own stack limit, say).
extern "C" EMSCRIPTEN_KEEPALIVE void evb_report_internal_error(const char* what) {
    evb::web::report_internal_error("the page", what ? what : "");
    evb::web::request_frames(3);
}
