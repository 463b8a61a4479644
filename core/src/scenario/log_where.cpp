// Where clauses to JSON filter patterns.
#include "evb/scenario/log_where.hpp"

namespace evb {
namespace {

bool starts_selector(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// copy_quoted copies a "quoted" literal (with its escapes) and returns the position after it.
std::size_t copy_quoted(std::string_view text, std::size_t i, std::string& out) {
    out += text[i++];
    while (i < text.size()) {
        out += text[i];
        if (text[i] == '\\' && i + 1 < text.size())
            out += text[++i];
        else if (text[i] == '"')
            return i + 1;
        ++i;
    }
    return i;
}

}  // namespace

std::string where_to_filter_pattern(std::string_view where) {
    const std::size_t first = where.find_first_not_of(" \t");
    if (first != std::string_view::npos && where[first] == '{') return std::string(where);
    std::string out = "{ ";
    bool expect_selector = true;
    std::size_t i = 0;
    while (i < where.size()) {
        const char c = where[i];
        if (c == '"') {
            i = copy_quoted(where, i, out);
            expect_selector = false;
        } else if (c == '(' || ((c == '&' || c == '|') && i + 1 < where.size() && where[i + 1] == c)) {
            const std::size_t n = c == '(' ? 1 : 2;
            out += where.substr(i, n);
            i += n;
            expect_selector = true;
        } else if (expect_selector && (starts_selector(c) || c == '$')) {
            if (c != '$') out += "$.";
            expect_selector = false;
        } else {
            out += c;
            ++i;
            if (c != ' ' && c != '\t') expect_selector = false;
        }
    }
    return out + " }";
}

}  // namespace evb
