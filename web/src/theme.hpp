// The page's look: colours, spacing and rounding, scaled to the device pixel ratio.
#pragma once

namespace evb::web {

// apply_theme resets ImGui's style to the playground's and scales its sizes.
void apply_theme(float scale);

}  // namespace evb::web
