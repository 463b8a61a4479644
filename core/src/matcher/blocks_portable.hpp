// The block classifier every build can run: SSE2 natively on x86-64 (part of its baseline), SIMD128 in
// WebAssembly built with -msimd128, and plain 64-bit integer operations (swar.hpp) elsewhere; all give the
// same masks. skip.cpp compiles the skipping loop with it; skip_avx2.cpp has a wider one for processors that
// can. Depends only on the standard library (and the compiler's SIMD headers).
#pragma once

#include "block.hpp"
#include "swar.hpp"

#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace evb::matcher::portable {

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

}  // namespace evb::matcher::portable
