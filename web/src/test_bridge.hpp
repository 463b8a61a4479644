// The test bridge: Dear ImGui's test-engine hooks record every item's id, label and rectangle each
// frame, so browser tests (and later a screen-reader mirror) can find "Fire order" and click it.
#pragma once

#include <string>

namespace evb::web {

// bridge_enable turns on ImGui's item hooks for the current context.
void bridge_enable();

// bridge_end_frame publishes the items recorded during the frame just drawn.
void bridge_end_frame();

// bridge_items_json lists the last complete frame's items; rectangles in CSS pixels (divided by scale).
std::string bridge_items_json(float scale);

}  // namespace evb::web
