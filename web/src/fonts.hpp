// The page's fonts, embedded at build time from Debian's font packages: Inter for the UI,
// JetBrains Mono for patterns, events and the console, DejaVu Sans merged in for symbols (check marks).
#pragma once

struct ImFont;

namespace evb::web {

// load_fonts rebuilds the font atlas at the given pixel scale (devicePixelRatio x UI scale).
void load_fonts(float scale);

// mono_font returns the monospace font loaded by load_fonts.
ImFont* mono_font();

}  // namespace evb::web
