// Every function JavaScript calls runs through guarded(): a C++ exception that escapes the app becomes an
// answer, a line in the console and the world put back as it was last recorded, never a
// WebAssembly.Exception in the caller's JavaScript (which leaves the page unanswering).
#pragma once

#include <exception>
#include <string_view>

namespace evb::web {

// report_internal_error notes, in the console, an error that escaped what `where` was doing, and puts the
// world back as it was after the last recorded change. Never throws.
void report_internal_error(std::string_view where, std::string_view what) noexcept;

// guarded runs fn; when it throws, reports the error and returns fallback(message) instead.
template <typename Fn, typename Fallback>
auto guarded(std::string_view where, Fn&& fn, Fallback&& fallback) -> decltype(fn()) {
    try {
        return fn();
    } catch (const std::exception& e) {
        report_internal_error(where, e.what());
        return fallback(e.what());
    } catch (...) {
        report_internal_error(where, "an unknown error");
        return fallback("an unknown error");
    }
}

}  // namespace evb::web
