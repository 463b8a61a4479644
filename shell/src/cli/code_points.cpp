// UTF-8 text as code points, over core's single-code-point decoder and encoder.
#include "code_points.hpp"

#include "evb/pattern/utf8.hpp"

namespace evb::cli {

std::u32string utf8_decode(const std::string& text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        auto cp = decode_utf8(text, i, length);
        out += cp ? static_cast<char32_t>(*cp) : U'\uFFFD';
        i += length;
    }
    return out;
}

std::string utf8_encode(char32_t cp) {
    std::string out;
    append_utf8(out, cp);
    return out;
}

}  // namespace evb::cli
