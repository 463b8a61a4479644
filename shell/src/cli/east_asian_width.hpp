// Which characters the AWS CLI's table output counts as two columns: Unicode East Asian Width W, F and A
// (wide, fullwidth and ambiguous: CJK, Hangul, fullwidth forms, emoji, but also Greek, Cyrillic, most
// accented Latin letters, arrows and box drawing). The ranges are generated (tools/east_asian_width.py).
// Depends only on the standard library.
#pragma once

#include <cstddef>

namespace evb::cli {

struct CodePointRange {
    char32_t first;
    char32_t last;
};

// The W, F and A ranges in ascending order (east_asian_width_table.cpp, generated).
extern const CodePointRange kDoubleWidthRanges[];
extern const std::size_t kDoubleWidthRangeCount;

// is_double_width says whether the CLI's table counts a code point as two columns.
bool is_double_width(char32_t cp);

}  // namespace evb::cli
