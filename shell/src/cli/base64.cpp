// Base64 for the command line: the core's codec (evb/common/base64.hpp), with the CLI's tolerance of
// whitespace and its strictness about padding.
#include "base64.hpp"

#include "evb/common/base64.hpp"

namespace evb::cli {

std::string encode_base64(std::string_view bytes) {
    return base64_encode(bytes);
}

std::optional<std::string> decode_base64(std::string_view text) {
    std::string symbols;
    symbols.reserve(text.size());
    for (char c : text) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t') symbols += c;
    }
    const std::size_t data_end = symbols.find('=');
    if (data_end != std::string::npos) {
        const std::size_t padding = symbols.size() - data_end;
        if (padding > 2 || symbols.size() % 4 != 0 ||
            symbols.find_first_not_of('=', data_end) != std::string::npos)
            return std::nullopt;
    }
    return base64_decode(symbols);
}

std::string wrap_lines(std::string_view text, std::size_t width) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); i += width) {
        out += text.substr(i, width);
        out += '\n';
    }
    return out;
}

}  // namespace evb::cli
