// Stops: where, among 16 bytes of JSON text, the first byte of interest to a string scan is. With one
// 16-byte compare per byte class where the platform has SIMD (SSE2 on x86-64, SIMD128 in WebAssembly built
// with -msimd128) and two 8-byte words (swar.hpp) elsewhere; all give the same answers. The reader finds
// where names and strings end with them. Depends only on the standard library (and the compiler's SIMD
// headers).
#pragma once

#include "swar.hpp"

#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace evb::matcher {

inline constexpr int kStopBytes = 16;

// The same answers from two 8-byte words: the fallback without SIMD, and the tests' second opinion.
namespace swar_stops {
// quote_or_backslash flags the lanes of an 8-byte word holding a quote or a backslash.
constexpr std::uint64_t quote_or_backslash(std::uint64_t word) {
    return equal_lanes(word, '"') | equal_lanes(word, '\\');
}
// string_stops flags the lanes holding a quote, a backslash or a control character.
constexpr std::uint64_t string_stops(std::uint64_t word) {
    const std::uint64_t controls = ~(((word & kLow7) + broadcast(0x80 - 0x20)) | word) & kHighBits;
    return quote_or_backslash(word) | controls;
}
inline int first_quote_or_backslash(const char* p) {
    return first_of_two(quote_or_backslash(load_word(p)), quote_or_backslash(load_word(p + 8)));
}
inline int first_string_stop(const char* p) {
    return first_of_two(string_stops(load_word(p)), string_stops(load_word(p + 8)));
}
}  // namespace swar_stops

#if defined(__SSE2__)
namespace stops {
inline __m128i load(const char* p) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
}
inline __m128i quote_or_backslash(__m128i v) {
    return _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
}
// control marks the bytes below 0x20: those whose unsigned minimum with 0x1F is themselves.
inline __m128i control(__m128i v) {
    return _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
}
// first returns the first marked lane, or 16.
inline int first(__m128i marked) {
    return std::countr_zero(static_cast<std::uint32_t>(_mm_movemask_epi8(marked)) | 0x10000U);
}
}  // namespace stops

// first_quote_or_backslash returns the position (0-15) of the first quote or backslash among the 16 bytes
// at p, or 16 when there is none.
inline int first_quote_or_backslash(const char* p) {
    return stops::first(stops::quote_or_backslash(stops::load(p)));
}

// first_string_stop returns the position (0-15) of the first quote, backslash or control character among
// the 16 bytes at p, or 16 when there is none.
inline int first_string_stop(const char* p) {
    const __m128i v = stops::load(p);
    return stops::first(_mm_or_si128(stops::quote_or_backslash(v), stops::control(v)));
}
#elif defined(__wasm_simd128__)
namespace stops {
inline v128_t quote_or_backslash(v128_t v) {
    return wasm_v128_or(wasm_i8x16_eq(v, wasm_i8x16_splat('"')), wasm_i8x16_eq(v, wasm_i8x16_splat('\\')));
}
// first returns the first marked lane, or 16.
inline int first(v128_t marked) {
    return std::countr_zero(static_cast<std::uint32_t>(wasm_i8x16_bitmask(marked)) | 0x10000U);
}
}  // namespace stops

// first_quote_or_backslash returns the position (0-15) of the first quote or backslash among the 16 bytes
// at p, or 16 when there is none.
inline int first_quote_or_backslash(const char* p) {
    return stops::first(stops::quote_or_backslash(wasm_v128_load(p)));
}

// first_string_stop returns the position (0-15) of the first quote, backslash or control character among
// the 16 bytes at p, or 16 when there is none.
inline int first_string_stop(const char* p) {
    const v128_t v = wasm_v128_load(p);
    return stops::first(wasm_v128_or(stops::quote_or_backslash(v), wasm_u8x16_lt(v, wasm_i8x16_splat(0x20))));
}
#else
inline int first_quote_or_backslash(const char* p) {
    return swar_stops::first_quote_or_backslash(p);
}

inline int first_string_stop(const char* p) {
    return swar_stops::first_string_stop(p);
}
#endif

}  // namespace evb::matcher
