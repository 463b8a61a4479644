// Blocks: 64 bytes of JSON text classified at once into bit masks (bit i stands for byte i): quotes,
// backslashes, opening and closing brackets. Natively it uses SSE2 (part of every x86-64), in WebAssembly
// built with -msimd128 the SIMD128 instructions, and elsewhere plain 64-bit integer operations (swar.hpp);
// all give the same masks. On masks, string state is a prefix XOR and nesting depth a bit count, the
// technique of simdjson's first stage, applied only to the stretches the matcher skips.
// Depends only on the standard library (and the compiler's SIMD headers).
#pragma once

#include "swar.hpp"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace evb::matcher {

inline constexpr std::ptrdiff_t kBlockBytes = 64;

struct BlockMasks {
    std::uint64_t quote = 0;
    std::uint64_t backslash = 0;
    std::uint64_t open = 0;   // '[' and '{'
    std::uint64_t close = 0;  // ']' and '}'
};

#if defined(__SSE2__)
// classify_block classifies the 64 bytes at p (all must be readable).
inline BlockMasks classify_block(const char* p) {
    // Setting bit 5 turns '[' into '{' and ']' into '}', and no other byte into either.
    const __m128i quote = _mm_set1_epi8('"'), slash = _mm_set1_epi8('\\'), fold = _mm_set1_epi8(0x20);
    const __m128i open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}');
    BlockMasks m;
    for (int k = 0; k < 4; ++k) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
        const __m128i folded = _mm_or_si128(v, fold);
        auto bits = [k](__m128i eq) {
            return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(eq))) << (16 * k);
        };
        m.quote |= bits(_mm_cmpeq_epi8(v, quote));
        m.backslash |= bits(_mm_cmpeq_epi8(v, slash));
        m.open |= bits(_mm_cmpeq_epi8(folded, open));
        m.close |= bits(_mm_cmpeq_epi8(folded, close));
    }
    return m;
}
#elif defined(__wasm_simd128__)
inline BlockMasks classify_block(const char* p) {
    const v128_t quote = wasm_i8x16_splat('"'), slash = wasm_i8x16_splat('\\'), fold = wasm_i8x16_splat(0x20);
    const v128_t open = wasm_i8x16_splat('{'), close = wasm_i8x16_splat('}');
    BlockMasks m;
    for (int k = 0; k < 4; ++k) {
        const v128_t v = wasm_v128_load(p + 16 * k);
        const v128_t folded = wasm_v128_or(v, fold);
        auto bits = [k](v128_t eq) {
            return static_cast<std::uint64_t>(static_cast<std::uint16_t>(wasm_i8x16_bitmask(eq))) << (16 * k);
        };
        m.quote |= bits(wasm_i8x16_eq(v, quote));
        m.backslash |= bits(wasm_i8x16_eq(v, slash));
        m.open |= bits(wasm_i8x16_eq(folded, open));
        m.close |= bits(wasm_i8x16_eq(folded, close));
    }
    return m;
}
#else
// pack_lanes turns a lane mask (high bit per lane) into 8 bits, lane i to bit i.
constexpr std::uint64_t pack_lanes(std::uint64_t lanes) {
    return ((lanes >> 7) * 0x0102040810204080ULL) >> 56;
}

inline BlockMasks classify_block(const char* p) {
    BlockMasks m;
    for (int k = 0; k < 8; ++k) {
        const std::uint64_t word = load_word(p + 8 * k);
        const std::uint64_t folded = word | broadcast(0x20);
        m.quote |= pack_lanes(equal_lanes(word, '"')) << (8 * k);
        m.backslash |= pack_lanes(equal_lanes(word, '\\')) << (8 * k);
        m.open |= pack_lanes(equal_lanes(folded, '{')) << (8 * k);
        m.close |= pack_lanes(equal_lanes(folded, '}')) << (8 * k);
    }
    return m;
}
#endif

// classify_tail classifies the n < 64 bytes at p, as if spaces followed them.
inline BlockMasks classify_tail(const char* p, std::ptrdiff_t n) {
    char padded[kBlockBytes];
    std::memset(padded, ' ', sizeof padded);
    std::memcpy(padded, p, static_cast<std::size_t>(n));
    return classify_block(padded);
}

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

// bit_count counts set bits; baseline x86-64 has no popcount instruction, so it is spelled out there.
constexpr int bit_count(std::uint64_t x) {
#if defined(__POPCNT__) || defined(__wasm__)
    return std::popcount(x);
#else
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<int>((x * kOnes) >> 56);
#endif
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
