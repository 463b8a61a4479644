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

// load_short reads 1 to 8 bytes as one number without reading past them: the first and last four (or
// two, or one) bytes, overlapping as needed. Texts of the same length give equal numbers only if equal.
inline std::uint64_t load_short(const char* p, std::size_t n) {
    const auto byte = [p](std::size_t i) {
        return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i]));
    };
    const auto four = [&byte](std::size_t i) {
        return byte(i) | (byte(i + 1) << 8) | (byte(i + 2) << 16) | (byte(i + 3) << 24);  // little-endian
    };
    if (n >= 4) return (four(0) << 32) | four(n - 4);
    return (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
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

// is_digit tells whether c is an ASCII digit.
constexpr bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// non_digit_lanes sets the high bit of every lane of word that is not an ASCII digit. The additions stay
// inside each lane (at most 0x7F + 0x50), so no lane disturbs its neighbour.
constexpr std::uint64_t non_digit_lanes(std::uint64_t word) {
    const std::uint64_t low = word & kLow7;
    const std::uint64_t at_least_0 = low + broadcast(0x80 - '0');     // high bit: low >= '0'
    const std::uint64_t above_9 = low + broadcast(0x80 - ('9' + 1));  // high bit: low > '9'
    return (word | ~at_least_0 | above_9) & kHighBits;
}

// count_digits returns how many ASCII digits start at p, looking at 8 bytes at a time while they last.
inline std::size_t count_digits(const char* p, const char* end) {
    const char* q = p;
    for (; end - q >= 8; q += 8) {
        if (const std::uint64_t stops = non_digit_lanes(load_word(q)); stops != 0)
            return static_cast<std::size_t>(q - p) + static_cast<std::size_t>(std::countr_zero(stops) >> 3);
    }
    // The last 1 to 7 bytes, as the top lanes of the text's final 8 bytes (the lanes below were counted).
    if (q < end && end - p >= 8) {
        const auto left = static_cast<int>(end - q);
        const std::uint64_t stops = non_digit_lanes(load_word(end - 8)) >> (8 * (8 - left));
        const int digits = stops == 0 ? left : std::countr_zero(stops) >> 3;
        return static_cast<std::size_t>(q - p) + static_cast<std::size_t>(digits);
    }
    while (q < end && is_digit(*q))
        ++q;
    return static_cast<std::size_t>(q - p);
}

// parse_eight_digits reads 8 ASCII digits (byte 0 the most significant) as a number: pairs, then
// quads, then the whole, each step one multiply-and-add across lanes.
constexpr std::uint64_t parse_eight_digits(std::uint64_t word) {
    word -= broadcast('0');
    word = (word * 10 + (word >> 8)) & 0x00FF00FF00FF00FFULL;      // 2-digit values in lanes 0, 2, 4, 6
    word = (word * 100 + (word >> 16)) & 0x0000FFFF0000FFFFULL;    // 4-digit values in lanes 0-1, 4-5
    return (word * 10000 + (word >> 32)) & 0x00000000FFFFFFFFULL;  // the 8-digit value
}

}  // namespace evb::matcher
