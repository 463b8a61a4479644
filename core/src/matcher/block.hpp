// Blocks: 64 bytes of JSON text classified at once into bit masks (bit i stands for byte i): quotes,
// backslashes, opening and closing brackets. On masks, string state is a prefix XOR and nesting depth a bit
// count, the technique of simdjson's first stage, applied only to the stretches the matcher skips. This file
// holds the masks and the plain-integer steps on them; the classifiers, one per instruction set, live with
// the skipping loop (skip.cpp, skip_avx2.cpp). Depends only on the standard library.
#pragma once

#include <cstddef>
#include <cstdint>

namespace evb::matcher {

inline constexpr std::ptrdiff_t kBlockBytes = 64;

struct BlockMasks {
    std::uint64_t quote = 0;
    std::uint64_t backslash = 0;
    std::uint64_t open = 0;   // '[' and '{'
    std::uint64_t close = 0;  // ']' and '}'
};

// prefix_xor sets bit i to the parity of bits 0..i: with quote bits, the bytes inside strings (and their
// opening quotes).
constexpr std::uint64_t prefix_xor(std::uint64_t x) {
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

// escaped_bytes returns the bytes escaped by a backslash (simdjson's escape scanner: a run of backslashes
// escapes the byte after it when the run's length is odd); `carry` is 1 when the previous block ended with
// an escaping backslash, and is updated for the next block.
inline std::uint64_t escaped_bytes(std::uint64_t backslash, std::uint64_t& carry) {
    constexpr std::uint64_t kOdd = 0xAAAAAAAAAAAAAAAAULL;
    if (backslash == 0) {
        const std::uint64_t escaped = carry;
        carry = 0;
        return escaped;
    }
    const std::uint64_t potential = backslash & ~carry;
    const std::uint64_t code = (((potential << 1) | kOdd) - potential) ^ kOdd;
    const std::uint64_t escaped = code ^ (backslash | carry);
    carry = (code & backslash) >> 63;
    return escaped;
}

}  // namespace evb::matcher
