// Calls that set up a benchmark's world: each must succeed, or the benchmark stops saying which failed.
#pragma once

#include "evb/world/world.hpp"

namespace evb::bench {

// must performs world.call(service, operation, request), and exits with a message when it fails.
void must(World& world, const char* service, const char* operation, const Json& request);

}  // namespace evb::bench
