// UTF-8 decoding and encoding of single code points (see utf8.hpp). Standard library only.
#include "evb/pattern/utf8.hpp"

namespace evb {
namespace {

struct Lead {
    std::size_t length;
    std::uint32_t bits;
    std::uint32_t minimum;
};

std::optional<Lead> lead_of(unsigned char b) {
    if (b < 0x80) return Lead{1, b, 0};
    if (b >= 0xC2 && b <= 0xDF) return Lead{2, b & 0x1Fu, 0x80};
    if (b >= 0xE0 && b <= 0xEF) return Lead{3, b & 0x0Fu, 0x800};
    if (b >= 0xF0 && b <= 0xF4) return Lead{4, b & 0x07u, 0x10000};
    return std::nullopt;
}

}  // namespace

std::optional<std::uint32_t> decode_utf8(std::string_view text, std::size_t offset, std::size_t& length) {
    length = 1;
    if (offset >= text.size()) return std::nullopt;
    const auto lead = lead_of(static_cast<unsigned char>(text[offset]));
    if (!lead || offset + lead->length > text.size()) return std::nullopt;
    std::uint32_t cp = lead->bits;
    for (std::size_t i = 1; i < lead->length; ++i) {
        const unsigned char b = static_cast<unsigned char>(text[offset + i]);
        if ((b & 0xC0) != 0x80) return std::nullopt;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < lead->minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
    length = lead->length;
    return cp;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

}  // namespace evb
