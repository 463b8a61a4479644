// Case folding (see case_fold.hpp): simple one-to-one mappings only, so folded strings keep their shape.
#include "evb/pattern/case_fold.hpp"

#include "evb/pattern/utf8.hpp"

#include <cstdint>

namespace evb {
namespace {

bool is_even(std::uint32_t cp) {
    return cp % 2 == 0;
}

std::uint32_t fold_latin_extended_a(std::uint32_t cp) {
    if (cp >= 0x0100 && cp <= 0x0137) return is_even(cp) ? cp + 1 : cp;
    if (cp >= 0x0139 && cp <= 0x0148) return is_even(cp) ? cp : cp + 1;
    if (cp >= 0x014A && cp <= 0x0177) return is_even(cp) ? cp + 1 : cp;
    if (cp == 0x0178) return 0x00FF;
    if (cp >= 0x0179 && cp <= 0x017E) return is_even(cp) ? cp : cp + 1;
    return cp;
}

std::uint32_t fold_code_point(std::uint32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp < 0xC0) return cp;
    if (cp <= 0xDE) return cp == 0xD7 ? cp : cp + 32;
    if (cp >= 0x0100 && cp <= 0x017E) return fold_latin_extended_a(cp);
    if (cp >= 0x0391 && cp <= 0x03A9) return cp == 0x03A2 ? cp : cp + 32;
    if (cp >= 0x0400 && cp <= 0x040F) return cp + 80;
    if (cp >= 0x0410 && cp <= 0x042F) return cp + 32;
    return cp;
}

// fold_from appends text[i..] folded to out, code point by code point.
void fold_from(std::string_view text, std::size_t i, std::string& out) {
    while (i < text.size()) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
            out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
            ++i;
            continue;
        }
        std::size_t length = 1;
        const auto cp = decode_utf8(text, i, length);
        if (cp) {
            append_utf8(out, fold_code_point(*cp));
        } else {
            out.push_back(static_cast<char>(b));
        }
        i += length;
    }
}

}  // namespace

void fold_case_into(std::string_view text, std::string& out) {
    // ASCII, nearly every value, folds in place byte for byte; appending byte by byte cost the fast
    // matcher a tenth of its time on ignore-case sets in WebAssembly.
    out.assign(text);
    char* const bytes = out.data();  // not out[i]: libc++ checks its short-string flag on every access
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b >= 0x80) {
            out.resize(i);
            fold_from(text, i, out);
            return;
        }
        if (b >= 'A' && b <= 'Z') bytes[i] = static_cast<char>(b + 32);
    }
}

std::string fold_case(std::string_view text) {
    std::string out;
    fold_case_into(text, out);
    return out;
}

}  // namespace evb
