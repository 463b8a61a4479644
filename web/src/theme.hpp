// The page's look: dark and light colour schemes, spacing and rounding, scaled to the device pixel
// ratio times the UI scale; and the palette panels use for meaning (pass, fail, muted, accent).
#pragma once

#include <imgui.h>

namespace evb::web {

// Palette holds the colours that carry meaning; they always come with an icon or words as well.
struct Palette {
    ImVec4 pass;
    ImVec4 fail;
    ImVec4 warn;
    ImVec4 muted;
    ImVec4 accent;
    ImVec4 json_key;
    ImVec4 json_string;
    ImVec4 json_number;
    ImVec4 node_fill;
    ImVec4 node_border;
};

// apply_theme resets ImGui's style to the playground's dark or light scheme and scales its sizes.
void apply_theme(bool dark, float scale);

// palette returns the colours of the scheme last applied.
const Palette& palette();

}  // namespace evb::web
