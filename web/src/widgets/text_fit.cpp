#include "widgets/text_fit.hpp"

#include <imgui.h>

namespace evb::web {

std::string ellipsize(std::string_view text, float width) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, end).x <= width) return std::string(text);
    const float dots = font->CalcTextSizeA(size, FLT_MAX, 0.0f, "\u2026").x;
    const char* cut = end;
    font->CalcTextSizeA(size, width - dots, 0.0f, begin, end, &cut);
    return std::string(begin, cut) + "\u2026";
}

std::vector<std::string> wrap_lines(std::string_view text, float width, int max_lines) {
    std::vector<std::string> lines;
    ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* at = text.data();
    const char* end = at + text.size();
    while (at < end && static_cast<int>(lines.size()) < max_lines) {
        if (static_cast<int>(lines.size()) == max_lines - 1) {
            lines.push_back(ellipsize(std::string_view(at, static_cast<std::size_t>(end - at)), width));
            break;
        }
        const char* wrap = font->CalcWordWrapPositionA(scale, at, end, width);
        if (wrap == at) wrap = at + 1;
        lines.emplace_back(at, wrap);
        at = wrap;
        while (at < end && (*at == ' ' || *at == '\n'))
            ++at;
    }
    return lines;
}

}  // namespace evb::web
