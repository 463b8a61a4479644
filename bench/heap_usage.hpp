// Bytes of heap in use, to print memory per compiled rule.
#pragma once

#include <cstddef>

namespace evb::bench {

// heap_in_use returns the bytes the allocator has handed out and not taken back.
std::size_t heap_in_use();

}  // namespace evb::bench
