// Simd16: the one 16-byte SIMD instruction set a build has, as a handful of byte-lane operations: SSE2
// natively on x86-64 (part of its baseline) and SIMD128 in WebAssembly built with -msimd128. The block
// classifier (blocks_portable.hpp) and the stop finders (stops16.hpp) are written once over it.
// EVB_HAS_SIMD16 is 0 where neither is available; those builds use 8-byte words (swar.hpp) instead.
// Depends only on the compiler's SIMD headers.
#pragma once

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#define EVB_HAS_SIMD16 1
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#define EVB_HAS_SIMD16 1
#else
#define EVB_HAS_SIMD16 0
#endif

namespace evb::matcher {

#if defined(__SSE2__)
struct Simd16 {
    using V = __m128i;
    static V load(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
    static V splat(char c) { return _mm_set1_epi8(c); }
    static V equal(V a, V b) { return _mm_cmpeq_epi8(a, b); }
    static V either(V a, V b) { return _mm_or_si128(a, b); }
    // below marks the lanes whose unsigned byte is below c (c > 0): those whose minimum with c - 1 is
    // themselves (SSE2 has no unsigned compare).
    static V below(V v, char c) {
        return _mm_cmpeq_epi8(_mm_min_epu8(v, splat(static_cast<char>(c - 1))), v);
    }
    static std::uint16_t mask(V v) { return static_cast<std::uint16_t>(_mm_movemask_epi8(v)); }
    static bool any(V v) { return _mm_movemask_epi8(v) != 0; }
};
#elif defined(__wasm_simd128__)
struct Simd16 {
    using V = v128_t;
    static V load(const char* p) { return wasm_v128_load(p); }
    static V splat(char c) { return wasm_i8x16_splat(c); }
    static V equal(V a, V b) { return wasm_i8x16_eq(a, b); }
    static V either(V a, V b) { return wasm_v128_or(a, b); }
    // below marks the lanes whose unsigned byte is below c.
    static V below(V v, char c) { return wasm_u8x16_lt(v, splat(c)); }
    static std::uint16_t mask(V v) { return static_cast<std::uint16_t>(wasm_i8x16_bitmask(v)); }
    static bool any(V v) { return wasm_v128_any_true(v); }
};
#endif

}  // namespace evb::matcher
