#include "fonts.hpp"

#include <imgui.h>

#include <cstddef>

extern const unsigned char kFont_ui[];
extern const std::size_t kFont_ui_size;
extern const unsigned char kFont_mono[];
extern const std::size_t kFont_mono_size;
extern const unsigned char kFont_symbol[];
extern const std::size_t kFont_symbol_size;

namespace evb::web {
namespace {

constexpr float kUiFontSize = 15.0f;
constexpr float kMonoFontSize = 14.0f;

// Latin, Latin Extended, Greek and Cyrillic: what users type into names, details and patterns.
// web/CMakeLists.txt cuts the embedded fonts down to these ranges: change both together.
constexpr ImWchar kTextRanges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF,
                                   0x2000, 0x206F, 0x20A0, 0x20CF, 0};
// Arrows, check marks, crosses, triangles: the icons that go with pass/fail colours.
constexpr ImWchar kSymbolRanges[] = {0x2190, 0x21FF, 0x25A0, 0x25FF, 0x2600, 0x26FF, 0x2700, 0x27BF, 0};

ImFont* g_mono = nullptr;  // owned by the atlas

ImFont* add_font(const unsigned char* data, std::size_t size, float pixels, const ImWchar* ranges,
                 bool merge) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.MergeMode = merge;
    config.OversampleH = 2;
    config.PixelSnapH = false;
    auto* bytes = const_cast<unsigned char*>(data);
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(bytes, static_cast<int>(size), pixels, &config, ranges);
}

}  // namespace

void load_fonts(float scale) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    add_font(kFont_ui, kFont_ui_size, kUiFontSize * scale, kTextRanges, false);
    add_font(kFont_symbol, kFont_symbol_size, kUiFontSize * scale, kSymbolRanges, true);
    g_mono = add_font(kFont_mono, kFont_mono_size, kMonoFontSize * scale, kTextRanges, false);
    add_font(kFont_symbol, kFont_symbol_size, kMonoFontSize * scale, kSymbolRanges, true);
    atlas->Build();
}

ImFont* mono_font() {
    return g_mono;
}

}  // namespace evb::web
