// Stops: where, among 16 bytes of JSON text, the first byte of interest to a string scan is. With one
// 16-byte compare per byte class where the build has SIMD (simd16.hpp) and two 8-byte words (swar.hpp)
// elsewhere; all give the same answers. The reader finds where names and strings end with them. Depends
// only on simd16.hpp and swar.hpp.
#pragma once

#include "simd16.hpp"
#include "swar.hpp"

#include <bit>
#include <cstdint>

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

#if EVB_HAS_SIMD16
namespace simd_stops {
inline Simd16::V quote_or_backslash(Simd16::V v) {
    return Simd16::either(Simd16::equal(v, Simd16::splat('"')), Simd16::equal(v, Simd16::splat('\\')));
}
// first returns the first marked lane, or 16.
inline int first(Simd16::V marked) {
    return std::countr_zero(static_cast<std::uint32_t>(Simd16::mask(marked)) | 0x10000U);
}
}  // namespace simd_stops

// first_quote_or_backslash returns the position (0-15) of the first quote or backslash among the 16 bytes
// at p, or 16 when there is none.
inline int first_quote_or_backslash(const char* p) {
    return simd_stops::first(simd_stops::quote_or_backslash(Simd16::load(p)));
}

// first_string_stop returns the position (0-15) of the first quote, backslash or control character among
// the 16 bytes at p, or 16 when there is none.
inline int first_string_stop(const char* p) {
    const Simd16::V v = Simd16::load(p);
    return simd_stops::first(Simd16::either(simd_stops::quote_or_backslash(v), Simd16::below(v, 0x20)));
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
