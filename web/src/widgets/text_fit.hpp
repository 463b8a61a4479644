// Text cut to fit a width, for labels drawn in a fixed space (flow nodes, table cells): the cut is marked
// with "…", never silent, and never splits a UTF-8 character.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace evb::web {

// ellipsize returns text cut to fit width in the current font, ending with "…" when it had to be cut.
std::string ellipsize(std::string_view text, float width);

// wrap_lines breaks text into at most max_lines lines of width at word boundaries, the last ellipsized.
std::vector<std::string> wrap_lines(std::string_view text, float width, int max_lines);

}  // namespace evb::web
