// Skipping (see skip.hpp). A 32-byte block is four words; per word, the lanes holding a quote and the lanes
// holding a bracket ('[' '{' ']' '}' all become zero after `(w | 0x20) ^ '{'` and masking bits 1 and 2; so do
// 'y' 'Y' '_' and DEL, which valid JSON has only inside strings) are found without branches; a running count
// of quotes (a multiply gives every lane the count of quotes at or before it) marks the lanes inside strings,
// whose brackets do not count. The depth changes by the block's opening brackets minus its closing ones; only
// a block that could close the container (or reach Jackson's depth limit) is walked lane by lane. Blocks
// holding a backslash are walked byte by byte.
#include "skip.hpp"

#include "evb/pattern/json_scanner.hpp"
#include "swar.hpp"

#include <cstddef>
#include <cstdint>

namespace evb::matcher {
namespace {

constexpr int kBlockWords = 4;
constexpr std::ptrdiff_t kBlockBytes = 8 * kBlockWords;
// Blocks in a row outside strings with no quote or bracket after which a number token might be longer than
// kMaxJsonNumberLength (1000): such a token covers at least 29 whole blocks.
constexpr int kQuietBlockLimit = 28;

// What one block tells: how many brackets outside strings it holds, how many of them close, whether it holds
// no quote and no bracket at all.
struct Block {
    int brackets = 0;
    int closes = 0;
    bool quiet = false;
};

// ByteState is the skip's state when walking byte by byte.
struct ByteState {
    int level = 1;  // depth relative to the skipped container
    bool in_string = false;
    bool escaped = false;
};

Block scan_block(const char* p, std::uint64_t& in_string) {
    std::uint64_t any = 0, bracket_sum = 0, close_sum = 0;
    for (int k = 0; k < kBlockWords; ++k) {
        const std::uint64_t word = load_word(p + 8 * k);
        const std::uint64_t quotes = equal_lanes(word, '"');
        const std::uint64_t folded = (word | broadcast(0x20)) ^ broadcast('{');
        // A lane after a bracket could be flagged too if it held x X z Z | \\ ~ ^ (folded to 1); valid JSON
        // never puts one of those right after a bracket outside a string, and inside strings all is masked.
        std::uint64_t brackets = zero_lanes_near(folded & broadcast(0xF9));
        any |= quotes | brackets;
        const std::uint64_t running = ((quotes >> 7) + in_string) * kOnes;  // lane i: quotes up to i, + carry
        in_string = (running >> 56) & 1;
        brackets &= ~(running << 7);
        bracket_sum += (brackets >> 7) & kOnes;
        close_sum += (brackets & (folded << 6)) >> 7;  // ']' and '}' keep bit 1 after the fold
    }
    return Block{lane_sum(bracket_sum), lane_sum(close_sum), any == 0};
}

bool is_open(char c) {
    return c == '{' || c == '[';
}

bool is_close(char c) {
    return c == '}' || c == ']';
}

// step_byte advances the byte-by-byte state over one byte; false when the limit on depth is passed.
bool step_byte(char c, ByteState& s, int max_level) {
    if (s.in_string) {
        if (s.escaped) {
            s.escaped = false;
        } else if (c == '\\') {
            s.escaped = true;
        } else if (c == '"') {
            s.in_string = false;
        }
        return true;
    }
    if (c == '"') {
        s.in_string = true;
    } else if (is_open(c)) {
        return ++s.level <= max_level;
    } else if (is_close(c)) {
        --s.level;
    }
    return true;
}

// walk_bytes walks n bytes one by one; returns the offset after the container's end, -1 when it does not
// end there, or -2 when the depth limit is passed.
int walk_bytes(const char* p, int n, ByteState& s, int max_level) {
    for (int i = 0; i < n; ++i) {
        if (!step_byte(p[i], s, max_level)) return -2;
        if (s.level == 0) return i + 1;
    }
    return -1;
}

bool has_backslash(const char* p) {
    std::uint64_t found = 0;
    for (int k = 0; k < kBlockWords; ++k)
        found |= equal_lanes(load_word(p + 8 * k), '\\');
    return found != 0;
}

}  // namespace

const char* skip_container(const char* p, const char* end, int depth, bool escapes) {
    const int max_level = kMaxJsonDepth - depth + 1;
    ByteState s;
    int quiet = 0;
    while (end - p >= kBlockBytes) {
        const bool by_bytes = escapes && (s.escaped || has_backslash(p));
        std::uint64_t in_string = s.in_string ? 1 : 0;
        const Block block = by_bytes ? Block{} : scan_block(p, in_string);
        quiet = block.quiet && !s.in_string ? quiet + 1 : 0;
        if (quiet > kQuietBlockLimit) return nullptr;
        if (by_bytes || block.closes >= s.level || s.level + block.brackets > max_level) {
            const int offset = walk_bytes(p, kBlockBytes, s, max_level);
            if (offset >= 0) return p + offset;
            if (offset == -2) return nullptr;
        } else {
            s.level += block.brackets - 2 * block.closes;
            s.in_string = in_string != 0;
        }
        p += kBlockBytes;
    }
    const int offset = walk_bytes(p, static_cast<int>(end - p), s, max_level);
    return offset >= 0 ? p + offset : nullptr;
}

const char* skip_string(const char* p, const char* end, bool escapes) {
    while (end - p >= 16) {
        const char* stop =
            p + first_of_two(quote_stops(load_word(p), escapes), quote_stops(load_word(p + 8), escapes));
        if (stop == p + 16) {
            p = stop;
        } else if (*stop == '"') {
            return stop + 1;
        } else {
            p = stop + 2;  // a backslash and the character it escapes
        }
    }
    while (p < end) {
        const char c = *p++;
        if (c == '"') return p;
        if (c == '\\' && escapes) ++p;
    }
    return nullptr;
}

}  // namespace evb::matcher
