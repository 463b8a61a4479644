// Skipping (see skip.hpp): the container loop (skip_blocks.hpp) compiled with the portable block classifier,
// and, on x86-64, a choice of the AVX2 build of the same loop (skip_avx2.cpp) when the processor has it.
#include "skip.hpp"

#include "blocks_portable.hpp"
#include "evb/pattern/json_scanner.hpp"
#include "stops16.hpp"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace evb::matcher {
namespace portable {

#define EVB_BLOCK_TARGET
#include "skip_blocks.hpp"
#undef EVB_BLOCK_TARGET

}  // namespace portable

#if EVB_SKIP_HAS_AVX2
const char* skip_container_avx2(const char* p, const char* end, int depth);

namespace {

// The processor's instruction sets are a fact for the program's lifetime: asked once.
bool processor_has_avx2() {
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
    return has;
}

}  // namespace
#endif

bool block_set_available(BlockSet set) {
#if EVB_SKIP_HAS_AVX2
    if (set == BlockSet::kAvx2) return processor_has_avx2();
#endif
    return set == BlockSet::kPortable;
}

const char* skip_container_using(BlockSet set, const char* p, const char* end, int depth) {
#if EVB_SKIP_HAS_AVX2
    if (set == BlockSet::kAvx2) return skip_container_avx2(p, end, depth);
#endif
    (void)set;
    return portable::skip_blocks(p, end, depth);
}

const char* skip_container(const char* p, const char* end, int depth) {
    const BlockSet best = block_set_available(BlockSet::kAvx2) ? BlockSet::kAvx2 : BlockSet::kPortable;
    return skip_container_using(best, p, end, depth);
}

const char* skip_string(const char* p, const char* end) {
    while (end - p >= kStopBytes) {
        const char* stop = p + first_quote_or_backslash(p);
        if (stop == p + kStopBytes) {
            p = stop;
        } else if (*stop == '"') {
            return stop + 1;
        } else {
            p = stop + 2;  // a backslash and the character it escapes
        }
    }
    while (p < end) {
        const char c = *p++;
        if (c == '"') return p;
        if (c == '\\') ++p;
    }
    return nullptr;
}

}  // namespace evb::matcher
