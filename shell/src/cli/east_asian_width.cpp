// East Asian Width lookup: a binary search of the generated ranges.
#include "east_asian_width.hpp"

#include <algorithm>

namespace evb::cli {

bool is_double_width(char32_t cp) {
    const CodePointRange* begin = kDoubleWidthRanges;
    const CodePointRange* end = kDoubleWidthRanges + kDoubleWidthRangeCount;
    auto it = std::upper_bound(begin, end, cp,
                               [](char32_t value, const CodePointRange& r) { return value < r.first; });
    return it != begin && cp <= (it - 1)->last;
}

}  // namespace evb::cli
