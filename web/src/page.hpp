// The running page: the app plus what the browser loop tracks (pixel ratio, frames to draw).
// main.cpp owns the single instance; the JS bridge reaches it through page().
#pragma once

#include "app.hpp"

#include <array>
#include <cstdint>

namespace evb::web {

struct Page {
    App app;
    float pixel_ratio = 1.0f;  // devicePixelRatio: ImGui draws in device pixels, scaled by this
    int frames_left = 0;       // frames still to draw before the loop pauses
    std::uint64_t frames_drawn = 0;
    std::array<float, 240> frame_ms{};  // how long the last frames took to build and draw (a ring)
};

// page returns the page instance created by main.
Page& page();

// request_frames makes the loop draw at least n more frames, waking it if it is paused.
void request_frames(int n);

}  // namespace evb::web
