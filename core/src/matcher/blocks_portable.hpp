// The block classifier every build can run: the build's 16-byte SIMD (simd16.hpp: SSE2 natively on x86-64,
// SIMD128 in WebAssembly), and plain 64-bit integer operations (swar.hpp) elsewhere; all give the same
// masks. skip.cpp compiles the skipping loop with it; skip_avx2.cpp has a wider one for processors that
// can. Depends on block.hpp, simd16.hpp and swar.hpp.
#pragma once

#include "block.hpp"
#include "simd16.hpp"
#include "swar.hpp"

#include <bit>
#include <cstdint>

namespace evb::matcher::portable {

#if EVB_HAS_SIMD16
// classify_block classifies the 64 bytes at p (all must be readable), 16 at a time.
inline BlockMasks classify_block(const char* p) {
    using V = Simd16::V;
    // Setting bit 5 turns '[' into '{' and ']' into '}', and no other byte into either.
    const V quote = Simd16::splat('"'), slash = Simd16::splat('\\'), fold = Simd16::splat(0x20);
    const V open = Simd16::splat('{'), close = Simd16::splat('}');
    const auto bits = [](V equal, int k) {
        return static_cast<std::uint64_t>(Simd16::mask(equal)) << (16 * k);
    };
    BlockMasks m;
    V slashes[4];
    for (int k = 0; k < 4; ++k) {
        const V v = Simd16::load(p + 16 * k);
        const V folded = Simd16::either(v, fold);
        m.quote |= bits(Simd16::equal(v, quote), k);
        m.open |= bits(Simd16::equal(folded, open), k);
        m.close |= bits(Simd16::equal(folded, close), k);
        slashes[k] = Simd16::equal(v, slash);
    }
    // Backslashes are rare: one test of all four results spares four mask extractions (costly in
    // WebAssembly).
    const V any_slash =
        Simd16::either(Simd16::either(slashes[0], slashes[1]), Simd16::either(slashes[2], slashes[3]));
    if (Simd16::any(any_slash)) {
        for (int k = 0; k < 4; ++k)
            m.backslash |= bits(slashes[k], k);
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
