// A small "Copy" button that puts text on the system clipboard (through ImGui's clipboard callbacks,
// which the page routes to navigator.clipboard).
#pragma once

#include <string_view>

namespace evb::web {

// copy_button draws a small button with the given label; clicking it copies text. Returns true when clicked.
bool copy_button(const char* label, std::string_view text);

}  // namespace evb::web
