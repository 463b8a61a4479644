// Case folding and letter-by-letter ignore-case matching (see case_fold.hpp), over the generated tables.
#include "evb/pattern/case_fold.hpp"

#include "evb/pattern/case_fold_table.hpp"
#include "evb/pattern/utf8.hpp"

#include <algorithm>
#include <vector>

namespace evb {
namespace {

const CaseAlternatives* find_alternatives(std::uint32_t cp) {
    const CaseAlternatives* end = kCaseAlternatives + kCaseAlternativeCount;
    const CaseAlternatives* at =
        std::lower_bound(kCaseAlternatives, end, cp,
                         [](const CaseAlternatives& a, std::uint32_t value) { return a.code_point < value; });
    return at != end && at->code_point == cp ? at : nullptr;
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

// Positions in a text (0 to its size) where a partial match may stand.
using Positions = std::vector<char>;

bool starts_at(std::string_view text, std::size_t at, std::string_view word) {
    return text.size() - at >= word.size() && text.compare(at, word.size(), word) == 0;
}

// step_letter marks in next the end of every spelling of one pattern letter (cp, or the byte b when the
// pattern's UTF-8 is broken there) that starts at a position marked in live.
void step_letter(std::optional<std::uint32_t> cp, char b, std::string_view text, const Positions& live,
                 Positions& next) {
    const CaseAlternatives* other = cp ? find_alternatives(*cp) : nullptr;
    const std::uint32_t folded = cp ? fold_code_point(*cp) : 0;
    for (std::size_t at = 0; at < text.size(); ++at) {
        if (!live[at]) continue;
        if (other) {
            for (const std::string_view word :
                 {std::string_view(other->lower), std::string_view(other->upper)})
                if (starts_at(text, at, word)) next[at + word.size()] = 1;
            continue;
        }
        std::size_t length = 1;
        const auto seen = decode_utf8(text, at, length);
        if (cp ? (seen && fold_code_point(*seen) == folded) : (!seen && text[at] == b)) next[at + length] = 1;
    }
}

}  // namespace

std::uint32_t fold_code_point(std::uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    if (cp >= 0xC0 && cp <= 0xDE)
        return cp == 0xD7 ? cp : cp + 32;  // Latin-1, the commonest, without a search
    const CaseFoldRun* end = kCaseFoldRuns + kCaseFoldRunCount;
    const CaseFoldRun* after =
        std::upper_bound(kCaseFoldRuns, end, cp,
                         [](std::uint32_t value, const CaseFoldRun& run) { return value < run.first; });
    if (after == kCaseFoldRuns) return cp;
    const CaseFoldRun& run = after[-1];
    if (cp > run.last || (cp - run.first) % run.stride != 0) return cp;
    return static_cast<std::uint32_t>(static_cast<std::int64_t>(cp) + run.delta);
}

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

bool needs_letterwise_match(std::string_view pattern) {
    for (std::size_t i = 0; i < pattern.size();) {
        std::size_t length = 1;
        const auto cp =
            static_cast<unsigned char>(pattern[i]) < 0x80 ? std::nullopt : decode_utf8(pattern, i, length);
        if (cp && find_alternatives(*cp)) return true;
        i += length;
    }
    return false;
}

bool matches_ignoring_case(std::string_view pattern, std::string_view text, CaseMatch how) {
    // live[at]: the pattern's letters read so far spell text[start, at) for some allowed start.
    Positions live(text.size() + 1, how == CaseMatch::kSuffix ? 1 : 0);
    live[0] = 1;
    Positions next(text.size() + 1);
    for (std::size_t i = 0; i < pattern.size();) {
        std::size_t length = 1;
        const auto cp = decode_utf8(pattern, i, length);
        std::fill(next.begin(), next.end(), 0);
        step_letter(cp, pattern[i], text, live, next);
        live.swap(next);
        if (std::find(live.begin(), live.end(), 1) == live.end()) return false;
        i += length;
    }
    if (how == CaseMatch::kPrefix) return std::find(live.begin(), live.end(), 1) != live.end();
    return live[text.size()] != 0;
}

}  // namespace evb
