// Word-at-a-time ("SIMD within a register") helpers over 8 bytes of JSON text held in a 64-bit integer:
// plain integer operations, so the same code runs at full speed natively and in WebAssembly (which has
// native 64-bit integers); short scans use them directly, and block.hpp where no SIMD is available. Bytes are
// loaded little-endian, byte i of the text in bits 8i..8i+7, on every platform. Depends only on the standard
// library.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace evb::matcher {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
inline constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// load_word reads 8 bytes as a little-endian integer (byte 0 lowest), whatever the host's byte order.
inline std::uint64_t load_word(const char* p) {
    if constexpr (std::endian::native == std::endian::little) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        return word;
    } else {
        unsigned char bytes[8];
        std::memcpy(bytes, p, 8);
        std::uint64_t word = 0;
        for (int i = 7; i >= 0; --i)
            word = (word << 8) | bytes[i];
        return word;
    }
}

// broadcast repeats one byte value in all 8 lanes.
constexpr std::uint64_t broadcast(unsigned char byte) {
    return kOnes * byte;
}

// zero_lanes sets the high bit of every lane that is exactly zero (no false positives), and no other bit.
constexpr std::uint64_t zero_lanes(std::uint64_t x) {
    return ~(((x & kLow7) + kLow7) | x) & kHighBits;
}

// equal_lanes sets the high bit of every lane equal to byte.
constexpr std::uint64_t equal_lanes(std::uint64_t word, unsigned char byte) {
    return zero_lanes(word ^ broadcast(byte));
}

// first_of_two returns the first lane (0..15) set in two consecutive words' lane masks, or 16 when none is.
inline int first_of_two(std::uint64_t first, std::uint64_t second) {
    const int lane = std::countr_zero(first) >> 3;
    return lane < 8 ? lane : 8 + (std::countr_zero(second) >> 3);
}

// quote_stops flags the lanes holding a quote or a backslash.
constexpr std::uint64_t quote_stops(std::uint64_t word) {
    return equal_lanes(word, '"') | equal_lanes(word, '\\');
}

}  // namespace evb::matcher
