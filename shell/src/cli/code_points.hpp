// UTF-8 text as code points, as Python's str sees it: the CLI's YAML emitter counts columns and the table
// counts widths per code point. Depends on core's single-code-point UTF-8 functions (evb/pattern/utf8.hpp).
#pragma once

#include <string>

namespace evb::cli {

// utf8_decode returns the code points of UTF-8 text (a byte that starts no valid sequence becomes U+FFFD).
std::u32string utf8_decode(const std::string& text);

// utf8_encode returns the UTF-8 bytes of one code point.
std::string utf8_encode(char32_t cp);

}  // namespace evb::cli
