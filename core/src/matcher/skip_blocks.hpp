// The container-skipping loop, written once and compiled once per instruction set, as simdjson compiles its
// generic stages: a source file includes this *inside its own namespace*, after defining there
// classify_block(p) and bit_count(x) for its instruction set, and with EVB_BLOCK_TARGET set to the function
// attribute that enables that set (or to nothing). Hence no include guard, and no includes of its own: the
// including file brings block.hpp and the standard headers first.
//
// A container is skipped 64 bytes at a time on bit masks (block.hpp): escaped bytes are found by the
// odd-backslash-run rule, string interiors by a prefix XOR of the remaining quotes, and the depth changes by
// the block's opening brackets outside strings minus its closing ones. Only a block that could close the
// container (or pass Jackson's depth limit) is walked bracket by bracket.

// Blocks in a row outside strings with no quote or bracket after which a number token might be longer than
// kMaxJsonNumberLength (1000): such a token covers at least 14 whole 64-byte blocks.
inline constexpr int kQuietBlockLimit = 13;

// classify_tail classifies the n < 64 bytes at p, as if spaces followed them.
EVB_BLOCK_TARGET inline BlockMasks classify_tail(const char* p, std::ptrdiff_t n) {
    char padded[kBlockBytes];
    std::memset(padded, ' ', sizeof padded);
    std::memcpy(padded, p, static_cast<std::size_t>(n));
    return classify_block(padded);
}

// walk_brackets follows the brackets of one block in order; returns the offset after the container's end,
// -1 when it does not end in this block, or -2 when the depth limit is passed.
EVB_BLOCK_TARGET inline int walk_brackets(std::uint64_t opens, std::uint64_t closes, int& level,
                                          int max_level) {
    for (std::uint64_t marks = opens | closes; marks != 0; marks &= marks - 1) {
        const int i = std::countr_zero(marks);
        if ((opens >> i) & 1) {
            if (++level > max_level) return -2;
        } else if (--level == 0) {
            return i + 1;
        }
    }
    return -1;
}

// skip_blocks is skip_container (skip.hpp) for this instruction set.
EVB_BLOCK_TARGET inline const char* skip_blocks(const char* p, const char* end, int depth) {
    const int max_level = kMaxJsonDepth - depth + 1;
    int level = 1;                // depth relative to the skipped container
    std::uint64_t in_string = 0;  // all ones when the previous block ended inside a string
    std::uint64_t escape = 0;
    int quiet = 0;
    for (; p < end; p += kBlockBytes) {
        const std::ptrdiff_t n = end - p;
        const BlockMasks m = n >= kBlockBytes ? classify_block(p) : classify_tail(p, n);
        quiet = (m.quote | m.open | m.close) == 0 && in_string == 0 ? quiet + 1 : 0;
        if (quiet > kQuietBlockLimit) return nullptr;
        const std::uint64_t strings = prefix_xor(m.quote & ~escaped_bytes(m.backslash, escape)) ^ in_string;
        in_string = static_cast<std::uint64_t>(static_cast<std::int64_t>(strings) >> 63);
        const std::uint64_t opens = m.open & ~strings, closes = m.close & ~strings;
        const int open_count = bit_count(opens), close_count = bit_count(closes);
        if (close_count < level && level + open_count <= max_level) {
            level += open_count - close_count;
            continue;
        }
        const int offset = walk_brackets(opens, closes, level, max_level);
        if (offset >= 0) return p + offset;
        if (offset == -2) return nullptr;
    }
    return nullptr;
}
