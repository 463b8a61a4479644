// Skipping the parts of an event no pattern looks at, as fast as the text allows: containers 64 bytes per
// step on bit masks (block.hpp; AVX2 where the processor has it, else SSE2, SIMD128 or plain integers),
// strings 16 bytes per step (stops16.hpp).
// Skipping checks structure only (strings closed, brackets balanced), not the full grammar; where the careful
// reader (the reference flattener) might judge otherwise (nesting deeper than Jackson allows, a number token
// that could be longer than Jackson allows, text ending early) the skip gives up and returns nullptr. Depends
// only on the standard library.
#pragma once

// The AVX2 build of the container loop needs x86-64 and GCC's or Clang's target attribute and CPU query.
// EVB_PORTABLE_SKIP leaves it out: the benchmark builds that way to compare WebAssembly with the very same
// code natively.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__)) && !defined(__wasm__) && \
    !defined(EVB_PORTABLE_SKIP)
#define EVB_SKIP_HAS_AVX2 1
#else
#define EVB_SKIP_HAS_AVX2 0
#endif

namespace evb::matcher {

// The instruction sets skip_container can classify blocks with; it uses the best the processor has.
enum class BlockSet { kPortable, kAvx2 };

// block_set_available tells whether this build, on this processor, can skip with a set.
bool block_set_available(BlockSet set);

// skip_container_using skips as skip_container does, with a set that must be available (for tests).
const char* skip_container_using(BlockSet set, const char* p, const char* end, int depth);

// skip_container skips the rest of an object or array whose opening bracket was just read, nested at `depth`
// (the root object is depth 1). Returns the position after the matching closing bracket, or nullptr.
const char* skip_container(const char* p, const char* end, int depth);

// skip_string skips the rest of a string whose opening quote was just read; nullptr when it never closes.
const char* skip_string(const char* p, const char* end);

}  // namespace evb::matcher
