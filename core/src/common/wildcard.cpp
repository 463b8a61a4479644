#include "evb/common/wildcard.hpp"

namespace evb {
namespace {

// lower returns c in lower case (ASCII).
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// same_char compares two characters, optionally ignoring case.
bool same_char(char a, char b, bool ignore_case) {
    return ignore_case ? lower(a) == lower(b) : a == b;
}

}  // namespace

bool wildcard_match(std::string_view pattern, std::string_view text, bool ignore_case) {
    std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || same_char(pattern[p], text[t], ignore_case))) {
            ++p, ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++, mark = t;
        } else if (star != std::string_view::npos) {
            p = star + 1, t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

}  // namespace evb
