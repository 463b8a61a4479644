// JSON string quoting (see json_quote.hpp).
#include "evb/pattern/json_quote.hpp"

#include "evb/pattern/utf8.hpp"

namespace evb {
namespace {

void append_escape(std::string& out, unsigned char c) {
    static constexpr char kHex[] = "0123456789abcdef";
    switch (c) {
        case '"':
            out += "\\\"";
            return;
        case '\\':
            out += "\\\\";
            return;
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        case '\b':
            out += "\\b";
            return;
        case '\f':
            out += "\\f";
            return;
        default:
            break;
    }
    out += "\\u00";
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 0xF]);
}

}  // namespace

std::string quote_json(std::string_view text) {
    std::string out = "\"";
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c < 0x20 || c == '"' || c == '\\') {
                append_escape(out, c);
            } else {
                out.push_back(static_cast<char>(c));
            }
            ++i;
            continue;
        }
        std::size_t length = 1;
        if (decode_utf8(text, i, length)) {
            out.append(text.substr(i, length));
        } else {
            out += "\\ufffd";
        }
        i += length;
    }
    out += "\"";
    return out;
}

}  // namespace evb
