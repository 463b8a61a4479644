// The skipping loop for x86-64 processors with AVX2 and POPCNT (nearly all since 2013): a 64-byte block is
// two 32-byte compares per byte class, and bit counts are one instruction. Only these functions are compiled
// for AVX2 (by a function attribute, not a compiler flag), so the rest of the program runs on any x86-64;
// skip.cpp calls them only when the processor has the instructions.
#include "skip.hpp"

#if EVB_SKIP_HAS_AVX2
#include "block.hpp"
#include "evb/pattern/json_scanner.hpp"

#include <immintrin.h>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace evb::matcher::avx2 {

#define EVB_BLOCK_TARGET __attribute__((target("avx2,popcnt")))

// in marks the bytes of v equal to c (a named function: a lambda would not inherit the target attribute).
EVB_BLOCK_TARGET inline __m256i in(__m256i v, char c) {
    return _mm256_cmpeq_epi8(v, _mm256_set1_epi8(c));
}

// halves_bits turns the byte-equality results of the block's two 32-byte halves into its 64 bits.
EVB_BLOCK_TARGET inline std::uint64_t halves_bits(__m256i low, __m256i high) {
    const auto bits = [](int mask) { return static_cast<std::uint64_t>(static_cast<std::uint32_t>(mask)); };
    return bits(_mm256_movemask_epi8(low)) | (bits(_mm256_movemask_epi8(high)) << 32);
}

EVB_BLOCK_TARGET inline BlockMasks classify_block(const char* p) {
    const __m256i low = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i high = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32));
    // Setting bit 5 turns '[' into '{' and ']' into '}', and no other byte into either.
    const __m256i fold = _mm256_set1_epi8(0x20);
    const __m256i low_folded = _mm256_or_si256(low, fold), high_folded = _mm256_or_si256(high, fold);
    return BlockMasks{halves_bits(in(low, '"'), in(high, '"')), halves_bits(in(low, '\\'), in(high, '\\')),
                      halves_bits(in(low_folded, '{'), in(high_folded, '{')),
                      halves_bits(in(low_folded, '}'), in(high_folded, '}'))};
}

EVB_BLOCK_TARGET inline int bit_count(std::uint64_t x) {
    return std::popcount(x);
}

#include "skip_blocks.hpp"

#undef EVB_BLOCK_TARGET

}  // namespace evb::matcher::avx2

namespace evb::matcher {

__attribute__((target("avx2,popcnt"))) const char* skip_container_avx2(const char* p, const char* end,
                                                                       int depth) {
    return avx2::skip_blocks(p, end, depth);
}

}  // namespace evb::matcher
#endif
