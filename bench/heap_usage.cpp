#include "heap_usage.hpp"

#include <malloc.h>

namespace evb::bench {

std::size_t heap_in_use() {
#ifdef __EMSCRIPTEN__
    return static_cast<std::size_t>(mallinfo().uordblks);
#else
    return mallinfo2().uordblks;
#endif
}

}  // namespace evb::bench
