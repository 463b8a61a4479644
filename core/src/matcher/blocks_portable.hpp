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

// classify_with classifies the 64 bytes at p (all must be readable) with one 16-byte SIMD instruction set,
// given as Ops: a vector type V and load, splat, equal, either, mask (a lane per bit) and any.
template <typename Ops>
inline BlockMasks classify_with(const char* p) {
    using V = typename Ops::V;
    // Setting bit 5 turns '[' into '{' and ']' into '}', and no other byte into either.
    const V quote = Ops::splat('"'), slash = Ops::splat('\\'), fold = Ops::splat(0x20);
    const V open = Ops::splat('{'), close = Ops::splat('}');
    const auto bits = [](V equal, int k) { return static_cast<std::uint64_t>(Ops::mask(equal)) << (16 * k); };
    BlockMasks m;
    V slashes[4];
    for (int k = 0; k < 4; ++k) {
        const V v = Ops::load(p + 16 * k);
        const V folded = Ops::either(v, fold);
        m.quote |= bits(Ops::equal(v, quote), k);
        m.open |= bits(Ops::equal(folded, open), k);
        m.close |= bits(Ops::equal(folded, close), k);
        slashes[k] = Ops::equal(v, slash);
    }
    // Backslashes are rare: one test of all four results spares four mask extractions (costly in
    // WebAssembly).
    if (Ops::any(Ops::either(Ops::either(slashes[0], slashes[1]), Ops::either(slashes[2], slashes[3])))) {
        for (int k = 0; k < 4; ++k)
            m.backslash |= bits(slashes[k], k);
    }
    return m;
}

#if defined(__SSE2__)
struct Sse2 {
    using V = __m128i;
    static V load(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
    static V splat(char c) { return _mm_set1_epi8(c); }
    static V equal(V a, V b) { return _mm_cmpeq_epi8(a, b); }
    static V either(V a, V b) { return _mm_or_si128(a, b); }
    static std::uint16_t mask(V v) { return static_cast<std::uint16_t>(_mm_movemask_epi8(v)); }
    static bool any(V v) { return _mm_movemask_epi8(v) != 0; }
};

inline BlockMasks classify_block(const char* p) {
    return classify_with<Sse2>(p);
}
#elif defined(__wasm_simd128__)
struct Simd128 {
    using V = v128_t;
    static V load(const char* p) { return wasm_v128_load(p); }
    static V splat(char c) { return wasm_i8x16_splat(c); }
    static V equal(V a, V b) { return wasm_i8x16_eq(a, b); }
    static V either(V a, V b) { return wasm_v128_or(a, b); }
    static std::uint16_t mask(V v) { return static_cast<std::uint16_t>(wasm_i8x16_bitmask(v)); }
    static bool any(V v) { return wasm_v128_any_true(v); }
};

inline BlockMasks classify_block(const char* p) {
    return classify_with<Simd128>(p);
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
